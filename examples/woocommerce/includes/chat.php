<?php
/**
 * Chat invitations decided server-side from the merchant's rules, exposed to the page as a
 * DOM event ("shopcx:chat-invitation") that small adapters hand to common chat widgets.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The merchant's rules, or null when none are configured (no invitations).
 *
 * @return \ShopCx\Chat\Rules|null
 */
function shopcx_wc_chat_rules() {
	$json = (string) get_option( 'shopcx_wc_chat_rules', '' );
	if ( '' === $json ) {
		return null;
	}
	return shopcx_wc_memo( 'chat_rules', fn() => \ShopCx\Chat\Rules::fromJson( $json ) );
}

/**
 * The visit fields the page may report, with their types; everything else is dropped.
 *
 * @param array<string, mixed> $raw Posted visit.
 * @return array<string, mixed>
 */
function shopcx_wc_chat_visit( array $raw ) {
	$types = array(
		'pageType'             => 'string',
		'secondsOnPage'        => 'int',
		'addedToCart'          => 'bool',
		'searchResults'        => 'int',
		'invitationsThisVisit' => 'int',
		'lastDismissedAt'      => 'int',
		'chatOpen'             => 'bool',
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
	if ( function_exists( 'WC' ) && WC()->cart ) {
		$visit['cartValue'] = (float) WC()->cart->get_cart_contents_total();
	}
	return $visit;
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
	}
);

/**
 * POST /wp-json/shopcx/v1/chat {"pageType": "product", "secondsOnPage": 12, ...}
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function shopcx_wc_rest_chat( $request ) {
	$rules = shopcx_wc_chat_rules();
	if ( ! $rules ) {
		$response = rest_ensure_response(
			array(
				'invitation' => null,
				'why'        => 'no-rules',
			)
		);
	} else {
		$visit = shopcx_wc_chat_visit( (array) $request->get_json_params() );
		// Who is online comes from the shop's chat software: a filter, so adapters can supply it.
		$team       = (array) apply_filters( 'shopcx_wc_chat_team', array( 'agentsOnline' => 0 ) );
		$now        = shopcx_wc_now();
		try {
			$invitation = $rules->evaluate( $visit, $now, $team );
			$why        = $invitation ? 'invite' : $rules->explain( $visit, $now, $team );
		} catch ( \ValueError $e ) {
			// A visit the rules refuse (a page type they do not know, posted by anyone): a bad request,
			// not a fatal error, and without the extension's message (it names its internals).
			return new WP_Error( 'shopcx_bad_visit', __( 'This visit could not be read.', 'shopcx-woocommerce' ), array( 'status' => 400 ) );
		}
		$response = rest_ensure_response(
			array(
				'invitation' => $invitation ? array(
					'rule'    => $invitation->rule,
					'message' => $invitation->message,
					'form'    => $invitation->form,
				) : null,
				'why'        => $why,
			)
		);
	}
	$response->header( 'Cache-Control', 'no-store, max-age=0' );
	return $response;
}

/**
 * The page script: asks after a while, then fires the event and hands it to a known widget.
 *
 * @return void
 */
function shopcx_wc_chat_script() {
	if ( is_admin() || '' === (string) get_option( 'shopcx_wc_chat_rules', '' ) ) {
		return;
	}
	$page = function_exists( 'is_product' ) && is_product() ? 'product' : ( function_exists( 'is_checkout' ) && is_checkout() ? 'checkout' : ( function_exists( 'is_cart' ) && is_cart() ? 'cart' : 'other' ) );
	printf(
		"<script>(function(u,p){var t0=Date.now();setTimeout(function(){fetch(u,{method:'POST',headers:{'Content-Type':'application/json'},body:JSON.stringify({pageType:p,secondsOnPage:Math.round((Date.now()-t0)/1000)})}).then(function(r){return r.json()}).then(function(j){if(!j.invitation)return;document.dispatchEvent(new CustomEvent('shopcx:chat-invitation',{detail:j.invitation}));var m=j.invitation.message;if(window.\$crisp){window.\$crisp.push(['do','message:show',['text',m]])}else if(window.Tawk_API&&window.Tawk_API.maximize){window.Tawk_API.maximize()}else if(window.tidioChatApi){window.tidioChatApi.messageFromOperator(m)}})},10000)})(%s,%s);</script>\n",
		wp_json_encode( esc_url_raw( rest_url( 'shopcx/v1/chat' ) ) ),
		wp_json_encode( $page )
	);
}
add_action( 'wp_footer', 'shopcx_wc_chat_script' );
