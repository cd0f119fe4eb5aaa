<?php
/**
 * Order events to the helpdesk webhook, queued (Action Scheduler when present, WP-Cron
 * otherwise) so a slow helpdesk never slows the shop; retried at the back-off ShopCX computes.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * Queues one delivery attempt.
 *
 * @param array<string, mixed> $event type, payload, id (of earlier attempts), attempt.
 * @param int                  $at    Unix time.
 * @return void
 */
function shopcx_wc_queue_webhook( array $event, $at ) {
	if ( function_exists( 'as_schedule_single_action' ) ) {
		as_schedule_single_action( $at, 'shopcx_wc_webhook', array( $event ), 'shopcx' );
	} else {
		wp_schedule_single_event( $at, 'shopcx_wc_webhook', array( $event ) );
	}
}

/**
 * An order changed status: tell the helpdesk (ids and statuses only, no personal data).
 *
 * @param int    $order_id Order id.
 * @param string $from     Old status.
 * @param string $to       New status.
 * @return void
 */
function shopcx_wc_order_status_webhook( $order_id, $from, $to ) {
	if ( '' === (string) get_option( 'shopcx_wc_webhook_url', '' ) ) {
		return;
	}
	shopcx_wc_queue_webhook(
		array(
			'type'    => 'order.status_changed',
			'payload' => array(
				'order' => (int) $order_id,
				'from'  => (string) $from,
				'to'    => (string) $to,
			),
			'attempt' => 1,
		),
		shopcx_wc_now()
	);
}
add_action( 'woocommerce_order_status_changed', 'shopcx_wc_order_status_webhook', 10, 3 );

/**
 * The setting "Internal webhook hosts allowed" as the list the extension's allowInternal takes.
 *
 * @param string $setting Host names, addresses or ranges, separated by commas or lines.
 * @return list<string>
 */
function shopcx_wc_webhook_internal( $setting ) {
	$entries = preg_split( '/[\s,]+/', (string) $setting, -1, PREG_SPLIT_NO_EMPTY );
	return false === $entries ? array() : $entries;
}

/**
 * The client option for that setting: the extension refuses loopback, private and link-local
 * addresses unless named in allowInternal. Left out when empty, so an extension without the
 * option (which refuses unknown options) still delivers to public hosts.
 *
 * @param string $setting The setting's value.
 * @return array{allowInternal?: list<string>}
 */
function shopcx_wc_webhook_options( $setting ) {
	$hosts = shopcx_wc_webhook_internal( $setting );
	return $hosts ? array( 'allowInternal' => $hosts ) : array();
}

/**
 * The queued job: one attempt; a retryable failure queues the next attempt (same event id, so
 * the receiver can de-duplicate) at Result::$retryAt, up to 8 attempts.
 *
 * @param array<string, mixed> $event Event.
 * @return \ShopCx\Webhook\Result|null
 */
function shopcx_wc_deliver_webhook( $event ) {
	$url    = (string) get_option( 'shopcx_wc_webhook_url', '' );
	$secret = (string) get_option( 'shopcx_wc_webhook_secret', '' );
	if ( '' === $url || strlen( $secret ) < 32 ) {
		return null;
	}
	$options = array(
		'connectTimeout' => 2000,
		'timeout'        => 5000,
	) + shopcx_wc_webhook_options( (string) get_option( 'shopcx_wc_webhook_internal', '' ) );
	$attempt = max( 1, (int) ( $event['attempt'] ?? 1 ) );
	try {
		$client = new \ShopCx\Webhook\Client( $url, $secret, $options );
	} catch ( \ValueError $e ) {
		// A stored value the settings form refuses (edited in the database, or saved under an
		// older plugin): keep the event for an hour later, when the settings may be fixed,
		// within the same 8 attempts, instead of failing the job and losing it.
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- an admin must see this in the log.
		error_log( 'ShopCX webhook: the webhook settings cannot be used, the event waits for attempt ' . ( $attempt + 1 ) . ' of 8: ' . $e->getMessage() );
		if ( $attempt < 8 ) {
			shopcx_wc_queue_webhook( array( 'attempt' => $attempt + 1 ) + $event, shopcx_wc_now() + HOUR_IN_SECONDS );
		}
		return null;
	}
	$delivery = array( 'attempt' => $attempt );
	if ( ! empty( $event['id'] ) ) {
		$delivery['id'] = (string) $event['id'];
	}
	$result = $client->send( (string) $event['type'], (array) $event['payload'], shopcx_wc_now(), $delivery );
	if ( ! $result->delivered && $result->retryable && $attempt < 8 ) {
		shopcx_wc_queue_webhook(
			array(
				'id'      => $result->eventId,
				'attempt' => $attempt + 1,
			) + $event,
			(int) $result->retryAt
		);
	}
	return $result;
}
add_action( 'shopcx_wc_webhook', 'shopcx_wc_deliver_webhook' );
