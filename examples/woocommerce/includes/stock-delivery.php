<?php
/**
 * Stock lines and delivery promises.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The product meta of the "Back in stock on" date ("YYYY-MM-DD"), set in the product's Inventory tab
 * or a variation's panel and saved through WooCommerce's product CRUD.
 */
const SHOPCX_WC_RESTOCK_META = '_shopcx_restock_date';

/**
 * The product's or variation's restock date when it is still ahead (after today in the warehouse's
 * time zone), else null: a date reached or passed says nothing any more.
 *
 * @param WC_Product $product Product or variation.
 * @param int        $now     Unix time.
 * @return string|null "YYYY-MM-DD"
 */
function shopcx_wc_restock_date( $product, $now ) {
	$date = (string) $product->get_meta( SHOPCX_WC_RESTOCK_META );
	if ( null === shopcx_wc_parse_restock_date( $date ) ) {
		return null;
	}
	try {
		$today = wp_date( 'Y-m-d', $now, new DateTimeZone( (string) shopcx_wc_option( 'shopcx_wc_timezone' ) ) );
	} catch ( \Exception $e ) {
		$today = gmdate( 'Y-m-d', $now );
	}
	return $date > $today ? $date : null;
}

/**
 * A restock date as typed or posted: "YYYY-MM-DD" of a real day (1970-2099), else null.
 *
 * @param string $value The value.
 * @return string|null
 */
function shopcx_wc_parse_restock_date( $value ) {
	$value = trim( $value );
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) || ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) || $m[1] < 1970 || $m[1] > 2099 ) {
		return null;
	}
	return $value;
}

/**
 * Whether the goods are on hand: in stock, and for managed stock a quantity above 0 (an unmanaged
 * product "on backorder" is not on hand either, though WooCommerce calls it in stock).
 *
 * @param WC_Product $product Product or variation.
 * @return bool
 */
function shopcx_wc_on_hand( $product ) {
	if ( ! $product->is_in_stock() ) {
		return false;
	}
	return $product->managing_stock() ? $product->get_stock_quantity() > 0 : 'onbackorder' !== $product->get_stock_status();
}

/**
 * What ShopCx\Stock\Indicator needs about a WooCommerce product or variation.
 *
 * @param WC_Product $product Product or variation.
 * @param int|null   $now     Unix time (for the restock date); null: now.
 * @return array{0: int|null, 1: array<string, bool|string>}
 */
function shopcx_wc_stock_facts( $product, $now = null ) {
	$restock = shopcx_wc_on_hand( $product ) ? null : shopcx_wc_restock_date( $product, $now ?? shopcx_wc_now() );
	if ( ! $product->managing_stock() ) {
		$item = array( 'inStock' => $product->is_in_stock() );
		if ( 'onbackorder' === $product->get_stock_status() ) {
			$item = array(
				'inStock'    => false,
				'backorders' => true,
			);
		}
		if ( null !== $restock ) {
			$item['availableOn'] = $restock;
		}
		return array( null, $item );
	}
	$qty  = max( 0, (int) $product->get_stock_quantity() );
	$item = array();
	if ( $qty <= 0 && $product->backorders_allowed() ) {
		$item['backorders'] = true;
	}
	if ( null !== $restock ) {
		$item['availableOn'] = $restock;
	}
	return array( $qty, $item );
}

/**
 * The stock line for a product or a variation ("Only 3 left"); WooCommerce calls this filter
 * for variations too, so every variation's line comes from the same indicator.
 *
 * @param string     $text    WooCommerce's text.
 * @param WC_Product $product Product or variation.
 * @return string
 */
function shopcx_wc_availability_text( $text, $product ) {
	if ( ! is_object( $product ) || ! method_exists( $product, 'managing_stock' ) ) {
		return $text;
	}
	try {
		list( $qty, $item ) = shopcx_wc_stock_facts( $product, shopcx_wc_now() );
		return shopcx_wc_indicator()->describe( $qty, $item, shopcx_wc_now() )->label;
	} catch ( \Throwable $e ) {
		return $text; // A bad setting must not break the product page.
	}
}
add_filter( 'woocommerce_get_availability_text', 'shopcx_wc_availability_text', 10, 2 );

/**
 * Can a delivery be promised at all? Not for an item sold out without backorders and without a
 * restock date: nobody can order it, and "delivered in 10 working days" would be a guess.
 *
 * @param WC_Product $product Product or variation.
 * @param int        $now     Unix time.
 * @return bool
 */
function shopcx_wc_promise_applies( $product, $now ) {
	return $product->is_in_stock() || null !== shopcx_wc_restock_date( $product, $now );
}

/**
 * The delivery promise for a product at a moment.
 *
 * @param WC_Product $product Product.
 * @param int        $now     Unix time.
 * @return \ShopCx\Delivery\Promise
 */
function shopcx_wc_promise( $product, $now ) {
	$item = array( 'inStock' => shopcx_wc_on_hand( $product ) );
	if ( ! $item['inStock'] ) {
		// With a restock date the promise counts from it and names no cut-off (none moves it).
		$restock = shopcx_wc_restock_date( $product, $now );
		if ( null !== $restock ) {
			$item['restockDate'] = $restock;
		} else {
			$item['backorderDays'] = (int) apply_filters( 'shopcx_wc_backorder_days', 10, $product );
		}
	}
	return shopcx_wc_estimator()->estimate( $now, $item );
}

/**
 * Prints the promise on the product page; a tiny script refreshes it from the REST endpoint.
 *
 * @return void
 */
function shopcx_wc_product_promise() {
	global $product;
	if ( ! $product instanceof WC_Product ) {
		return;
	}
	try {
		// Sold out for good: an empty box, which a variation the shopper picks may still fill.
		$label = shopcx_wc_promise_applies( $product, shopcx_wc_now() ) ? shopcx_wc_promise( $product, shopcx_wc_now() )->label : '';
	} catch ( \Throwable $e ) {
		return;
	}
	$url = add_query_arg( 'product', (int) $product->get_id(), rest_url( 'shopcx/v1/promise' ) );
	printf(
		'<p class="shopcx-promise" data-shopcx-promise="%1$s">%2$s</p>',
		esc_url( $url ),
		esc_html( $label )
	);
	// Behind a full-page cache the printed sentence ages: the script asks the uncached route, and
	// asks again for the variation a shopper chooses (found_variation / reset_data).
	$deps = $product->is_type( 'variable' ) ? array( 'jquery' ) : array(); // The variations form's events are jQuery's.
	wp_enqueue_script( 'shopcx-promise', plugins_url( 'assets/promise.js', SHOPCX_WC_FILE ), $deps, SHOPCX_WC_VERSION, true );
}
add_action( 'woocommerce_single_product_summary', 'shopcx_wc_product_promise', 25 );

/**
 * The "Back in stock on" field in a product's Inventory tab (simple and variable products).
 *
 * @return void
 */
function shopcx_wc_restock_field() {
	global $product_object;
	if ( ! $product_object instanceof WC_Product || ! function_exists( 'woocommerce_wp_text_input' ) ) {
		return;
	}
	woocommerce_wp_text_input(
		array(
			'id'            => 'shopcx_restock_date',
			'value'         => (string) $product_object->get_meta( SHOPCX_WC_RESTOCK_META ),
			'type'          => 'date',
			'label'         => __( 'Back in stock on', 'shopcx-woocommerce' ),
			'description'   => __( 'When out of stock or on backorder: the stock line says when it is back and the delivery promise counts from this date. Empty: unknown.', 'shopcx-woocommerce' ),
			'desc_tip'      => true,
			'wrapper_class' => 'show_if_simple', // A variable product's variations have their own field.
		)
	);
}
add_action( 'woocommerce_product_options_stock_status', 'shopcx_wc_restock_field' );

/**
 * The same field in a variation's panel (Inventory part).
 *
 * @param int                  $loop           The variation's index in the form.
 * @param array<string, mixed> $variation_data Unused (WooCommerce's legacy data).
 * @param WP_Post              $variation      The variation's post.
 * @return void
 */
function shopcx_wc_variation_restock_field( $loop, $variation_data, $variation ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundInExtendedClassAfterLastUsed
	$object = wc_get_product( $variation->ID );
	if ( ! $object instanceof WC_Product || ! function_exists( 'woocommerce_wp_text_input' ) ) {
		return;
	}
	woocommerce_wp_text_input(
		array(
			'id'            => 'variable_shopcx_restock_date' . $loop,
			'name'          => 'variable_shopcx_restock_date[' . $loop . ']',
			'value'         => (string) $object->get_meta( SHOPCX_WC_RESTOCK_META ),
			'type'          => 'date',
			'label'         => __( 'Back in stock on', 'shopcx-woocommerce' ),
			'wrapper_class' => 'form-row form-row-full',
		),
		$object
	);
}
add_action( 'woocommerce_variation_options_inventory', 'shopcx_wc_variation_restock_field', 10, 3 );

/**
 * Stores a posted restock date on the product object WooCommerce saves next (product CRUD meta:
 * no post meta written by the plugin). A date that is no real day is refused with an admin notice
 * and the stored one kept; an empty field removes it.
 *
 * @param WC_Product $product The product or variation being saved.
 * @param mixed      $posted  The posted value (null: not posted).
 * @return void
 */
function shopcx_wc_take_restock_date( $product, $posted ) {
	if ( null === $posted || ! is_scalar( $posted ) ) {
		return;
	}
	$value = trim( sanitize_text_field( (string) $posted ) );
	if ( '' === $value ) {
		$product->delete_meta_data( SHOPCX_WC_RESTOCK_META );
		return;
	}
	$date = shopcx_wc_parse_restock_date( $value );
	if ( null === $date ) {
		/* translators: %s: the date as typed. */
		$message = sprintf( __( 'Back in stock on: "%s" is not a date like 2026-12-15; the date was not saved.', 'shopcx-woocommerce' ), $value );
		if ( class_exists( 'WC_Admin_Meta_Boxes' ) ) {
			WC_Admin_Meta_Boxes::add_error( esc_html( $message ) );
		}
		return;
	}
	$product->update_meta_data( SHOPCX_WC_RESTOCK_META, $date );
}

/**
 * The product form was posted (WooCommerce checked its nonce and the user's rights before this
 * action, and calls save() after it).
 *
 * @param WC_Product $product The product.
 * @return void
 */
function shopcx_wc_save_restock_date( $product ) {
	// WooCommerce verified woocommerce_meta_nonce; the value is sanitized and checked in shopcx_wc_take_restock_date().
	shopcx_wc_take_restock_date( $product, isset( $_POST['shopcx_restock_date'] ) ? wp_unslash( $_POST['shopcx_restock_date'] ) : null ); // phpcs:ignore WordPress.Security.NonceVerification.Missing, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
}
add_action( 'woocommerce_admin_process_product_object', 'shopcx_wc_save_restock_date' );

/**
 * A variation was posted (the variations' Ajax save; WooCommerce checked the save-variations nonce).
 *
 * @param WC_Product $variation The variation.
 * @param int        $i         Its index in the posted arrays.
 * @return void
 */
function shopcx_wc_save_variation_restock_date( $variation, $i ) {
	// WooCommerce verified the save-variations nonce; the value is sanitized and checked in shopcx_wc_take_restock_date().
	$posted = isset( $_POST['variable_shopcx_restock_date'][ $i ] ) ? wp_unslash( $_POST['variable_shopcx_restock_date'][ $i ] ) : null; // phpcs:ignore WordPress.Security.NonceVerification.Missing, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
	shopcx_wc_take_restock_date( $variation, $posted );
}
add_action( 'woocommerce_admin_process_variation_object', 'shopcx_wc_save_variation_restock_date', 10, 2 );

/**
 * Cart and checkout: the promise for the whole cart is the one of its slowest line.
 *
 * @return void
 */
function shopcx_wc_cart_promise() {
	if ( ! function_exists( 'WC' ) || ! WC()->cart ) {
		return;
	}
	$slowest = null;
	try {
		foreach ( WC()->cart->get_cart() as $line ) {
			if ( empty( $line['data'] ) || ! shopcx_wc_promise_applies( $line['data'], shopcx_wc_now() ) ) {
				continue;
			}
			$promise = shopcx_wc_promise( $line['data'], shopcx_wc_now() );
			if ( null === $slowest || $promise->latest > $slowest->latest ) {
				$slowest = $promise;
			}
		}
	} catch ( \Throwable $e ) {
		return;
	}
	if ( $slowest ) {
		printf( '<p class="shopcx-promise shopcx-cart-promise">%s</p>', esc_html( $slowest->label ) );
	}
}
add_action( 'woocommerce_before_cart_totals', 'shopcx_wc_cart_promise' );
add_action( 'woocommerce_review_order_before_payment', 'shopcx_wc_cart_promise' );

/**
 * Registers the REST routes of the plugin.
 *
 * @return void
 */
function shopcx_wc_rest_routes() {
	register_rest_route(
		'shopcx/v1',
		'/promise',
		array(
			'methods'             => 'GET',
			'callback'            => 'shopcx_wc_rest_promise',
			'permission_callback' => '__return_true',
			'args'                => array(
				'product' => array(
					'required'          => true,
					'validate_callback' => fn( $v ) => is_numeric( $v ) && (int) $v > 0,
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'shopcx_wc_rest_routes' );

/**
 * Whether a visitor may see this product: published, and for a variation its parent too (a disabled
 * variation is "private"). A draft, pending or private product answers as if it did not exist, so
 * its stock and restock date stay unknown until it is published; shop staff see theirs.
 *
 * @param WC_Product $product Product or variation.
 * @return bool
 */
function shopcx_wc_product_is_public( $product ) {
	$statuses = array( $product->get_status() );
	if ( $product->get_parent_id() ) {
		$parent     = wc_get_product( $product->get_parent_id() );
		$statuses[] = $parent ? $parent->get_status() : '';
	}
	if ( array( 'publish' ) === array_unique( $statuses ) ) {
		return true;
	}
	return current_user_can( 'edit_products' );
}

/**
 * GET /wp-json/shopcx/v1/promise?product=ID
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function shopcx_wc_rest_promise( $request ) {
	$product = wc_get_product( (int) $request['product'] );
	if ( ! $product || ! shopcx_wc_product_is_public( $product ) ) {
		return new WP_Error( 'shopcx_no_product', __( 'No such product.', 'shopcx-woocommerce' ), array( 'status' => 404 ) );
	}
	// Sold out without backorders or a restock date: no promise, an empty label (the page shows none).
	$promise  = shopcx_wc_promise_applies( $product, shopcx_wc_now() ) ? shopcx_wc_promise( $product, shopcx_wc_now() )->toArray() : array( 'label' => '' );
	$response = rest_ensure_response( $promise );
	$response->header( 'Cache-Control', 'no-store, max-age=0' );
	return $response;
}
