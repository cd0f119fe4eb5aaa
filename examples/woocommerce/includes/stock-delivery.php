<?php
/**
 * Stock lines and delivery promises.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * What ShopCx\Stock\Indicator needs about a WooCommerce product or variation.
 *
 * @param WC_Product $product Product or variation.
 * @return array{0: int|null, 1: array<string, bool>}
 */
function shopcx_wc_stock_facts( $product ) {
	if ( ! $product->managing_stock() ) {
		return array( null, array( 'inStock' => $product->is_in_stock() ) );
	}
	$qty  = max( 0, (int) $product->get_stock_quantity() );
	$item = array();
	if ( $qty <= 0 && $product->backorders_allowed() ) {
		$item['backorders'] = true;
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
		list( $qty, $item ) = shopcx_wc_stock_facts( $product );
		return shopcx_wc_indicator()->describe( $qty, $item, shopcx_wc_now() )->label;
	} catch ( \Throwable $e ) {
		return $text; // A bad setting must not break the product page.
	}
}
add_filter( 'woocommerce_get_availability_text', 'shopcx_wc_availability_text', 10, 2 );

/**
 * The delivery promise for a product at a moment.
 *
 * @param WC_Product $product Product.
 * @param int        $now     Unix time.
 * @return \ShopCx\Delivery\Promise
 */
function shopcx_wc_promise( $product, $now ) {
	$item = array( 'inStock' => $product->is_in_stock() && ( ! $product->managing_stock() || $product->get_stock_quantity() > 0 ) );
	if ( ! $item['inStock'] ) {
		$item['backorderDays'] = (int) apply_filters( 'shopcx_wc_backorder_days', 10, $product );
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
		$promise = shopcx_wc_promise( $product, shopcx_wc_now() );
	} catch ( \Throwable $e ) {
		return;
	}
	$url = add_query_arg( 'product', (int) $product->get_id(), rest_url( 'shopcx/v1/promise' ) );
	printf(
		'<p class="shopcx-promise" data-shopcx-promise="%1$s">%2$s</p>',
		esc_url( $url ),
		esc_html( $promise->label )
	);
	// Behind a full-page cache the printed sentence ages; the uncached endpoint keeps it true.
	echo "<script>document.querySelectorAll('[data-shopcx-promise]').forEach(function(e){fetch(e.dataset.shopcxPromise).then(function(r){return r.json()}).then(function(j){if(j.label){e.textContent=j.label}})})</script>\n";
}
add_action( 'woocommerce_single_product_summary', 'shopcx_wc_product_promise', 25 );

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
			if ( empty( $line['data'] ) ) {
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
 * GET /wp-json/shopcx/v1/promise?product=ID
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function shopcx_wc_rest_promise( $request ) {
	$product = wc_get_product( (int) $request['product'] );
	if ( ! $product ) {
		return new WP_Error( 'shopcx_no_product', __( 'No such product.', 'shopcx-woocommerce' ), array( 'status' => 404 ) );
	}
	$response = rest_ensure_response( shopcx_wc_promise( $product, shopcx_wc_now() )->toArray() );
	$response->header( 'Cache-Control', 'no-store, max-age=0' );
	return $response;
}
