<?php
/**
 * From stored settings to the option arrays of the ShopCx classes.
 *
 * Every function takes a getter (option name => value) so the same code builds the live objects
 * (getter: shopcx_wc_option) and checks a settings form before it is saved (getter: the submitted
 * values over the stored ones).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The weekdays, ShopCX's keys => labels.
 *
 * @return array<string, string>
 */
function shopcx_wc_weekdays() {
	return array(
		'mon' => __( 'Monday', 'shopcx-woocommerce' ),
		'tue' => __( 'Tuesday', 'shopcx-woocommerce' ),
		'wed' => __( 'Wednesday', 'shopcx-woocommerce' ),
		'thu' => __( 'Thursday', 'shopcx-woocommerce' ),
		'fri' => __( 'Friday', 'shopcx-woocommerce' ),
		'sat' => __( 'Saturday', 'shopcx-woocommerce' ),
		'sun' => __( 'Sunday', 'shopcx-woocommerce' ),
	);
}

/**
 * Lines of a textarea setting, trimmed, without empty ones.
 *
 * @param mixed $text Stored or submitted text.
 * @return list<string>
 */
function shopcx_wc_lines( $text ) {
	$lines = preg_split( '/\R/', (string) $text );
	return array_values( array_filter( array_map( 'trim', false === $lines ? array() : $lines ), fn( $line ) => '' !== $line ) );
}

/**
 * Cut-off per weekday: "HH:MM", or "" when the warehouse processes no orders that day. Sites
 * saved before per-day cut-offs had one cut-off and a list of working days: those still apply
 * to the days never saved since.
 *
 * @param callable $opt Getter.
 * @return array<string, string>
 */
function shopcx_wc_cutoffs( $opt ) {
	$legacy_days = array_map( 'trim', explode( ',', strtolower( (string) $opt( 'shopcx_wc_workdays' ) ) ) );
	$cutoffs     = array();
	foreach ( array_keys( shopcx_wc_weekdays() ) as $day ) {
		$value           = $opt( 'shopcx_wc_cutoff_' . $day );
		$cutoffs[ $day ] = null === $value ? ( in_array( $day, $legacy_days, true ) ? (string) $opt( 'shopcx_wc_cutoff' ) : '' ) : (string) $value;
	}
	return $cutoffs;
}

/**
 * Carriers from their setting ("Name: days" or "Name: min-max", optionally followed by the
 * country code of the carrier's delivery days), the default carrier first: ShopCx uses the
 * first carrier when an item names none.
 *
 * @param callable $opt Getter.
 * @return array<string, array{transit: int|array{0: int, 1: int}, calendar?: string}>
 */
function shopcx_wc_carriers( $opt ) {
	$carriers = array();
	foreach ( shopcx_wc_lines( $opt( 'shopcx_wc_carriers' ) ) as $line ) {
		if ( ! preg_match( '/^(.+?)\s*:\s*(\d{1,3})(?:\s*-\s*(\d{1,3}))?(?:\s+([A-Za-z]{2}(?:-[A-Za-z]{2,3})?))?$/', $line, $m ) ) {
			continue; // The settings form refuses such lines; never saved.
		}
		$carrier = array( 'transit' => isset( $m[3] ) && '' !== $m[3] ? array( (int) $m[2], (int) $m[3] ) : (int) $m[2] );
		if ( ! empty( $m[4] ) ) {
			$carrier['calendar'] = strtoupper( $m[4] );
		}
		$carriers[ $m[1] ] = $carrier;
	}
	if ( ! $carriers ) {
		return array( 'default' => array( 'transit' => (int) $opt( 'shopcx_wc_transit_days' ) ) );
	}
	$default = (string) $opt( 'shopcx_wc_default_carrier' );
	if ( isset( $carriers[ $default ] ) ) {
		$carriers = array( $default => $carriers[ $default ] ) + $carriers;
	}
	return $carriers;
}

/**
 * Options of the warehouse's ShopCx\Delivery\Calendar.
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>
 */
function shopcx_wc_calendar_options( $opt ) {
	$open = array_keys( array_filter( shopcx_wc_cutoffs( $opt ), fn( $cutoff ) => '' !== $cutoff ) );
	return array(
		'workdays' => $open ? $open : array( 'mon', 'tue', 'wed', 'thu', 'fri' ),
		'closed'   => shopcx_wc_lines( $opt( 'shopcx_wc_closed_dates' ) ),
		'locale'   => shopcx_wc_lang(),
	);
}

/**
 * Options of ShopCx\Delivery\Estimator (builds the warehouse calendar).
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>
 */
function shopcx_wc_estimator_options( $opt ) {
	return array(
		'timezone'  => (string) $opt( 'shopcx_wc_timezone' ),
		'warehouse' => new \ShopCx\Delivery\Calendar( (string) $opt( 'shopcx_wc_holiday_country' ), shopcx_wc_calendar_options( $opt ) ),
		// Weekdays without a cut-off process no orders: ShopCx skips the keys left out.
		'cutoff'    => array_filter( shopcx_wc_cutoffs( $opt ), fn( $cutoff ) => '' !== $cutoff ),
		'carriers'  => shopcx_wc_carriers( $opt ),
		'locale'    => shopcx_wc_lang(),
	);
}

/**
 * Stock-line texts of one language from their setting ("key: text" a line).
 *
 * @param callable $opt    Getter.
 * @param string   $locale nl, en, de or fr.
 * @return array<string, string>
 */
function shopcx_wc_stock_labels( $opt, $locale ) {
	$labels = array();
	foreach ( shopcx_wc_lines( $opt( 'shopcx_wc_stock_labels_' . $locale ) ) as $line ) {
		$parts = explode( ':', $line, 2 );
		if ( 2 === count( $parts ) ) {
			$labels[ trim( $parts[0] ) ] = trim( $parts[1] );
		}
	}
	return $labels;
}

/**
 * Options of ShopCx\Stock\Indicator for one language.
 *
 * @param callable $opt    Getter.
 * @param string   $locale nl, en, de or fr.
 * @return array<string, mixed>
 */
function shopcx_wc_indicator_options( $opt, $locale ) {
	$options = array(
		'lowThreshold'      => (int) $opt( 'shopcx_wc_low_threshold' ),
		'showQuantityBelow' => (int) $opt( 'shopcx_wc_show_qty_below' ),
		'locale'            => $locale,
		'timezone'          => (string) $opt( 'shopcx_wc_timezone' ),
	);
	$labels  = shopcx_wc_stock_labels( $opt, $locale );
	if ( $labels ) {
		$options['labels'] = $labels;
	}
	return $options;
}

/**
 * Options of ShopCx\Review\Moderator: the shop's own word lists over the shipped ones.
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>
 */
function shopcx_wc_moderator_options( $opt ) {
	return array(
		'locale' => shopcx_wc_lang(),
		'deny'   => shopcx_wc_lines( $opt( 'shopcx_wc_moderation_deny' ) ),
		'hold'   => shopcx_wc_lines( $opt( 'shopcx_wc_moderation_hold' ) ),
		'allow'  => shopcx_wc_lines( $opt( 'shopcx_wc_moderation_allow' ) ),
	);
}

/**
 * Reminder steps in seconds after the last activity.
 *
 * @param callable $opt Getter.
 * @return list<int>
 */
function shopcx_wc_reminder_steps( $opt ) {
	$steps = array_values( array_filter( array_map( 'intval', explode( ',', (string) $opt( 'shopcx_wc_cart_reminders' ) ) ) ) );
	return $steps ? $steps : array( 3600, 86400, 259200 );
}

/**
 * Options of ShopCx\Cart\Detector.
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>
 */
function shopcx_wc_detector_options( $opt ) {
	return array(
		'reminders' => shopcx_wc_reminder_steps( $opt ),
		'minValue'  => (float) $opt( 'shopcx_wc_cart_min_value' ),
		'timezone'  => (string) $opt( 'shopcx_wc_timezone' ),
	);
}

/**
 * Options of ShopCx\Outreach\Policy: cool-downs and the gap between kinds (set in hours), and the cap.
 *
 * @param callable $opt Getter.
 * @return array<string, mixed>
 */
function shopcx_wc_policy_options( $opt ) {
	$cooldowns = array();
	foreach ( array( 'survey', 'review', 'cart' ) as $kind ) {
		$cooldowns[ $kind ] = (int) $opt( 'shopcx_wc_cooldown_' . $kind ) * HOUR_IN_SECONDS;
	}
	$options = array(
		'timezone'  => (string) $opt( 'shopcx_wc_timezone' ),
		'cooldowns' => $cooldowns,
		'gap'       => (int) $opt( 'shopcx_wc_outreach_gap' ) * HOUR_IN_SECONDS,
	);
	$max     = (int) $opt( 'shopcx_wc_outreach_cap_max' );
	if ( $max > 0 ) {
		$options['cap'] = array(
			'max'    => $max,
			'window' => (int) $opt( 'shopcx_wc_outreach_cap_days' ) * DAY_IN_SECONDS,
		);
	}
	return $options;
}
