<?php
/**
 * The block checkout (WooCommerce's Cart and Checkout blocks, the default since WooCommerce 8.3):
 * its form talks to the Store API, so the classic hooks of includes/cart.php
 * (woocommerce_review_order_before_submit, woocommerce_checkout_update_order_review) never run
 * there. The consent box is an additional checkout field instead, and the guest's e-mail address
 * comes from the Store API's customer update. Both land in the same session keys the classic
 * checkout uses (shopcx_consent, shopcx_email), so the cart table and the reminder job do not
 * care which checkout the customer saw.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

use Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields;
use Automattic\WooCommerce\Blocks\Package;

/**
 * The consent field's id (WooCommerce wants namespace/name).
 */
const SHOPCX_WC_CONSENT_FIELD = 'shopcx/cart-reminders';

/**
 * Registers the consent box with the block checkout: a checkbox in the contact section, under the
 * e-mail address it is about, unticked and optional. A contact field is also kept on the customer
 * (a registered customer finds it ticked next time and under My Account > Account details).
 * WooCommerce before 8.9 has no woocommerce_register_additional_checkout_field(): nothing then.
 *
 * @return void
 */
function shopcx_wc_register_consent_field() {
	if ( ! function_exists( 'woocommerce_register_additional_checkout_field' ) ) {
		return;
	}
	$label = (string) shopcx_wc_option( 'shopcx_wc_cart_consent_text' );
	try {
		woocommerce_register_additional_checkout_field(
			array(
				'id'                         => SHOPCX_WC_CONSENT_FIELD,
				'label'                      => $label,
				'optionalLabel'              => $label, // Not "... (optional)": a box is optional anyway.
				'location'                   => 'contact',
				'type'                       => 'checkbox',
				'required'                   => false,
				// Shown on the order confirmation and in its e-mails as "...: Yes/No" (WooCommerce's
				// default): hidden, WooCommerce 11 still prints an empty "Additional information" heading.
				'show_in_order_confirmation' => true,
			)
		);
	} catch ( \Exception $e ) {
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- an admin must see this in the log.
		error_log( 'ShopCX: the cart-reminder consent field was not registered: ' . $e->getMessage() );
	}
}
// WooCommerce 11 warns about fields registered before after_setup_theme; woocommerce_init runs on init.
add_action( 'woocommerce_init', 'shopcx_wc_register_consent_field' );

/**
 * The customer ticked or unticked the box: WooCommerce stores the value on the customer (PUT
 * /wc/store/v1/checkout while the form is filled in) or on the order (draft or placed order) and
 * fires this first. The value is kept in the session as the classic checkout keeps it, and the
 * cart row is written at once.
 *
 * @param string $key       Field id.
 * @param mixed  $value     The value as posted (a checkbox: true or false; '' when hidden).
 * @param string $group     billing, shipping or other.
 * @param mixed  $wc_object The WC_Customer or WC_Order it is stored on.
 * @return void
 */
function shopcx_wc_consent_field_set( $key, $value, $group, $wc_object ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed
	if ( SHOPCX_WC_CONSENT_FIELD !== $key || ! function_exists( 'WC' ) || ! WC()->session ) {
		return;
	}
	WC()->session->set( 'shopcx_consent', true === $value || 1 === $value || '1' === $value || 'true' === $value );
	shopcx_wc_cart_updated();
}
add_action( 'woocommerce_set_additional_field_value', 'shopcx_wc_consent_field_set', 10, 4 );

/**
 * What a customer object holds for the consent field (a registered customer's earlier answer),
 * read as WooCommerce reads its additional fields. False when there is none or no such API.
 *
 * @param mixed $customer WC_Customer.
 * @return bool
 */
function shopcx_wc_stored_consent( $customer ) {
	if ( ! $customer instanceof WC_Customer || ! class_exists( Package::class ) || ! class_exists( CheckoutFields::class ) ) {
		return false;
	}
	try {
		return true === Package::container()->get( CheckoutFields::class )->get_field_from_object( SHOPCX_WC_CONSENT_FIELD, $customer, 'other' );
	} catch ( \Throwable $e ) {
		return false;
	}
}

/**
 * The block checkout sends the address (e-mail included, in billing_address) to POST
 * /wc/store/v1/cart/update-customer while it is filled in: keep the guest's address as the classic
 * checkout does, for a reminder before any order exists.
 *
 * @param WC_Customer     $customer The customer, updated from the request (not saved yet).
 * @param WP_REST_Request $request  The Store API request.
 * @return void
 */
function shopcx_wc_store_api_customer_updated( $customer, $request ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed
	if ( ! $customer instanceof WC_Customer || ! function_exists( 'WC' ) || ! WC()->session ) {
		return;
	}
	$email = sanitize_email( (string) $customer->get_billing_email() );
	if ( is_email( $email ) ) {
		WC()->session->set( 'shopcx_email', $email );
	}
	shopcx_wc_cart_updated();
}
add_action( 'woocommerce_store_api_cart_update_customer_from_request', 'shopcx_wc_store_api_customer_updated', 10, 2 );

/**
 * An order placed through the block checkout: the classic woocommerce_checkout_order_processed
 * does not fire there, so the cart is marked ordered here.
 *
 * @param WC_Order $order The order.
 * @return void
 */
function shopcx_wc_store_api_order_processed( $order ) {
	shopcx_wc_cart_ordered( $order instanceof WC_Order ? (int) $order->get_id() : 0 );
}
add_action( 'woocommerce_store_api_checkout_order_processed', 'shopcx_wc_store_api_order_processed' );
