<?php
/**
 * WordPress personal-data exporters and erasers for the cart-activity table, the survey table and
 * the outreach log. The erasers keep the suppression list (includes/suppression.php): a one-way
 * hash of the address, the kind and the time of each opt-out, so an erased customer who opted out
 * is not mailed again; they say so to the admin (items_retained and a message).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'wp_privacy_personal_data_exporters',
	function ( $exporters ) {
		$exporters['shopcx-woocommerce']              = array(
			'exporter_friendly_name' => __( 'ShopCX cart activity', 'shopcx-woocommerce' ),
			'callback'               => 'shopcx_wc_privacy_export',
		);
		$exporters['shopcx-woocommerce-surveys']      = array(
			'exporter_friendly_name' => __( 'ShopCX surveys and invitations', 'shopcx-woocommerce' ),
			'callback'               => 'shopcx_wc_privacy_export_surveys',
		);
		$exporters['shopcx-woocommerce-interactions'] = array(
			'exporter_friendly_name' => __( 'ShopCX service contacts', 'shopcx-woocommerce' ),
			'callback'               => 'shopcx_wc_privacy_export_interactions',
		);
		return $exporters;
	}
);

add_filter(
	'wp_privacy_personal_data_erasers',
	function ( $erasers ) {
		$erasers['shopcx-woocommerce']         = array(
			'eraser_friendly_name' => __( 'ShopCX cart activity', 'shopcx-woocommerce' ),
			'callback'             => 'shopcx_wc_privacy_erase',
		);
		$erasers['shopcx-woocommerce-surveys'] = array(
			'eraser_friendly_name' => __( 'ShopCX surveys and invitations', 'shopcx-woocommerce' ),
			'callback'             => 'shopcx_wc_privacy_erase_surveys',
		);
		return $erasers;
	}
);

/**
 * Exports the carts stored for an e-mail address.
 *
 * @param string $email E-mail address.
 * @return array{data: list<array<string, mixed>>, done: bool}
 */
function shopcx_wc_privacy_export( $email ) {
	global $wpdb;
	$table = shopcx_wc_cart_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE email = %s ORDER BY id", $email ), ARRAY_A );
	$data = array();
	foreach ( $rows as $row ) {
		$fields = array();
		foreach ( array( 'email', 'items', 'value', 'currency', 'status', 'consent', 'opted_out', 'reminders' ) as $name ) {
			$fields[] = array(
				'name'  => $name,
				'value' => (string) $row[ $name ],
			);
		}
		$fields[] = array(
			'name'  => 'updated_at',
			'value' => gmdate( 'c', (int) $row['updated_at'] ),
		);
		$data[]   = array(
			'group_id'    => 'shopcx-carts',
			'group_label' => __( 'Cart activity', 'shopcx-woocommerce' ),
			'item_id'     => 'shopcx-cart-' . $row['id'],
			'data'        => $fields,
		);
	}
	// The outreach log: which messages went to this address, and when.
	$log = shopcx_wc_outreach_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$sent = $wpdb->get_results( $wpdb->prepare( "SELECT id, kind, sent_at FROM $log WHERE email_hash = %s ORDER BY id", shopcx_wc_email_hash( $email ) ), ARRAY_A );
	foreach ( (array) $sent as $row ) {
		$data[] = array(
			'group_id'    => 'shopcx-outreach',
			'group_label' => __( 'E-mails sent (cart reminders, review invitations, surveys)', 'shopcx-woocommerce' ),
			'item_id'     => 'shopcx-outreach-' . $row['id'],
			'data'        => array(
				array(
					'name'  => 'kind',
					'value' => (string) $row['kind'],
				),
				array(
					'name'  => 'sent_at',
					'value' => gmdate( 'c', (int) $row['sent_at'] ),
				),
			),
		);
	}
	// The suppression list: what the address opted out of, and when (kept by the eraser).
	$optouts = shopcx_wc_optout_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT kind, opted_at FROM $optouts WHERE email_hash = %s ORDER BY kind", shopcx_wc_email_hash( $email ) ), ARRAY_A ) as $row ) {
		$data[] = array(
			'group_id'    => 'shopcx-optout',
			'group_label' => __( 'Opted out of e-mails', 'shopcx-woocommerce' ),
			'item_id'     => 'shopcx-optout-' . $row['kind'],
			'data'        => array(
				array(
					'name'  => 'kind',
					'value' => (string) $row['kind'],
				),
				array(
					'name'  => 'opted_at',
					'value' => gmdate( 'c', (int) $row['opted_at'] ),
				),
			),
		);
	}
	return array(
		'data' => $data,
		'done' => true,
	);
}

/**
 * Erases the carts, the outreach log and the service contacts of an e-mail address. Its opt-outs stay on the
 * suppression list (hash, kind, time: nothing else), and the answer says so.
 *
 * @param string $email E-mail address.
 * @return array{items_removed: int, items_retained: bool, messages: list<string>, done: bool}
 */
function shopcx_wc_privacy_erase( $email ) {
	global $wpdb;
	$hash     = shopcx_wc_email_hash( $email );
	$removed  = (int) $wpdb->delete( shopcx_wc_cart_table(), array( 'email' => $email ) );
	$removed += (int) $wpdb->delete( shopcx_wc_outreach_table(), array( 'email_hash' => $hash ) );
	$removed += shopcx_wc_privacy_erase_interactions( $email )['items_removed']; // The service contacts go with the carts.
	$table    = shopcx_wc_optout_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$kinds    = $wpdb->get_col( $wpdb->prepare( "SELECT kind FROM $table WHERE email_hash = %s ORDER BY kind", $hash ) );
	$messages = array();
	foreach ( $kinds as $kind ) {
		$messages[] = sprintf(
			/* translators: %s: a kind of e-mail, e.g. "review invitations". */
			__( 'The opt-out of %s is kept as a one-way hash of the address so no more e-mails of that kind are sent.', 'shopcx-woocommerce' ),
			shopcx_wc_optout_kind_label( $kind )
		);
	}
	return array(
		'items_removed'  => $removed,
		'items_retained' => (bool) $kinds,
		'messages'       => $messages,
		'done'           => true,
	);
}

/**
 * What a kind of outreach e-mail is called in the eraser's message.
 *
 * @param string $kind cart, survey or review.
 * @return string
 */
function shopcx_wc_optout_kind_label( $kind ) {
	$labels = array(
		'cart'   => __( 'cart reminders', 'shopcx-woocommerce' ),
		'review' => __( 'review invitations', 'shopcx-woocommerce' ),
		'survey' => __( 'survey invitations', 'shopcx-woocommerce' ),
	);
	return $labels[ $kind ] ?? (string) $kind;
}

/**
 * Exports the surveys (invitation, answers, opt-out) of an e-mail address (the outreach log is in
 * the cart-activity export).
 *
 * @param string $email E-mail address.
 * @return array{data: list<array<string, mixed>>, done: bool}
 */
function shopcx_wc_privacy_export_surveys( $email ) {
	global $wpdb;
	$email   = strtolower( (string) $email );
	$surveys = shopcx_wc_survey_table();
	$date    = fn( $t ) => null === $t ? '' : gmdate( 'c', (int) $t );
	$data    = array();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $surveys WHERE email = %s ORDER BY id", $email ), ARRAY_A ) as $row ) {
		$fields = array();
		foreach ( array( 'order_id', 'email', 'survey', 'status', 'answers', 'opted_out' ) as $name ) {
			$fields[] = array(
				'name'  => $name,
				'value' => (string) $row[ $name ],
			);
		}
		foreach ( array( 'sent_at', 'answered_at' ) as $name ) {
			$fields[] = array(
				'name'  => $name,
				'value' => $date( $row[ $name ] ),
			);
		}
		$data[] = array(
			'group_id'    => 'shopcx-surveys',
			'group_label' => __( 'Surveys', 'shopcx-woocommerce' ),
			'item_id'     => 'shopcx-survey-' . $row['id'],
			'data'        => $fields,
		);
	}
	return array(
		'data' => $data,
		'done' => true,
	);
}

/**
 * Erases the surveys of an e-mail address (answers included, so the reports, computed from the
 * rows, drop them too). The outreach log goes with the cart-activity eraser; a survey opt-out
 * stays on the suppression list, which that eraser reports.
 *
 * @param string $email E-mail address.
 * @return array{items_removed: int, items_retained: bool, messages: list<string>, done: bool}
 */
function shopcx_wc_privacy_erase_surveys( $email ) {
	global $wpdb;
	$email   = strtolower( (string) $email );
	$removed = (int) $wpdb->delete( shopcx_wc_survey_table(), array( 'email' => $email ) );
	return array(
		'items_removed'  => $removed,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => true,
	);
}

/**
 * Exports the service contacts reported for an e-mail address (includes/interactions.php).
 *
 * @param string $email E-mail address.
 * @return array{data: list<array<string, mixed>>, done: bool}
 */
function shopcx_wc_privacy_export_interactions( $email ) {
	$data = array();
	foreach ( shopcx_wc_interactions_of( $email ) as $row ) {
		$fields = array();
		foreach ( array( 'email', 'source', 'channel', 'case_ref', 'first_response', 'contacts', 'csat', 'friendly' ) as $name ) {
			$fields[] = array(
				'name'  => $name,
				'value' => (string) $row[ $name ],
			);
		}
		foreach ( array( 'opened_at', 'resolved_at' ) as $name ) {
			$fields[] = array(
				'name'  => $name,
				'value' => null === $row[ $name ] ? '' : gmdate( 'c', (int) $row[ $name ] ),
			);
		}
		$data[] = array(
			'group_id'    => 'shopcx-interactions',
			'group_label' => __( 'Service contacts', 'shopcx-woocommerce' ),
			'item_id'     => 'shopcx-interaction-' . $row['id'],
			'data'        => $fields,
		);
	}
	return array(
		'data' => $data,
		'done' => true,
	);
}

/**
 * Erases the service contacts of an e-mail address, as part of the cart-activity eraser (the report and the badge drop them; the
 * badge's cached figures are recomputed).
 *
 * @param string $email E-mail address.
 * @return array{items_removed: int, items_retained: bool, messages: list<string>, done: bool}
 */
function shopcx_wc_privacy_erase_interactions( $email ) {
	global $wpdb;
	$removed = (int) $wpdb->delete( shopcx_wc_interaction_table(), array( 'email' => strtolower( (string) $email ) ) );
	if ( $removed ) {
		delete_transient( 'shopcx_wc_badge' );
	}
	return array(
		'items_removed'  => $removed,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => true,
	);
}
