<?php
/**
 * Opt-out links of the outreach e-mails (cart reminders, review invitations, survey invitations).
 *
 * Mail security scanners (Outlook Safe Links, corporate gateways) fetch every link of an e-mail,
 * so a GET only shows a confirmation page; the opt-out itself needs a POST. The same URL is the
 * RFC 8058 one-click target named in each e-mail's List-Unsubscribe header: the mail provider
 * POSTs "List-Unsubscribe=One-Click" to it, without cookies, and gets the answer directly (no
 * redirect, which RFC 8058 forbids).
 *
 * Why there is no nonce, and why that is safe against CSRF: a WordPress nonce is tied to a
 * session and lives a day, while the provider's one-click POST carries no cookies and comes weeks
 * after the mail was sent, so it could never pass one. The credential is the signed token in the
 * URL instead: HMAC-signed, bound to its purpose and to one cart or order, expiring. A hostile
 * page can only make a browser POST it if it already knows the token, i.e. has the e-mail, and
 * then it can do no more than the e-mail's recipient could: stop the mails of that one kind to
 * that one address. Who is logged in plays no part (no cookie is read), so a forged request can
 * never act for anyone but the token's subject, and the only thing it can do is the harmless
 * direction (fewer mails, never more). Scanners, which only GET, change nothing.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The opt-out kinds: the query argument of the link and the token purpose. The arguments are the
 * ones earlier versions put in their e-mails, so links already sent keep working (with a click).
 *
 * @return array<string, array{arg: string, purpose: string}>
 */
function shopcx_wc_optout_kinds() {
	return array(
		'cart'   => array(
			'arg'     => 'shopcx_optout',
			'purpose' => 'optout',
		),
		'survey' => array(
			'arg'     => 'shopcx_survey_optout',
			'purpose' => 'survey-optout',
		),
		'review' => array(
			'arg'     => 'shopcx_review_optout',
			'purpose' => 'review-optout',
		),
	);
}

/**
 * The page's texts for a kind.
 *
 * @param string $kind cart, survey or review.
 * @return array{question: string, button: string, done: string, already: string}
 */
function shopcx_wc_optout_texts( $kind ) {
	$texts = array(
		'cart'   => array(
			'question' => __( 'Stop e-mail reminders about carts left at our shop?', 'shopcx-woocommerce' ),
			'button'   => __( 'Yes, no more cart reminders', 'shopcx-woocommerce' ),
			'done'     => __( 'Done: you will not get cart reminders any more.', 'shopcx-woocommerce' ),
			'already'  => __( 'You had already opted out: you will not get cart reminders any more.', 'shopcx-woocommerce' ),
		),
		'survey' => array(
			'question' => __( 'Stop survey invitations after your orders?', 'shopcx-woocommerce' ),
			'button'   => __( 'Yes, no more surveys', 'shopcx-woocommerce' ),
			'done'     => __( 'Done: you will not get survey invitations any more.', 'shopcx-woocommerce' ),
			'already'  => __( 'You had already opted out: you will not get survey invitations any more.', 'shopcx-woocommerce' ),
		),
		'review' => array(
			'question' => __( 'Stop invitations to review what you bought?', 'shopcx-woocommerce' ),
			'button'   => __( 'Yes, no more review invitations', 'shopcx-woocommerce' ),
			'done'     => __( 'Done: you will not get review invitations any more.', 'shopcx-woocommerce' ),
			'already'  => __( 'You had already opted out: you will not get review invitations any more.', 'shopcx-woocommerce' ),
		),
	);
	return $texts[ $kind ];
}

/**
 * A signed opt-out link (ids only in the claims: the payload is readable).
 *
 * @param string                $kind   cart, survey or review.
 * @param array<string, string> $claims cart => cart key, or order => order id.
 * @param int                   $now    Unix time.
 * @return string
 */
function shopcx_wc_optout_url( $kind, array $claims, $now ) {
	$def = shopcx_wc_optout_kinds()[ $kind ];
	return add_query_arg( $def['arg'], rawurlencode( shopcx_wc_tokens()->issue( $def['purpose'], $claims, YEAR_IN_SECONDS, (int) $now ) ), home_url( '/' ) );
}

/**
 * The unsubscribe headers of an outreach e-mail: RFC 2369 List-Unsubscribe with the opt-out URL,
 * and RFC 8058 List-Unsubscribe-Post, which RFC 8058 allows only with an HTTPS URL (a site
 * without TLS gets the plain header, which mail clients show as a link to the confirmation page).
 *
 * @param string $url The opt-out URL.
 * @return list<string>
 */
function shopcx_wc_optout_headers( $url ) {
	$headers = array( 'List-Unsubscribe: <' . esc_url_raw( $url ) . '>' );
	if ( 'https' === wp_parse_url( $url, PHP_URL_SCHEME ) ) {
		$headers[] = 'List-Unsubscribe-Post: List-Unsubscribe=One-Click';
	}
	return $headers;
}

/**
 * Who an opt-out link is for: the address (and, for carts, the cart key).
 *
 * @param string $kind  cart, survey or review.
 * @param string $token Token from the link.
 * @param int    $now   Unix time.
 * @return array{email: string, key: string}|WP_Error 403 forged or cut off, 410 expired
 */
function shopcx_wc_optout_subject( $kind, $token, $now ) {
	global $wpdb;
	$invalid = new WP_Error( 'shopcx_token', __( 'This link is not valid: it was changed or cut off. Use the link from the e-mail as it is, or write to us.', 'shopcx-woocommerce' ), array( 'status' => 403 ) );
	try {
		$claims = shopcx_wc_tokens()->verify( (string) $token, shopcx_wc_optout_kinds()[ $kind ]['purpose'], (int) $now );
	} catch ( \ShopCx\TokenException $e ) {
		if ( \ShopCx\TokenException::EXPIRED === $e->getCode() ) {
			return new WP_Error( 'shopcx_expired', __( 'This link has expired. Use the link in a more recent e-mail from us, or write to us.', 'shopcx-woocommerce' ), array( 'status' => 410 ) );
		}
		return $invalid;
	} catch ( \ValueError $e ) {
		return $invalid;
	}
	if ( 'cart' === $kind ) {
		$key   = (string) ( $claims['cart'] ?? '' );
		$table = shopcx_wc_cart_table();
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$email = $wpdb->get_var( $wpdb->prepare( "SELECT email FROM $table WHERE cart_key = %s", $key ) );
		// A purged cart is no error: nothing is left to remind (shopcx_wc_optout_response() says so).
		return array(
			'email' => (string) $email,
			'key'   => $key,
		);
	}
	$order_id = (int) ( $claims['order'] ?? 0 );
	if ( 'survey' === $kind ) {
		$table = shopcx_wc_survey_table();
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$email = (string) $wpdb->get_var( $wpdb->prepare( "SELECT email FROM $table WHERE order_id = %d", $order_id ) );
	} else {
		$order = wc_get_order( $order_id );
		$email = $order instanceof WC_Order ? strtolower( (string) $order->get_billing_email() ) : '';
	}
	if ( '' === $email ) {
		return $invalid; // No invitation (or order) behind an authentic token: nothing to identify.
	}
	return array(
		'email' => $email,
		'key'   => (string) $order_id,
	);
}

/**
 * Opts the subject of a link out (safe to repeat): the address goes on the suppression list
 * (includes/suppression.php), which every sender asks. The flags on the cart and survey rows are
 * set too, for the export and the report; scheduled surveys of the address are dropped.
 *
 * @param string                            $kind    cart, survey or review.
 * @param array{email: string, key: string} $subject From shopcx_wc_optout_subject().
 * @param int                               $now     Unix time.
 * @return void
 */
function shopcx_wc_optout_apply( $kind, array $subject, $now ) {
	global $wpdb;
	shopcx_wc_suppress( $subject['email'], $kind, $now );
	if ( 'cart' === $kind ) {
		$table = shopcx_wc_cart_table();
		// This cart and every other cart of the same address: "stop mailing me", not "this cart".
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$wpdb->query( $wpdb->prepare( "UPDATE $table SET opted_out = 1 WHERE cart_key = %s OR ( %s <> '' AND email = %s )", $subject['key'], $subject['email'], $subject['email'] ) );
	} elseif ( 'survey' === $kind ) {
		$table = shopcx_wc_survey_table();
		// Every row of the address; scheduled surveys are dropped (SET runs left to right).
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$wpdb->query( $wpdb->prepare( "UPDATE $table SET opted_out = 1, note = IF(status = 'scheduled', 'opted_out', note), status = IF(status = 'scheduled', 'skipped', status) WHERE email = %s", $subject['email'] ) );
	}
}

/**
 * What an opt-out link answers: GET (and HEAD) only asks, POST opts out.
 *
 * @param string               $method HTTP method.
 * @param string               $kind   cart, survey or review.
 * @param string               $token  Token from the link.
 * @param array<string, mixed> $post   Posted fields (unslashed).
 * @param int                  $now    Unix time.
 * @return array{status: int, state: string, message: string}  state: confirm, done, already or error
 */
function shopcx_wc_optout_response( $method, $kind, $token, array $post, $now ) {
	$subject = shopcx_wc_optout_subject( $kind, $token, $now );
	if ( is_wp_error( $subject ) ) {
		return array(
			'status'  => (int) ( $subject->get_error_data()['status'] ?? 403 ),
			'state'   => 'error',
			'message' => $subject->get_error_message(),
		);
	}
	$texts = shopcx_wc_optout_texts( $kind );
	if ( 'cart' === $kind && '' === $subject['email'] ) {
		// The cart was purged (or never had an address): nothing can be reminded, nothing to record.
		return array(
			'status'  => 200,
			'state'   => 'already',
			'message' => __( 'That cart is no longer kept, so no reminder about it will come.', 'shopcx-woocommerce' ),
		);
	}
	if ( shopcx_wc_opted_out( $subject['email'], $kind ) ) {
		return array(
			'status'  => 200,
			'state'   => 'already',
			'message' => $texts['already'],
		);
	}
	if ( 'POST' !== $method ) {
		return array(
			'status'  => 200,
			'state'   => 'confirm',
			'message' => $texts['question'],
		);
	}
	// RFC 8058's body, which the page's button posts too: a POST without it was not meant as an opt-out.
	if ( 'One-Click' !== ( $post['List-Unsubscribe'] ?? null ) ) {
		return array(
			'status'  => 400,
			'state'   => 'error',
			'message' => __( 'Nothing was changed: the request did not say "List-Unsubscribe=One-Click". Use the button on this page.', 'shopcx-woocommerce' ),
		);
	}
	shopcx_wc_optout_apply( $kind, $subject, $now );
	return array(
		'status'  => 200,
		'state'   => 'done',
		'message' => $texts['done'],
	);
}

/**
 * Opt-out links land on the home page: answer them with a page of their own.
 *
 * @return void
 */
function shopcx_wc_optout_handler() {
	// phpcs:disable WordPress.Security.NonceVerification -- the signed token is the credential (see the file comment).
	foreach ( shopcx_wc_optout_kinds() as $kind => $def ) {
		if ( ! isset( $_GET[ $def['arg'] ] ) || ! is_string( $_GET[ $def['arg'] ] ) ) {
			continue;
		}
		shopcx_wc_rate_limit_page( 'optout' ); // Anyone can send these links any number of times.
		$token  = sanitize_text_field( wp_unslash( $_GET[ $def['arg'] ] ) );
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_text_field( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : 'GET';
		$page   = shopcx_wc_optout_response( $method, $kind, $token, wp_unslash( $_POST ), shopcx_wc_now() );
		// phpcs:enable
		nocache_headers();
		status_header( $page['status'] );
		header( 'X-Robots-Tag: noindex, nofollow' );
		header( 'Referrer-Policy: no-referrer' ); // The token must not leave in a Referer.
		wc_get_template(
			'shopcx-optout.php',
			array(
				'title'   => __( 'E-mails from us', 'shopcx-woocommerce' ),
				'state'   => $page['state'],
				'message' => $page['message'],
				'button'  => shopcx_wc_optout_texts( $kind )['button'],
				'action'  => add_query_arg( $def['arg'], rawurlencode( $token ), home_url( '/' ) ),
			),
			'',
			SHOPCX_WC_DIR . '/templates/'
		);
		exit;
	}
}
add_action( 'template_redirect', 'shopcx_wc_optout_handler', 1 );
