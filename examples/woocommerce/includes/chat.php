<?php
/**
 * Chat invitations decided server-side from the merchant's settings (opening hours per weekday,
 * agents on duty, the charter's presets with their thresholds) and, for experts, a rules
 * document; exposed to the page as a DOM event ("shopcx:chat-invitation") that small adapters
 * hand to common chat widgets.
 *
 * The page reports only what it alone knows: its type (printed by the server), how long the
 * visitor has been on it, the pages seen and invitations shown this visit, the product shown.
 * The cart (value, items, whether that product is in it) and the customer segment (returning,
 * order count, lifetime value from the shop's own orders through WC_Customer's data store) are
 * looked up here: a page that claims them is not believed. The route answers when to ask again
 * (Rules::askAgainIn()), so a rule's 120 seconds are met without polling.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The charter's presets: switch option => rule name, trigger, priority, threshold option, the
 * condition the threshold sets (over the trigger's own value).
 *
 * @return array<string, array{0: string, 1: string, 2: int, 3: string, 4: string}>
 */
function shopcx_wc_chat_presets() {
	return array(
		'shopcx_wc_chat_preset_cart'    => array( 'cart-dwell', 'cartDwell', 90, 'shopcx_wc_chat_cart_seconds', 'secondsOnPage' ),
		'shopcx_wc_chat_preset_product' => array( 'product-dwell', 'productDwell', 50, 'shopcx_wc_chat_product_seconds', 'secondsOnPage' ),
		'shopcx_wc_chat_preset_faq'     => array( 'faq-search', 'faqSearch', 40, 'shopcx_wc_chat_faq_seconds', 'secondsOnPage' ),
		'shopcx_wc_chat_preset_vip'     => array( 'vip-returning', 'vipReturning', 30, 'shopcx_wc_chat_vip_value', 'lifetimeValue' ),
	);
}

/**
 * The service hours of a weekday never saved: 09:00-17:00 on weekdays, closed at the weekend.
 *
 * @param string $day mon .. sun.
 * @return string
 */
function shopcx_wc_chat_default_hours( $day ) {
	return in_array( $day, array( 'sat', 'sun' ), true ) ? '' : '09:00-17:00';
}

/**
 * The expert rules document as an array ('' or broken: empty; the settings form refuses broken JSON).
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>
 */
function shopcx_wc_chat_expert( $opt ) {
	$json = trim( (string) $opt( 'shopcx_wc_chat_rules' ) );
	if ( '' === $json ) {
		return array();
	}
	$data = shopcx_wc_json_arrays( json_decode( $json ) );
	return is_array( $data ) ? $data : array();
}

/**
 * Decoded JSON as PHP arrays for Rules::fromArray(), which reads an empty PHP array as a list: an
 * empty object ("caps": {}, "when": {}) means "nothing set", so its key is left out (fromJson()
 * accepted it; an empty array in its place would be refused).
 *
 * @param mixed $value json_decode()'s value (objects as stdClass).
 * @return mixed
 */
function shopcx_wc_json_arrays( $value ) {
	if ( $value instanceof stdClass ) {
		$out = array();
		foreach ( get_object_vars( $value ) as $key => $item ) {
			if ( $item instanceof stdClass && ! get_object_vars( $item ) ) {
				continue;
			}
			$out[ $key ] = shopcx_wc_json_arrays( $item );
		}
		return $out;
	}
	return is_array( $value ) ? array_map( 'shopcx_wc_json_arrays', $value ) : $value;
}

/**
 * The service hours as a rules document without rules: version, the shop's time zone (the
 * Delivery promise section's), language, opening hours per weekday, the e-mail promise; the
 * expert document's keys other than its rules win. Every weekday empty: never open.
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>
 */
function shopcx_wc_service_document( $opt ) {
	$hours = array();
	foreach ( array_keys( shopcx_wc_weekdays() ) as $day ) {
		$raw       = $opt( 'shopcx_wc_chat_hours_' . $day );
		$intervals = array_values( array_filter( array_map( 'trim', explode( ',', null === $raw || false === $raw ? shopcx_wc_chat_default_hours( $day ) : (string) $raw ) ) ) );
		if ( $intervals ) {
			$hours[ $day ] = 1 === count( $intervals ) ? $intervals[0] : $intervals;
		}
	}
	$document = array(
		'version'       => 1,
		'timezone'      => (string) $opt( 'shopcx_wc_timezone' ),
		'locale'        => shopcx_wc_lang(),
		// An empty PHP array is not an object to the rules: a closed Monday alone says "never open".
		'hours'         => $hours ? $hours : array( 'mon' => array() ),
		'responseTimes' => array( 'email' => max( 1, (int) $opt( 'shopcx_wc_chat_email_hours' ) ) * HOUR_IN_SECONDS ),
	);
	$expert   = shopcx_wc_chat_expert( $opt );
	unset( $expert['rules'] );
	return array_merge( $document, $expert, array( 'rules' => array() ) );
}

/**
 * The chat document: the presets ticked (with their thresholds), then the expert document's
 * rules; null when there is no rule at all (no invitations, no script on the pages).
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>|null
 */
function shopcx_wc_chat_document( $opt ) {
	$rules = array();
	foreach ( shopcx_wc_chat_presets() as $switch => list( $name, $trigger, $priority, $threshold, $condition ) ) {
		if ( 'yes' === $opt( $switch ) ) {
			$value   = $opt( $threshold );
			$rules[] = array(
				'name'     => $name,
				'trigger'  => $trigger,
				'priority' => $priority,
				'when'     => array( $condition => 'lifetimeValue' === $condition ? (float) $value : (int) $value ),
			);
		}
	}
	$expert = shopcx_wc_chat_expert( $opt );
	$rules  = array_merge( $rules, isset( $expert['rules'] ) && is_array( $expert['rules'] ) ? $expert['rules'] : array() );
	if ( ! $rules ) {
		return null;
	}
	return array( 'rules' => $rules ) + shopcx_wc_service_document( $opt );
}

/**
 * The holidays for the chat: the delivery calendar's (its public holidays and closed dates),
 * unless the document names its own ("holidays": "DE-BY") or no holiday country is set.
 *
 * @param callable             $opt      Getter.
 * @param array<string, mixed> $document The document.
 * @return \ShopCx\Delivery\Calendar|null
 */
function shopcx_wc_chat_holidays( $opt, array $document ) {
	if ( array_key_exists( 'holidays', $document ) ) {
		return null;
	}
	return new \ShopCx\Delivery\Calendar( (string) $opt( 'shopcx_wc_holiday_country' ), shopcx_wc_calendar_options( $opt ) );
}

/**
 * The merchant's rules, or null when none are configured (no invitations).
 *
 * @return \ShopCx\Chat\Rules|null
 */
function shopcx_wc_chat_rules() {
	$document = shopcx_wc_chat_document( 'shopcx_wc_option' );
	if ( null === $document ) {
		return null;
	}
	return shopcx_wc_memo( 'chat_rules', fn() => \ShopCx\Chat\Rules::fromArray( $document, shopcx_wc_chat_holidays( 'shopcx_wc_option', $document ) ) );
}

/**
 * The service hours (no rules) for the answer-time sentence.
 *
 * @return \ShopCx\Chat\Rules
 */
function shopcx_wc_service_hours() {
	$document = shopcx_wc_service_document( 'shopcx_wc_option' );
	return shopcx_wc_memo( 'service_hours', fn() => \ShopCx\Chat\Rules::fromArray( $document, shopcx_wc_chat_holidays( 'shopcx_wc_option', $document ) ) );
}

/**
 * The team: the agents on duty from the settings while the chat is open; the chat widget's own
 * availability where its script tells (none online: no agents; someone online: at least one);
 * the shopcx_wc_chat_team filter (the shop's chat software, server-side: who is online now)
 * overrides both.
 *
 * @param bool|null $widget_online What the page's chat widget says (shopcx_wc_chat_widget_online()).
 * @return array<string, mixed>
 */
function shopcx_wc_chat_team( $widget_online = null ) {
	$agents = max( 0, (int) shopcx_wc_option( 'shopcx_wc_chat_agents' ) );
	if ( false === $widget_online ) {
		$agents = 0; // The chat widget says nobody is online.
	} elseif ( true === $widget_online ) {
		$agents = max( 1, $agents ); // The widget says someone is: at least one, whatever the setting.
	}
	$team = array(
		'agentsOnline' => $agents,
		'openChats'    => 0,
	);
	return (array) apply_filters( 'shopcx_wc_chat_team', $team );
}

/**
 * What the page's chat widget says about its agents: true (someone online), false (nobody) or
 * null (no widget that tells, or it has not loaded yet). Read by the page script from Crisp
 * ($crisp.is("website:available")) or Tawk.to (Tawk_API.getStatus(): online, away, offline).
 * Believed as it is: a visitor who fakes it only changes their own invitations.
 *
 * @param array<string, mixed> $raw Posted visit.
 * @return bool|null
 */
function shopcx_wc_chat_widget_online( array $raw ) {
	$value = $raw['widgetOnline'] ?? null;
	return is_bool( $value ) ? $value : null;
}

/**
 * The customer as the rules see them, from the shop's own orders: guest, new or returning, with
 * the order count and the lifetime value (WC_Customer's data store: HPOS-safe, cached by
 * WooCommerce in user meta).
 *
 * @param int $user_id User id (0: a guest).
 * @return array<string, mixed>
 */
function shopcx_wc_chat_segment( $user_id ) {
	if ( $user_id <= 0 || ! class_exists( 'WC_Customer' ) ) {
		return array( 'segment' => 'guest' );
	}
	$customer = new WC_Customer( $user_id );
	$orders   = max( 0, (int) $customer->get_order_count() );
	return array(
		'segment'       => $orders > 0 ? 'returning' : 'new',
		'lifetimeValue' => round( max( 0.0, (float) $customer->get_total_spent() ), 2 ),
		'visitCount'    => $orders + 1, // Each earlier order was at least one earlier visit.
	);
}

/**
 * The visit the rules get: the fields the page may report, with their types (everything else is
 * dropped), and what only the server knows: the cart and the customer.
 *
 * @param array<string, mixed> $raw Posted visit.
 * @return array<string, mixed>
 */
function shopcx_wc_chat_visit( array $raw ) {
	$types = array(
		'pageType'             => 'string',
		'secondsOnPage'        => 'int',
		'searchResults'        => 'int',
		'pagesViewed'          => 'int',
		'invitationsThisVisit' => 'int',
		'invitationsToday'     => 'int',
		'lastDismissedAt'      => 'int',
		'chatOpen'             => 'bool',
		'productId'            => 'int',
	);
	$visit = array();
	foreach ( $types as $key => $type ) {
		if ( ! isset( $raw[ $key ] ) || ! is_scalar( $raw[ $key ] ) ) {
			continue;
		}
		if ( 'string' === $type ) {
			$visit[ $key ] = substr( sanitize_key( (string) $raw[ $key ] ), 0, 32 );
		} elseif ( 'int' === $type ) {
			$visit[ $key ] = max( 0, min( 86400 * 366, (int) $raw[ $key ] ) );
		} else {
			$visit[ $key ] = (bool) $raw[ $key ];
		}
	}
	if ( isset( $visit['lastDismissedAt'] ) && 0 === $visit['lastDismissedAt'] ) {
		unset( $visit['lastDismissedAt'] );
	}
	$product = (int) ( $visit['productId'] ?? 0 );
	unset( $visit['productId'] );
	if ( function_exists( 'WC' ) && null === WC()->cart && function_exists( 'wc_load_cart' ) ) {
		wc_load_cart(); // WooCommerce loads no cart for REST requests of other plugins.
	}
	$cart = function_exists( 'WC' ) ? WC()->cart : null;
	if ( $cart ) {
		$visit['cartValue'] = round( max( 0.0, (float) $cart->get_cart_contents_total() ), 2 );
		$visit['cartItems'] = max( 0, (int) $cart->get_cart_contents_count() );
		if ( 'product' === ( $visit['pageType'] ?? '' ) && $product > 0 ) {
			$in_cart = false;
			foreach ( (array) $cart->get_cart() as $line ) {
				$ids = array( (int) ( $line['product_id'] ?? 0 ), (int) ( $line['variation_id'] ?? 0 ) );
				if ( isset( $line['data'] ) && is_object( $line['data'] ) && method_exists( $line['data'], 'get_id' ) ) {
					$ids[] = (int) $line['data']->get_id();
				}
				if ( in_array( $product, $ids, true ) ) {
					$in_cart = true;
				}
			}
			$visit['addedToCart'] = $in_cart;
		}
	}
	return $visit + shopcx_wc_chat_segment( get_current_user_id() );
}

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'shopcx/v1',
			'/chat',
			array(
				'methods'             => 'POST',
				'permission_callback' => '__return_true',
				'callback'            => 'shopcx_wc_rest_chat',
			)
		);
		register_rest_route(
			'shopcx/v1',
			'/chat/accept',
			array(
				'methods'             => 'POST',
				'permission_callback' => '__return_true',
				'callback'            => 'shopcx_wc_rest_chat_accept',
			)
		);
	}
);

/**
 * POST /wp-json/shopcx/v1/chat {"pageType": "product", "secondsOnPage": 12, ...}
 *
 * Answers the invitation (or null), why, and askAgainIn: the seconds after which an invitation
 * could come if the visitor stays (left out when waiting brings none).
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function shopcx_wc_rest_chat( $request ) {
	try {
		$rules = shopcx_wc_chat_rules();
	} catch ( \ShopCx\Exception $e ) {
		// Stored settings the extension refuses (saved by an older version): no invitations, and the log says why.
		error_log( 'ShopCX: the chat settings cannot be used: ' . $e->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the admin's only hint.
		$rules = null;
	}
	if ( ! $rules ) {
		$response = rest_ensure_response(
			array(
				'invitation' => null,
				'why'        => 'no-rules',
			)
		);
	} else {
		$raw   = (array) $request->get_json_params();
		$visit = shopcx_wc_chat_visit( $raw );
		$team  = shopcx_wc_chat_team( shopcx_wc_chat_widget_online( $raw ) );
		$now   = shopcx_wc_now();
		try {
			$invitation = $rules->evaluate( $visit, $now, $team );
			$why        = $invitation ? 'invite' : $rules->explain( $visit, $now, $team );
			$again      = $invitation ? null : $rules->askAgainIn( $visit, $now, $team );
		} catch ( \ValueError | \TypeError $e ) {
			// A visit the rules refuse (a page type they do not know, posted by anyone): a bad request,
			// not a fatal error, and without the extension's message (it names its internals).
			return new WP_Error( 'shopcx_bad_visit', __( 'This visit could not be read.', 'shopcx-woocommerce' ), array( 'status' => 400 ) );
		}
		$data = array(
			'invitation' => $invitation ? array(
				'rule'    => $invitation->rule,
				'message' => $invitation->message,
				'form'    => $invitation->form,
			) : null,
			'why'        => $why,
		);
		if ( null !== $again ) {
			$data['askAgainIn'] = $again;
		}
		$response = rest_ensure_response( $data );
	}
	$response->header( 'Cache-Control', 'no-store, max-age=0' );
	return $response;
}

/**
 * Who took up an invitation, as an interaction's customer: a logged-in customer's address; a
 * guest's billing address when their WooCommerce session has one (typed at the checkout); else a
 * pseudonym ("guest:" and 24 hex digits, a keyed hash of WooCommerce's session id or, for a guest
 * without a session, of the page's visit id), which counts the contact without keeping anything
 * that names the guest. Null when there is neither a session nor a usable visit id.
 *
 * @param string $visit_id The page's visit id (random, this tab's sessionStorage).
 * @return array{email: string, customerId: int, key: string}|null key: what the once-per-hour id is made of.
 */
function shopcx_wc_chat_acceptor( $visit_id ) {
	$user = wp_get_current_user();
	if ( $user->ID > 0 ) {
		return is_email( $user->user_email ) ? array(
			'email'      => $user->user_email,
			'customerId' => (int) $user->ID,
			'key'        => (string) $user->ID,
		) : null;
	}
	if ( function_exists( 'WC' ) && null === WC()->session && function_exists( 'wc_load_cart' ) ) {
		wc_load_cart(); // The session and the customer: WooCommerce loads neither for other plugins' REST requests.
	}
	$session = function_exists( 'WC' ) ? WC()->session : null;
	$source  = '';
	if ( $session && method_exists( $session, 'has_session' ) && $session->has_session() ) {
		$source = 's:' . (string) $session->get_customer_id();
	} elseif ( preg_match( '/^[a-f0-9]{16,64}$/', (string) $visit_id ) ) {
		$source = 'v:' . $visit_id;
	}
	if ( '' === $source ) {
		return null;
	}
	$hash     = substr( hash_hmac( 'sha256', $source, wp_salt( 'nonce' ) ), 0, 24 );
	$customer = function_exists( 'WC' ) ? WC()->customer : null;
	$email    = $customer && method_exists( $customer, 'get_billing_email' ) ? strtolower( trim( (string) $customer->get_billing_email() ) ) : '';
	// No user here, yet a registered customer's data: a cross-site post carrying their cookies without
	// the REST nonce, which WordPress serves logged out after WooCommerce made WC()->customer for the
	// user the cookie named (seen in WooCommerce 11.0.1: the forged accept was recorded under the
	// customer's address), or their session (keyed by their user id). Counted as a guest by pseudonym.
	$registered = $customer && method_exists( $customer, 'get_id' ) && (int) $customer->get_id() > 0;
	if ( $registered || ( str_starts_with( $source, 's:' ) && ctype_digit( substr( $source, 2 ) ) && (int) substr( $source, 2 ) > 0 ) ) {
		$email = '';
	}
	return array(
		'email'      => is_email( $email ) ? $email : 'guest:' . $hash,
		'customerId' => 0,
		'key'        => 'g' . $hash,
	);
}

/**
 * POST /wp-json/shopcx/v1/chat/accept {"rule": "cart-dwell", "visit": "<hex>"}: the visitor took
 * up an invitation. Recorded as a service interaction (channel chat, source chat_invitation)
 * while interactions are on, at most once an hour per customer or guest (a page posting it again
 * adds nothing): a customer by their address, a guest as shopcx_wc_chat_acceptor() says.
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response
 */
function shopcx_wc_rest_chat_accept( $request ) {
	$stored = false;
	$body   = (array) $request->get_json_params();
	$who    = shopcx_wc_interactions_enabled() ? shopcx_wc_chat_acceptor( is_string( $body['visit'] ?? null ) ? $body['visit'] : '' ) : null;
	if ( $who ) {
		$now = shopcx_wc_now();
		try {
			$data = array(
				'email'   => $who['email'],
				'channel' => 'chat',
				'opened'  => $now,
			);
			if ( $who['customerId'] > 0 ) {
				$data['customerId'] = $who['customerId'];
			}
			$row    = shopcx_wc_interaction_row( 'chat-accept-' . $who['key'] . '-' . intdiv( $now, HOUR_IN_SECONDS ), $data, $now, 'chat_invitation' );
			$stored = shopcx_wc_store_interaction( $row );
		} catch ( InvalidArgumentException $e ) {
			$stored = false;
		}
	}
	$response = rest_ensure_response( array( 'stored' => $stored ) );
	$response->header( 'Cache-Control', 'no-store, max-age=0' );
	return $response;
}

/**
 * The page type of this request, as the rules name them.
 *
 * @return string
 */
function shopcx_wc_chat_page_type() {
	$is = fn( $conditional ) => function_exists( $conditional ) && call_user_func( $conditional );
	if ( $is( 'is_product' ) ) {
		return 'product';
	}
	if ( $is( 'is_checkout' ) ) {
		return 'checkout';
	}
	if ( $is( 'is_cart' ) ) {
		return 'cart';
	}
	if ( $is( 'is_account_page' ) ) {
		return 'account';
	}
	if ( $is( 'is_shop' ) || $is( 'is_product_category' ) || $is( 'is_product_tag' ) ) {
		return 'category';
	}
	if ( is_search() ) {
		return 'search';
	}
	$post = get_post();
	if ( is_singular() && $post && ( 'shopcx_faq' === $post->post_type || has_shortcode( $post->post_content, 'shopcx_faq' ) || has_block( 'shopcx/faq', $post ) ) ) {
		return 'faq';
	}
	if ( is_front_page() ) {
		return 'home';
	}
	if ( is_singular() ) {
		return 'content';
	}
	return 'other';
}

/**
 * The page script: asks at once, then again when the route says an invitation could come
 * (askAgainIn), fires the event and hands it to a known widget. The visit's page count, the
 * invitations shown, the last dismissal and a random visit id live in sessionStorage (this tab's
 * visit).
 *
 * Behind a full-page cache the page's HTML, and so a nonce printed in it, is the one cached (for
 * another visitor, up to a day old): a guest's page carries no nonce (the chat routes need none,
 * WordPress answers them as a guest; WooCommerce's session cookie gives the cart), a customer's
 * page carries theirs, and when WordPress refuses it (403, stale) the script fetches a fresh one
 * from admin-ajax.php?action=rest-nonce (WordPress's own, for logged-in users) or, refused too,
 * asks as a guest. The next ask is timed from when the last one was sent (askAgainIn counts from
 * the secondsOnPage it sent), so a slow answer does not push a 120-second rule later. Crisp's and Tawk.to's own availability is sent as widgetOnline when their
 * script tells; while such a widget is still loading the page asks again a few times.
 *
 * @return void
 */
function shopcx_wc_chat_script() {
	if ( is_admin() ) {
		return;
	}
	try {
		if ( ! shopcx_wc_chat_rules() ) {
			return;
		}
	} catch ( \ShopCx\Exception $e ) {
		return; // Settings the extension refuses: no invitations (the settings form names the problem).
	}
	$type    = shopcx_wc_chat_page_type();
	$product = 0;
	if ( 'product' === $type ) {
		// Only a product page has its product: elsewhere $GLOBALS['product'] is a shop loop's last one (seen in the real shop).
		$product = (int) get_queried_object_id();
		if ( ! $product && isset( $GLOBALS['product'] ) && is_object( $GLOBALS['product'] ) && method_exists( $GLOBALS['product'], 'get_id' ) ) {
			$product = (int) $GLOBALS['product']->get_id();
		}
	}
	$config = array(
		'url'       => esc_url_raw( rest_url( 'shopcx/v1/chat' ) ),
		'acceptUrl' => esc_url_raw( rest_url( 'shopcx/v1/chat/accept' ) ),
		'nonceUrl'  => esc_url_raw( admin_url( 'admin-ajax.php?action=rest-nonce' ) ),
		'nonce'     => is_user_logged_in() ? wp_create_nonce( 'wp_rest' ) : '',
		'pageType'  => $type,
		'productId' => $product,
	);
	echo '<script>' . shopcx_wc_chat_js() . '(' . wp_json_encode( $config ) . ');</script>' . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- our script; the config is JSON.
}
add_action( 'wp_footer', 'shopcx_wc_chat_script' );

/**
 * The page script's function (called with the config).
 *
 * @return string JavaScript
 */
function shopcx_wc_chat_js() {
	return <<<'JS'
(function(c){var t0=Date.now(),k='shopcx_chat',st={},S,nonce=c.nonce||'',fresh=0,waits=0;try{S=window.sessionStorage;st=JSON.parse(S.getItem(k)||'{}')||{}}catch(e){}function save(){try{S.setItem(k,JSON.stringify(st))}catch(e){}}st.pages=(st.pages||0)+1;st.inv=st.inv||0;if(!/^[0-9a-f]{32}$/.test(st.vid||'')){var a=new Uint8Array(16);try{crypto.getRandomValues(a)}catch(e){for(var n=0;n<16;n++)a[n]=Math.floor(Math.random()*256)}st.vid=Array.prototype.map.call(a,function(b){return('0'+b.toString(16)).slice(-2)}).join('')}save();function post(u,b){var h={'Content-Type':'application/json'};if(nonce)h['X-WP-Nonce']=nonce;return fetch(u,{method:'POST',credentials:'same-origin',headers:h,body:JSON.stringify(b)}).then(function(r){if(r.status===403&&nonce&&!fresh){fresh=1;return fetch(c.nonceUrl,{credentials:'same-origin'}).then(function(x){return x.ok?x.text():''}).then(function(t){nonce=/^[0-9a-f]{10}$/.test(t)?t:''},function(){nonce=''}).then(function(){return post(u,b)})}return r.json()})}function online(){try{var w=window.$crisp;if(w&&typeof w.is==='function')return!!w.is('website:available');w=window.Tawk_API;if(w&&typeof w.getStatus==='function'){w=w.getStatus();if(w==='online')return true;if(w==='offline'||w==='away')return false}}catch(e){}return null}function loading(){var w=window.$crisp,t=window.Tawk_API;return!!(w&&typeof w.is!=='function')||!!(t&&typeof t.getStatus!=='function')}function ask(){var v={pageType:c.pageType,secondsOnPage:Math.floor((Date.now()-t0)/1000),pagesViewed:st.pages,invitationsThisVisit:st.inv},o=online();if(c.productId)v.productId=c.productId;if(st.dismissed)v.lastDismissedAt=st.dismissed;if(o!==null)v.widgetOnline=o;var sent=Date.now();post(c.url,v).then(function(j){if(!j||!j.invitation){if(j&&typeof j.askAgainIn==='number')setTimeout(ask,Math.max(1000,Math.max(1,j.askAgainIn)*1000-(Date.now()-sent)));else if(o===null&&loading()&&waits++<6)setTimeout(ask,5000);return}st.inv++;save();var i=j.invitation;document.addEventListener('shopcx:chat-accepted',function(){post(c.acceptUrl,{rule:i.rule,visit:st.vid})},{once:true});document.addEventListener('shopcx:chat-dismissed',function(){st.dismissed=Math.floor(Date.now()/1000);save()},{once:true});document.dispatchEvent(new CustomEvent('shopcx:chat-invitation',{detail:i}));var m=i.message;if(window.$crisp&&window.$crisp.push){window.$crisp.push(['do','message:show',['text',m]])}else if(window.Tawk_API&&window.Tawk_API.maximize){window.Tawk_API.maximize()}else if(window.tidioChatApi){window.tidioChatApi.messageFromOperator(m)}})}ask()})
JS;
}
