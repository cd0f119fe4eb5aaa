<?php
/**
 * Settings page class (loaded only when WooCommerce builds its settings pages).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerce > Settings > Customer service.
 */
class ShopCx_WC_Settings extends WC_Settings_Page {

	/** Sets the tab's id and label. */
	public function __construct() {
		$this->id    = 'shopcx';
		$this->label = __( 'Customer service', 'shopcx-woocommerce' );
		parent::__construct();
	}

	/**
	 * The fields, in WooCommerce's Settings API format.
	 *
	 * @param string $current_section Section id (unused: one section).
	 * @return array
	 */
	public function get_settings( $current_section = '' ) {
		$d = shopcx_wc_defaults();
		$s = array(
			array(
				'title' => __( 'Stock lines', 'shopcx-woocommerce' ),
				'type'  => 'title',
				'id'    => 'shopcx_wc_stock',
			),
			array(
				'title'             => __( 'Low stock from', 'shopcx-woocommerce' ),
				'desc'              => __( 'Quantities from 1 up to this are shown as low and urgent.', 'shopcx-woocommerce' ),
				'id'                => 'shopcx_wc_low_threshold',
				'type'              => 'number',
				'default'           => $d['shopcx_wc_low_threshold'],
				'custom_attributes' => array( 'min' => 0, 'max' => 100000 ),
			),
			array(
				'title'             => __( 'Show the quantity below', 'shopcx-woocommerce' ),
				'id'                => 'shopcx_wc_show_qty_below',
				'type'              => 'number',
				'default'           => $d['shopcx_wc_show_qty_below'],
				'custom_attributes' => array( 'min' => 0, 'max' => 100000 ),
			),
			array(
				'type' => 'sectionend',
				'id'   => 'shopcx_wc_stock',
			),
			array(
				'title' => __( 'Delivery promise', 'shopcx-woocommerce' ),
				'type'  => 'title',
				'id'    => 'shopcx_wc_delivery',
			),
			array(
				'title'   => __( 'Warehouse time zone', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_timezone',
				'type'    => 'text',
				'default' => $d['shopcx_wc_timezone'],
			),
			array(
				'title'   => __( 'Order cut-off', 'shopcx-woocommerce' ),
				'desc'    => __( 'Orders placed before this time (warehouse time) leave the same working day.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_cutoff',
				'type'    => 'text',
				'default' => $d['shopcx_wc_cutoff'],
			),
			array(
				'title'   => __( 'Working days', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_workdays',
				'type'    => 'text',
				'default' => $d['shopcx_wc_workdays'],
			),
			array(
				'title'   => __( 'Public holidays of', 'shopcx-woocommerce' ),
				'desc'    => __( 'NL, BE, DE (or a state such as DE-BY), FR, LU, AT, GB, US; empty for none.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_holiday_country',
				'type'    => 'text',
				'default' => $d['shopcx_wc_holiday_country'],
			),
			array(
				'title'             => __( 'Transit days', 'shopcx-woocommerce' ),
				'id'                => 'shopcx_wc_transit_days',
				'type'              => 'number',
				'default'           => $d['shopcx_wc_transit_days'],
				'custom_attributes' => array( 'min' => 0, 'max' => 30 ),
			),
			array(
				'type' => 'sectionend',
				'id'   => 'shopcx_wc_delivery',
			),
			array(
				'title' => __( 'Reviews, carts and chat', 'shopcx-woocommerce' ),
				'type'  => 'title',
				'id'    => 'shopcx_wc_cx',
			),
			array(
				'title'             => __( 'Review invitation after (days)', 'shopcx-woocommerce' ),
				'id'                => 'shopcx_wc_review_delay',
				'type'              => 'number',
				'default'           => $d['shopcx_wc_review_delay'],
				'custom_attributes' => array( 'min' => 0, 'max' => 60 ),
			),
			array(
				'title'   => __( 'Cart reminders (seconds after the last activity)', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_cart_reminders',
				'type'    => 'text',
				'default' => $d['shopcx_wc_cart_reminders'],
			),
			array(
				'title'   => __( 'Chat rules (JSON)', 'shopcx-woocommerce' ),
				'desc'    => __( 'Checked with ShopCx\Chat\Rules::fromJson(); a document with errors is not saved.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_chat_rules',
				'type'    => 'textarea',
				'css'     => 'min-height: 12em; font-family: monospace;',
				'default' => '',
			),
			array(
				'title'   => __( 'Helpdesk webhook URL', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_webhook_url',
				'type'    => 'url',
				'default' => '',
			),
			array(
				'title'   => __( 'Helpdesk webhook secret', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_webhook_secret',
				'type'    => 'password',
				'default' => '',
			),
			array(
				'title'   => __( 'Rotate the link secret', 'shopcx-woocommerce' ),
				'desc'    => __( 'Sign new review and cart links with a fresh secret; links already sent keep working.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_rotate_secret',
				'type'    => 'checkbox',
				'default' => 'no',
			),
			array(
				'type' => 'sectionend',
				'id'   => 'shopcx_wc_cx',
			),
		);
		return apply_filters( 'woocommerce_get_settings_' . $this->id, $s, $current_section );
	}

	/**
	 * Saves after checking who posts and that the form is ours (WooCommerce checks its nonce
	 * too; the plugin does not rely on the caller for either).
	 */
	public function save() {
		if ( ! current_user_can( 'manage_woocommerce' ) ) {
			WC_Admin_Settings::add_error( __( 'You are not allowed to change these settings.', 'shopcx-woocommerce' ) );
			return false;
		}
		$nonce = isset( $_REQUEST['_wpnonce'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['_wpnonce'] ) ) : '';
		if ( ! wp_verify_nonce( $nonce, 'woocommerce-settings' ) ) {
			WC_Admin_Settings::add_error( __( 'The form has expired: reload the page and try again.', 'shopcx-woocommerce' ) );
			return false;
		}
		$fields = array_filter( $this->get_settings(), fn( $f ) => 'shopcx_wc_rotate_secret' !== ( $f['id'] ?? '' ) );
		WC_Admin_Settings::save_fields( $fields );
		if ( ! empty( $_POST['shopcx_wc_rotate_secret'] ) ) {
			shopcx_wc_rotate_secret();
		}
		shopcx_wc_reset();
		return true;
	}
}
