<?php
/**
 * Contact pressure: every outreach e-mail (cart reminder, review invitation, survey) is logged
 * per customer and asked of ShopCx\Outreach\Policy before it goes out. The log keys customers by
 * shopcx_wc_email_hash() (includes/suppression.php): enough to count messages, and the privacy
 * eraser can still find the rows of an address.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The outreach log table, with the site's prefix.
 *
 * @return string
 */
function shopcx_wc_outreach_table() {
	global $wpdb;
	return $wpdb->prefix . 'shopcx_outreach_log';
}

/**
 * Records one message sent.
 *
 * @param string $email E-mail address.
 * @param string $kind  survey, review, cart, ...
 * @param int    $at    Unix time.
 * @return void
 */
function shopcx_wc_outreach_record( $email, $kind, $at ) {
	global $wpdb;
	$wpdb->insert(
		shopcx_wc_outreach_table(),
		array(
			'email_hash' => shopcx_wc_email_hash( $email ),
			'kind'       => substr( (string) $kind, 0, 32 ),
			'sent_at'    => (int) $at,
		),
		array( '%s', '%s', '%d' )
	);
}

/**
 * Contact histories of several customers over the last 400 days (longer than any cool-down or
 * cap window the settings allow), as ShopCx\Outreach\Policy::decide() takes them.
 *
 * @param array<string> $emails E-mail addresses.
 * @param int           $now    Unix time.
 * @return array<string, list<array{kind: string, at: int}>> by lower-cased e-mail address
 */
function shopcx_wc_outreach_histories( array $emails, $now ) {
	global $wpdb;
	$by_hash = array();
	foreach ( $emails as $email ) {
		if ( '' !== (string) $email ) {
			$by_hash[ shopcx_wc_email_hash( $email ) ] = strtolower( trim( (string) $email ) );
		}
	}
	$histories = array_fill_keys( array_values( $by_hash ), array() );
	if ( ! $by_hash ) {
		return $histories;
	}
	$table        = shopcx_wc_outreach_table();
	$placeholders = implode( ',', array_fill( 0, count( $by_hash ), '%s' ) );
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours, placeholders built above.
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT email_hash, kind, sent_at FROM $table WHERE sent_at > %d AND email_hash IN ($placeholders)", array_merge( array( (int) $now - 400 * DAY_IN_SECONDS ), array_keys( $by_hash ) ) ), ARRAY_A );
	foreach ( (array) $rows as $row ) {
		$histories[ $by_hash[ $row['email_hash'] ] ][] = array(
			'kind' => (string) $row['kind'],
			'at'   => (int) $row['sent_at'],
		);
	}
	return $histories;
}

/**
 * Whether a message of a kind may go to a customer now.
 *
 * @param string               $kind    survey, review, cart.
 * @param string               $email   E-mail address.
 * @param int                  $now     Unix time.
 * @param array<string, mixed> $context ShopCx\Outreach\Policy::decide()'s context.
 * @return \ShopCx\Outreach\Decision
 */
function shopcx_wc_outreach_decide( $kind, $email, $now, array $context = array() ) {
	$histories = shopcx_wc_outreach_histories( array( $email ), $now );
	return shopcx_wc_policy()->decide( $kind, $histories[ strtolower( trim( (string) $email ) ) ] ?? array(), $now, $context );
}
