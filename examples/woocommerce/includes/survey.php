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
		'ces'    => __( 'Customer effort score (CES 2.0, 1-7)', 'shopcx-woocommerce' ),
		'nps'    => __( 'Net Promoter Score (0-10)', 'shopcx-woocommerce' ),
		'csat'   => __( 'Customer satisfaction (CSAT, 1-5)', 'shopcx-woocommerce' ),
		'effort' => __( 'Effort per stage: choosing, purchasing, after (1-3 each)', 'shopcx-woocommerce' ),
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
 * The survey definition of a type.
 *
 * @param string $type One of shopcx_wc_survey_types().
 * @return \ShopCx\Effort\Survey|null null for a type the shop does not offer
 */
function shopcx_wc_survey( $type ) {
	if ( ! isset( shopcx_wc_survey_types()[ $type ] ) ) {
		return null;
	}
	return shopcx_wc_memo( 'survey_' . $type, fn(): \ShopCx\Effort\Survey => \ShopCx\Effort\Survey::$type() );
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
		WC_Admin_Settings::add_error( sprintf( __( 'Unknown survey "%s": choose CES, NPS, CSAT or effort.', 'shopcx-woocommerce' ), $type ) );
		return shopcx_wc_survey_option( 'type' );
	}
	return $type;
}
add_filter( 'woocommerce_admin_settings_sanitize_option_shopcx_wc_survey_type', 'shopcx_wc_sanitize_survey_type', 10, 3 );

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
