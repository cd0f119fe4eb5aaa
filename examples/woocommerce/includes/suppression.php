<?php
/**
 * The suppression list: who opted out of which outreach e-mails (cart reminders, review
 * invitations, surveys). One row per address and kind in {prefix}shopcx_optout: a SHA-256 of the
 * address, the kind and the time, nothing else. Every sender asks shopcx_wc_opted_out() (or
 * shopcx_wc_opted_out_among() for a batch) before mailing; the flags on cart and survey rows are
 * kept for the export and the report only.
 *
 * The list outlives a privacy erasure (includes/privacy.php): deleting it would make an erased
 * customer who opted out look like a new one, and mail them again (GDPR Art. 21(3); the UK ICO's
 * direct-marketing guidance keeps a suppression entry for that reason).
 *
 * Loaded with install.php, without the extension: the upgrade migrates old flags into the list
 * even while the extension is missing.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The suppression table, with the site's prefix.
 *
 * @return string
 */
function shopcx_wc_optout_table() {
	global $wpdb;
	return $wpdb->prefix . 'shopcx_optout';
}

/**
 * How an address is keyed in the suppression list and the outreach log: enough to recognise the
 * address when it comes again, without keeping it.
 *
 * @param string $email E-mail address.
 * @return string
 */
function shopcx_wc_email_hash( $email ) {
	return hash( 'sha256', strtolower( trim( (string) $email ) ) );
}

/**
 * Puts an address on the list for a kind (safe to repeat: the first time is kept).
 *
 * @param string $email E-mail address.
 * @param string $kind  cart, survey or review.
 * @param int    $now   Unix time.
 * @return bool whether it was added now
 */
function shopcx_wc_suppress( $email, $kind, $now ) {
	global $wpdb;
	if ( '' === trim( (string) $email ) ) {
		return false; // No address, nobody to mail: nothing to remember.
	}
	$table = shopcx_wc_optout_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	return 1 === $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $table (email_hash, kind, opted_at) VALUES (%s, %s, %d)", shopcx_wc_email_hash( $email ), substr( (string) $kind, 0, 16 ), (int) $now ) );
}

/**
 * Which of these addresses opted out of a kind, in one query (the cart reminder job asks for a
 * whole run at once).
 *
 * @param array<string> $emails E-mail addresses.
 * @param string        $kind   cart, survey or review.
 * @return array<string, true> the opted-out ones, lower-cased and trimmed
 */
function shopcx_wc_opted_out_among( array $emails, $kind ) {
	global $wpdb;
	// A site whose plugin was updated but whose admin has not been opened yet still has its old
	// opt-out flags outside the list: migrate them before anyone is mailed (a version check otherwise).
	shopcx_wc_maybe_upgrade();
	$by_hash = array();
	foreach ( $emails as $email ) {
		if ( '' !== trim( (string) $email ) ) {
			$by_hash[ shopcx_wc_email_hash( $email ) ] = strtolower( trim( (string) $email ) );
		}
	}
	if ( ! $by_hash ) {
		return array();
	}
	$table        = shopcx_wc_optout_table();
	$placeholders = implode( ',', array_fill( 0, count( $by_hash ), '%s' ) );
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours, placeholders built above.
	$hashes = $wpdb->get_col( $wpdb->prepare( "SELECT email_hash FROM $table WHERE kind = %s AND email_hash IN ($placeholders)", array_merge( array( (string) $kind ), array_keys( $by_hash ) ) ) );
	$out    = array();
	foreach ( $hashes as $hash ) {
		$out[ $by_hash[ $hash ] ] = true;
	}
	return $out;
}

/**
 * Whether an address opted out of a kind: the check every sender makes.
 *
 * @param string $email E-mail address.
 * @param string $kind  cart, survey or review.
 * @return bool
 */
function shopcx_wc_opted_out( $email, $kind ) {
	return (bool) shopcx_wc_opted_out_among( array( (string) $email ), $kind );
}

/**
 * Copies the opt-out flags of earlier versions (cart rows, survey rows) into the list. They did
 * not record when the customer opted out, so the entry says when it was migrated. Safe to repeat.
 *
 * @param int $now Unix time.
 * @return int entries added
 */
function shopcx_wc_migrate_optout_flags( $now ) {
	global $wpdb;
	$added = 0;
	foreach ( array(
		'cart'   => $wpdb->prefix . 'shopcx_cart_activity',
		'survey' => $wpdb->prefix . 'shopcx_survey',
	) as $kind => $source ) {
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$emails = $wpdb->get_col( "SELECT DISTINCT email FROM $source WHERE opted_out = 1 AND email <> ''" );
		// Hashed in PHP, not with SQL's SHA2(LOWER()), so a non-ASCII address gets the key
		// shopcx_wc_email_hash() gives it. One insert each: it runs once, over the few who opted out.
		foreach ( $emails as $email ) {
			$added += (int) shopcx_wc_suppress( $email, $kind, $now );
		}
	}
	return $added;
}
