<?php
/**
 * Must-use plugin of the browser walk's chat checks (walk-chat.mjs; run.sh installs it next to
 * site.php). Everything here is switched on by a test cookie, so the rest of the walk sees the
 * site as seed.php left it:
 *
 * - shopcx_test_presets: the four presets ticked (charter thresholds) and no expert rules JSON, and
 *   the customer "customer" has two completed orders worth 800 (stand-in orders, per request);
 * - shopcx_test_now=<unix time>: the plugin's clock (after site.php's fixed one);
 * - ?shopcx_test_cart=1: a classic cart page (is_cart(), WooCommerce's cart hooks around a table).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
if ( isset( $_COOKIE['shopcx_test_presets'] ) ) {
	foreach ( array( 'cart', 'product', 'faq', 'vip' ) as $shopcx_test_preset ) {
		add_filter( 'pre_option_shopcx_wc_chat_preset_' . $shopcx_test_preset, fn() => 'yes' );
	}
	add_filter( 'pre_option_shopcx_wc_chat_rules', fn() => '' );
	add_action(
		'init',
		function () {
			$customer = get_user_by( 'login', 'customer' );
			foreach ( array( 9901 => 500, 9902 => 300 ) as $id => $total ) {
				$GLOBALS['wc_standin_orders'][ $id ] = new WC_Order( array( 'id' => $id, 'status' => 'completed', 'customer_id' => $customer->ID, 'email' => $customer->user_email, 'total' => $total, 'created' => 1770000000 + $id ) );
			}
		}
	);
}
if ( isset( $_COOKIE['shopcx_test_now'] ) ) {
	add_filter( 'shopcx_wc_now', fn() => (int) $_COOKIE['shopcx_test_now'], 20 );
}
add_filter( 'woocommerce_is_cart', fn( $is ) => $is || isset( $_GET['shopcx_test_cart'] ) );
add_action(
	'template_redirect',
	function () {
		if ( ! isset( $_GET['shopcx_test_cart'] ) ) {
			return;
		}
		?><!DOCTYPE html>
<html <?php language_attributes(); ?>><head><meta charset="utf-8"><title>Cart - test shop</title><?php wp_head(); ?></head>
<body class="woocommerce-cart"><main style="max-width:40em;margin:2em auto;font-family:sans-serif">
<h1>Cart</h1><?php do_action( 'woocommerce_before_cart' ); ?>
<table class="shop_table cart"><tr><td>Boots</td><td>1</td><td>30.00</td></tr></table>
<?php do_action( 'woocommerce_after_cart_table' ); ?><?php do_action( 'woocommerce_after_cart' ); ?>
</main><?php wp_footer(); ?></body></html>
		<?php
		exit;
	},
	5
);
