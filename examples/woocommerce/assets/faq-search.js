/**
 * FAQ instant search: answers appear under the form while the visitor types, from the plugin's
 * REST endpoint (shopcx/v1/faq), without a page load. The form still works without JavaScript.
 * Highlights arrive as escaped HTML with <mark> only; they are copied node by node (text and
 * <mark>), never assigned as HTML, so nothing from the query or the FAQ can run here.
 *
 * Also (issue 21): the search box is a combobox (WAI-ARIA 1.2) whose listbox holds ShopCX's
 * suggest() completions (shopcx/v1/faq/suggest; arrow keys, Enter, Escape, mouse); a search the
 * visitor pauses on for 2 seconds is sent to shopcx/v1/faq/log, which logs it when unanswered; a
 * click on an answer (in the results or under "Related questions") is counted through
 * shopcx/v1/faq/click, posted by the answer's page, with the entries opened before in this visit
 * (sessionStorage of this tab: no cookie, nothing personal).
 */
( function () {
	var SEEN_KEY = 'shopcx_faq_seen';

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
				a.dataset.shopcxFaqId = String( hit.id );
				a.appendChild( highlighted( hit.question ) );
				p.appendChild( highlighted( hit.snippet ) );
				li.appendChild( a );
				li.appendChild( p );
				box.appendChild( li );
			} );
		}
		form.after( box );
	}

	// --- visit: entries opened in this tab, for the co-views ------------------------------------
	function seen() {
		try {
			var list = JSON.parse( window.sessionStorage.getItem( SEEN_KEY ) || '[]' );
			return Array.isArray( list ) ? list.filter( Number.isInteger ).slice( -10 ) : [];
		} catch ( e ) {
			return [];
		}
	}
	function remember( id ) {
		try {
			var list = seen().filter( function ( other ) {
				return other !== id;
			} );
			list.push( id );
			window.sessionStorage.setItem( SEEN_KEY, JSON.stringify( list.slice( -10 ) ) );
		} catch ( e ) {} // Storage off: no co-views, the click still counts.
	}
	function post( url, body ) {
		fetch( url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify( body ) } ).catch( function () {} );
	}
	// A click on an answer is posted by the answer's page once it has loaded (the click leaves this
	// page, which would cut a request it started): the click is kept in this tab's sessionStorage
	// for a minute.
	var PENDING_KEY = 'shopcx_faq_pending';
	document.addEventListener( 'click', function ( e ) {
		var a = e.target instanceof Element ? e.target.closest( 'a[data-shopcx-faq-id]' ) : null;
		var id = a ? parseInt( a.dataset.shopcxFaqId, 10 ) : 0;
		if ( id > 0 ) {
			try {
				window.sessionStorage.setItem( PENDING_KEY, JSON.stringify( { id: id, seen: seen(), at: Date.now() } ) );
			} catch ( err ) {} // Storage off: the click is not counted.
		}
	} );
	document.querySelectorAll( '[data-shopcx-faq-entry]' ).forEach( function ( entry ) {
		var id = parseInt( entry.dataset.shopcxFaqEntry, 10 );
		var pending = null;
		try {
			pending = JSON.parse( window.sessionStorage.getItem( PENDING_KEY ) || 'null' );
			window.sessionStorage.removeItem( PENDING_KEY );
		} catch ( err ) {}
		if ( pending && pending.id === id && Date.now() - pending.at < 60000 && entry.dataset.shopcxFaqClick ) {
			post( entry.dataset.shopcxFaqClick, { id: id, seen: Array.isArray( pending.seen ) ? pending.seen : [] } );
		}
		if ( id > 0 ) {
			remember( id ); // Opened in this visit (also when reached from elsewhere: no click counted).
		}
	} );

	// --- the search box ---------------------------------------------------------------------------
	document.querySelectorAll( 'input[data-shopcx-faq]' ).forEach( function ( input ) {
		var form = input.form;
		var list = document.getElementById( input.getAttribute( 'aria-controls' ) || '' );
		var timer = null;
		var idle = null;
		var asked = 0;
		var suggested = 0;
		var active = -1;
		var chosen = null; // The suggestion just taken: no new suggestions for it.
		if ( list ) {
			// Over the answers, not above them: opening and closing it moves nothing the visitor aims at.
			if ( window.getComputedStyle( form ).position === 'static' ) {
				form.style.position = 'relative';
			}
			list.style.cssText = 'position:absolute;z-index:10;left:0;margin:0;padding:0;list-style:none;background:Canvas;color:CanvasText;border:1px solid GrayText;min-width:' + input.offsetWidth + 'px';
		}

		function options() {
			return list ? Array.prototype.slice.call( list.querySelectorAll( '[role=option]' ) ) : [];
		}
		function close() {
			if ( ! list ) {
				return;
			}
			list.hidden = true;
			list.textContent = '';
			active = -1;
			input.setAttribute( 'aria-expanded', 'false' );
			input.removeAttribute( 'aria-activedescendant' );
		}
		function mark( index ) {
			var all = options();
			active = index;
			all.forEach( function ( option, i ) {
				option.setAttribute( 'aria-selected', i === index ? 'true' : 'false' );
				option.style.background = i === index ? 'Highlight' : '';
				option.style.color = i === index ? 'HighlightText' : '';
			} );
			if ( index >= 0 && all[ index ] ) {
				input.setAttribute( 'aria-activedescendant', all[ index ].id );
			} else {
				input.removeAttribute( 'aria-activedescendant' );
			}
		}
		function open( suggestions ) {
			close();
			if ( ! list || suggestions.length === 0 ) {
				return;
			}
			suggestions.forEach( function ( text, i ) {
				var li = document.createElement( 'li' );
				li.id = list.id + '-' + i;
				li.setAttribute( 'role', 'option' );
				li.setAttribute( 'aria-selected', 'false' );
				li.style.cursor = 'pointer';
				li.textContent = text;
				// mousedown, not click: the input keeps the focus (no blur closing the list first).
				li.addEventListener( 'mousedown', function ( e ) {
					e.preventDefault();
					take( text );
				} );
				list.appendChild( li );
			} );
			list.hidden = false;
			input.setAttribute( 'aria-expanded', 'true' );
		}
		function take( text ) {
			chosen = text;
			input.value = text;
			close();
			search( 0 );
		}
		function suggest( q ) {
			if ( ! input.dataset.shopcxFaqSuggest || q === chosen ) {
				close();
				return;
			}
			var ticket = ++suggested;
			var url = new URL( input.dataset.shopcxFaqSuggest, window.location.href );
			url.searchParams.set( 'q', q );
			fetch( url, { headers: { Accept: 'application/json' } } )
				.then( function ( r ) {
					return r.ok ? r.json() : null;
				} )
				.then( function ( found ) {
					if ( found && ticket === suggested && document.activeElement === input && input.value.trim() === q ) {
						open( found.suggestions.filter( function ( s ) {
							return s !== q;
						} ) );
					}
				} )
				.catch( function () {} );
		}
		function search( delay ) {
			clearTimeout( timer );
			clearTimeout( idle );
			timer = setTimeout( function () {
				var ticket = ++asked;
				var q = input.value.trim();
				if ( q === '' ) {
					close();
					show( form, { query: '', hits: [] }, '' );
					return;
				}
				suggest( q );
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
				// A search the visitor pauses on is finished: the server logs it when unanswered.
				idle = setTimeout( function () {
					if ( input.dataset.shopcxFaqLog && input.value.trim() === q ) {
						post( input.dataset.shopcxFaqLog, { q: q } );
					}
				}, 2000 );
			}, delay );
		}

		input.addEventListener( 'input', function () {
			chosen = null;
			search( 200 );
		} );
		input.addEventListener( 'keydown', function ( e ) {
			var all = options();
			var isOpen = list && ! list.hidden && all.length > 0;
			if ( e.key === 'ArrowDown' || e.key === 'ArrowUp' ) {
				if ( ! isOpen ) {
					return;
				}
				e.preventDefault();
				var step = e.key === 'ArrowDown' ? 1 : -1;
				// Positions -1 (the text typed) to the last option, wrapping around.
				mark( ( ( active + 1 + step + all.length + 1 ) % ( all.length + 1 ) ) - 1 );
			} else if ( e.key === 'Enter' && isOpen && active >= 0 ) {
				e.preventDefault(); // Takes the suggestion; a second Enter submits the form.
				take( all[ active ].textContent );
			} else if ( e.key === 'Escape' && isOpen ) {
				e.preventDefault();
				close();
			}
		} );
		input.addEventListener( 'blur', close );
		form.addEventListener( 'submit', function () {
			clearTimeout( idle ); // The server logs a submitted search itself.
		} );
	} );
} )();
