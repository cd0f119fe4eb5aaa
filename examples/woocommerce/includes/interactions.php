<?php
/**
 * Service interactions: contacts a helpdesk or chat tool reports through a signed REST route
 * (POST /wp-json/shopcx/v1/interaction, checked with ShopCx\Webhook\Client::verify()), and the
 * shop's own events (a chat invitation taken up), stored one row per contact in
 * {prefix}shopcx_interaction. The report's service KPIs and the storefront badge are computed
 * from these rows (includes/service-report.php).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/** Largest body the route reads. */
const SHOPCX_WC_INTERACTION_MAX_BODY = 65536;

/**
 * The interactions table, with the site's prefix.
 *
 * @return string
 */
function shopcx_wc_interaction_table() {
	global $wpdb;
	return $wpdb->prefix . 'shopcx_interaction';
}

/**
 * Whether the route takes contacts: a signing secret of at least 32 characters is set.
 *
 * @return bool
 */
function shopcx_wc_interactions_enabled() {
	return strlen( (string) get_option( 'shopcx_wc_interaction_secret', '' ) ) >= 32;
}

/**
 * An integer field of the payload within a range, or null when absent.
 *
 * @param array<string, mixed> $data Payload.
 * @param string               $key  Field.
 * @param int                  $min  Smallest value.
 * @param int                  $max  Largest value.
 * @return int|null
 * @throws InvalidArgumentException Naming the field.
 */
function shopcx_wc_interaction_int( array $data, $key, $min, $max ) {
	$v = $data[ $key ] ?? null;
	if ( null === $v ) {
		return null;
	}
	if ( ! is_int( $v ) || $v < $min || $v > $max ) {
		/* translators: 1: field, 2: smallest, 3: largest value. */
		throw new InvalidArgumentException( sprintf( 'data.%1$s must be an integer from %2$d to %3$d', $key, $min, $max ) );
	}
	return $v;
}

/**
 * A time field: Unix seconds or ISO 8601, not before 2000 nor more than a day ahead; null when absent.
 *
 * @param array<string, mixed> $data Payload.
 * @param string               $key  Field.
 * @param int                  $now  The shop's clock.
 * @return int|null
 * @throws InvalidArgumentException Naming the field.
 */
function shopcx_wc_interaction_time( array $data, $key, $now ) {
	$v = $data[ $key ] ?? null;
	if ( null === $v ) {
		return null;
	}
	if ( is_string( $v ) && ! ctype_digit( $v ) ) {
		$t = strtotime( $v );
		$v = false === $t ? null : $t;
	} elseif ( is_string( $v ) ) {
		$v = (int) $v;
	}
	if ( ! is_int( $v ) || $v < 946684800 || $v > $now + DAY_IN_SECONDS ) {
		throw new InvalidArgumentException( sprintf( 'data.%s must be a Unix time or an ISO 8601 time, not in the future', $key ) );
	}
	return $v;
}

/**
 * Checks one reported contact and turns it into a row. Anything wrong is refused with a message
 * naming the field, so a trigger that sends the wrong placeholder sees why.
 *
 * @param string               $event_id The event's id (a retry has the same one).
 * @param array<string, mixed> $data     The contact: email, channel, case, opened, firstResponse(At), resolved, contacts, rating, friendly.
 * @param int                  $now      The shop's clock.
 * @param string               $source   helpdesk or chat_invitation.
 * @return array<string, int|string|null>
 * @throws InvalidArgumentException Naming the field.
 */
function shopcx_wc_interaction_row( $event_id, array $data, $now, $source = 'helpdesk' ) {
	if ( ! preg_match( '/^[A-Za-z0-9._:-]{1,64}$/', (string) $event_id ) ) {
		throw new InvalidArgumentException( 'id must be 1-64 letters, digits or . _ : -' );
	}
	$email = strtolower( trim( is_string( $data['email'] ?? null ) ? $data['email'] : '' ) );
	// A guest who took up a chat invitation without giving an address: a pseudonym (includes/chat.php).
	$guest = 'chat_invitation' === $source && preg_match( '/^guest:[0-9a-f]{24}$/', $email );
	if ( ! $guest && ( '' === $email || strlen( $email ) > 190 || ! is_email( $email ) ) ) {
		throw new InvalidArgumentException( "data.email must be the customer's e-mail address" );
	}
	$channel = is_string( $data['channel'] ?? null ) ? $data['channel'] : '';
	if ( ! preg_match( '/^[a-z][a-z0-9_]{0,31}$/', $channel ) ) {
		throw new InvalidArgumentException( 'data.channel must be a lower-case name such as chat, email, phone' );
	}
	$opened   = shopcx_wc_interaction_time( $data, 'opened', $now ) ?? $now;
	$first    = shopcx_wc_interaction_int( $data, 'firstResponse', 0, 31536000 );
	$first_at = shopcx_wc_interaction_time( $data, 'firstResponseAt', $now );
	if ( null === $first && null !== $first_at ) {
		$first = max( 0, $first_at - $opened );
	}
	$case = $data['case'] ?? null;
	if ( null !== $case && ( ! is_scalar( $case ) || ! preg_match( '/^[A-Za-z0-9._:#-]{1,64}$/', (string) $case ) ) ) {
		throw new InvalidArgumentException( 'data.case must be 1-64 letters, digits or . _ : # -' );
	}
	return array(
		'event_id'       => (string) $event_id,
		'source'         => in_array( $source, array( 'helpdesk', 'chat_invitation' ), true ) ? $source : 'helpdesk',
		'email'          => $email,
		'customer_id'    => (int) shopcx_wc_interaction_int( $data, 'customerId', 1, 4294967295 ),
		'channel'        => $channel,
		'case_ref'       => null === $case ? null : (string) $case,
		'opened_at'      => $opened,
		'first_response' => $first,
		'resolved_at'    => shopcx_wc_interaction_time( $data, 'resolved', $now ),
		'contacts'       => shopcx_wc_interaction_int( $data, 'contacts', 1, 1000 ),
		'csat'           => shopcx_wc_interaction_int( $data, 'rating', 1, 5 ),
		'friendly'       => shopcx_wc_interaction_int( $data, 'friendly', 1, 5 ),
		'created_at'     => (int) $now,
	);
}

/**
 * Stores a row once per event id (INSERT IGNORE on the unique key): a retried event is not
 * counted twice.
 *
 * @param array<string, int|string|null> $row Row.
 * @return bool whether it was new
 */
function shopcx_wc_store_interaction( array $row ) {
	global $wpdb;
	$table   = shopcx_wc_interaction_table();
	$columns = array_keys( $row );
	$values  = array();
	foreach ( $row as $value ) {
		$values[] = null === $value ? 'NULL' : ( is_int( $value ) ? (string) $value : $wpdb->prepare( '%s', $value ) );
	}
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- table and column names are ours, every value is prepared above.
	$done = $wpdb->query( "INSERT IGNORE INTO $table (" . implode( ', ', $columns ) . ') VALUES (' . implode( ', ', $values ) . ')' );
	if ( $done ) {
		delete_transient( 'shopcx_wc_badge' ); // The badge's figures changed.
	}
	return 1 === (int) $done;
}

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'shopcx/v1',
			'/interaction',
			array(
				'methods'             => 'POST',
				// The HMAC signature is the credential, checked in the callback: the helpdesk has no login.
				'permission_callback' => '__return_true',
				'callback'            => 'shopcx_wc_rest_interaction',
			)
		);
	}
);

/**
 * POST /wp-json/shopcx/v1/interaction, signed as ShopCX's webhooks are (X-ShopCx-Signature:
 * t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">, within 300 seconds of the shop's clock),
 * body {"id": ..., "type": "interaction.contact", "time": ..., "data": {...}} (README, "Service
 * interactions"). 404 without a secret, 401 unsigned or stale, 400 naming the field, 200
 * {"stored": true|false} (false: this id came before).
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response
 */
function shopcx_wc_rest_interaction( $request ) {
	$answer = function ( $status, array $data ) {
		$response = new WP_REST_Response( $data, $status );
		$response->header( 'Cache-Control', 'no-store, max-age=0' );
		return $response;
	};
	if ( ! shopcx_wc_interactions_enabled() ) {
		return $answer( 404, array( 'error' => 'not enabled' ) );
	}
	$secret    = (string) get_option( 'shopcx_wc_interaction_secret', '' );
	$body      = (string) $request->get_body();
	$signature = (string) $request->get_header( 'X-ShopCx-Signature' );
	$now       = shopcx_wc_now();
	if ( strlen( $body ) > SHOPCX_WC_INTERACTION_MAX_BODY || '' === $signature || ! \ShopCx\Webhook\Client::verify( $secret, $body, $signature, $now, 300 ) ) {
		return $answer( 401, array( 'error' => 'bad or stale signature' ) );
	}
	$event = json_decode( $body, true, 8 );
	if ( ! is_array( $event ) || 'interaction.contact' !== ( $event['type'] ?? null ) || ! is_array( $event['data'] ?? null ) ) {
		return $answer( 400, array( 'error' => 'expected {"id", "type": "interaction.contact", "data": {...}}' ) );
	}
	try {
		$row = shopcx_wc_interaction_row( is_scalar( $event['id'] ?? null ) ? (string) $event['id'] : '', $event['data'], $now );
	} catch ( InvalidArgumentException $e ) {
		return $answer( 400, array( 'error' => $e->getMessage() ) );
	}
	return $answer( 200, array( 'stored' => shopcx_wc_store_interaction( $row ) ) );
}

/**
 * The rows of one customer (privacy export and eraser).
 *
 * @param string $email E-mail address.
 * @return list<array<string, mixed>>
 */
function shopcx_wc_interactions_of( $email ) {
	global $wpdb;
	$table = shopcx_wc_interaction_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	return array_values( (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE email = %s ORDER BY id", strtolower( (string) $email ) ), ARRAY_A ) );
}
