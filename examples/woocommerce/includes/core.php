<?php
/**
 * ShopCx objects built from the plugin's settings, once per request.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/config.php';
require_once __DIR__ . '/outreach.php';

/**
 * Defaults of every setting; the settings tab shows and saves the same keys.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_defaults() {
	return array(
		'shopcx_wc_low_threshold'        => 5,
		'shopcx_wc_show_qty_below'       => 6,
		'shopcx_wc_stock_labels_nl'      => '',
		'shopcx_wc_stock_labels_en'      => '',
		'shopcx_wc_stock_labels_de'      => '',
		'shopcx_wc_stock_labels_fr'      => '',
		'shopcx_wc_timezone'             => 'Europe/Amsterdam',
		// Per-day cut-offs: null = never saved, so the older single cut-off and working days apply.
		'shopcx_wc_cutoff_mon'           => null,
		'shopcx_wc_cutoff_tue'           => null,
		'shopcx_wc_cutoff_wed'           => null,
		'shopcx_wc_cutoff_thu'           => null,
		'shopcx_wc_cutoff_fri'           => null,
		'shopcx_wc_cutoff_sat'           => null,
		'shopcx_wc_cutoff_sun'           => null,
		'shopcx_wc_cutoff'               => '22:00',
		'shopcx_wc_workdays'             => 'mon,tue,wed,thu,fri',
		'shopcx_wc_closed_dates'         => '',
		'shopcx_wc_holiday_country'      => 'NL',
		'shopcx_wc_carriers'             => '',
		'shopcx_wc_default_carrier'      => '',
		'shopcx_wc_transit_days'         => 1,
		'shopcx_wc_review_delay'         => 7,
		'shopcx_wc_moderation_deny'      => '',
		'shopcx_wc_moderation_hold'      => '',
		'shopcx_wc_moderation_allow'     => '',
		'shopcx_wc_cart_reminders'       => '3600,86400,259200',
		'shopcx_wc_cart_min_value'       => 0,
		'shopcx_wc_cart_consent_text'    => __( 'E-mail me a reminder if I leave items in my cart (at most three, unsubscribe with one click).', 'shopcx-woocommerce' ),
		'shopcx_wc_cooldown_survey'      => 720,
		'shopcx_wc_cooldown_review'      => 720,
		'shopcx_wc_cooldown_cart'        => 12,
		'shopcx_wc_outreach_cap_max'     => 5,
		'shopcx_wc_outreach_cap_days'    => 7,
		'shopcx_wc_outreach_gap'         => 48,
		'shopcx_wc_chat_rules'           => '',
		// Service hours per weekday: null = never saved (shopcx_wc_chat_default_hours()), '' = closed.
		'shopcx_wc_chat_hours_mon'       => null,
		'shopcx_wc_chat_hours_tue'       => null,
		'shopcx_wc_chat_hours_wed'       => null,
		'shopcx_wc_chat_hours_thu'       => null,
		'shopcx_wc_chat_hours_fri'       => null,
		'shopcx_wc_chat_hours_sat'       => null,
		'shopcx_wc_chat_hours_sun'       => null,
		'shopcx_wc_chat_agents'          => 0,
		'shopcx_wc_chat_email_hours'     => 24,
		'shopcx_wc_chat_preset_cart'     => 'no',
		'shopcx_wc_chat_preset_product'  => 'no',
		'shopcx_wc_chat_preset_faq'      => 'no',
		'shopcx_wc_chat_preset_vip'      => 'no',
		'shopcx_wc_chat_cart_seconds'    => 60,
		'shopcx_wc_chat_product_seconds' => 120,
		'shopcx_wc_chat_faq_seconds'     => 45,
		'shopcx_wc_chat_vip_value'       => 500,
		'shopcx_wc_interaction_secret'   => '',
		'shopcx_wc_badge_enabled'        => 'no',
		'shopcx_wc_badge_min_sample'     => 30,
		'shopcx_wc_badge_days'           => 30,
		'shopcx_wc_webhook_url'          => '',
		'shopcx_wc_webhook_secret'       => '',
		'shopcx_wc_webhook_internal'     => '',
	);
}

/**
 * The settings whose default is a text in the shop's language: option => the default's English
 * text (its msgid in shopcx_wc_defaults()). Such a default is not stored: saved unchanged from
 * the settings form (in the admin's language, or in English) the option is deleted, and a stored
 * English default is read as the default, so the shop shows it in the visitor's language. Seen in a
 * real Dutch shop: the form, saved once in English, had stored the English consent text, and the
 * Dutch checkout showed it.
 *
 * @return array<string, string>
 */
function shopcx_wc_translated_defaults() {
	return array(
		'shopcx_wc_cart_consent_text' => 'E-mail me a reminder if I leave items in my cart (at most three, unsubscribe with one click).',
	);
}

/**
 * A setting with its default.
 *
 * @param string $key Option name.
 * @return mixed
 */
function shopcx_wc_option( $key ) {
	$defaults = shopcx_wc_defaults();
	$value    = get_option( $key, array_key_exists( $key, $defaults ) ? $defaults[ $key ] : '' );
	$english  = shopcx_wc_translated_defaults()[ $key ] ?? null;
	if ( null !== $english && $value === $english ) {
		return $defaults[ $key ]; // The default saved in English: the default in the shop's language.
	}
	return ( '' === $value && isset( $defaults[ $key ] ) ) ? $defaults[ $key ] : $value;
}

/**
 * The site language as ShopCX knows it (nl, en, de, fr; en otherwise).
 *
 * @return string
 */
function shopcx_wc_lang() {
	$lang = substr( (string) determine_locale(), 0, 2 );
	return in_array( $lang, array( 'nl', 'en', 'de', 'fr' ), true ) ? $lang : 'en';
}

/**
 * The clock every ShopCx call gets; a filter lets tests (and previews) pin it.
 *
 * @return int
 */
function shopcx_wc_now() {
	return (int) apply_filters( 'shopcx_wc_now', time() );
}

/**
 * Drops the per-request objects (after the settings change).
 *
 * @return void
 */
function shopcx_wc_reset() {
	$GLOBALS['shopcx_wc_objects'] = array();
}
add_action( 'woocommerce_settings_saved', 'shopcx_wc_reset' );

/**
 * One object per request and key.
 *
 * @template T of object
 * @param string        $key  Cache key.
 * @param callable(): T $make Builds the object.
 * @return T
 */
function shopcx_wc_memo( $key, $make ) {
	if ( ! isset( $GLOBALS['shopcx_wc_objects'][ $key ] ) ) {
		$GLOBALS['shopcx_wc_objects'][ $key ] = $make();
	}
	return $GLOBALS['shopcx_wc_objects'][ $key ];
}

/**
 * The delivery estimator (with the warehouse calendar).
 *
 * @return \ShopCx\Delivery\Estimator
 */
function shopcx_wc_estimator() {
	return shopcx_wc_memo( 'estimator', fn() => new \ShopCx\Delivery\Estimator( shopcx_wc_estimator_options( 'shopcx_wc_option' ) ) );
}

/**
 * The warehouse's working-day calendar.
 *
 * @return \ShopCx\Delivery\Calendar
 */
function shopcx_wc_calendar() {
	return shopcx_wc_memo( 'calendar', fn() => new \ShopCx\Delivery\Calendar( (string) shopcx_wc_option( 'shopcx_wc_holiday_country' ), shopcx_wc_calendar_options( 'shopcx_wc_option' ) ) );
}

/**
 * The stock indicator, in the site's language with the shop's texts for it.
 *
 * @return \ShopCx\Stock\Indicator
 */
function shopcx_wc_indicator() {
	return shopcx_wc_memo( 'indicator', fn() => new \ShopCx\Stock\Indicator( shopcx_wc_indicator_options( 'shopcx_wc_option', shopcx_wc_lang() ) ) );
}

/**
 * The contact-pressure policy every outreach e-mail (cart, review, survey) is asked.
 *
 * @return \ShopCx\Outreach\Policy
 */
function shopcx_wc_policy() {
	return shopcx_wc_memo(
		'policy',
		function () {
			$options = shopcx_wc_policy_options( 'shopcx_wc_option' );
			try {
				// A site plugin may add what the settings do not offer (quiet hours, suppressions).
				return new \ShopCx\Outreach\Policy( (array) apply_filters( 'shopcx_wc_outreach_options', $options ) );
			} catch ( \ValueError | \TypeError $e ) {
				// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- an admin must see this in the log.
				error_log( 'ShopCX: shopcx_wc_outreach_options refused, the settings are used as they are: ' . $e->getMessage() );
				return new \ShopCx\Outreach\Policy( $options );
			}
		}
	);
}

/**
 * Signs and verifies links (review invitations, cart recovery).
 *
 * @return \ShopCx\Token
 */
function shopcx_wc_tokens() {
	return shopcx_wc_memo(
		'tokens',
		function () {
			$secret = (string) get_option( 'shopcx_wc_token_secret' );
			if ( strlen( $secret ) < 32 ) {
				$secret = \ShopCx\Token::generateSecret();
				update_option( 'shopcx_wc_token_secret', $secret, false );
			}
			// Links signed before a rotation stay valid: their keys are kept as previous keys.
			$previous = (array) get_option( 'shopcx_wc_token_previous', array() );
			return new \ShopCx\Token( $secret, (string) get_option( 'shopcx_wc_token_key_id', 'wc1' ), $previous );
		}
	);
}

/**
 * Replaces the token secret by a fresh one; the old one keeps verifying links already sent (the
 * last three secrets are kept, enough for review links that live 60 days when rotated monthly).
 *
 * @return string the new key id
 */
function shopcx_wc_rotate_secret() {
	$old_id   = (string) get_option( 'shopcx_wc_token_key_id', 'wc1' );
	$previous = (array) get_option( 'shopcx_wc_token_previous', array() );
	$secret   = (string) get_option( 'shopcx_wc_token_secret' );
	if ( strlen( $secret ) >= 32 ) {
		$previous = array( $old_id => $secret ) + $previous;
	}
	$new_id = 'wc' . ( (int) substr( $old_id, 2 ) + 1 );
	update_option( 'shopcx_wc_token_previous', array_slice( $previous, 0, 3, true ), false );
	update_option( 'shopcx_wc_token_secret', \ShopCx\Token::generateSecret(), false );
	update_option( 'shopcx_wc_token_key_id', $new_id, false );
	shopcx_wc_reset();
	return $new_id;
}

/**
 * The abandoned-cart detector.
 *
 * @return \ShopCx\Cart\Detector
 */
function shopcx_wc_detector() {
	return shopcx_wc_memo( 'detector', fn() => new \ShopCx\Cart\Detector( shopcx_wc_detector_options( 'shopcx_wc_option' ) ) );
}
