<?php
/**
 * One contact-pressure policy for the plugin's e-mails: a log of what each customer received
 * (review and survey invitations; cart reminders come from the cart table) and the
 * ShopCx\Outreach\Policy that decides from it.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/** The outreach log table, with the site's prefix. */
function shopcx_wc_outreach_table() {
	global $wpdb;
	return $wpdb->prefix . 'shopcx_outreach_log';
}

/** The WooCommerce e-mail ids the log records, and the policy kind each one is. */
function shopcx_wc_outreach_email_kinds() {
	return array(
		'shopcx_review_invitation' => 'review',
		'shopcx_survey_invitation' => 'survey',
	);
}

/**
 * Records a sent review or survey invitation (WooCommerce fires this after every e-mail).
 *
 * @param bool     $sent     Whether wp_mail() accepted it.
 * @param string   $email_id WC_Email id.
 * @param WC_Email $email    The e-mail.
 */
function shopcx_wc_log_sent_email( $sent, $email_id, $email = null ) {
	$kinds = shopcx_wc_outreach_email_kinds();
	if ( ! $sent || ! isset( $kinds[ $email_id ] ) || ! $email ) {
		return;
	}
	shopcx_wc_log_outreach( (string) $email->get_recipient(), $kinds[ $email_id ], shopcx_wc_now() );
}
add_action( 'woocommerce_email_sent', 'shopcx_wc_log_sent_email', 10, 3 );

/**
 * Adds one message to the log.
 *
 * @param string $email Recipient.
 * @param string $kind  Policy kind (review, survey, ...).
 * @param int    $at    Unix time.
 */
function shopcx_wc_log_outreach( $email, $kind, $at ) {
	global $wpdb;
	$email = strtolower( trim( (string) $email ) );
	if ( '' === $email ) {
		return;
	}
	$wpdb->insert(
		shopcx_wc_outreach_table(),
		array(
			'email'   => substr( $email, 0, 190 ),
			'kind'    => substr( (string) $kind, 0, 32 ),
			'sent_at' => (int) $at,
		),
		array( '%s', '%s', '%d' )
	);
}

/**
 * What a customer received in the last 180 days, as ShopCx\Outreach\Policy::decide() wants it:
 * the log (review and survey invitations) plus the cart reminders of the cart table.
 *
 * @param string $email Customer e-mail address.
 * @param int    $now   Unix time.
 * @return array list of ["kind" => ..., "at" => ...]
 */
function shopcx_wc_outreach_history( $email, $now ) {
	global $wpdb;
	$email = strtolower( trim( (string) $email ) );
	$since = (int) $now - 180 * DAY_IN_SECONDS;
	$log   = shopcx_wc_outreach_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$rows    = $wpdb->get_results( $wpdb->prepare( "SELECT kind, sent_at FROM $log WHERE email = %s AND sent_at > %d ORDER BY sent_at", $email, $since ), ARRAY_A );
	$history = array();
	foreach ( $rows as $row ) {
		$history[] = array(
			'kind' => $row['kind'],
			'at'   => (int) $row['sent_at'],
		);
	}
	$carts = shopcx_wc_cart_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$reminders = $wpdb->get_col( $wpdb->prepare( "SELECT reminders FROM $carts WHERE email = %s AND updated_at > %d", $email, $since ) );
	foreach ( $reminders as $json ) {
		foreach ( (array) json_decode( (string) $json, true ) as $at ) {
			$history[] = array(
				'kind' => 'cart',
				'at'   => (int) $at,
			);
		}
	}
	return $history;
}

/** The plugin's default policy options (see shopcx_wc_outreach_options()). */
function shopcx_wc_outreach_defaults() {
	return array(
		'timezone'   => (string) shopcx_wc_option( 'shopcx_wc_timezone' ),
		'cooldowns'  => array(
			'survey' => 90 * DAY_IN_SECONDS,
			'review' => 30 * DAY_IN_SECONDS,
		),
		'cap'        => array(
			'max'    => 1,
			'window' => 3 * DAY_IN_SECONDS,
		),
		'quietHours' => array(
			'start'  => '21:00',
			'end'    => '08:00',
			'exempt' => array( 'chat' ),
		),
	);
}

/**
 * The policy options. Defaults: one survey per customer per 90 days, one review invitation per
 * 30 days, and at most one message of any kind per 3 days (the cap is what keeps a survey away
 * from a review invitation or cart reminder sent just before: ShopCX cool-downs are per kind),
 * none between 21:00 and 08:00 shop time. The settings tab (or a site plugin) can change them
 * through the `shopcx_wc_outreach_options` filter.
 *
 * @return array
 */
function shopcx_wc_outreach_options() {
	return (array) apply_filters( 'shopcx_wc_outreach_options', shopcx_wc_outreach_defaults() );
}

/**
 * The outreach policy, once per request. Options the extension refuses (a bad filter) are
 * logged and the defaults are used, so the mail jobs keep running with a known pressure.
 */
function shopcx_wc_outreach_policy() {
	return shopcx_wc_memo(
		'outreach_policy',
		function () {
			try {
				return new \ShopCx\Outreach\Policy( shopcx_wc_outreach_options() );
			} catch ( \ValueError | \TypeError | \ShopCx\ConfigException $e ) {
				// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- an admin must see this in the log.
				error_log( 'ShopCX outreach options refused, defaults used: ' . $e->getMessage() );
				return new \ShopCx\Outreach\Policy( shopcx_wc_outreach_defaults() );
			}
		}
	);
}
