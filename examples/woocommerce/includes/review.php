<?php
/**
 * Review invitations after completed orders, and the token-verified review form.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * Signs review links (ShopCx\Review\Invitation, 60 days).
 *
 * @return \ShopCx\Review\Invitation
 */
function shopcx_wc_invitations() {
	return shopcx_wc_memo( 'invitations', fn() => new \ShopCx\Review\Invitation( shopcx_wc_tokens() ) );
}

/**
 * Adds the invitation e-mail to WooCommerce's e-mails (so shops can edit and theme it).
 *
 * @param array<string, WC_Email> $emails WC_Email objects by class name.
 * @return array<string, WC_Email>
 */
function shopcx_wc_email_classes( $emails ) {
	require_once SHOPCX_WC_DIR . '/includes/class-shopcx-wc-email-review.php';
	$emails['ShopCx_WC_Email_Review'] = new ShopCx_WC_Email_Review();
	return $emails;
}
add_filter( 'woocommerce_email_classes', 'shopcx_wc_email_classes' );

/**
 * Schedules the invitation job of an order (Action Scheduler when present, WP-Cron otherwise),
 * unless it is already waiting.
 *
 * @param int $order_id Order id.
 * @param int $at       Unix time.
 * @return void
 */
function shopcx_wc_schedule_review_invitation( $order_id, $at ) {
	$args = array( (int) $order_id );
	if ( function_exists( 'as_schedule_single_action' ) ) {
		if ( ! as_has_scheduled_action( 'shopcx_wc_review_invitation', $args, 'shopcx' ) ) {
			as_schedule_single_action( $at, 'shopcx_wc_review_invitation', $args, 'shopcx' );
		}
	} elseif ( ! wp_next_scheduled( 'shopcx_wc_review_invitation', $args ) ) {
		wp_schedule_single_event( $at, 'shopcx_wc_review_invitation', $args );
	}
}

/**
 * Order completed: schedule the invitation after the configured delay.
 *
 * @param int $order_id Order id.
 * @return void
 */
function shopcx_wc_order_completed( $order_id ) {
	shopcx_wc_schedule_review_invitation( (int) $order_id, shopcx_wc_now() + (int) shopcx_wc_option( 'shopcx_wc_review_delay' ) * DAY_IN_SECONDS );
}
add_action( 'woocommerce_order_status_completed', 'shopcx_wc_order_completed' );

/**
 * Sends the invitation e-mail of an order, when the outreach policy allows it now; otherwise
 * the job is moved to the moment the policy names (none: the invitation is dropped, e.g. the
 * customer opted out).
 *
 * @param int $order_id Order id.
 * @return string "sent", "postponed", "dropped" or "skipped"
 */
function shopcx_wc_send_review_invitation( $order_id ) {
	$order  = wc_get_order( (int) $order_id );
	$emails = WC()->mailer()->get_emails();
	$mail   = $emails['ShopCx_WC_Email_Review'] ?? null;
	if ( ! $order instanceof WC_Order || ! $mail instanceof ShopCx_WC_Email_Review ) {
		return 'skipped';
	}
	$now      = shopcx_wc_now();
	$email    = (string) $order->get_billing_email();
	$decision = shopcx_wc_outreach_decide( 'review', $email, $now, array( 'optedOut' => shopcx_wc_opted_out( $email, 'review' ) ) );
	if ( ! $decision->allowed ) {
		if ( null === $decision->notBefore ) {
			return 'dropped';
		}
		shopcx_wc_schedule_review_invitation( (int) $order_id, (int) $decision->notBefore );
		return 'postponed';
	}
	if ( ! $mail->trigger( (int) $order_id ) ) {
		return 'skipped';
	}
	shopcx_wc_outreach_record( $email, 'review', $now );
	return 'sent';
}
add_action( 'shopcx_wc_review_invitation', 'shopcx_wc_send_review_invitation' );

/**
 * Review links of an order: product id => URL.
 *
 * @param WC_Order $order Order.
 * @param int      $now   Unix time.
 * @return array<int, string>
 */
function shopcx_wc_review_links( $order, $now ) {
	$links = array();
	foreach ( $order->get_items() as $item ) {
		if ( ! $item instanceof WC_Order_Item_Product ) {
			continue; // Shipping, fees, coupons: nothing to review.
		}
		$product_id           = (int) $item->get_product_id();
		$token                = shopcx_wc_invitations()->issue( (string) $order->get_id(), (string) $product_id, (string) $order->get_billing_email(), $now );
		$links[ $product_id ] = add_query_arg( 'shopcx_review', rawurlencode( $token ), get_permalink( $product_id ) );
	}
	return $links;
}

/**
 * Stores a review posted through an invitation link, as a verified-buyer product review.
 *
 * @param array<string, mixed> $post Posted fields: shopcx_review (token), rating, comment, _wpnonce.
 * @param int                  $now  Unix time.
 * @return int|WP_Error comment id
 */
function shopcx_wc_submit_review( array $post, $now ) {
	global $wpdb;
	if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), 'shopcx_review' ) ) {
		return new WP_Error( 'shopcx_nonce', __( 'The form has expired: reload the page and try again.', 'shopcx-woocommerce' ), array( 'status' => 403 ) );
	}
	try {
		$v = shopcx_wc_invitations()->verify( (string) ( $post['shopcx_review'] ?? '' ), $now );
	} catch ( \ShopCx\TokenException | \ValueError $e ) {
		return new WP_Error( 'shopcx_token', __( 'This review link is not valid (any more).', 'shopcx-woocommerce' ), array( 'status' => 403 ) );
	}
	// The form's option values exactly: (int) read "5' OR '1'='1" as 5, "4.9" as 4 and " 3" as 3.
	$raw    = $post['rating'] ?? '';
	$rating = ( is_int( $raw ) || is_string( $raw ) ) && preg_match( '/^[1-5]$/D', (string) $raw ) ? (int) $raw : 0;
	if ( $rating < 1 || $rating > 5 ) {
		return new WP_Error( 'shopcx_rating', __( 'Choose 1 to 5 stars.', 'shopcx-woocommerce' ), array( 'status' => 400 ) );
	}
	$text    = trim( (string) ( $post['comment'] ?? '' ) );
	$verdict = shopcx_wc_moderator()->check( $text );
	if ( 'reject' === $verdict->decision ) {
		return new WP_Error( 'shopcx_rejected', $verdict->reasons[0]['message'] ?? __( 'This review cannot be published.', 'shopcx-woocommerce' ), array( 'status' => 400 ) );
	}
	// One review per order item: the first post claims the item's key in a table whose primary key
	// it is. A check followed by an insert let two concurrent posts of one link both store a review.
	shopcx_wc_maybe_upgrade(); // The claims table, on a site whose admin was not opened since the update.
	$claims = shopcx_wc_review_claim_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$claimed = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $claims (review_key, claimed_at) VALUES (%s, %d)", $v->key, $now ) );
	if ( false === $claimed ) {
		// The database refused the write (read-only, gone away): nothing was claimed, the customer may
		// try again; not "already reviewed", which would make them give up on a review never stored.
		return new WP_Error( 'shopcx_store', __( 'The review could not be stored.', 'shopcx-woocommerce' ), array( 'status' => 503 ) );
	}
	if ( 1 !== $claimed ) {
		return new WP_Error( 'shopcx_replay', __( 'You have already reviewed this product for this order.', 'shopcx-woocommerce' ), array( 'status' => 409 ) );
	}
	$order = wc_get_order( (int) $v->orderId );
	$order = $order instanceof WC_Order ? $order : null;
	$id    = wp_insert_comment(
		array(
			'comment_post_ID'      => (int) $v->itemId,
			'comment_author'       => $order ? $order->get_billing_first_name() : '',
			'comment_author_email' => $order ? $order->get_billing_email() : '',
			'comment_content'      => wp_strip_all_tags( $verdict->redacted ),
			'comment_type'         => 'review',
			'comment_approved'     => 'approve' === $verdict->decision ? 1 : 0,
		)
	);
	if ( ! $id ) {
		// Not stored: free the order item again so the customer can retry.
		$wpdb->delete( $claims, array( 'review_key' => $v->key ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return new WP_Error( 'shopcx_store', __( 'The review could not be stored.', 'shopcx-woocommerce' ), array( 'status' => 500 ) );
	}
	add_comment_meta( $id, 'rating', $rating, true );
	add_comment_meta( $id, 'verified', 1, true );
	add_comment_meta( $id, 'shopcx_review_key', $v->key, true );
	add_comment_meta( $id, 'shopcx_verification', wp_json_encode( $v->toArray() ), true );
	$wpdb->update( $claims, array( 'comment_id' => (int) $id ), array( 'review_key' => $v->key ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	if ( class_exists( 'WC_Comments' ) ) {
		// WooCommerce recounts a product's rating when a comment is stored (wp_update_comment_count), which
		// wp_insert_comment() did before the rating meta above existed: in a real WooCommerce 11 shop the
		// product kept _wc_average_rating 0 and no stars in its summary. WooCommerce's own form recounts
		// after adding the rating (WC_Comments::add_comment_rating()); so does this one.
		WC_Comments::clear_transients( (int) $v->itemId );
	}
	return (int) $id;
}

/**
 * Word lists and personal-data redaction for reviews.
 *
 * @return \ShopCx\Review\Moderator
 */
function shopcx_wc_moderator() {
	return shopcx_wc_memo( 'moderator', fn() => new \ShopCx\Review\Moderator( shopcx_wc_moderator_options( 'shopcx_wc_option' ) ) );
}

/**
 * On a product page opened from an invitation link: handles the post, then gives the form (or
 * the answer to the post); '' on any other page.
 *
 * @return string HTML
 */
function shopcx_wc_review_form_html() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the signed token is checked below.
	if ( ! is_singular( 'product' ) || ! isset( $_GET['shopcx_review'] ) ) {
		return '';
	}
	$answer = shopcx_wc_review_post_answer();
	if ( null !== $answer ) {
		// The form is printed inside the page, so the answer to a post is its message, not a page of its own.
		return '<p class="shopcx-review-result">' . esc_html( $answer['message'] ) . '</p>';
	}
	// No rating chosen in advance: a preselected five would count for every customer who only writes.
	$form  = '<form method="post" class="shopcx-review">' . wp_nonce_field( 'shopcx_review', '_wpnonce', true, false );
	$form .= '<label>' . esc_html__( 'Rating', 'shopcx-woocommerce' ) . ' <select name="rating" required><option value="">' . esc_html__( 'Choose a rating', 'shopcx-woocommerce' ) . '</option>';
	for ( $i = 5; $i >= 1; $i-- ) {
		/* translators: %d: number of stars, 1 to 5. */
		$form .= '<option value="' . $i . '" aria-label="' . esc_attr( sprintf( _n( '%d star', '%d stars', $i, 'shopcx-woocommerce' ), $i ) ) . '">' . str_repeat( '★', $i ) . '</option>';
	}
	$form .= '</select></label><label>' . esc_html__( 'Your review', 'shopcx-woocommerce' ) . ' <textarea name="comment" required></textarea></label><button type="submit">' . esc_html__( 'Submit review', 'shopcx-woocommerce' ) . '</button>';
	$form .= '<p class="shopcx-disclosure">' . esc_html( \ShopCx\Review\Invitation::disclosure( shopcx_wc_lang() ) ) . '</p></form>';
	return $form;
}

/**
 * The answer to a review form posted through an invitation link on this product page, worked out
 * once per request (the first call posts, later calls of the same request repeat its answer).
 * Posts only: opening the product page is a normal page view.
 *
 * @return array{status: int, message: string}|null null when this request is no such post
 */
function shopcx_wc_review_post_answer() {
	// phpcs:disable WordPress.Security.NonceVerification -- the signed token and the form's nonce are checked in shopcx_wc_submit_review().
	if ( ! is_singular( 'product' ) || ! isset( $_GET['shopcx_review'] ) || ! isset( $_SERVER['REQUEST_METHOD'] ) || 'POST' !== sanitize_text_field( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) {
		return null;
	}
	$token = sanitize_text_field( wp_unslash( $_GET['shopcx_review'] ) );
	$key   = md5( $token . '|' . wp_json_encode( $_POST ) );
	if ( ! isset( $GLOBALS['shopcx_wc_review_answers'][ $key ] ) ) {
		if ( shopcx_wc_rate_limit_hit( 'review' ) ) {
			$answer = array(
				'status'  => 429,
				'message' => __( 'Too many requests. Please wait a moment and try again.', 'shopcx-woocommerce' ),
			);
		} else {
			$result = shopcx_wc_submit_review( wp_unslash( $_POST ) + array( 'shopcx_review' => $token ), shopcx_wc_now() );
			$answer = array(
				'status'  => is_wp_error( $result ) ? (int) ( $result->get_error_data()['status'] ?? 400 ) : 200,
				'message' => is_wp_error( $result ) ? $result->get_error_message() : __( 'Thank you for your review!', 'shopcx-woocommerce' ),
			);
		}
		$GLOBALS['shopcx_wc_review_answers'][ $key ] = $answer;
	}
	// phpcs:enable
	return $GLOBALS['shopcx_wc_review_answers'][ $key ];
}

/**
 * A review post is answered before the product page is sent, so that the page's HTTP status can
 * say what its message says when the customer should try again later: 503 when the database
 * refused the write (read-only, gone away) and 429 for too many requests, as the survey form
 * answers, so that caches and monitors see it (printed inside the page, the answer came too late for
 * the status: a refused review was a product page with 200). Any other answer (thanks, already
 * reviewed, not valid) keeps the product page's 200.
 *
 * @return void
 */
function shopcx_wc_review_post_status() {
	$answer = shopcx_wc_review_post_answer();
	if ( null !== $answer && in_array( $answer['status'], array( 429, 503 ), true ) ) {
		nocache_headers();
		status_header( $answer['status'] );
	}
}
add_action( 'template_redirect', 'shopcx_wc_review_post_status' );

/**
 * Prints the review form under the product summary. Not through the_content: WooCommerce calls it
 * on a product page only inside the Description tab, and not at all for a product without a
 * description (a real WooCommerce 11 shop showed the invitation's link opening a product page
 * without the form). woocommerce_after_single_product_summary runs in the classic template and,
 * through WooCommerce's compatibility layer, in the block template (after the product details).
 *
 * @return void
 */
function shopcx_wc_print_review_form() {
	echo shopcx_wc_review_form_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
}
add_action( 'woocommerce_after_single_product_summary', 'shopcx_wc_print_review_form', 5 );
