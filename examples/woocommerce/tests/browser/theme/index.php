<?php
/**
 * The only template of the test theme: the page with its content (shortcodes, blocks).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<link rel="stylesheet" href="<?php echo esc_url( get_stylesheet_uri() ); ?>">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<main>
<?php
while ( have_posts() ) {
	the_post();
	echo '<h1>' . esc_html( get_the_title() ) . '</h1><div class="entry-content">';
	the_content();
	echo '</div>';
}
?>
</main>
<?php wp_footer(); ?>
</body>
</html>
