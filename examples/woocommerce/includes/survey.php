<?php
/**
 * Survey invitations (CES, NPS, CSAT or the three-stage effort survey): scheduled when an order
 * is completed (or delivered), sent by a recurring job through the outreach policy, answered on
 * a token-verified form, once per order.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- ShopCx objects have camelCase properties.

/**
 * Surveys a shop can choose: setting value => ShopCx\Effort\Survey named constructor.
 *
 * @return array<string, string> type => label
 */
function shopcx_wc_survey_types() {
	return array(
		'ces'          => __( 'Customer effort score (CES 2.0, 1-7)', 'shopcx-woocommerce' ),
		'nps'          => __( 'Net Promoter Score (0-10)', 'shopcx-woocommerce' ),
		'csat'         => __( 'Customer satisfaction (CSAT, 1-5)', 'shopcx-woocommerce' ),
		'effort'       => __( 'Effort per stage: choosing, purchasing, after (1-3 each)', 'shopcx-woocommerce' ),
		'conversation' => __( 'Conversation: friendly, well informed (1-5 each), solved (yes/no)', 'shopcx-woocommerce' ),
		'custom'       => __( 'Custom survey (the JSON below)', 'shopcx-woocommerce' ),
	);
}

/**
 * A survey setting with its default (kept here, not in shopcx_wc_defaults(), so this feature
 * stays in its own files).
 *
 * @param string $key enabled, type, delay or trigger.
 * @return string
 */
function shopcx_wc_survey_option( $key ) {
	$defaults = array(
		'enabled' => 'no',
		'type'    => 'ces',
		'delay'   => '3',
		'trigger' => 'completed',
	);
	$value    = (string) get_option( 'shopcx_wc_survey_' . $key, $defaults[ $key ] );
	return '' === $value ? $defaults[ $key ] : $value;
}

/**
 * The survey definition of a type: a built-in one of ShopCx\Effort\Survey, or for "custom" the
 * merchant's JSON (shopcx_wc_survey_custom) through Survey::fromJson().
 *
 * @param string $type One of shopcx_wc_survey_types().
 * @return \ShopCx\Effort\Survey|null null for a type the shop does not offer (also "custom" without a valid JSON)
 */
function shopcx_wc_survey( $type ) {
	if ( ! isset( shopcx_wc_survey_types()[ $type ] ) ) {
		return null;
	}
	if ( 'custom' === $type ) {
		return shopcx_wc_custom_survey( (string) get_option( 'shopcx_wc_survey_custom', '' ) );
	}
	return shopcx_wc_memo( 'survey_' . $type, fn(): \ShopCx\Effort\Survey => \ShopCx\Effort\Survey::$type() );
}

/**
 * A custom survey from its JSON (once per request and text), or null when it is empty or the
 * extension refuses it (the settings never save such a text; one edited in the database is logged).
 *
 * @param string $json The survey document.
 * @return \ShopCx\Effort\Survey|null
 */
function shopcx_wc_custom_survey( $json ) {
	if ( '' === trim( $json ) ) {
		return null;
	}
	$key = 'survey_custom_' . md5( $json );
	if ( ! isset( $GLOBALS['shopcx_wc_objects'][ $key ] ) ) {
		try {
			$GLOBALS['shopcx_wc_objects'][ $key ] = \ShopCx\Effort\Survey::fromJson( $json );
		} catch ( \ShopCx\ConfigException $e ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- an admin must see this in the log.
			error_log( 'ShopCX: the custom survey cannot be used: ' . $e->getMessage() );
			$GLOBALS['shopcx_wc_objects'][ $key ] = false;
		}
	}
	$survey = $GLOBALS['shopcx_wc_objects'][ $key ];
	return $survey instanceof \ShopCx\Effort\Survey ? $survey : null;
}

/**
 * The survey table, with the site's prefix.
 *
 * @return string
 */
function shopcx_wc_survey_table() {
	global $wpdb;
	return $wpdb->prefix . 'shopcx_survey';
}

// --- settings (a block of its own at the end of the Customer service tab) ---------------

/**
 * Appends the survey fields to the Customer service tab.
 *
 * @param array<int, array<string, mixed>> $settings The tab's fields.
 * @return array<int, array<string, mixed>>
 */
function shopcx_wc_survey_settings( $settings ) {
	return array_merge(
		$settings,
		array(
			array(
				'title' => __( 'Surveys', 'shopcx-woocommerce' ),
				'desc'  => __( 'One short survey per order, e-mailed after the delay unless the customer was contacted recently (outreach policy) or opted out.', 'shopcx-woocommerce' ),
				'type'  => 'title',
				'id'    => 'shopcx_wc_survey',
			),
			array(
				'title'   => __( 'Send survey invitations', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_survey_enabled',
				'type'    => 'checkbox',
				'default' => 'no',
			),
			array(
				'title'   => __( 'Survey', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_survey_type',
				'type'    => 'select',
				'options' => shopcx_wc_survey_types(),
				'default' => 'ces',
			),
			array(
				'title'   => __( 'Custom survey (JSON)', 'shopcx-woocommerce' ),
				'desc'    => __( 'Used when the survey is "Custom survey (the JSON below)": your own questions and texts, checked with ShopCx\\Effort\\Survey::fromJson(). A document with an error is not saved (the message names its JSON path) and the one saved before stays. The plugin\'s README has an example.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_survey_custom',
				'type'    => 'textarea',
				'css'     => 'min-height: 12em; font-family: monospace;',
				'default' => '',
			),
			array(
				'title'             => __( 'Send after (days)', 'shopcx-woocommerce' ),
				'id'                => 'shopcx_wc_survey_delay',
				'type'              => 'number',
				'default'           => '3',
				'custom_attributes' => array(
					'min' => 0,
					'max' => 60,
				),
			),
			array(
				'title'   => __( 'Counted from', 'shopcx-woocommerce' ),
				'desc'    => __( '"Delivered" needs a shipping plugin that adds that order status.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_survey_trigger',
				'type'    => 'select',
				'options' => array(
					'completed' => __( 'Order completed', 'shopcx-woocommerce' ),
					'delivered' => __( 'Order delivered', 'shopcx-woocommerce' ),
				),
				'default' => 'completed',
			),
			array(
				'type' => 'sectionend',
				'id'   => 'shopcx_wc_survey',
			),
		)
	);
}
add_filter( 'woocommerce_get_settings_shopcx', 'shopcx_wc_survey_settings' );

/**
 * Only a survey the plugin offers is saved. WooCommerce has already replaced a value that is not
 * one of the select's options by the field's default (CES), so the posted value is checked: an
 * unknown survey is refused with a message and the saved one stays, instead of silently becoming
 * CES. Not posted at all (other code saving part of the tab): WooCommerce keeps the saved value.
 *
 * @param mixed                $value  The value as WooCommerce cleaned it.
 * @param array<string, mixed> $option The field.
 * @param mixed                $raw    The value as posted (null: not posted).
 * @return string|null
 */
function shopcx_wc_sanitize_survey_type( $value, $option = array(), $raw = null ) {
	if ( null === $raw ) {
		return null;
	}
	$type = is_string( $raw ) ? sanitize_text_field( $raw ) : ''; // As wc_clean() does with a string.
	if ( ! isset( shopcx_wc_survey_types()[ $type ] ) ) {
		/* translators: %s: the rejected value. */
		WC_Admin_Settings::add_error( sprintf( __( 'Unknown survey "%s": choose CES, NPS, CSAT, effort, conversation or a custom survey.', 'shopcx-woocommerce' ), $type ) );
		return shopcx_wc_survey_option( 'type' );
	}
	if ( 'custom' === $type ) {
		$json = shopcx_wc_survey_custom_posted();
		if ( '' === $json ) {
			$json = trim( (string) get_option( 'shopcx_wc_survey_custom', '' ) ); // Emptied: its field keeps the saved one and says so.
		}
		if ( '' === $json ) {
			WC_Admin_Settings::add_error( __( 'The custom survey needs its JSON under "Custom survey (JSON)"; the survey was not changed.', 'shopcx-woocommerce' ) );
			return shopcx_wc_survey_option( 'type' );
		}
		if ( ! shopcx_wc_custom_survey_error( $json ) ) {
			return $type;
		}
		// The JSON's own error is reported by its field; the survey stays the one saved before.
		return shopcx_wc_survey_option( 'type' );
	}
	return $type;
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_survey_type', 'shopcx_wc_sanitize_survey_type', 10, 3 );

/**
 * The custom survey's JSON as this save has it: the posted text (the settings page checked the
 * nonce and the capability before WooCommerce saves the fields), else the stored one.
 *
 * @return string
 */
function shopcx_wc_survey_custom_posted() {
	// ShopCx_WC_Settings::save() verified the nonce and the capability; the JSON is checked by the extension.
	$posted = isset( $_POST['shopcx_wc_survey_custom'] ) && is_string( $_POST['shopcx_wc_survey_custom'] ) ? wp_unslash( $_POST['shopcx_wc_survey_custom'] ) : null; // phpcs:ignore WordPress.Security.NonceVerification.Missing, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
	return trim( null === $posted ? (string) get_option( 'shopcx_wc_survey_custom', '' ) : (string) $posted );
}

/**
 * Why the extension refuses a custom survey (its message names the JSON path), or '' when it is fine.
 *
 * @param string $json The survey document.
 * @return string
 */
function shopcx_wc_custom_survey_error( $json ) {
	try {
		\ShopCx\Effort\Survey::fromJson( $json );
	} catch ( \ShopCx\ConfigException $e ) {
		return $e->getMessage();
	}
	return '';
}

/**
 * The custom survey's JSON: saved only when Survey::fromJson() accepts it (the raw text as posted,
 * trimmed: WooCommerce's wp_kses_post() of a textarea would change a text with "<"); a refused one
 * is reported with the extension's message, naming the JSON path, and the saved text stays. Empty
 * is refused only while the custom survey is chosen. Not posted (other code saving part of the
 * tab): WooCommerce keeps the saved value.
 *
 * @param mixed                $value  The value as WooCommerce cleaned it.
 * @param array<string, mixed> $option The field.
 * @param mixed                $raw    The value as posted (null: not posted).
 * @return string|null
 */
function shopcx_wc_sanitize_survey_custom( $value, $option = array(), $raw = null ) {
	if ( null === $raw ) {
		return null;
	}
	$json = trim( is_string( $raw ) ? $raw : '' );
	$old  = (string) get_option( 'shopcx_wc_survey_custom', '' );
	if ( '' === $json ) {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- ShopCx_WC_Settings::save() verified it.
		$type = isset( $_POST['shopcx_wc_survey_type'] ) && is_string( $_POST['shopcx_wc_survey_type'] ) ? sanitize_text_field( wp_unslash( $_POST['shopcx_wc_survey_type'] ) ) : shopcx_wc_survey_option( 'type' );
		if ( 'custom' === $type && '' !== $old ) {
			WC_Admin_Settings::add_error( __( 'Custom survey (JSON) not saved: it cannot be empty while the custom survey is chosen.', 'shopcx-woocommerce' ) );
			return $old;
		}
		return '';
	}
	$error = shopcx_wc_custom_survey_error( $json );
	if ( '' !== $error ) {
		/* translators: %s: the extension's message, naming the JSON path (e.g. $.questions[1].metric must be one of ...). */
		WC_Admin_Settings::add_error( sprintf( __( 'Custom survey (JSON) not saved: %s', 'shopcx-woocommerce' ), $error ) );
		return $old;
	}
	return $json;
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_survey_custom', 'shopcx_wc_sanitize_survey_custom', 10, 3 );

/**
 * A delay of 0 to 60 days. Not posted at all (other code saving part of the tab): WooCommerce
 * passes null and keeps the saved value.
 *
 * @param mixed                $value  Submitted value.
 * @param array<string, mixed> $option The field.
 * @param mixed                $raw    The value as posted (null: not posted).
 * @return string|null
 */
function shopcx_wc_sanitize_survey_delay( $value, $option = array(), $raw = null ) {
	if ( null === $raw ) {
		return null;
	}
	$raw = trim( is_scalar( $raw ) ? (string) $raw : '' );
	if ( ! preg_match( '/^\d{1,2}$/', $raw ) || (int) $raw > 60 ) {
		WC_Admin_Settings::add_error( __( 'The survey delay must be a whole number of days from 0 to 60.', 'shopcx-woocommerce' ) );
		return shopcx_wc_survey_option( 'delay' );
	}
	return (string) (int) $raw;
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_survey_delay', 'shopcx_wc_sanitize_survey_delay', 10, 3 );

/**
 * Completed or delivered.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function shopcx_wc_sanitize_survey_trigger( $value ) {
	return 'delivered' === $value ? 'delivered' : 'completed';
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_survey_trigger', 'shopcx_wc_sanitize_survey_trigger' );

// --- scheduling ------------------------------------------------------------------------

/**
 * Puts the survey of an order in the table, due after the delay; once per order (the order id
 * is unique, so a completed and then delivered order is not surveyed twice).
 *
 * @param int    $order_id Order id.
 * @param string $event    "completed" or "delivered".
 * @return bool whether a survey was scheduled now
 */
function shopcx_wc_schedule_survey( $order_id, $event = 'completed' ) {
	global $wpdb;
	if ( 'yes' !== shopcx_wc_survey_option( 'enabled' ) || shopcx_wc_survey_option( 'trigger' ) !== $event ) {
		return false;
	}
	$order = wc_get_order( $order_id );
	$email = $order instanceof WC_Order ? sanitize_email( (string) $order->get_billing_email() ) : '';
	if ( ! is_email( $email ) ) {
		return false;
	}
	$now = shopcx_wc_now();
	$due = $now + (int) shopcx_wc_survey_option( 'delay' ) * DAY_IN_SECONDS;
	$t   = shopcx_wc_survey_table();
	$n   = $wpdb->query(
		$wpdb->prepare(
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
			"INSERT IGNORE INTO $t (order_id, email, survey, status, created_at, due_at, expires_at) VALUES (%d, %s, %s, 'scheduled', %d, %d, %d)",
			(int) $order_id,
			strtolower( $email ),
			shopcx_wc_survey_option( 'type' ),
			$now,
			$due,
			$due + 30 * DAY_IN_SECONDS
		)
	);
	return 1 === $n;
}

/**
 * Order completed.
 *
 * @param int $order_id Order id.
 * @return void
 */
function shopcx_wc_survey_order_completed( $order_id ) {
	shopcx_wc_schedule_survey( $order_id, 'completed' );
}
add_action( 'woocommerce_order_status_completed', 'shopcx_wc_survey_order_completed' );

/**
 * Order delivered (a status shipping plugins add as wc-delivered).
 *
 * @param int $order_id Order id.
 * @return void
 */
function shopcx_wc_survey_order_delivered( $order_id ) {
	shopcx_wc_schedule_survey( $order_id, 'delivered' );
}
add_action( 'woocommerce_order_status_delivered', 'shopcx_wc_survey_order_delivered' );

/**
 * The recurring job: sends every due survey invitation once. The policy may hold one back: it
 * stays scheduled, due again at the policy's notBefore (and is dropped when that is more than 30
 * days after its first due date, or never: opted out). A row is claimed before its mail goes out,
 * so overlapping runs cannot both send it.
 *
 * @param int|null $now Unix time.
 * @return array{sent:int,held:int,skipped:int}
 */
function shopcx_wc_send_survey_invitations( $now = null ) {
	global $wpdb;
	$now    = null === $now ? shopcx_wc_now() : (int) $now;
	$t      = shopcx_wc_survey_table();
	$counts = array(
		'sent'    => 0,
		'held'    => 0,
		'skipped' => 0,
	);
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $t WHERE status = 'scheduled' AND due_at <= %d ORDER BY due_at LIMIT 200", $now ), ARRAY_A );
	foreach ( $rows as $row ) {
		$order  = wc_get_order( (int) $row['order_id'] );
		$emails = WC()->mailer()->get_emails();
		$mail   = $emails['ShopCx_WC_Email_Survey'] ?? null;
		$drop   = null;
		if ( ! $order || in_array( $order->get_status(), array( 'cancelled', 'refunded', 'failed' ), true ) || ! shopcx_wc_survey( $row['survey'] ) ) {
			$drop = 'order';
		} elseif ( ! $mail instanceof ShopCx_WC_Email_Survey || ! $mail->is_enabled() ) {
			$drop = 'email_disabled'; // Switched off under WooCommerce > Settings > Emails.
		} elseif ( $now > (int) $row['expires_at'] ) {
			$drop = 'expired'; // Mail kept failing: a survey weeks late asks about something else.
		}
		if ( $drop ) {
			shopcx_wc_survey_skip( $row, $drop );
			++$counts['skipped'];
			continue;
		}
		$decision = shopcx_wc_outreach_decide( 'survey', $row['email'], $now, array( 'optedOut' => shopcx_wc_opted_out( $row['email'], 'survey' ) ) );
		if ( ! $decision->allowed ) {
			if ( null === $decision->notBefore || $decision->notBefore > (int) $row['expires_at'] ) {
				shopcx_wc_survey_skip( $row, $decision->reason );
				++$counts['skipped'];
			} else {
				$wpdb->update(
					$t,
					array(
						'due_at' => $decision->notBefore,
						'note'   => $decision->reason,
					),
					array(
						'id'     => $row['id'],
						'status' => 'scheduled',
					)
				);
				++$counts['held'];
			}
			continue;
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$claimed = $wpdb->query( $wpdb->prepare( "UPDATE $t SET status = 'sent', sent_at = %d, note = '' WHERE id = %d AND status = 'scheduled'", $now, $row['id'] ) );
		if ( 1 !== $claimed ) {
			continue;
		}
		if ( $mail->trigger( (int) $row['order_id'], $row['survey'] ) ) {
			shopcx_wc_outreach_record( $row['email'], 'survey', $now );
			++$counts['sent'];
		} else {
			// wp_mail() failed: try again in an hour (until the row expires).
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
			$wpdb->query( $wpdb->prepare( "UPDATE $t SET status = 'scheduled', sent_at = NULL, due_at = %d, note = 'not_sent' WHERE id = %d", $now + HOUR_IN_SECONDS, $row['id'] ) );
		}
	}
	return $counts;
}
add_action( 'shopcx_wc_survey_invitations', 'shopcx_wc_send_survey_invitations', 10, 0 );

/**
 * Drops a scheduled survey, keeping why.
 *
 * @param array<string, mixed> $row    Survey row.
 * @param string               $reason Why.
 * @return void
 */
function shopcx_wc_survey_skip( array $row, $reason ) {
	global $wpdb;
	$wpdb->update(
		shopcx_wc_survey_table(),
		array(
			'status' => 'skipped',
			'note'   => substr( (string) $reason, 0, 32 ),
		),
		array(
			'id'     => $row['id'],
			'status' => 'scheduled',
		)
	);
}

/**
 * Every ten minutes, like the cart reminders: Action Scheduler when present, WP-Cron otherwise.
 *
 * @return void
 */
function shopcx_wc_schedule_survey_job() {
	if ( function_exists( 'as_schedule_recurring_action' ) ) {
		if ( ! as_has_scheduled_action( 'shopcx_wc_survey_invitations' ) ) {
			as_schedule_recurring_action( time() + 120, 10 * MINUTE_IN_SECONDS, 'shopcx_wc_survey_invitations', array(), 'shopcx' );
		}
	} elseif ( ! wp_next_scheduled( 'shopcx_wc_survey_invitations' ) ) {
		wp_schedule_event( time() + 120, 'shopcx_ten_minutes', 'shopcx_wc_survey_invitations' );
	}
}
add_action( 'init', 'shopcx_wc_schedule_survey_job' );

/**
 * Stops the job when the plugin is deactivated.
 *
 * @return void
 */
function shopcx_wc_survey_deactivate() {
	wp_clear_scheduled_hook( 'shopcx_wc_survey_invitations' );
	if ( function_exists( 'as_unschedule_all_actions' ) ) {
		as_unschedule_all_actions( 'shopcx_wc_survey_invitations' );
	}
}
register_deactivation_hook( SHOPCX_WC_FILE, 'shopcx_wc_survey_deactivate' );

// --- the e-mail ----------------------------------------------------------------------------

/**
 * Adds the survey e-mail to WooCommerce's e-mails.
 *
 * @param array<string, WC_Email> $emails WC_Email objects by class name.
 * @return array<string, WC_Email>
 */
function shopcx_wc_survey_email_class( $emails ) {
	require_once SHOPCX_WC_DIR . '/includes/class-shopcx-wc-email-survey.php';
	$emails['ShopCx_WC_Email_Survey'] = new ShopCx_WC_Email_Survey();
	return $emails;
}
add_filter( 'woocommerce_email_classes', 'shopcx_wc_survey_email_class' );

/**
 * The survey and opt-out links of an order (signed; ids only in the claims).
 *
 * @param int    $order_id Order id.
 * @param string $type     Survey type.
 * @param int    $now      Unix time.
 * @return array{survey:string,optout:string}
 */
function shopcx_wc_survey_links( $order_id, $type, $now ) {
	$tokens = shopcx_wc_tokens();
	$claims = array(
		'survey' => (string) $type,
		'order'  => (string) (int) $order_id,
	);
	return array(
		'survey' => add_query_arg( 'shopcx_survey', rawurlencode( $tokens->issue( 'survey', $claims, 30 * DAY_IN_SECONDS, $now ) ), home_url( '/' ) ),
		'optout' => shopcx_wc_optout_url( 'survey', array( 'order' => $claims['order'] ), $now ),
	);
}
