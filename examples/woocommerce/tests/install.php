<?php
/**
 * Steps of the test set-up, each in its own PHP process (as WordPress would run them):
 * "install" (wp_install), "activate" (activate_plugin), "without-extension" (loads the site
 * without shopcx and checks that only the admin notice is registered).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$_SERVER['HTTP_HOST']   = 'example.test';
$_SERVER['REQUEST_URI'] = '/';
$step                   = $argv[1] ?? '';
if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
}
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';

switch ( $step ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		ob_start();
		add_filter( 'pre_wp_mail', '__return_true' ); // No MTA here: the install mail goes nowhere.
		$r = wp_install( 'ShopCX test shop', 'admin', 'admin@example.test', false, '', 'admin-password-1' );
		ob_end_clean();
		wp_create_user( 'customer', 'customer-password-1', 'customer@example.test' );
		echo "WordPress {$GLOBALS['wp_version']} installed (user {$r['user_id']})\n";
		break;
	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$r = activate_plugin( 'shopcx-woocommerce/shopcx-woocommerce.php' );
		if ( is_wp_error( $r ) ) {
			fwrite( STDERR, 'activation failed: ' . $r->get_error_message() . "\n" );
			exit( 1 );
		}
		echo "plugin activated\n";
		break;
	case 'without-extension':
		if ( extension_loaded( 'shopcx' ) ) {
			exit( 1 );
		}
		$ok = in_array( 'shopcx-woocommerce/shopcx-woocommerce.php', (array) get_option( 'active_plugins' ), true );
		$ok = $ok && false !== has_action( 'admin_notices', 'shopcx_wc_missing_extension_notice' ) && ! function_exists( 'shopcx_wc_estimator' );
		wp_set_current_user( 1 );
		ob_start();
		do_action( 'admin_notices' );
		$ok = $ok && str_contains( ob_get_clean(), 'the shopcx PHP extension is not loaded' );
		exit( $ok ? 0 : 1 );
	default:
		exit( 2 );
}
