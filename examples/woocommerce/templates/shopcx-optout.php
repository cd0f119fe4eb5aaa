<?php
/**
 * The page an opt-out link opens. Override in yourtheme/woocommerce/shopcx-optout.php.
 *
 * Keep the opt-out behind the form's POST: mail scanners open every link of an e-mail, so the
 * page itself (a GET) must change nothing.
 *
 * @package ShopCX\WooCommerce
 * @var string $title   page title
 * @var string $state   confirm, done, already or error
 * @var string $message what to tell the customer (plain text)
 * @var string $button  the confirm button's label (plain text)
 * @var string $action  URL the form posts to (the opt-out link itself)
 */

defined( 'ABSPATH' ) || exit;
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title><?php echo esc_html( $title . ' - ' . get_bloginfo( 'name' ) ); ?></title>
<?php wp_head(); ?>
</head>
<body <?php body_class( 'shopcx-optout-page' ); ?>>
<main style="max-width:40em;margin:2em auto;padding:0 1em">
<h1><?php echo esc_html( $title ); ?></h1>
<p class="shopcx-optout-<?php echo esc_attr( $state ); ?>" role="<?php echo 'error' === $state ? 'alert' : 'status'; ?>"><?php echo esc_html( $message ); ?></p>
<?php if ( 'confirm' === $state ) : ?>
<form method="post" action="<?php echo esc_url( $action ); ?>" class="shopcx-optout">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<p><button type="submit"><?php echo esc_html( $button ); ?></button></p>
</form>
<?php endif; ?>
</main>
<?php wp_footer(); ?>
</body>
</html>
