<?php
/**
 * Seeds the browser walk's chat and service checks (walk-chat.mjs) after seed.php and adds what
 * they need under "chat" in seed.php's JSON (the file named by the first argument): the contact
 * page with [shopcx_contact], the cart page, the interactions secret. The badge is switched on
 * with a minimum sample of 3; no contact is stored yet (the walk posts them, signed).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$_SERVER['HTTP_HOST']   = parse_url( getenv( 'SHOPCX_WP_HOME' ), PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';

$GLOBALS['wpdb']->query( 'TRUNCATE ' . shopcx_wc_interaction_table() );
$secret = 'walk-interaction-secret-' . str_repeat( 'x', 16 );
update_option( 'shopcx_wc_interaction_secret', $secret );
update_option( 'shopcx_wc_badge_enabled', 'yes' );
update_option( 'shopcx_wc_badge_min_sample', '3' );
delete_transient( 'shopcx_wc_badge' );
$contact = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Contact', 'post_content' => '[shopcx_contact]' ) );

$site         = json_decode( (string) file_get_contents( $argv[1] ), true );
$site['chat'] = array(
	'contactPage'     => get_permalink( $contact ),
	'cartPage'        => add_query_arg( 'shopcx_test_cart', 1, home_url( '/' ) ),
	'home'            => home_url( '/' ),
	'interactionUrl'  => rest_url( 'shopcx/v1/interaction' ),
	'secret'          => $secret,
	'now'             => shopcx_wc_now(),
);
file_put_contents( $argv[1], wp_json_encode( $site ) );
