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
	 * The fields, in WooCommerce's Settings API format: each section of
	 * shopcx_wc_settings_sections() between a title and a sectionend.
	 *
	 * @param string $current_section Section id (unused: one page).
	 * @return array<int, array<string, mixed>>
	 */
	public function get_settings( $current_section = '' ) {
		$settings = array();
		foreach ( shopcx_wc_settings_sections() as $key => $section ) {
			$settings[] = array(
				'title' => $section['title'],
				'desc'  => $section['desc'] ?? '',
				'type'  => 'title',
				'id'    => 'shopcx_wc_section_' . $key,
			);
			foreach ( $section['fields'] as $field ) {
				$settings[] = $field;
			}
			$settings[] = array(
				'type' => 'sectionend',
				'id'   => 'shopcx_wc_section_' . $key,
			);
		}
		$settings = apply_filters( 'woocommerce_get_settings_' . $this->id, $settings, $current_section ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's filter.
		// WooCommerce shows a field's 'value' when given, else WC_Admin_Settings::get_option(), which
		// runs stripslashes(): a custom survey or chat rules JSON with \" or \n was shown without its
		// backslashes, and the next save of the tab refused it as invalid JSON (seen in a real
		// WooCommerce 11). The stored text is shown as stored.
		foreach ( $settings as $i => $field ) {
			if ( 'textarea' === ( $field['type'] ?? '' ) && isset( $field['id'] ) && ! array_key_exists( 'value', $field ) ) {
				$settings[ $i ]['value'] = (string) get_option( $field['id'], $field['default'] ?? '' );
			}
		}
		return $settings;
	}

	/**
	 * Saves after checking who posts and that the form is ours (WooCommerce checks its nonce
	 * too; the plugin does not rely on the caller for either).
	 *
	 * @return bool whether the form was taken (some values may still be refused, with errors)
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
		$sections = shopcx_wc_settings_sections();
		shopcx_wc_save_sections( $sections, wp_unslash( $_POST ) );
		// Fields other code added through the woocommerce_get_settings_shopcx filter: WooCommerce saves them.
		$ours  = array_column( array_merge( ...array_column( array_values( $sections ), 'fields' ) ), 'id' );
		$extra = array_filter( $this->get_settings(), fn( $f ) => ! in_array( $f['type'] ?? '', array( 'title', 'sectionend' ), true ) && ! in_array( $f['id'] ?? '', $ours, true ) );
		if ( $extra ) {
			WC_Admin_Settings::save_fields( array_values( $extra ) );
		}
		if ( ! empty( $_POST['shopcx_wc_rotate_secret'] ) ) {
			shopcx_wc_rotate_secret();
		}
		shopcx_wc_reset();
		return true;
	}
}
