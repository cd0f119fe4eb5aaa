<?php
/**
 * One of the concurrent review posters of PluginTest's race test: a PHP process of its own on the
 * test site (its own database connection), posting each form of the job file at that form's start
 * time, so that two such processes post the same form at the same moment. Prints one line per form:
 * the comment id or the error code.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$_SERVER['HTTP_HOST']   = 'example.test';
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';
$job = json_decode( file_get_contents( $argv[1] ), true );
foreach ( $job['forms'] as $form ) {
	while ( microtime( true ) < $form['at'] ) {
		usleep( 200 );
	}
	$r = shopcx_wc_submit_review( $form['post'], $job['now'] );
	echo is_wp_error( $r ) ? $r->get_error_code() : $r, "\n";
}
