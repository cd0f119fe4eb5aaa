<?php
/**
 * What every test class of the plugin starts from: mail captured instead of sent, the default
 * settings, an empty contact history and an empty suppression list.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
trait ShopCx_WC_Test_Fixture {
	private function admin(): void {
		// The administrator wp_install() created; WooCommerce gives administrators manage_woocommerce.
		get_role( 'administrator' )->add_cap( 'manage_woocommerce' );
		wp_set_current_user( 1 );
	}

	private function settings_page(): ShopCx_WC_Settings {
		foreach ( apply_filters( 'woocommerce_get_settings_pages', array() ) as $page ) {
			if ( $page instanceof ShopCx_WC_Settings ) {
				return $page;
			}
		}
		$this->fail( 'no Customer service tab' );
	}

	/** Every wp_mail() of the test, as WordPress passed it to pre_wp_mail. */
	private static $mails = array();

	private static function capture_mails(): void {
		self::$mails = array();
		remove_all_filters( 'pre_wp_mail' );
		add_filter(
			'pre_wp_mail',
			function ( $r, $atts ) {
				self::$mails[] = $atts;
				return true;
			},
			10,
			2
		);
	}

	/** A loopback port nobody listens on (yet): the webhook tests' helpdesk. */
	private static function free_port(): int {
		$s    = stream_socket_server( 'tcp://127.0.0.1:0' );
		$port = (int) substr( strrchr( stream_socket_get_name( $s, false ), ':' ), 1 );
		fclose( $s );
		return $port;
	}

	/** WooCommerce keeps the settings errors in a private static (shown by show_messages()): read it as it is. */
	private static function settings_errors(): array {
		$errors = new ReflectionProperty( WC_Admin_Settings::class, 'errors' );
		return $errors->getValue();
	}

	private static function reset_settings_errors(): void {
		$errors = new ReflectionProperty( WC_Admin_Settings::class, 'errors' );
		$errors->setValue( null, array() );
	}

	/** A cart of two lines, one of each product, 10.00 each (as WC_Cart keeps lines after calculate_totals()). */
	private static function two_line_cart(): WC_Cart_Standin {
		return new WC_Cart_Standin(
			array(
				array( 'data' => new WC_Product( array( 'id' => 40, 'qty' => 9 ) ), 'quantity' => 1, 'line_total' => 10.0 ),
				array( 'data' => new WC_Product( array( 'id' => 41, 'qty' => 9 ) ), 'quantity' => 1, 'line_total' => 10.0 ),
			)
		);
	}

	private static function default_settings(): void {
		foreach ( array_keys( shopcx_wc_defaults() ) as $option ) {
			delete_option( $option );
		}
		foreach ( array( 'enabled', 'type', 'delay', 'trigger' ) as $key ) {
			delete_option( 'shopcx_wc_survey_' . $key );
		}
		$GLOBALS['wpdb']->query( 'TRUNCATE ' . shopcx_wc_outreach_table() );
		$GLOBALS['wpdb']->query( 'TRUNCATE ' . shopcx_wc_optout_table() );
	}
}
