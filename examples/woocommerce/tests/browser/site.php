<?php
/**
 * Must-use plugin of the browser test only (run.sh installs it after PHPUnit): what WooCommerce
 * and the shop's chat software would provide around the plugin's front-end pages.
 *
 * - A fixed clock (the PHPUnit tests' Tuesday 2026-03-10 15:00 in Amsterdam), so the texts the
 *   browser checks are known; the product page itself is rendered as a full-page cache would
 *   have stored it on Saturday, so the promise the REST route returns must replace it.
 * - The product page of product 20 (?shopcx_test_product=20), in place of WooCommerce's template:
 *   WooCommerce's stock line (availability filter) and its single-product summary hook.
 * - The chat team from a cookie (shopcx_test_agents), as a chat adapter would supply it.
 * - No avatars, no emoji loader, no update checks: core WordPress would reach third-party hosts
 *   (run.sh also sets WP_HTTP_BLOCK_EXTERNAL for the walk).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
const SHOPCX_TEST_NOW    = 1773151200; // Tue 2026-03-10 14:00 UTC.
const SHOPCX_TEST_CACHED = 1772895600; // Sat 2026-03-07 15:00 UTC: when the "cached" product page was made.

$GLOBALS['wc_standin_products'][20] = new WC_Product( array( 'id' => 20, 'qty' => 3 ) );

function is_product() {
	return isset( $_GET['shopcx_test_product'] );
}

add_filter( 'shopcx_wc_now', fn() => is_product() ? SHOPCX_TEST_CACHED : SHOPCX_TEST_NOW );
// A visitor's language from a test cookie (walk-faq.mjs's Dutch visitor), as a multilingual plugin would set it.
add_filter( 'determine_locale', fn( $l ) => preg_match( '/^[a-z]{2}_[A-Z]{2}$/', $_COOKIE['shopcx_test_locale'] ?? '' ) ? $_COOKIE['shopcx_test_locale'] : $l );
add_filter(
	'shopcx_wc_chat_team',
	fn() => array( 'agentsOnline' => (int) ( $_COOKIE['shopcx_test_agents'] ?? 0 ), 'openChats' => 0, 'answerSeconds' => 20 )
);
add_action( 'init', fn() => register_post_type( 'product', array( 'public' => true, 'label' => 'Products' ) ) ); // As WooCommerce.
// Nothing leaves the machine from PHP either: no update checks against WordPress.org.
foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes', 'wp_maybe_auto_update' ) as $shopcx_test_check ) {
	remove_action( 'admin_init', $shopcx_test_check );
	remove_action( 'wp_version_check', $shopcx_test_check );
}
add_filter( 'option_show_avatars', '__return_false' );
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );

add_action(
	'template_redirect',
	function () {
		if ( ! is_product() ) {
			return;
		}
		$GLOBALS['product'] = wc_get_product( (int) $_GET['shopcx_test_product'] );
		if ( ! $GLOBALS['product'] ) {
			return;
		}
		?><!DOCTYPE html>
<html <?php language_attributes(); ?>><head><meta charset="utf-8"><title>Boots - test shop</title><?php wp_head(); ?></head>
<body class="single-product"><main style="max-width:40em;margin:2em auto;font-family:sans-serif">
<h1 class="product_title">Boots</h1>
<p class="stock"><?php echo esc_html( $GLOBALS['product']->get_availability()['availability'] ); ?></p>
<?php do_action( 'woocommerce_single_product_summary' ); ?>
</main><?php wp_footer(); ?></body></html>
		<?php
		exit;
	},
	5 // Before the plugin's survey links handler; a product page has no survey token anyway.
);
