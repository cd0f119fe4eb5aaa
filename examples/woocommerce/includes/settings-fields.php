<?php
/**
 * The fields of the "Customer service" tab, by section.
 *
 * A section is array( 'title', 'fields', 'check' ). A field is a WooCommerce Settings API field
 * plus 'parse' (callable( $raw, $field ): stored value, throws InvalidArgumentException with a
 * message for the admin). 'check' (callable( $get )) builds the ShopCx object of the section from
 * the submitted values over the stored ones and throws what the extension throws: a section the
 * extension refuses is not saved. Fields without 'parse' are saved by WooCommerce's
 * save_fields() (its sanitize filters apply), so other code can add sections through the
 * shopcx_wc_settings_sections filter.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The sections of the tab.
 *
 * @return array<string, array{title: string, desc?: string, fields: list<array<string, mixed>>, check?: callable}>
 */
function shopcx_wc_settings_sections() {
	$sections = array(
		'stock'    => shopcx_wc_stock_section(),
		'delivery' => shopcx_wc_delivery_section(),
		'reviews'  => shopcx_wc_reviews_section(),
		'cart'     => shopcx_wc_cart_section(),
		'outreach' => shopcx_wc_outreach_section(),
		'chat'     => shopcx_wc_chat_section(),
		'webhook'  => shopcx_wc_webhook_section(),
		'contacts' => shopcx_wc_interactions_section(),
		'badge'    => shopcx_wc_badge_section(),
		'secret'   => shopcx_wc_secret_section(),
	);
	return (array) apply_filters( 'shopcx_wc_settings_sections', $sections );
}

/**
 * A whole-number field.
 *
 * @param string $id    Option name.
 * @param string $title Label.
 * @param int    $min   Smallest value.
 * @param int    $max   Largest value.
 * @param string $desc  Help text.
 * @return array<string, mixed>
 */
function shopcx_wc_number_field( $id, $title, $min, $max, $desc = '' ) {
	return array(
		'title'             => $title,
		'desc'              => $desc,
		'id'                => $id,
		'type'              => 'number',
		'default'           => shopcx_wc_defaults()[ $id ] ?? '',
		'custom_attributes' => array(
			'min' => $min,
			'max' => $max,
		),
		'parse'             => 'shopcx_wc_parse_int',
	);
}

/**
 * A textarea of one entry a line.
 *
 * @param string $id    Option name.
 * @param string $title Label.
 * @param string $desc  Help text.
 * @return array<string, mixed>
 */
function shopcx_wc_lines_field( $id, $title, $desc ) {
	return array(
		'title'   => $title,
		'desc'    => $desc,
		'id'      => $id,
		'type'    => 'textarea',
		'css'     => 'min-height: 6em;',
		'default' => shopcx_wc_defaults()[ $id ] ?? '',
		'parse'   => 'shopcx_wc_parse_lines',
	);
}

/**
 * Stock thresholds and the stock-line texts per language.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_stock_section() {
	$fields = array(
		shopcx_wc_number_field( 'shopcx_wc_low_threshold', __( 'Low stock from', 'shopcx-woocommerce' ), 0, 100000, __( 'Quantities from 1 up to this are shown as low and urgent (0: never).', 'shopcx-woocommerce' ) ),
		shopcx_wc_number_field( 'shopcx_wc_show_qty_below', __( 'Show the quantity below', 'shopcx-woocommerce' ), 0, 100000, __( 'The exact quantity is shown only below this (0: never).', 'shopcx-woocommerce' ) ),
	);
	$names  = array(
		'nl' => __( 'Dutch', 'shopcx-woocommerce' ),
		'en' => __( 'English', 'shopcx-woocommerce' ),
		'de' => __( 'German', 'shopcx-woocommerce' ),
		'fr' => __( 'French', 'shopcx-woocommerce' ),
	);
	foreach ( $names as $locale => $name ) {
		$fields[] = array(
			/* translators: %s: a language. */
			'title'   => sprintf( __( 'Stock texts (%s)', 'shopcx-woocommerce' ), $name ),
			'desc'    => __( 'One "key: text" a line, e.g. "low: Only {qty} left, order today!". Keys: in_stock, in_stock_qty, low, low_no_qty, out_of_stock, out_of_stock_date, backorder, backorder_date, preorder, preorder_date, not_managed; placeholders {qty}, {date}, {weekday}. Empty: the built-in texts.', 'shopcx-woocommerce' ),
			'id'      => 'shopcx_wc_stock_labels_' . $locale,
			'type'    => 'textarea',
			'css'     => 'min-height: 5em;',
			'default' => '',
			'parse'   => 'shopcx_wc_parse_labels',
		);
	}
	return array(
		'title'  => __( 'Stock lines', 'shopcx-woocommerce' ),
		'fields' => $fields,
		'check'  => function ( $get ) {
			foreach ( array( 'nl', 'en', 'de', 'fr' ) as $locale ) {
				new \ShopCx\Stock\Indicator( shopcx_wc_indicator_options( $get, $locale ) );
			}
		},
	);
}

/**
 * Warehouse time zone, cut-off per weekday, closed dates, holidays and carriers.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_delivery_section() {
	$fields = array(
		array(
			'title'   => __( 'Warehouse time zone', 'shopcx-woocommerce' ),
			'id'      => 'shopcx_wc_timezone',
			'type'    => 'text',
			'default' => shopcx_wc_defaults()['shopcx_wc_timezone'],
			'parse'   => 'shopcx_wc_parse_timezone',
		),
	);

	$cutoffs = shopcx_wc_cutoffs( 'shopcx_wc_option' );
	foreach ( shopcx_wc_weekdays() as $day => $name ) {
		$fields[] = array(
			/* translators: %s: a weekday. */
			'title'   => sprintf( __( 'Cut-off on %s', 'shopcx-woocommerce' ), $name ),
			'desc'    => __( 'Orders placed before this time (warehouse time, HH:MM) leave the same day; empty: the warehouse is closed that day.', 'shopcx-woocommerce' ),
			'id'      => 'shopcx_wc_cutoff_' . $day,
			'type'    => 'text',
			'default' => $cutoffs[ $day ],
			'parse'   => 'shopcx_wc_parse_cutoff',
		);
	}
	$fields[] = array(
		'title'   => __( 'Public holidays of', 'shopcx-woocommerce' ),
		'desc'    => __( 'NL, BE, DE (or a state such as DE-BY), FR, LU, AT, GB (or GB-SCT, ...), US; empty for none.', 'shopcx-woocommerce' ),
		'id'      => 'shopcx_wc_holiday_country',
		'type'    => 'text',
		'default' => shopcx_wc_defaults()['shopcx_wc_holiday_country'],
		'parse'   => 'shopcx_wc_parse_country',
	);
	$fields[] = shopcx_wc_lines_field( 'shopcx_wc_closed_dates', __( 'Closed dates', 'shopcx-woocommerce' ), __( 'One a line: 2026-12-24 (once), 12-31 (every year) or 2026-07-20..2026-08-02 (a period).', 'shopcx-woocommerce' ) );
	$fields[] = array(
		'title'   => __( 'Carriers', 'shopcx-woocommerce' ),
		'desc'    => __( 'One a line: "Name: transit days" or "Name: min-max", optionally followed by the country code of the carrier\'s delivery days ("DHL: 1-2 DE"). Empty: one carrier, next day.', 'shopcx-woocommerce' ),
		'id'      => 'shopcx_wc_carriers',
		'type'    => 'textarea',
		'css'     => 'min-height: 5em;',
		'default' => '',
		'parse'   => 'shopcx_wc_parse_carriers',
	);
	$fields[] = array(
		'title'   => __( 'Carrier shown', 'shopcx-woocommerce' ),
		'desc'    => __( 'The carrier whose promise the shop shows; empty: the first.', 'shopcx-woocommerce' ),
		'id'      => 'shopcx_wc_default_carrier',
		'type'    => 'text',
		'default' => '',
		'parse'   => 'shopcx_wc_parse_text',
	);
	return array(
		'title'  => __( 'Delivery promise', 'shopcx-woocommerce' ),
		'fields' => $fields,
		'check'  => function ( $get ) {
			$default  = (string) $get( 'shopcx_wc_default_carrier' );
			$carriers = shopcx_wc_carriers( $get );
			if ( '' !== $default && ! isset( $carriers[ $default ] ) ) {
				/* translators: 1: the carrier typed, 2: the carriers. */
				throw new InvalidArgumentException( sprintf( __( 'Carrier shown: "%1$s" is not one of the carriers (%2$s).', 'shopcx-woocommerce' ), $default, implode( ', ', array_keys( $carriers ) ) ) );
			}
			new \ShopCx\Delivery\Estimator( shopcx_wc_estimator_options( $get ) );
		},
	);
}

/**
 * Review invitation delay and moderation word lists.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_reviews_section() {
	$words = __( 'One word or phrase a line, on top of the lists ShopCX ships.', 'shopcx-woocommerce' );
	return array(
		'title'  => __( 'Reviews', 'shopcx-woocommerce' ),
		'fields' => array(
			shopcx_wc_number_field( 'shopcx_wc_review_delay', __( 'Review invitation after (days)', 'shopcx-woocommerce' ), 0, 60 ),
			shopcx_wc_lines_field( 'shopcx_wc_moderation_deny', __( 'Blocked words', 'shopcx-woocommerce' ), $words . ' ' . __( 'A review with one is refused.', 'shopcx-woocommerce' ) ),
			shopcx_wc_lines_field( 'shopcx_wc_moderation_hold', __( 'Words held for review', 'shopcx-woocommerce' ), $words . ' ' . __( 'A review with one waits for approval.', 'shopcx-woocommerce' ) ),
			shopcx_wc_lines_field( 'shopcx_wc_moderation_allow', __( 'Allowed words', 'shopcx-woocommerce' ), __( 'One a line: never flagged, even when a shipped list has them.', 'shopcx-woocommerce' ) ),
		),
		'check'  => fn( $get ) => new \ShopCx\Review\Moderator( shopcx_wc_moderator_options( $get ) ),
	);
}

/**
 * Cart reminder sequence and the consent text at checkout.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_cart_section() {
	return array(
		'title'  => __( 'Cart reminders', 'shopcx-woocommerce' ),
		'fields' => array(
			array(
				'title'   => __( 'Reminders (seconds after the last activity)', 'shopcx-woocommerce' ),
				'desc'    => __( 'Comma-separated, ascending, from 3600 (one hour idle): e.g. 3600,86400,259200.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_cart_reminders',
				'type'    => 'text',
				'default' => shopcx_wc_defaults()['shopcx_wc_cart_reminders'],
				'parse'   => 'shopcx_wc_parse_reminders',
			),
			array(
				'title'   => __( 'Consent text at checkout', 'shopcx-woocommerce' ),
				'desc'    => __( 'The label of the (unticked) box a guest ticks to get reminders; at most 300 characters.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_cart_consent_text',
				'type'    => 'text',
				'css'     => 'min-width: 40em;',
				'default' => shopcx_wc_defaults()['shopcx_wc_cart_consent_text'],
				'parse'   => 'shopcx_wc_parse_consent_text',
			),
		),
		'check'  => fn( $get ) => new \ShopCx\Cart\Detector( shopcx_wc_detector_options( $get ) ),
	);
}

/**
 * Cool-downs per kind of message, the gap between kinds and the cap over all of them.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_outreach_section() {
	return array(
		'title'  => __( 'Contact pressure', 'shopcx-woocommerce' ),
		'desc'   => __( 'Asked before every cart reminder, review invitation and survey e-mail to one customer.', 'shopcx-woocommerce' ),
		'fields' => array(
			shopcx_wc_number_field( 'shopcx_wc_cooldown_review', __( 'Hours between two review invitations', 'shopcx-woocommerce' ), 0, 87840 ),
			shopcx_wc_number_field( 'shopcx_wc_cooldown_survey', __( 'Hours between two surveys', 'shopcx-woocommerce' ), 0, 87840 ),
			shopcx_wc_number_field( 'shopcx_wc_cooldown_cart', __( 'Hours between two cart reminders', 'shopcx-woocommerce' ), 0, 87840 ),
			shopcx_wc_number_field( 'shopcx_wc_outreach_gap', __( 'Hours after an e-mail of another kind', 'shopcx-woocommerce' ), 0, 87840, __( 'A survey waits this long after a review invitation or cart reminder; reminders of one cart keep their own pace.', 'shopcx-woocommerce' ) ),
			shopcx_wc_number_field( 'shopcx_wc_outreach_cap_max', __( 'At most this many e-mails', 'shopcx-woocommerce' ), 0, 1000, __( 'Of any kind, to one customer (0: no cap) ...', 'shopcx-woocommerce' ) ),
			shopcx_wc_number_field( 'shopcx_wc_outreach_cap_days', __( '... within this many days', 'shopcx-woocommerce' ), 1, 3660 ),
		),
		'check'  => fn( $get ) => new \ShopCx\Outreach\Policy( shopcx_wc_policy_options( $get ) ),
	);
}

/**
 * Chat invitations: opening hours per weekday, agents on duty, the e-mail promise, the charter's
 * presets with their thresholds, and the rules JSON for experts.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_chat_section() {
	$fields = array();
	foreach ( shopcx_wc_weekdays() as $day => $name ) {
		$fields[] = array(
			/* translators: %s: a weekday. */
			'title'   => sprintf( __( 'Service hours on %s', 'shopcx-woocommerce' ), $name ),
			'desc'    => __( 'In the warehouse time zone: "09:00-17:30" or "09:00-12:30, 13:30-17:30"; empty: closed. Public holidays and closed dates of the delivery calendar are closed too.', 'shopcx-woocommerce' ),
			'id'      => 'shopcx_wc_chat_hours_' . $day,
			'type'    => 'text',
			'default' => shopcx_wc_chat_default_hours( $day ),
			'parse'   => 'shopcx_wc_parse_chat_hours',
		);
	}
	$fields[] = shopcx_wc_number_field( 'shopcx_wc_chat_agents', __( 'Agents on duty', 'shopcx-woocommerce' ), 0, 1000, __( 'Chat agents during the service hours (0: no invitations). A chat plugin that knows who is online overrides this (filter shopcx_wc_chat_team).', 'shopcx-woocommerce' ) );
	$fields[] = shopcx_wc_number_field( 'shopcx_wc_chat_email_hours', __( 'E-mails answered within (hours)', 'shopcx-woocommerce' ), 1, 720, __( 'The promise the contact and FAQ pages state.', 'shopcx-woocommerce' ) );
	$presets  = array(
		'shopcx_wc_chat_preset_product' => array( __( 'Invite on a product page after (seconds)', 'shopcx-woocommerce' ), __( 'Product page, not in the cart yet', 'shopcx-woocommerce' ) ),
		'shopcx_wc_chat_preset_cart'    => array( __( 'Invite on the cart or checkout after (seconds)', 'shopcx-woocommerce' ), __( 'Cart or checkout', 'shopcx-woocommerce' ) ),
		'shopcx_wc_chat_preset_faq'     => array( __( 'Invite on the FAQ page after (seconds)', 'shopcx-woocommerce' ), __( 'Searching the FAQ', 'shopcx-woocommerce' ) ),
		'shopcx_wc_chat_preset_vip'     => array( __( 'Invite returning customers who spent at least', 'shopcx-woocommerce' ), __( 'Returning customer, on the first page of a visit', 'shopcx-woocommerce' ) ),
	);
	foreach ( shopcx_wc_chat_presets() as $switch => $preset ) {
		$fields[] = array(
			'title'   => $presets[ $switch ][1],
			'desc'    => __( 'Invite', 'shopcx-woocommerce' ),
			'id'      => $switch,
			'type'    => 'checkbox',
			'default' => 'no',
		);
		$fields[] = shopcx_wc_number_field( $preset[3], $presets[ $switch ][0], 'shopcx_wc_chat_vip_value' === $preset[3] ? 0 : 1, 'shopcx_wc_chat_vip_value' === $preset[3] ? 10000000 : 3600 );
	}
	$fields[] = array(
		'title'   => __( 'Chat rules (JSON)', 'shopcx-woocommerce' ),
		'desc'    => __( 'For experts, checked with ShopCx\\Chat\\Rules::fromJson(); a document with errors is not saved. Its rules come after the ticked ones (other names); its other keys ("hours", "caps", ...) replace the settings above.', 'shopcx-woocommerce' ),
		'id'      => 'shopcx_wc_chat_rules',
		'type'    => 'textarea',
		'css'     => 'min-height: 12em; font-family: monospace;',
		'default' => '',
		'parse'   => 'shopcx_wc_parse_chat_rules',
	);
	return array(
		'title'  => __( 'Chat invitations', 'shopcx-woocommerce' ),
		'fields' => $fields,
		// Every preset on, so a threshold is checked before it is ticked; the expert rules' names must differ.
		'check'  => function ( $get ) {
			$all      = fn( $key ) => isset( shopcx_wc_chat_presets()[ $key ] ) ? 'yes' : $get( $key );
			$document = (array) shopcx_wc_chat_document( $all );
			\ShopCx\Chat\Rules::fromArray( $document, shopcx_wc_chat_holidays( $all, $document ) );
		},
	);
}

/**
 * The inbound service interactions (administrators only, as the webhook: the secret lets anyone
 * who has it write rows).
 *
 * @return array<string, mixed>
 */
function shopcx_wc_interactions_section() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return array(
			'title'  => __( 'Service interactions', 'shopcx-woocommerce' ),
			'desc'   => __( 'Only an administrator can see and change the service interactions secret.', 'shopcx-woocommerce' ),
			'fields' => array(),
		);
	}
	return array(
		'title'  => __( 'Service interactions', 'shopcx-woocommerce' ),
		/* translators: %s: the route's URL. */
		'desc'   => sprintf( __( 'Your helpdesk or chat tool reports each contact, signed, to %s (see the plugin README for the payload).', 'shopcx-woocommerce' ), rest_url( 'shopcx/v1/interaction' ) ),
		'fields' => array(
			array(
				'title'   => __( 'Signing secret', 'shopcx-woocommerce' ),
				'desc'    => __( 'At least 32 characters, shared with the helpdesk; empty: the route is off.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_interaction_secret',
				'type'    => 'password',
				'default' => '',
				'parse'   => 'shopcx_wc_parse_webhook_secret',
			),
		),
	);
}

/**
 * The service badge on the cart and product pages.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_badge_section() {
	return array(
		'title'  => __( 'Service badge', 'shopcx-woocommerce' ),
		'fields' => array(
			array(
				'title'   => __( 'Show the badge', 'shopcx-woocommerce' ),
				'desc'    => __( 'Satisfied customers and questions answered on time, on the cart and product pages, once the minimum sample is reached.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_badge_enabled',
				'type'    => 'checkbox',
				'default' => 'no',
			),
			shopcx_wc_number_field( 'shopcx_wc_badge_min_sample', __( 'Minimum sample', 'shopcx-woocommerce' ), 1, 100000, __( 'Rated (or answered) contacts before a share is shown.', 'shopcx-woocommerce' ) ),
			shopcx_wc_number_field( 'shopcx_wc_badge_days', __( 'Period (days)', 'shopcx-woocommerce' ), 1, 365 ),
		),
	);
}

/**
 * The helpdesk webhook.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_webhook_section() {
	if ( ! current_user_can( 'manage_options' ) ) {
		// The shop posts signed JSON to this URL from inside its network: only an administrator
		// chooses where (a shop manager could otherwise aim it at internal services). No fields:
		// nothing is shown, and a posted URL or secret is not saved.
		return array(
			'title'  => __( 'Helpdesk webhook', 'shopcx-woocommerce' ),
			'desc'   => __( 'Only an administrator can see and change the helpdesk webhook.', 'shopcx-woocommerce' ),
			'fields' => array(),
		);
	}
	return array(
		'title'  => __( 'Helpdesk webhook', 'shopcx-woocommerce' ),
		'fields' => array(
			array(
				'title'   => __( 'Helpdesk webhook URL', 'shopcx-woocommerce' ),
				'desc'    => __( 'Order status changes are posted here, signed; empty: off.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_webhook_url',
				'type'    => 'url',
				'default' => '',
				'parse'   => 'shopcx_wc_parse_text',
			),
			array(
				'title'   => __( 'Helpdesk webhook secret', 'shopcx-woocommerce' ),
				'desc'    => __( 'At least 32 characters, shared with the helpdesk.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_webhook_secret',
				'type'    => 'password',
				'default' => '',
				'parse'   => 'shopcx_wc_parse_webhook_secret',
			),
			array(
				'title'   => __( 'Internal webhook hosts allowed', 'shopcx-woocommerce' ),
				'desc'    => __( 'Only for a helpdesk inside your own network: host names, IP addresses or ranges (10.0.0.0/8), separated by commas or lines. Without them the shop posts to public addresses only.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_webhook_internal',
				'type'    => 'textarea',
				'default' => '',
				'parse'   => 'shopcx_wc_parse_webhook_internal',
			),
		),
		'check'  => function ( $get ) {
			$url      = (string) $get( 'shopcx_wc_webhook_url' );
			$internal = shopcx_wc_webhook_options( (string) $get( 'shopcx_wc_webhook_internal' ) );
			if ( '' === $url ) {
				if ( $internal ) { // No webhook yet: the extension still checks the hosts (placeholder URL).
					new \ShopCx\Webhook\Client( 'https://helpdesk.invalid/', str_repeat( 'x', 32 ), $internal );
				}
				return;
			}
			if ( '' === (string) $get( 'shopcx_wc_webhook_secret' ) ) {
				throw new InvalidArgumentException( __( 'Helpdesk webhook secret: required when a webhook URL is set.', 'shopcx-woocommerce' ) );
			}
			new \ShopCx\Webhook\Client( $url, (string) $get( 'shopcx_wc_webhook_secret' ), $internal );
		},
	);
}

/**
 * Rotation of the secret that signs review and cart links.
 *
 * @return array<string, mixed>
 */
function shopcx_wc_secret_section() {
	return array(
		'title'  => __( 'Link secret', 'shopcx-woocommerce' ),
		'fields' => array(
			array(
				'title'   => __( 'Rotate the link secret', 'shopcx-woocommerce' ),
				'desc'    => __( 'Sign new review and cart links with a fresh secret; links already sent keep working.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_rotate_secret',
				'type'    => 'checkbox',
				'default' => 'no',
				'parse'   => 'shopcx_wc_parse_rotate',
			),
		),
	);
}
