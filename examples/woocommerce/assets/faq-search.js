/**
 * FAQ instant search: answers appear under the form while the visitor types, from the plugin's
 * REST endpoint (shopcx/v1/faq), without a page load. The form still works without JavaScript.
 * Highlights arrive as escaped HTML with <mark> only; they are copied node by node (text and
 * <mark>), never assigned as HTML, so nothing from the query or the FAQ can run here.
 */
( function () {
	function highlighted( html ) {
		var out = document.createDocumentFragment();
		var body = new DOMParser().parseFromString( html, 'text/html' ).body;
		body.childNodes.forEach( function ( node ) {
			if ( node.nodeName === 'MARK' ) {
				var mark = document.createElement( 'mark' );
				mark.textContent = node.textContent;
				out.appendChild( mark );
			} else {
				out.appendChild( document.createTextNode( node.textContent ) );
			}
		} );
		return out;
	}

	function show( form, found, noneText ) {
		// The answers shown so far (printed by the server or by an earlier search) sit right after the form.
		var old = form.nextElementSibling;
		if ( old && ( old.classList.contains( 'shopcx-faq-hits' ) || old.classList.contains( 'shopcx-faq-none' ) ) ) {
			old.remove();
		}
		var box;
		if ( ! found.query ) {
			return;
		}
		if ( found.hits.length === 0 ) {
			box = document.createElement( 'p' );
			box.className = 'shopcx-faq-none';
			box.textContent = noneText.replace( '%s', found.query );
		} else {
			box = document.createElement( 'ul' );
			box.className = 'shopcx-faq-hits';
			found.hits.forEach( function ( hit ) {
				var li = document.createElement( 'li' );
				var a = document.createElement( 'a' );
				var p = document.createElement( 'p' );
				a.href = hit.url;
				a.appendChild( highlighted( hit.question ) );
				p.appendChild( highlighted( hit.snippet ) );
				li.appendChild( a );
				li.appendChild( p );
				box.appendChild( li );
			} );
		}
		form.after( box );
	}

	document.querySelectorAll( 'input[data-shopcx-faq]' ).forEach( function ( input ) {
		var form = input.form;
		var timer = null;
		var asked = 0;
		input.addEventListener( 'input', function () {
			clearTimeout( timer );
			timer = setTimeout( function () {
				var ticket = ++asked;
				var q = input.value.trim();
				if ( q === '' ) {
					show( form, { query: '', hits: [] }, '' );
					return;
				}
				var url = new URL( input.dataset.shopcxFaq, window.location.href );
				url.searchParams.set( 'q', q );
				fetch( url, { headers: { Accept: 'application/json' } } )
					.then( function ( r ) {
						return r.ok ? r.json() : null;
					} )
					.then( function ( found ) {
						// Only the latest question's answers: an older, slower reply is dropped.
						if ( found && ticket === asked ) {
							show( form, found, input.dataset.shopcxFaqNone );
						}
					} )
					.catch( function () {} ); // Offline: the form's normal submit still works.
			}, 200 );
		} );
	} );
} )();
