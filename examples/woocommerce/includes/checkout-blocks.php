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
use Automattic\WooCommerce\StoreApi\Schemas\V1\CartItemSchema;

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

/**
 * The Cart and Checkout blocks render from the Store API: each cart item gets the stock line and
 * the delivery promise under extensions.shopcx (WooCommerce's ExtendSchema on CartItemSchema),
 * which assets/cart-blocks.js shows through registerCheckoutFilters. Registered on
 * woocommerce_blocks_loaded, as WooCommerce asks; nothing without the Store API (before 7.2).
 *
 * @return void
 */
function shopcx_wc_register_cart_item_data() {
	if ( ! function_exists( 'woocommerce_store_api_register_endpoint_data' ) ) {
		return;
	}
	woocommerce_store_api_register_endpoint_data(
		array(
			'endpoint'        => class_exists( CartItemSchema::class ) ? CartItemSchema::IDENTIFIER : 'cart-item',
			'namespace'       => 'shopcx',
			'data_callback'   => 'shopcx_wc_cart_item_data',
			'schema_callback' => 'shopcx_wc_cart_item_schema',
			'schema_type'     => ARRAY_A,
		)
	);
}
add_action( 'woocommerce_blocks_loaded', 'shopcx_wc_register_cart_item_data' );

/**
 * A cart item's stock line and promise (plain text; the script escapes them).
 *
 * @param array<string, mixed> $cart_item A cart line as WC()->cart keeps it.
 * @return array{stock: string, promise: string, urgent: bool}
 */
function shopcx_wc_cart_item_data( $cart_item ) {
	$none    = array(
		'stock'   => '',
		'promise' => '',
		'urgent'  => false,
	);
	$product = $cart_item['data'] ?? null;
	if ( ! $product instanceof WC_Product ) {
		return $none;
	}
	try {
		$now                = shopcx_wc_now();
		list( $qty, $item ) = shopcx_wc_stock_facts( $product, $now );
		$status             = shopcx_wc_indicator()->describe( $qty, $item, $now );
		return array(
			'stock'   => $status->label,
			'promise' => shopcx_wc_promise_applies( $product, $now ) ? shopcx_wc_promise( $product, $now )->label : '',
			'urgent'  => $status->urgent,
		);
	} catch ( \Throwable $e ) {
		return $none; // A bad setting must not break the cart.
	}
}

/**
 * The schema of extensions.shopcx on a cart item.
 *
 * @return array<string, array<string, mixed>>
 */
function shopcx_wc_cart_item_schema() {
	return array(
		'stock'   => array(
			'description' => __( 'The stock line of the item ("Only 3 left!"), plain text.', 'shopcx-woocommerce' ),
			'type'        => 'string',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		),
		'promise' => array(
			'description' => __( 'The delivery promise of the item, plain text.', 'shopcx-woocommerce' ),
			'type'        => 'string',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		),
		'urgent'  => array(
			'description' => __( 'Low stock: shown with emphasis.', 'shopcx-woocommerce' ),
			'type'        => 'boolean',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		),
	);
}

/**
 * Whether this page shows the Cart or Checkout block (or is WooCommerce's cart or checkout page).
 *
 * @return bool
 */
function shopcx_wc_is_block_cart_page() {
	if ( is_admin() ) {
		return false;
	}
	if ( has_block( 'woocommerce/cart' ) || has_block( 'woocommerce/checkout' ) ) {
		return true;
	}
	return ( function_exists( 'is_cart' ) && is_cart() ) || ( function_exists( 'is_checkout' ) && is_checkout() );
}

/**
 * The small script that shows the stock line and promise in the Cart and Checkout blocks; it
 * depends on WooCommerce's wc-blocks-checkout (window.wc.blocksCheckout) and loads on cart and
 * checkout pages only. The classic cart keeps its own hooks (includes/stock-delivery.php).
 *
 * @return void
 */
function shopcx_wc_enqueue_cart_blocks_script() {
	if ( ! shopcx_wc_is_block_cart_page() || ! wp_script_is( 'wc-blocks-checkout', 'registered' ) ) {
		return;
	}
	wp_enqueue_script( 'shopcx-cart-blocks', plugins_url( 'assets/cart-blocks.js', SHOPCX_WC_FILE ), array( 'wc-blocks-checkout' ), SHOPCX_WC_VERSION, true );
}
add_action( 'wp_enqueue_scripts', 'shopcx_wc_enqueue_cart_blocks_script', 20 );
