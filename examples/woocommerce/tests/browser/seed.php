<?php
/**
 * Seeds the test site for the browser walk and prints what the walk needs as JSON: the FAQ page,
 * the survey link, the expected report numbers. Runs once, after PHPUnit, with the browser site's
 * must-use plugin loaded (its fixed clock), so tokens and reports match what the server shows.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$_SERVER['HTTP_HOST']   = parse_url( getenv( 'SHOPCX_WP_HOME' ), PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';
global $wpdb;

foreach ( array( shopcx_wc_survey_table(), shopcx_wc_outreach_table(), shopcx_wc_cart_table() ) as $table ) {
	$wpdb->query( "TRUNCATE $table" );
}
$wpdb->query( "DELETE FROM {$wpdb->posts} WHERE post_type IN ('shopcx_faq', 'page', 'product')" );
$wpdb->query( "DELETE FROM {$wpdb->comments}" );
foreach ( array_keys( shopcx_wc_defaults() ) as $option ) {
	delete_option( $option );
}
update_option( 'show_avatars', 0 );
switch_theme( 'shopcx-test' ); // tests/browser/theme: head, the content, footer.
get_role( 'administrator' )->add_cap( 'manage_woocommerce' ); // As WooCommerce grants it.

// FAQ: three entries (the index is rebuilt on save) and a page with the shortcode and the block.
$faq = array(
	'How do I return an item?'     => 'Use the return form within 30 days; the label is free.',
	'When is my parcel delivered?' => 'Orders before 22:00 arrive the next working day.',
	'Can I pay by invoice?'        => 'Yes, for orders up to 500 euros.',
);
foreach ( $faq as $question => $answer ) {
	wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => $question, 'post_content' => $answer ) );
}
$faq_page   = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Help', 'post_content' => '[shopcx_faq]' ) );
$block_page = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Returns', 'post_content' => '<!-- wp:shopcx/faq {"query":"return"} /-->' ) );
// Dutch FAQ (issue 21, tests/browser/walk-faq.mjs): entries of the Dutch index only, the starter synonyms.
foreach ( array(
	'Hoe kan ik een artikel retourneren?'             => 'Meld je retour aan via het formulier en stuur het pakket binnen 14 dagen op.',
	'Wanneer krijg ik mijn geld terug na een retour?' => 'Binnen 14 dagen nadat het retourpakket binnen is, storten we het bedrag terug.',
	'Wat zijn de verzendkosten?'                      => 'Verzending is gratis vanaf 50 euro, daaronder kost een pakket 4,95.',
	'Verzenden jullie ook naar België?'               => 'Ja, het pakket wordt in België binnen twee werkdagen bezorgd.',
	'Hoe kan ik betalen?'                             => 'Je betaalt met iDEAL, creditcard of achteraf met een factuur.',
) as $question => $answer ) {
	wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => $question, 'post_content' => $answer, 'meta_input' => array( 'shopcx_faq_lang' => 'nl' ) ) );
}
shopcx_wc_faq_rebuild( 'nl' ); // The seed runs in English; the Dutch index is rebuilt on every later change.
$wpdb->query( "TRUNCATE {$wpdb->prefix}shopcx_faq_misses" );
$faq_nl = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Hulp', 'post_content' => '[shopcx_faq]' ) );

// Chat: one rule, product pages after 8 seconds; whether an agent is online comes from the cookie.
update_option( 'shopcx_wc_chat_rules', '{"version":1,"timezone":"Europe/Amsterdam","locale":"en","hours":{"mon":"08:00-22:00","tue":"08:00-22:00"},"capacity":{"chatsPerAgent":2,"maxAnswerSeconds":60},"rules":[{"name":"product-hesitation","kind":"opportunistic","priority":50,"when":{"pageType":"product","secondsOnPage":8,"addedToCart":false},"message":{"en":"Not sure about size? <b>Ask us.</b>"}}]}' );

// Survey: CES, sent for order 612 (the invitation as the job sends it), answers for the report.
update_option( 'shopcx_wc_survey_enabled', 'yes' );
update_option( 'shopcx_wc_survey_type', 'ces' );
update_option( 'shopcx_wc_survey_delay', '0' );
$product = wp_insert_post( array( 'post_type' => 'product', 'post_status' => 'publish', 'post_title' => 'Boots' ) );
$GLOBALS['wc_standin_orders'][612] = new WC_Order( array( 'id' => 612, 'status' => 'completed', 'email' => 'ned@example.test', 'first_name' => 'Ned', 'products' => array( $product ) ) );
$mails = array();
add_filter(
	'pre_wp_mail',
	function ( $r, $atts ) use ( &$mails ) {
		$mails[] = $atts;
		return true;
	},
	10,
	2
);
add_filter( 'shopcx_wc_outreach_options', fn( $o ) => array_diff_key( $o, array( 'quietHours' => 1 ) ) );
shopcx_wc_reset();
do_action( 'woocommerce_order_status_completed', 612 );
$sent = shopcx_wc_send_survey_invitations();
if ( 1 !== $sent['sent'] || ! preg_match( '#(http://\S+shopcx_survey=[^\s&"]+)#', $mails[0]['message'] ?? '', $link ) || ! preg_match( '#(http://\S+shopcx_survey_optout=[^\s&"]+)#', $mails[0]['message'], $optout ) ) {
	fwrite( STDERR, 'seed: the survey invitation was not sent: ' . wp_json_encode( $sent ) . "\n" );
	exit( 1 );
}

$now    = shopcx_wc_now();
$answer = function ( int $order, string $type, array $answers, int $at ) use ( $wpdb ) {
	$wpdb->insert( shopcx_wc_survey_table(), array( 'order_id' => $order, 'email' => "o$order@example.test", 'survey' => $type, 'status' => 'answered', 'created_at' => $at, 'due_at' => $at, 'expires_at' => $at, 'sent_at' => $at, 'answered_at' => $at, 'answers' => wp_json_encode( $answers ) ) );
};
$week9  = $now - 14 * DAY_IN_SECONDS;
$week10 = $now - 6 * DAY_IN_SECONDS;
$answer( 701, 'ces', array( 'ces' => 6, 'comment' => '<script>alert(1)</script> slow delivery' ), $week9 );
$answer( 702, 'ces', array( 'ces' => 4, 'comment' => null ), $week9 + 60 );
$answer( 703, 'ces', array( 'ces' => 7, 'comment' => null ), $week10 );
$answer( 704, 'ces', array( 'ces' => 7, 'comment' => null ), $week10 );
$answer( 705, 'ces', array( 'ces' => 4, 'comment' => null ), $week10 );
$answer( 707, 'nps', array( 'nps' => 10, 'comment' => null ), $week10 );
$answer( 708, 'nps', array( 'nps' => 3, 'comment' => null ), $week10 );

// Verified, approved reviews: 5 5 4 1 (a 2 unverified and a 3 unapproved are left out).
foreach ( array( array( 5, 1, 1 ), array( 5, 1, 1 ), array( 4, 1, 1 ), array( 1, 1, 1 ), array( 2, 0, 1 ), array( 3, 1, 0 ) ) as list( $stars, $verified, $approved ) ) {
	$id = wp_insert_comment( array( 'comment_post_ID' => $product, 'comment_content' => 'ok', 'comment_type' => 'review', 'comment_approved' => $approved ) );
	add_comment_meta( $id, 'rating', $stars );
	if ( $verified ) {
		add_comment_meta( $id, 'verified', 1 );
	}
}

// Carts: abandoned, recovered after a reminder, converted, active.
$t    = shopcx_wc_cart_table();
$base = array( 'items' => 1, 'value' => 30, 'email' => 'r@example.test', 'consent' => true );
shopcx_wc_record_cart( 'abandoned', $base, $now - 5 * HOUR_IN_SECONDS );
shopcx_wc_record_cart( 'recovered', $base, $now - 5 * DAY_IN_SECONDS );
shopcx_wc_record_cart( 'converted', $base, $now - 3 * DAY_IN_SECONDS );
shopcx_wc_record_cart( 'active', $base, $now - 60 );
$wpdb->query( $wpdb->prepare( "UPDATE $t SET status = 'ordered', ordered_at = %d, reminders = %s WHERE cart_key = 'recovered'", $now - 3 * DAY_IN_SECONDS, '[' . ( $now - 4 * DAY_IN_SECONDS ) . ']' ) );
$wpdb->query( $wpdb->prepare( "UPDATE $t SET status = 'ordered', ordered_at = %d WHERE cart_key = 'converted'", $now - 2 * DAY_IN_SECONDS ) );

// The attack pass (tests/attack.php): links of its own, so the walk's links stay untouched.
// Customers A (801) and B (802) each with a survey, a review link and an abandoned cart; 803 for the
// race of parallel posts; 804 an expired survey link, 805 a review link issued 70 days ago.
$attack_survey = function ( int $order, string $email, int $issued ) use ( $wpdb ) {
	$wpdb->insert( shopcx_wc_survey_table(), array( 'order_id' => $order, 'email' => $email, 'survey' => 'ces', 'status' => 'sent', 'created_at' => $issued, 'due_at' => $issued, 'expires_at' => $issued + 30 * DAY_IN_SECONDS, 'sent_at' => $issued ) );
	return array_map( 'html_entity_decode', shopcx_wc_survey_links( $order, 'ces', $issued ) );
};
$attack_review = fn( int $order, string $email, int $issued ) => add_query_arg( 'shopcx_review', rawurlencode( shopcx_wc_invitations()->issue( (string) $order, (string) $product, $email, $issued ) ), get_permalink( $product ) );
$attack        = array( 'product' => get_permalink( $product ) );
foreach ( array( 'a' => 801, 'b' => 802, 'race' => 803 ) as $who => $order ) {
	$links                          = $attack_survey( $order, "$who@example.test", $now );
	$attack[ $who ]                 = array(
		'order'        => $order,
		'survey'       => $links['survey'],
		'surveyOptout' => $links['optout'],
		'review'       => $attack_review( $order, "$who@example.test", $now ),
		'reviewOptout' => shopcx_wc_optout_url( 'review', array( 'order' => (string) $order ), $now ),
	);
	shopcx_wc_record_cart( "attack-$who", array( 'items' => 1, 'value' => 30, 'email' => "$who@example.test", 'consent' => true ), $now - 40 * DAY_IN_SECONDS );
	$attack[ $who ]['cart']       = add_query_arg( 'shopcx_cart', rawurlencode( shopcx_wc_detector()->recoveryToken( shopcx_wc_tokens(), "attack-$who", 1, $now ) ), home_url( '/' ) );
	$attack[ $who ]['cartOptout'] = shopcx_wc_optout_url( 'cart', array( 'cart' => "attack-$who" ), $now );
}
$attack['expiredSurvey'] = $attack_survey( 804, 'x@example.test', $now - 40 * DAY_IN_SECONDS )['survey'];
$attack['expiredReview'] = $attack_review( 805, 'x@example.test', $now - 70 * DAY_IN_SECONDS );
$attack['expiredCart']   = add_query_arg( 'shopcx_cart', rawurlencode( shopcx_wc_detector()->recoveryToken( shopcx_wc_tokens(), 'attack-a', 1, $now - 400 * DAY_IN_SECONDS ) ), home_url( '/' ) );
$attack['expiredOptout'] = shopcx_wc_optout_url( 'cart', array( 'cart' => 'attack-a' ), $now - 400 * DAY_IN_SECONDS );

echo wp_json_encode(
	array(
		'faqPage'    => get_permalink( $faq_page ),
		'blockPage'  => get_permalink( $block_page ),
		'faqNl'      => get_permalink( $faq_nl ),
		'faqLog'     => admin_url( 'edit.php?post_type=shopcx_faq&page=shopcx-faq-searches' ),
		'productPage' => add_query_arg( 'shopcx_test_product', 20, home_url( '/' ) ),
		'surveyLink' => html_entity_decode( $link[1] ),
		'surveyOptout' => html_entity_decode( $optout[1] ),
		'reportPage' => admin_url( 'admin.php?page=shopcx-report' ),
		'loginPage'  => wp_login_url(),
		'attack'     => $attack,
	)
), "\n";
