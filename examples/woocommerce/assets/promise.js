/**
 * The delivery promise on a product page, from the uncached REST route (shopcx/v1/promise): once
 * on load (a full-page cache may have kept an old sentence), and again for every variation the
 * shopper chooses. WooCommerce's variations form triggers the jQuery events found_variation (with
 * the variation's data) and reset_data (no complete choice: the product's own promise again).
 * Only the answer to the latest request is shown. No build step, no dependency.
 */
( function () {
	'use strict';
	var boxes = document.querySelectorAll( '[data-shopcx-promise]' );
	var asked = 0;
	function show( box, id ) {
		var url = new URL( box.getAttribute( 'data-shopcx-promise' ), window.location.href );
		if ( id ) {
			url.searchParams.set( 'product', String( id ) );
		}
		var mine = ++asked;
		box.setAttribute( 'aria-busy', 'true' );
		fetch( url.toString(), { credentials: 'same-origin' } )
			.then( function ( r ) { return r.ok ? r.json() : null; } )
			.then( function ( j ) {
				if ( mine !== asked || ! j ) {
					return;
				}
				box.removeAttribute( 'aria-busy' );
				box.textContent = typeof j.label === 'string' ? j.label : '';
				box.setAttribute( 'data-shopcx-product', String( id || '' ) );
			} )
			.catch( function () {} );
	}
	Array.prototype.forEach.call( boxes, function ( box ) { show( box, 0 ); } );
	if ( boxes.length && window.jQuery ) {
		window.jQuery( document )
			.on( 'found_variation', '.variations_form', function ( e, variation ) {
				var id = variation && parseInt( variation.variation_id, 10 );
				Array.prototype.forEach.call( boxes, function ( box ) { show( box, id > 0 ? id : 0 ); } );
			} )
			.on( 'reset_data', '.variations_form', function () {
				Array.prototype.forEach.call( boxes, function ( box ) { show( box, 0 ); } );
			} );
	}
}() );
