<?php
/**
 * The page a survey link opens. Override in yourtheme/woocommerce/shopcx-survey.php.
 *
 * @package ShopCX\WooCommerce
 * @var string $title page title
 * @var string $body  the form or message, already escaped by the plugin
 */

defined( 'ABSPATH' ) || exit;
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title><?php echo esc_html( $title . ' - ' . get_bloginfo( 'name' ) ); ?></title>
<?php wp_head(); ?>
</head>
<body <?php body_class( 'shopcx-survey-page' ); ?>>
<main style="max-width:40em;margin:2em auto;padding:0 1em">
<h1><?php echo esc_html( $title ); ?></h1>
<?php echo $body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts in survey-form.php. ?>
</main>
<?php wp_footer(); ?>
</body>
</html>
