<?php
/**
 * Cart activity and reminders through ShopCx\Cart\Detector::scan().
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/cart-reminder-mail.php';

/**
 * Stores the state of one cart (insert or update by cart key). A cart that was ordered opens again
 * when it has items a minute or more after the order (a new cart; its reminders start over). Before
 * that it stays ordered: WooCommerce empties the cart after the order, and the block checkout's
 * Store API requests that were under way when the order was placed (a cart/update-customer batch)
 * still write the full cart after it. MariaDB and MySQL assign left to right, each assignment
 * seeing the ones before it: reminders is decided before status changes.
 *
 * @param string               $key  Cart key (WooCommerce's session customer id).
 * @param array<string, mixed> $cart customer_id, email, consent, items, value, currency.
 * @param int                  $now  Unix time.
 * @return void
 */
function shopcx_wc_record_cart( $key, array $cart, $now ) {
	global $wpdb;
	$table = shopcx_wc_cart_table();
	// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$wpdb->query(
		$wpdb->prepare(
			"INSERT INTO $table (cart_key, customer_id, email, consent, items, value, currency, status, created_at, updated_at, reminders)
			 VALUES (%s, %d, %s, %d, %d, %f, %s, 'open', %d, %d, '[]')
			 ON DUPLICATE KEY UPDATE
			   reminders = IF(status = 'ordered' AND VALUES(items) > 0 AND VALUES(updated_at) >= IFNULL(ordered_at, 0) + 60, '[]', reminders),
			   status = IF(status = 'ordered' AND VALUES(items) > 0 AND VALUES(updated_at) >= IFNULL(ordered_at, 0) + 60, 'open', status),
			   customer_id = VALUES(customer_id), email = VALUES(email), consent = VALUES(consent),
			   items = VALUES(items), value = VALUES(value), currency = VALUES(currency), updated_at = VALUES(updated_at)",
			substr( (string) $key, 0, 64 ),
			(int) ( $cart['customer_id'] ?? 0 ),
			substr( (string) ( $cart['email'] ?? '' ), 0, 190 ),
			empty( $cart['consent'] ) ? 0 : 1,
			(int) ( $cart['items'] ?? 0 ),
			(float) ( $cart['value'] ?? 0 ),
			substr( (string) ( $cart['currency'] ?? 'EUR' ), 0, 3 ),
			(int) $now,
			(int) $now
		)
	);
	// phpcs:enable
}

/**
 * The visitor's answer to the consent box: the one given in this session (classic or block
 * checkout) counts; without one, a registered customer's earlier answer (the user meta
 * shopcx_cart_reminders = yes, or the block checkout's field kept on the customer); a guest's none.
 *
 * @param int $user Current user id (0: guest).
 * @return bool
 */
function shopcx_wc_session_consent( $user ) {
	$consent = WC()->session ? WC()->session->get( 'shopcx_consent' ) : null;
	if ( null !== $consent ) {
		return (bool) $consent;
	}
	return $user && ( 'yes' === get_user_meta( $user, 'shopcx_cart_reminders', true ) || shopcx_wc_stored_consent( WC()->customer ) );
}

/**
 * The key of the visitor's cart row: WooCommerce's session customer id, or, after a recovery link
 * opened in another browser or a new session, the reminded cart's key (so its order counts as
 * recovered and no further reminder goes out for it).
 *
 * @return string
 */
function shopcx_wc_cart_key() {
	$recovered = WC()->session->get( 'shopcx_cart_key' );
	return is_string( $recovered ) && '' !== $recovered ? $recovered : (string) WC()->session->get_customer_id();
}

/**
 * Records the visitor's cart whenever WooCommerce changes it.
 *
 * @return void
 */
function shopcx_wc_cart_updated() {
	if ( ! function_exists( 'WC' ) || ! WC()->cart || ! WC()->session ) {
		return;
	}
	$items = (int) WC()->cart->get_cart_contents_count();
	// WooCommerce fires this on every request that loads an empty cart (any visitor, any bot, every
	// Store API call): an empty cart is recorded only for a session that had one recorded before.
	if ( 0 === $items && ! WC()->session->get( 'shopcx_cart_recorded' ) ) {
		return;
	}
	$user  = get_current_user_id();
	$email = $user ? (string) wp_get_current_user()->user_email : (string) WC()->session->get( 'shopcx_email', '' );
	WC()->session->set( 'shopcx_cart_recorded', true );
	shopcx_wc_record_cart(
		shopcx_wc_cart_key(),
		array(
			'customer_id' => $user,
			'email'       => $email,
			'consent'     => (bool) apply_filters( 'shopcx_wc_cart_consent', shopcx_wc_session_consent( $user ), $user ),
			'items'       => $items,
			'value'       => (float) WC()->cart->get_cart_contents_total(),
			'currency'    => get_woocommerce_currency(),
		),
		shopcx_wc_now()
	);
}
add_action( 'woocommerce_cart_updated', 'shopcx_wc_cart_updated' );

/**
 * Checkout: a consent box for cart reminders, unticked by default. The classic checkout posts its
 * form (woocommerce_checkout_update_order_review) only when an address field, the shipping method
 * or a field inside .update_totals_on_change changes (WooCommerce 11's checkout.js): so the box is
 * one of those, or ticking it would tell the shop nothing until the customer changed an address.
 *
 * @return void
 */
function shopcx_wc_consent_field() {
	printf(
		'<p class="form-row shopcx-consent update_totals_on_change"><label><input type="checkbox" name="shopcx_cart_consent" value="1"%s> %s</label></p>',
		checked( function_exists( 'WC' ) && WC()->session && shopcx_wc_session_consent( get_current_user_id() ), true, false ),
		esc_html( (string) shopcx_wc_option( 'shopcx_wc_cart_consent_text' ) )
	);
}
add_action( 'woocommerce_review_order_before_submit', 'shopcx_wc_consent_field' );

/**
 * The classic checkout's e-mail field posts the form when it changes too (it is no address field,
 * so WooCommerce's checkout.js would not): a guest who ticked the box and then typed the address is
 * known before leaving.
 *
 * @param array<string, array<string, mixed>> $fields Billing fields.
 * @return array<string, array<string, mixed>>
 */
function shopcx_wc_billing_email_updates_checkout( $fields ) {
	if ( isset( $fields['billing_email'] ) && is_array( $fields['billing_email'] ) ) {
		$fields['billing_email']['class']   = (array) ( $fields['billing_email']['class'] ?? array() );
		$fields['billing_email']['class'][] = 'update_totals_on_change';
	}
	return $fields;
}
add_filter( 'woocommerce_billing_fields', 'shopcx_wc_billing_email_updates_checkout' );

/**
 * While the customer fills in the checkout, WooCommerce posts the form: keep the guest's e-mail
 * address and consent in the session, so an abandoned checkout can be reminded.
 *
 * @param string $post_data The checkout form, URL-encoded.
 * @return void
 */
function shopcx_wc_checkout_update( $post_data ) {
	if ( ! function_exists( 'WC' ) || ! WC()->session ) {
		return;
	}
	parse_str( (string) $post_data, $form );
	$email = isset( $form['billing_email'] ) && is_string( $form['billing_email'] ) ? sanitize_email( $form['billing_email'] ) : '';
	if ( is_email( $email ) ) {
		WC()->session->set( 'shopcx_email', $email );
	}
	WC()->session->set( 'shopcx_consent', ! empty( $form['shopcx_cart_consent'] ) );
	shopcx_wc_cart_updated();
}
add_action( 'woocommerce_checkout_update_order_review', 'shopcx_wc_checkout_update' );

/**
 * The cart became an order: no reminder for it any more.
 *
 * @param int $order_id Order id.
 * @return void
 */
function shopcx_wc_cart_ordered( $order_id ) {
	global $wpdb;
	if ( ! function_exists( 'WC' ) || ! WC()->session ) {
		return;
	}
	$wpdb->update(
		shopcx_wc_cart_table(),
		array(
			'status'     => 'ordered',
			'ordered_at' => shopcx_wc_now(),
		),
		array( 'cart_key' => shopcx_wc_cart_key() )
	);
}
add_action( 'woocommerce_checkout_order_processed', 'shopcx_wc_cart_ordered' );

/**
 * The cron job: sends every due reminder once. A step is claimed (the reminders column compared
 * and updated in one statement) before its mail goes out, so overlapping runs cannot both send it.
 * The mail is the WooCommerce e-mail ShopCx_WC_Email_Cart_Reminder (includes/cart-reminder-mail.php):
 * while it is switched off under WooCommerce > Settings > Emails nothing is claimed or sent.
 *
 * @param int|null $now Unix time.
 * @return int reminders sent
 */
function shopcx_wc_send_cart_reminders( $now = null ) {
	global $wpdb;
	$mail = shopcx_wc_cart_reminder_email();
	if ( null === $mail || ! $mail->is_enabled() ) {
		return 0;
	}
	$now   = null === $now ? shopcx_wc_now() : (int) $now;
	$table = shopcx_wc_cart_table();
	// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$rows = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT id AS row_id, cart_key AS id, customer_id AS customer, email, consent, opted_out, items, value, currency,
			        status, created_at, updated_at, reminders
			   FROM $table WHERE status = 'open' AND updated_at > %d AND updated_at <= %d",
			$now - 8 * DAY_IN_SECONDS,
			$now
		),
		ARRAY_A
	);
	// phpcs:enable
	// The outreach policy sees each customer's contact history: a reminder it refuses (cool-down,
	// cap) is held back by the scan and comes again on a later run.
	// Opted out is the suppression list's answer, for the detector and the policy alike (the row's
	// flag is not: a cart started after an erasure has none).
	$histories  = shopcx_wc_outreach_histories( array_column( (array) $rows, 'email' ), $now );
	$suppressed = shopcx_wc_opted_out_among( array_column( (array) $rows, 'email' ), 'cart' );
	foreach ( (array) $rows as $i => $row ) {
		$email                         = strtolower( trim( (string) $row['email'] ) );
		$rows[ $i ]['opted_out']       = isset( $suppressed[ $email ] );
		$rows[ $i ]['outreach']        = $histories[ $email ] ?? array();
		$rows[ $i ]['outreachContext'] = array(
			'consent'  => (bool) $row['consent'],
			'optedOut' => isset( $suppressed[ $email ] ),
		);
	}
	$detector = shopcx_wc_detector();
	$sent     = 0;
	// A corrupt row (edited by hand, a bad import) is logged and passed over instead of
	// holding back every other reminder of this run.
	$scan = $detector->scan( (array) $rows, $now, shopcx_wc_policy() )->skipInvalid();
	foreach ( $scan as $cart => $decision ) {
		if ( null === $decision || null === $decision->step ) {
			continue; // The scan yields due carts, which always have a step.
		}
		$before = $cart['reminders'];
		$after  = wp_json_encode( array_merge( json_decode( $before, true ), array( $now ) ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$claimed = $wpdb->query( $wpdb->prepare( "UPDATE $table SET reminders = %s WHERE id = %d AND reminders = %s", $after, $cart['row_id'], $before ) );
		if ( 1 !== $claimed ) {
			continue;
		}
		$link   = add_query_arg( 'shopcx_cart', rawurlencode( $detector->recoveryToken( shopcx_wc_tokens(), $cart['id'], $decision->step, $now ) ), wc_get_cart_url() );
		$optout = shopcx_wc_optout_url( 'cart', array( 'cart' => (string) $cart['id'] ), $now );
		if ( $mail->trigger( $cart, $link, $optout ) ) {
			shopcx_wc_outreach_record( $cart['email'], 'cart', $now );
			++$sent;
		}
	}
	foreach ( $scan->invalidRows() as $bad ) {
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- an admin must see this in the log.
		error_log( sprintf( 'ShopCX cart reminders: cart row %d skipped: %s', $bad['row'], $bad['error'] ) );
	}
	return $sent;
}
add_action( 'shopcx_wc_cart_reminders', 'shopcx_wc_send_cart_reminders', 10, 0 );

/**
 * Verifies a recovery link (opt-out links: includes/optout.php).
 *
 * @param string $token   Token from the link.
 * @param string $purpose "cart".
 * @param int    $now     Unix time.
 * @return string|WP_Error the cart key
 */
function shopcx_wc_verify_cart_link( $token, $purpose, $now ) {
	try {
		return (string) shopcx_wc_detector()->recover( shopcx_wc_tokens(), (string) $token, $now )->cartId;
	} catch ( \ShopCx\TokenException | \ValueError $e ) {
		return new WP_Error( 'shopcx_bad_link', __( 'This link is not valid (any more).', 'shopcx-woocommerce' ), array( 'status' => 403 ) );
	}
}

/**
 * Recovery links are checked before the cart page shows (opt-out links: includes/optout.php).
 *
 * @return void
 */
function shopcx_wc_cart_links() {
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- signed links, not forms.
	if ( ! isset( $_GET['shopcx_cart'] ) ) {
		return;
	}
	$key = shopcx_wc_verify_cart_link( sanitize_text_field( wp_unslash( $_GET['shopcx_cart'] ) ), 'cart', shopcx_wc_now() );
	// phpcs:enable
	if ( is_wp_error( $key ) ) {
		wp_die( esc_html__( 'This link is not valid (any more).', 'shopcx-woocommerce' ), 403 );
	}
	shopcx_wc_restore_cart( $key );
}

/**
 * Puts the reminded cart's items into this visitor's cart: the link is opened in the mail app's
 * browser, on a phone, days later, where WooCommerce's session cookie of the abandoned cart is not.
 * The items come from that cart's WooCommerce session (wp_woocommerce_sessions, WC_Session_Handler
 * ::get_session(), which keeps it for 48 hours by default; a registered customer's cart also comes
 * back by logging in). Lines already in this cart are not added again, so opening the link twice
 * changes nothing; a product no longer for sale is left out by add_to_cart() with WooCommerce's notice.
 * The session then records under the reminded cart's key (shopcx_wc_cart_key()).
 *
 * @param string $key The reminded cart's key.
 * @return int Lines added.
 */
function shopcx_wc_restore_cart( $key ) {
	if ( ! function_exists( 'WC' ) || ! WC()->session || ! WC()->cart ) {
		return 0;
	}
	$session = WC()->session;
	$own     = (string) $session->get_customer_id() === $key;
	// First the key, then the items: the cart updates that add_to_cart() fires record the reminded row.
	$session->set( 'shopcx_cart_key', $key );
	global $wpdb;
	$row = $wpdb->get_row( $wpdb->prepare( 'SELECT email, consent FROM ' . shopcx_wc_cart_table() . ' WHERE cart_key = %s', $key ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the table name is ours; a fresh read.
	if ( is_array( $row ) && '' !== $row['email'] && ! $session->get( 'shopcx_email' ) ) {
		$session->set( 'shopcx_email', $row['email'] ); // A guest's address stays known, as when they left.
		$session->set( 'shopcx_consent', '1' === (string) $row['consent'] );
	}
	$added = 0;
	if ( ! $own && method_exists( $session, 'get_session' ) ) {
		foreach ( shopcx_wc_saved_cart_lines( $key ) as $line ) {
			$product   = (int) $line['product_id'];
			$variation = (int) ( $line['variation_id'] ?? 0 );
			$attrs     = isset( $line['variation'] ) && is_array( $line['variation'] ) ? $line['variation'] : array();
			if ( WC()->cart->find_product_in_cart( WC()->cart->generate_cart_id( $product, $variation, $attrs ) ) ) {
				continue;
			}
			if ( WC()->cart->add_to_cart( $product, max( 1, (int) $line['quantity'] ), $variation, $attrs ) ) {
				++$added;
			}
		}
	}
	return $added;
}
add_action( 'template_redirect', 'shopcx_wc_cart_links' );

/**
 * Every ten minutes: Action Scheduler when WooCommerce ships it, WP-Cron otherwise.
 *
 * @return void
 */
function shopcx_wc_schedule_reminders() {
	if ( function_exists( 'as_schedule_recurring_action' ) ) {
		if ( ! as_has_scheduled_action( 'shopcx_wc_cart_reminders' ) ) {
			as_schedule_recurring_action( time() + 60, 10 * MINUTE_IN_SECONDS, 'shopcx_wc_cart_reminders', array(), 'shopcx' );
		}
	} elseif ( ! wp_next_scheduled( 'shopcx_wc_cart_reminders' ) ) {
		wp_schedule_event( time() + 60, 'shopcx_ten_minutes', 'shopcx_wc_cart_reminders' );
	}
}
add_action( 'init', 'shopcx_wc_schedule_reminders' );

/*
 * The schedule's label is translated only from after_setup_theme on: WooCommerce (its Jetpack
 * connection) schedules an event during plugins_loaded, which runs this filter, and WordPress 6.7+
 * logs a notice for a translation loaded that early.
 */
add_filter(
	'cron_schedules',
	function ( $schedules ) {
		$schedules['shopcx_ten_minutes'] = array(
			'interval' => 10 * MINUTE_IN_SECONDS,
			'display'  => did_action( 'after_setup_theme' ) ? __( 'Every ten minutes', 'shopcx-woocommerce' ) : 'Every ten minutes',
		);
		return $schedules;
	}
);
