<?php
/**
 * The "Customer service" tab under WooCommerce > Settings.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the tab; the class file needs WC_Settings_Page, which exists only from here on.
 *
 * @param array $pages Settings pages.
 * @return array
 */
function shopcx_wc_settings_page( $pages ) {
	require_once SHOPCX_WC_DIR . '/includes/class-shopcx-wc-settings.php';
	$pages[] = new ShopCx_WC_Settings();
	return $pages;
}
add_filter( 'woocommerce_get_settings_pages', 'shopcx_wc_settings_page' );

/**
 * Chat rules are a JSON document: refused (old value kept, error shown inline) unless
 * ShopCx\Chat\Rules::fromJson() accepts it.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function shopcx_wc_sanitize_chat_rules( $value ) {
	$json = trim( (string) wp_unslash( $value ) );
	if ( '' === $json ) {
		return '';
	}
	try {
		\ShopCx\Chat\Rules::fromJson( $json );
	} catch ( \Throwable $e ) {
		/* translators: %s: the validator's message, naming the path of the error. */
		WC_Admin_Settings::add_error( sprintf( __( 'Chat rules not saved: %s', 'shopcx-woocommerce' ), $e->getMessage() ) );
		return (string) get_option( 'shopcx_wc_chat_rules', '' );
	}
	return $json;
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_chat_rules', 'shopcx_wc_sanitize_chat_rules' );

/**
 * The warehouse time zone must be one PHP (and ShopCX) knows.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function shopcx_wc_sanitize_timezone( $value ) {
	$tz = trim( (string) $value );
	if ( ! in_array( $tz, timezone_identifiers_list(), true ) ) {
		/* translators: %s: the rejected time zone. */
		WC_Admin_Settings::add_error( sprintf( __( 'Unknown time zone "%s": use an IANA name such as Europe/Amsterdam.', 'shopcx-woocommerce' ), $tz ) );
		return (string) shopcx_wc_option( 'shopcx_wc_timezone' );
	}
	return $tz;
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_timezone', 'shopcx_wc_sanitize_timezone' );

/**
 * Cut-off "HH:MM" (24:00 allowed).
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function shopcx_wc_sanitize_cutoff( $value ) {
	$cutoff = trim( (string) $value );
	if ( ! preg_match( '/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/', $cutoff ) ) {
		WC_Admin_Settings::add_error( __( 'The cut-off must be a time like 22:00.', 'shopcx-woocommerce' ) );
		return (string) shopcx_wc_option( 'shopcx_wc_cutoff' );
	}
	return $cutoff;
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_cutoff', 'shopcx_wc_sanitize_cutoff' );

/**
 * The holiday country must be one ShopCx\Delivery\Calendar knows.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function shopcx_wc_sanitize_country( $value ) {
	$code = strtoupper( trim( (string) $value ) );
	try {
		return ( new \ShopCx\Delivery\Calendar( $code ) )->code();
	} catch ( \Throwable $e ) {
		WC_Admin_Settings::add_error( $e->getMessage() );
		return (string) shopcx_wc_option( 'shopcx_wc_holiday_country' );
	}
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_holiday_country', 'shopcx_wc_sanitize_country' );
