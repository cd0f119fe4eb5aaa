<?php
/**
 * A per-client rate limit on the plugin's public endpoints (REST routes and signed-link pages).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's public REST routes and the group each one counts in.
 *
 * @return array<string, string> route => group
 */
function shopcx_wc_rate_limit_routes() {
	return array(
		'/shopcx/v1/faq'         => 'faq',
		'/shopcx/v1/faq/suggest' => 'faq_suggest',
		'/shopcx/v1/faq/click'   => 'faq_click',
		'/shopcx/v1/faq/log'     => 'faq_log',
		'/shopcx/v1/promise'     => 'promise',
		'/shopcx/v1/chat'        => 'chat',
		'/shopcx/v1/chat/accept' => 'chat',
		'/shopcx/v1/interaction' => 'interaction',
	);
}

/**
 * The address the limit counts for: REMOTE_ADDR only, as a forwarded header is whatever the client
 * wrote. Behind a reverse proxy, return the address the proxy vouches for from the
 * shopcx_rate_limit_client_ip filter.
 *
 * @return string '' outside a web request (CLI, WP-Cron run by the system)
 */
function shopcx_wc_rate_limit_client() {
	$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	return (string) apply_filters( 'shopcx_rate_limit_client_ip', $ip ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- a public name, without _wc like the route namespace.
}

/**
 * Counts one request of the client in a group; says how long to wait when it is one too many.
 *
 * The limit of a group is array( 'limit' => requests, 'window' => seconds ), default 60 per 60
 * seconds; the shopcx_rate_limit filter changes it per group and client (a limit of 0 turns it
 * off, e.g. for a monitoring address). The window opens with the client's first request. Counted
 * in the object cache when a persistent one is installed (atomic increments), else in the table
 * {prefix}shopcx_rate_limit by one atomic upsert (shopcx_wc_rate_limit_count()).
 *
 * @param string $group faq, promise, chat, optout, survey or review.
 * @return int 0 when allowed, else the seconds until the window ends (Retry-After)
 */
function shopcx_wc_rate_limit_hit( $group ) {
	$client = shopcx_wc_rate_limit_client();
	if ( '' === $client ) {
		return 0; // Not a visitor's request.
	}
	$rule   = (array) apply_filters(
		'shopcx_rate_limit', // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- a public name, without _wc like the route namespace.
		array(
			'limit'  => 60,
			'window' => 60,
		),
		$group,
		$client
	);
	$limit  = max( 0, (int) ( $rule['limit'] ?? 60 ) );
	$window = max( 1, (int) ( $rule['window'] ?? 60 ) );
	if ( 0 === $limit ) {
		return 0;
	}
	$now = time();
	$key = 'shopcx_rl_' . md5( $group . '|' . $client );
	if ( wp_using_ext_object_cache() ) {
		$start = (int) wp_cache_get( $key . '_t', 'shopcx_rate_limit' );
		if ( ! $start || $now >= $start + $window ) {
			$start = $now;
			wp_cache_set( $key . '_t', $start, 'shopcx_rate_limit', $window );
			wp_cache_set( $key, 0, 'shopcx_rate_limit', $window );
		}
		$count = wp_cache_incr( $key, 1, 'shopcx_rate_limit' );
		if ( false === $count ) { // Evicted meanwhile: start counting again.
			wp_cache_set( $key, 1, 'shopcx_rate_limit', $window );
			$count = 1;
		}
	} else {
		// Keyed by a keyed hash: the table holds no client address, nor an md5 one could reverse by trying all.
		list( $start, $count ) = shopcx_wc_rate_limit_count( hash_hmac( 'md5', $group . '|' . $client, wp_salt( 'nonce' ) ), $now, $window );
	}
	return $count > $limit ? max( 1, $start + $window - $now ) : 0;
}

/**
 * Answers 429 for a public REST route of the plugin when its client has sent too many requests,
 * before the route's callback runs.
 *
 * @param mixed           $result  Response so far (null: not answered yet).
 * @param WP_REST_Server  $server  Server.
 * @param WP_REST_Request $request Request.
 * @return mixed
 */
function shopcx_wc_rate_limit_rest( $result, $server, $request ) {
	$group = shopcx_wc_rate_limit_routes()[ untrailingslashit( $request->get_route() ) ] ?? null;
	if ( null !== $result || null === $group ) {
		return $result;
	}
	$wait = shopcx_wc_rate_limit_hit( $group );
	if ( ! $wait ) {
		return $result;
	}
	$response = new WP_REST_Response(
		array(
			'code'    => 'shopcx_rate_limited',
			'message' => __( 'Too many requests. Please wait a moment and try again.', 'shopcx-woocommerce' ),
			'data'    => array( 'status' => 429 ),
		),
		429
	);
	$response->header( 'Retry-After', (string) $wait );
	$response->header( 'Cache-Control', 'no-store, max-age=0' );
	return $response;
}
add_filter( 'rest_pre_dispatch', 'shopcx_wc_rate_limit_rest', 10, 3 );

/**
 * For the signed-link pages (opt-out, survey): a 429 page when the client has sent
 * too many requests of that group; nothing otherwise.
 *
 * @param string $group optout or survey.
 * @return void
 */
function shopcx_wc_rate_limit_page( $group ) {
	$wait = shopcx_wc_rate_limit_hit( $group );
	if ( ! $wait ) {
		return;
	}
	nocache_headers();
	if ( ! headers_sent() ) {
		header( 'Retry-After: ' . $wait );
	}
	wp_die(
		esc_html__( 'Too many requests. Please wait a moment and try again.', 'shopcx-woocommerce' ),
		esc_html__( 'Too many requests', 'shopcx-woocommerce' ),
		array(
			'response'  => 429,
			'back_link' => false,
		)
	);
}

/**
 * Counts one request in the database: a single INSERT ... ON DUPLICATE KEY UPDATE, so requests that
 * arrive at the same moment each add one (a get_transient() followed by a set_transient() let 61
 * parallel requests all read the same count and pass). MariaDB/MySQL evaluate the assignments left to
 * right: hits is computed from the old window_start before window_start moves on. Reading the row back
 * afterwards can only see this request's count or a higher one, never a lower: a burst is refused,
 * never let through. One request in a hundred deletes the rows of windows long past.
 *
 * @param string $bucket Hash of the route group and the client address (no address is stored).
 * @param int    $now    Unix time.
 * @param int    $window Seconds.
 * @return array{0: int, 1: int} The window's start and the requests counted in it.
 */
function shopcx_wc_rate_limit_count( $bucket, $now, $window ) {
	global $wpdb;
	$table = $wpdb->prefix . 'shopcx_rate_limit';
	// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a counter that must not be cached; $table is the prefixed table name.
	$wpdb->query(
		$wpdb->prepare(
			"INSERT INTO $table (bucket, window_start, hits) VALUES (%s, %d, 1)
			ON DUPLICATE KEY UPDATE hits = IF(window_start + %d <= %d, 1, hits + 1),
				window_start = IF(window_start + %d <= %d, %d, window_start)",
			$bucket,
			$now,
			$window,
			$now,
			$window,
			$now,
			$now
		)
	);
	$row = $wpdb->get_row( $wpdb->prepare( "SELECT window_start, hits FROM $table WHERE bucket = %s", $bucket ), ARRAY_N );
	if ( 1 === wp_rand( 1, 100 ) ) {
		$wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE window_start < %d", $now - DAY_IN_SECONDS ) );
	}
	// phpcs:enable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	if ( ! is_array( $row ) ) {
		return array( $now, 1 ); // The database refused the write: count this request alone rather than fail the page.
	}
	return array( (int) $row[0], (int) $row[1] );
}
