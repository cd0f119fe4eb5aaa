<?php
/**
 * Must-use plugin of the browser walk's stock checks (walk-stock.mjs, issue 19), copied by run.sh
 * next to site.php. What WooCommerce would render around the plugin, reduced to what the checks need:
 *
 * - ?shopcx_test_stock=variable: a variable product's page (product 80; variations 81 in stock, 82
 *   on backorder and back on Tuesday 17 March) with WooCommerce's variations form and a double of
 *   its add-to-cart-variation.js: choosing a size puts the variation's availability_html into the
 *   stock line and triggers the jQuery events found_variation (with the variation) and reset_data,
 *   as WooCommerce 11's script does.
 * - ?shopcx_test_stock=cart: a page with the Cart block. wc-blocks-checkout is a double that keeps
 *   the filters registerCheckoutFilters() gets; a renderer double asks GET /wc/store/v1/cart and
 *   renders each item's name through the itemName and cartItemClass filters as WooCommerce's
 *   blocks do (the name as HTML, the decoded name as aria-label), in the cart and in a checkout
 *   summary. The cart (WC()->cart) comes with the cookie shopcx_test_stock_cart; the cookie
 *   shopcx_test_stock_hostile makes the low-stock text an <img onerror> for the escaping check.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$GLOBALS['wc_standin_products'][80] = new WC_Product( array( 'id' => 80, 'qty' => 12, 'type' => 'variable', 'name' => 'Rain jacket' ) );
$GLOBALS['wc_standin_products'][81] = new WC_Product_Variation( array( 'id' => 81, 'qty' => 8, 'type' => 'variation', 'parent' => 80, 'name' => 'Rain jacket - S' ) );
$GLOBALS['wc_standin_products'][82] = new WC_Product_Variation( array( 'id' => 82, 'qty' => 0, 'backorders' => true, 'type' => 'variation', 'parent' => 80, 'name' => 'Rain jacket - M' ) );
$GLOBALS['wc_standin_products'][82]->update_meta_data( '_shopcx_restock_date', '2026-03-17' );
$GLOBALS['wc_standin_products'][83] = new WC_Product( array( 'id' => 83, 'qty' => 3, 'name' => 'Boots &amp; laces' ) );

if ( isset( $_COOKIE['shopcx_test_stock_hostile'] ) ) {
	add_filter( 'pre_option_shopcx_wc_stock_labels_en', fn() => 'low: <img src=x onerror=window.shopcxPwned=1> Only {qty} left & "more"' );
}
if ( isset( $_COOKIE['shopcx_test_stock_cart'] ) ) {
	add_action(
		'init',
		function () {
			WC()->cart = new WC_Cart_Standin(
				array(
					'k83' => array( 'data' => wc_get_product( 83 ), 'quantity' => 1, 'line_total' => 30.0 ),
					'k82' => array( 'data' => wc_get_product( 82 ), 'quantity' => 1, 'line_total' => 80.0 ),
				)
			);
		}
	);
}

add_action(
	'template_redirect',
	function () {
		$which = $_GET['shopcx_test_stock'] ?? '';
		if ( 'variable' === $which ) {
			shopcx_test_stock_variable_page();
		} elseif ( 'cart' === $which ) {
			shopcx_test_stock_cart_page();
		}
	},
	4
);

function shopcx_test_stock_html( WC_Product $product ): string {
	return '<p class="stock">' . esc_html( $product->get_availability()['availability'] ) . '</p>';
}

function shopcx_test_stock_variable_page(): void {
	$GLOBALS['product'] = wc_get_product( 80 );
	$variations         = array();
	foreach ( array( 81 => 'S', 82 => 'M' ) as $id => $size ) {
		$variations[] = array( 'variation_id' => $id, 'attributes' => array( 'attribute_size' => $size ), 'availability_html' => shopcx_test_stock_html( wc_get_product( $id ) ) );
	}
	wp_enqueue_script( 'jquery' );
	// WooCommerce's add-to-cart-variation.js, reduced: the chosen size's variation, or reset_data.
	wp_register_script( 'shopcx-test-variation-form', false, array( 'jquery' ), null, true );
	wp_enqueue_script( 'shopcx-test-variation-form' );
	wp_add_inline_script(
		'shopcx-test-variation-form',
		<<<'JS'
jQuery(function($){var f=$('.variations_form'),all=f.data('product_variations'),own=$('.summary .stock').first().prop('outerHTML');f.on('change','select',function(){var v=all.filter(function(x){return x.attributes.attribute_size===f.find('select').val();})[0];if(v){$('.summary .stock').replaceWith(v.availability_html);f.trigger('found_variation',[v]);}else{$('.summary .stock').replaceWith(own);f.trigger('reset_data');}});});
JS
	);
	?><!DOCTYPE html>
<html <?php language_attributes(); ?>><head><meta charset="utf-8"><title>Rain jacket - test shop</title><?php wp_head(); ?></head>
<body class="single-product"><main class="summary" style="max-width:40em;margin:2em auto;font-family:sans-serif">
<h1 class="product_title">Rain jacket</h1>
<?php echo shopcx_test_stock_html( $GLOBALS['product'] ); ?>
<?php do_action( 'woocommerce_single_product_summary' ); ?>
<form class="variations_form cart" data-product_id="80" data-product_variations="<?php echo esc_attr( wp_json_encode( $variations ) ); ?>">
<label for="size">Size</label> <select id="size" name="attribute_size"><option value="">Choose an option</option><option value="S">S</option><option value="M">M</option></select>
</form>
</main><?php wp_footer(); ?></body></html>
	<?php
	exit;
}

function shopcx_test_stock_cart_page(): void {
	// The page WooCommerce's installer makes: the Cart block in its content (has_block() reads it).
	$GLOBALS['post'] = new WP_Post( (object) array( 'ID' => 0, 'post_type' => 'page', 'post_status' => 'publish', 'post_content' => '<!-- wp:woocommerce/cart --><div class="wp-block-woocommerce-cart"></div><!-- /wp:woocommerce/cart -->', 'filter' => 'raw' ) );
	// wc-blocks-checkout's registerCheckoutFilters() and applyCheckoutFilter(), reduced.
	wp_register_script( 'wc-blocks-checkout', false, array(), null, true );
	wp_add_inline_script( 'wc-blocks-checkout', "window.wc=window.wc||{};(function(){var reg={};window.wc.blocksCheckout={registerCheckoutFilters:function(ns,f){reg[ns]=f;},applyCheckoutFilter:function(o){var v=o.defaultValue;Object.keys(reg).forEach(function(ns){var fn=reg[ns][o.filterName];if(typeof fn==='function'){var n=fn(v,o.extensions,o.arg);if(typeof n===typeof o.defaultValue){v=n;}}});return v;}};window.shopcxTestFilters=reg;})();" );
	// The blocks' rendering of an item, reduced: ProductName sets the filtered name as HTML; the row's aria-label is the name decoded.
	// It renders on DOMContentLoaded, after every footer script ran: a cart answer that came back while
	// assets/cart-blocks.js was still downloading rendered the items without its filters (flaky in CI's forky run).
	wp_register_script( 'shopcx-test-cart-block', false, array( 'wc-blocks-checkout' ), null, true );
	wp_enqueue_script( 'shopcx-test-cart-block' );
	wp_add_inline_script(
		'shopcx-test-cart-block',
		"document.addEventListener('DOMContentLoaded',function(){fetch(" . wp_json_encode( rest_url( 'wc/store/v1/cart' ) ) . ",{credentials:'same-origin'}).then(function(r){return r.json();}).then(function(cart){var c=window.wc.blocksCheckout,dec=document.createElement('textarea');['cart','summary'].forEach(function(context){var list=document.querySelector('.shopcx-test-'+context);cart.items.forEach(function(item){var arg={context:context,cartItem:item,cart:cart},name=c.applyCheckoutFilter({filterName:'itemName',defaultValue:item.name,extensions:item.extensions,arg:arg}),cls=c.applyCheckoutFilter({filterName:'cartItemClass',defaultValue:'',extensions:item.extensions,arg:arg}),row=document.createElement('li'),a=document.createElement('a');row.className=('wc-block-cart-items__row '+cls).trim();a.className='wc-block-components-product-name';a.innerHTML=name;dec.innerHTML=name;row.setAttribute('aria-label',dec.value);row.appendChild(a);list.appendChild(row);});});document.body.setAttribute('data-rendered','1');});});"
	);
	?><!DOCTYPE html>
<html <?php language_attributes(); ?>><head><meta charset="utf-8"><title>Cart - test shop</title><?php wp_head(); ?></head>
<body class="woocommerce-cart"><main style="max-width:40em;margin:2em auto;font-family:sans-serif">
<h1>Cart</h1><ul class="shopcx-test-cart wp-block-woocommerce-cart"></ul>
<h2>Order summary</h2><ul class="shopcx-test-summary"></ul>
</main><?php wp_footer(); ?></body></html>
	<?php
	exit;
}
