/**
 * Stock line and delivery promise in WooCommerce's Cart and Checkout blocks. The Store API gives
 * each cart item extensions.shopcx = { stock, promise, urgent } (plain text); WooCommerce's
 * itemName filter (registerCheckoutFilters) returns the name the blocks render as HTML (the cart
 * also decodes it for aria-labels), so the added words are escaped here and carry no markup.
 * cartItemClass marks a low-stock line (shopcx-stock-low). No build step.
 */
( function () {
	'use strict';
	var checkout = window.wc && window.wc.blocksCheckout;
	if ( ! checkout || typeof checkout.registerCheckoutFilters !== 'function' ) {
		return;
	}
	var entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };
	function escape( text ) {
		return String( text ).replace( /[&<>"']/g, function ( c ) { return entities[ c ]; } );
	}
	function ours( extensions ) {
		var data = extensions && extensions.shopcx;
		return data && typeof data === 'object' ? data : null;
	}
	checkout.registerCheckoutFilters( 'shopcx', {
		itemName: function ( name, extensions, args ) {
			var data = ours( extensions );
			if ( ! data || ! args || ( args.context !== 'cart' && args.context !== 'summary' ) ) {
				return name;
			}
			var words = [ data.stock, data.promise ].filter( function ( w ) {
				return typeof w === 'string' && w !== '';
			} );
			return words.length ? name + ' \u2013 ' + escape( words.join( ' \u00b7 ' ) ) : name;
		},
		cartItemClass: function ( value, extensions ) {
			var data = ours( extensions );
			return data && data.urgent === true ? ( value ? value + ' ' : '' ) + 'shopcx-stock-low' : value;
		},
	} );
}() );
