<?php
/**
 * The survey form behind an invitation link (token-verified, nonce-checked, one answer per
 * order). Its opt-out link is answered in includes/optout.php.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * The refusal of a survey link that is forged, expired or for a survey the shop does not offer.
 *
 * @return WP_Error
 */
function shopcx_wc_survey_link_invalid() {
	return new WP_Error( 'shopcx_token', __( 'This survey link is not valid (any more).', 'shopcx-woocommerce' ), array( 'status' => 403 ) );
}

/**
 * Checks a survey link: authentic, unexpired, for a survey the shop offers, and for an order
 * that was invited to exactly that survey.
 *
 * @param string $token Token from the link.
 * @param int    $now   Unix time.
 * @return array<string, mixed>|WP_Error the survey row
 */
function shopcx_wc_survey_row_for_token( $token, $now ) {
	global $wpdb;
	try {
		$claims = shopcx_wc_tokens()->verify( (string) $token, 'survey', $now );
	} catch ( \ShopCx\TokenException | \ValueError $e ) {
		return shopcx_wc_survey_link_invalid();
	}
	$t = shopcx_wc_survey_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM $t WHERE order_id = %d", (int) ( $claims['order'] ?? 0 ) ), ARRAY_A );
	if ( ! $row || ( $claims['survey'] ?? '' ) !== $row['survey'] || ! shopcx_wc_survey( (string) $row['survey'] ) ) {
		return shopcx_wc_survey_link_invalid();
	}
	if ( null !== $row['answered_at'] ) {
		return new WP_Error( 'shopcx_replay', __( 'This survey has already been answered. Thank you!', 'shopcx-woocommerce' ), array( 'status' => 409 ) );
	}
	return $row;
}

/**
 * Stores the answers posted through a survey link, once per order.
 *
 * @param array<string, mixed> $post  Posted fields: answers[question id], _wpnonce.
 * @param string               $token Token from the link.
 * @param int                  $now   Unix time.
 * @return int|WP_Error the survey row id
 */
function shopcx_wc_submit_survey( array $post, $token, $now ) {
	global $wpdb;
	if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), 'shopcx_survey' ) ) {
		return new WP_Error( 'shopcx_nonce', __( 'The form has expired: reload the page and try again.', 'shopcx-woocommerce' ), array( 'status' => 403 ) );
	}
	$row = shopcx_wc_survey_row_for_token( $token, $now );
	if ( is_wp_error( $row ) ) {
		return $row;
	}
	$survey = shopcx_wc_survey( (string) $row['survey'] );
	if ( null === $survey ) { // The row was checked above; a survey the shop no longer offers is a bad link.
		return shopcx_wc_survey_link_invalid();
	}
	$posted  = is_array( $post['answers'] ?? null ) ? $post['answers'] : array();
	$answers = array();
	$known   = array();
	foreach ( $survey->questions( shopcx_wc_lang() ) as $q ) {
		$known[] = (string) $q['id'];
		// An unanswered question is left out (validate() names it).
		if ( isset( $posted[ $q['id'] ] ) && is_scalar( $posted[ $q['id'] ] ) && '' !== $posted[ $q['id'] ] ) {
			$answers[ $q['id'] ] = (string) $posted[ $q['id'] ];
		}
	}
	// An answer to a question the survey does not have: the whole post is refused (validate() names
	// it: "contains unknown question ..."), not stored without it as if the form had been sent whole.
	foreach ( array_keys( $posted ) as $id ) {
		if ( ! in_array( (string) $id, $known, true ) ) {
			$answers[ mb_strcut( (string) $id, 0, 64, 'UTF-8' ) ] = '';
		}
	}
	try {
		$answers = $survey->validate( $answers );
	} catch ( \ValueError $e ) {
		// "...validate(): Argument #1 ($answers) answer to "ces" must be ..." -> the part after "($answers) ".
		$why = preg_replace( '/^.*\(\$answers\)\s*/s', '', $e->getMessage() );
		/* translators: %s: what is wrong with the answers. */
		return new WP_Error( 'shopcx_answers', sprintf( __( 'Your answers were not saved: %s.', 'shopcx-woocommerce' ), $why ), array( 'status' => 400 ) );
	}
	$t = shopcx_wc_survey_table();
	// The first answer wins: a replayed or double-clicked form changes nothing.
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$stored = $wpdb->query( $wpdb->prepare( "UPDATE $t SET answers = %s, answered_at = %d, status = 'answered' WHERE id = %d AND answered_at IS NULL", wp_json_encode( $answers ), $now, $row['id'] ) );
	if ( false === $stored ) {
		// The database refused the write (read-only, gone away): not "already answered", which would
		// thank the customer for answers never stored; they can send the form again in a moment.
		return new WP_Error( 'shopcx_store', __( 'Your answers could not be stored just now. Please send the form again in a moment.', 'shopcx-woocommerce' ), array( 'status' => 503 ) );
	}
	if ( 1 !== $stored ) {
		return new WP_Error( 'shopcx_replay', __( 'This survey has already been answered. Thank you!', 'shopcx-woocommerce' ), array( 'status' => 409 ) );
	}
	return (int) $row['id'];
}

/**
 * The form for a survey row, whatever the survey: the built-in ones, the conversation survey and a
 * custom one (scales, yes/no, comments). Every value escaped: texts come from ShopCX in the site
 * language and form of address, a custom survey's from the merchant's JSON.
 *
 * @param array<string, mixed> $row Survey row (from shopcx_wc_survey_row_for_token()).
 * @return string HTML
 */
function shopcx_wc_survey_form_html( array $row ) {
	$survey = shopcx_wc_survey( (string) $row['survey'] );
	if ( null === $survey ) { // Not from shopcx_wc_survey_row_for_token(), which refuses such rows.
		return '<p class="shopcx-survey-error">' . esc_html( shopcx_wc_survey_link_invalid()->get_error_message() ) . '</p>';
	}
	$html = '<form method="post" class="shopcx-survey">' . wp_nonce_field( 'shopcx_survey', '_wpnonce', true, false );
	foreach ( $survey->questions( shopcx_wc_lang() ) as $q ) {
		$name = 'answers[' . $q['id'] . ']';
		if ( 'comment' === $q['metric'] ) {
			$html .= '<p><label for="shopcx-q-' . esc_attr( $q['id'] ) . '">' . esc_html( $q['text'] ) . '</label><br>';
			$html .= '<textarea id="shopcx-q-' . esc_attr( $q['id'] ) . '" name="' . esc_attr( $name ) . '" maxlength="2000" rows="4"></textarea></p>';
			continue;
		}
		$html .= '<fieldset><legend>' . esc_html( $q['text'] ) . '</legend>';
		for ( $v = (int) $q['min']; $v <= (int) $q['max']; $v++ ) {
			if ( 'yesno' === $q['metric'] ) {
				$label = (string) ( $q['labels'][ $v ] ?? ( $v ? 'yes' : 'no' ) ); // ShopCX's "no" / "yes" in the survey's language.
			} else {
				$label = isset( $q['labels'][ $v ] ) ? $v . ' (' . $q['labels'][ $v ] . ')' : (string) $v;
			}
			$html .= '<label><input type="radio" name="' . esc_attr( $name ) . '" value="' . esc_attr( (string) $v ) . '"' . ( $q['required'] ? ' required' : '' ) . '> ' . esc_html( $label ) . '</label> ';
		}
		$html .= '</fieldset>';
	}
	return $html . '<p><button type="submit">' . esc_html__( 'Send my answers', 'shopcx-woocommerce' ) . '</button></p></form>';
}

/**
 * What the survey page shows for a request: the form, a thank-you, or a clear refusal.
 *
 * @param string               $method HTTP method.
 * @param string               $token  Token from the link.
 * @param array<string, mixed> $post   Posted fields (unslashed).
 * @param int                  $now    Unix time.
 * @return array{status:int,html:string}
 */
function shopcx_wc_survey_response( $method, $token, array $post, $now ) {
	if ( 'POST' === $method ) {
		$result = shopcx_wc_submit_survey( $post, $token, $now );
		if ( ! is_wp_error( $result ) ) {
			return array(
				'status' => 200,
				'html'   => '<p class="shopcx-survey-result">' . esc_html__( 'Thank you for your answers!', 'shopcx-woocommerce' ) . '</p>',
			);
		}
	} else {
		$result = shopcx_wc_survey_row_for_token( $token, $now );
		if ( ! is_wp_error( $result ) ) {
			return array(
				'status' => 200,
				'html'   => shopcx_wc_survey_form_html( $result ),
			);
		}
	}
	$status = (int) ( $result->get_error_data()['status'] ?? 400 );
	$html   = '<p class="shopcx-survey-error">' . esc_html( $result->get_error_message() ) . '</p>';
	// Wrong answers: show the form again (the token is fine).
	if ( 'shopcx_answers' === $result->get_error_code() ) {
		$row   = shopcx_wc_survey_row_for_token( $token, $now );
		$html .= is_wp_error( $row ) ? '' : shopcx_wc_survey_form_html( $row );
	}
	return array(
		'status' => $status,
		'html'   => $html,
	);
}

/**
 * Survey links land on the home page: answer them with a page of their own.
 *
 * @return void
 */
function shopcx_wc_survey_links_handler() {
	// phpcs:disable WordPress.Security.NonceVerification -- signed links; the form's nonce is checked inside.
	if ( ! isset( $_GET['shopcx_survey'] ) ) {
		return;
	}
	shopcx_wc_rate_limit_page( 'survey' );
	$method = isset( $_SERVER['REQUEST_METHOD'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) : 'GET';
	$page   = shopcx_wc_survey_response( $method, sanitize_text_field( wp_unslash( $_GET['shopcx_survey'] ) ), wp_unslash( $_POST ), shopcx_wc_now() );
	// phpcs:enable
	nocache_headers();
	status_header( $page['status'] );
	wc_get_template(
		'shopcx-survey.php',
		array(
			'title' => __( 'Your opinion', 'shopcx-woocommerce' ),
			'body'  => $page['html'],
		),
		'',
		SHOPCX_WC_DIR . '/templates/'
	);
	exit;
}
add_action( 'template_redirect', 'shopcx_wc_survey_links_handler' );
