<?php
/**
 * Router of `php -S` for the browser walk. The test site's wp-admin and wp-includes are symlinks
 * into Debian's package, outside the document root, which the built-in server will not serve on
 * its own: PHP files are run here, static files are sent from here, anything else goes to
 * WordPress's front controller (as a web server's rewrite rule would).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$shopcx_router_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_ends_with( $shopcx_router_path, '/' ) ) {
	$shopcx_router_path .= 'index.php';
}
$shopcx_router_file = $_SERVER['DOCUMENT_ROOT'] . $shopcx_router_path;
if ( str_contains( $shopcx_router_path, '..' ) || ! is_file( $shopcx_router_file ) ) {
	$shopcx_router_path = '/index.php';
	$shopcx_router_file = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
}
if ( str_ends_with( $shopcx_router_file, '.php' ) ) {
	$_SERVER['SCRIPT_NAME']     = $shopcx_router_path;
	$_SERVER['PHP_SELF']        = $shopcx_router_path;
	$_SERVER['SCRIPT_FILENAME'] = $shopcx_router_file;
	chdir( dirname( $shopcx_router_file ) );
	require $shopcx_router_file;
	return;
}
$shopcx_router_types = array( 'css' => 'text/css', 'js' => 'text/javascript', 'png' => 'image/png', 'gif' => 'image/gif', 'jpg' => 'image/jpeg', 'svg' => 'image/svg+xml', 'woff' => 'font/woff', 'woff2' => 'font/woff2', 'ttf' => 'font/ttf' );
header( 'Content-Type: ' . ( $shopcx_router_types[ strtolower( pathinfo( $shopcx_router_file, PATHINFO_EXTENSION ) ) ] ?? 'application/octet-stream' ) );
readfile( $shopcx_router_file );
