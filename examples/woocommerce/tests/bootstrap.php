<?php
/**
 * PHPUnit bootstrap: loads the installed test site (plugin active) as a front-end request would.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$_SERVER['HTTP_HOST']   = 'example.test';
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';
if ( ! function_exists( 'shopcx_wc_estimator' ) ) {
	fwrite( STDERR, "the plugin is not loaded (is the extension?)\n" );
	exit( 1 );
}
