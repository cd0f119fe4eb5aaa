<?php
/**
 * The fault run's shop (loadtest/faults.sh), with loadtest/site.php loaded and its tables made
 * (loadtest/tables.sql): the lamp, three FAQ entries (their index built on save), review
 * invitations without delay and a CES survey after each completed order. Prints the lamp's page.
 *
 *   php seed.php seed              (then, with the disk full:)
 *   php seed.php faq-save          an admin saves a new FAQ entry: the save path rebuilds the index
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$_SERVER['HTTP_HOST']   = parse_url( getenv( 'SHOPCX_WP_HOME' ), PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';
global $wpdb;

if ( 'faq-save' === ( $argv[1] ?? '' ) ) {
	wp_set_current_user( 1 );
	$id = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'How do I descale the espresso machine?', 'post_content' => 'Run the descaling programme with citric acid once a month.' ) );
	echo "saved FAQ entry $id\n";
	exit( $id ? 0 : 1 );
}

update_option( 'show_avatars', 0 );
switch_theme( 'shopcx-test' );
$product = wp_insert_post( array( 'post_type' => 'product', 'post_status' => 'publish', 'post_title' => 'Noorderlicht lamp', 'post_name' => 'noorderlicht' ) );
update_option( 'loadtest_product', $product );
update_option( 'shopcx_wc_review_delay', '0' );
update_option( 'shopcx_wc_survey_enabled', 'yes' );
update_option( 'shopcx_wc_survey_type', 'ces' );
update_option( 'shopcx_wc_survey_delay', '0' );
update_option( 'shopcx_wc_survey_trigger', 'completed' );
// Every customer gets both invitations at once: no gap between mails, no cap, no cool-down.
update_option( 'shopcx_wc_outreach_gap', '0' );
update_option( 'shopcx_wc_outreach_cap_max', '0' );
foreach ( array( 'survey', 'review', 'cart' ) as $kind ) {
	update_option( 'shopcx_wc_cooldown_' . $kind, '0' );
}
foreach ( array(
	'How do I return an item?'     => 'Use the return form within 30 days; the label is free.',
	'When is my parcel delivered?' => 'Orders before 22:00 arrive the next working day.',
	'Can I pay by invoice?'        => 'Yes, for orders up to 500 euros.',
) as $question => $answer ) {
	wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => $question, 'post_content' => $answer ) );
}
if ( ! is_file( shopcx_wc_faq_path( 'en' ) ) ) {
	fwrite( STDERR, "seed: no FAQ index after saving the entries\n" );
	exit( 1 );
}
echo wp_json_encode( array( 'product' => $product, 'productPage' => get_permalink( $product ) ) ), "\n";
