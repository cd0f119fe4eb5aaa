<?php
/**
 * PHPUnit bootstrap: loads the installed test site (plugin active) as a front-end request would.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
// PHPUnit includes this file inside a method: WordPress's file-level variables must be global.
global $wpdb, $wp, $wp_query, $wp_the_query, $wp_rewrite, $wp_roles, $wp_locale, $wp_version, $wp_db_version,
	$shortcode_tags, $wp_filter, $wp_actions, $wp_current_filter, $wp_post_types, $wp_taxonomies, $wp_embed,
	$wp_rest_server, $wp_widget_factory, $wp_plugin_paths, $wp_theme_directories, $table_prefix, $pagenow, $phpmailer;
$_SERVER['HTTP_HOST']   = 'example.test';
$_SERVER['SERVER_NAME'] = 'example.test'; // As a web server sets it; wp_head() compares script hosts with it.
$_SERVER['REQUEST_URI'] = '/';
if ( getenv( 'SHOPCX_WC_ACTION_SCHEDULER' ) ) {
	// As WooCommerce ships it: the as_* functions exist before the plugin's hooks run.
	require __DIR__ . '/stubs/action-scheduler.php';
}
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';
if ( ! function_exists( 'shopcx_wc_estimator' ) ) {
	fwrite( STDERR, "the plugin is not loaded (is the extension?)\n" );
	exit( 1 );
}
require __DIR__ . '/fixture.php';
