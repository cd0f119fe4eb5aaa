<?php
/**
 * WooCommerce > Customer service report: cart abandonment and recovery from the plugin's table,
 * as bars drawn with CSS (no chart library, no third-party script).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_menu',
	function () {
		add_submenu_page( 'woocommerce', __( 'Customer service', 'shopcx-woocommerce' ), __( 'Customer service', 'shopcx-woocommerce' ), 'manage_woocommerce', 'shopcx-report', 'shopcx_wc_report_page' );
	},
	60
);

/**
 * Cart metrics over the last $days days.
 *
 * @param int $now  Unix time.
 * @param int $days Period.
 * @return \ShopCx\Cart\Metrics
 */
function shopcx_wc_cart_metrics( $now, $days = 30 ) {
	global $wpdb;
	$table = shopcx_wc_cart_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$rows = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT cart_key AS id, customer_id AS customer, NULLIF(email, '') AS email, consent, opted_out, items, value, currency,
			        status, created_at, updated_at, ordered_at, reminders
			   FROM $table WHERE updated_at > %d AND updated_at <= %d",
			$now - $days * DAY_IN_SECONDS,
			$now
		),
		ARRAY_A
	);
	foreach ( $rows as &$row ) {
		if ( null === $row['ordered_at'] ) {
			unset( $row['ordered_at'] );
		}
	}
	return shopcx_wc_detector()->metrics( $rows, $now );
}

/** The report page. */
function shopcx_wc_report_page() {
	if ( ! current_user_can( 'manage_woocommerce' ) ) {
		wp_die( esc_html__( 'You are not allowed to see this report.', 'shopcx-woocommerce' ), 403 );
	}
	$m    = shopcx_wc_cart_metrics( shopcx_wc_now() );
	$bars = array(
		__( 'Carts', 'shopcx-woocommerce' )     => $m->carts,
		__( 'Abandoned', 'shopcx-woocommerce' ) => $m->abandoned,
		__( 'Recovered', 'shopcx-woocommerce' ) => $m->recovered,
		__( 'Converted', 'shopcx-woocommerce' ) => $m->converted,
	);
	$max  = max( 1, max( $bars ) );
	echo '<div class="wrap"><h1>' . esc_html__( 'Customer service: carts, last 30 days', 'shopcx-woocommerce' ) . '</h1><table class="widefat shopcx-report">';
	foreach ( $bars as $label => $n ) {
		printf(
			'<tr><th>%1$s</th><td>%2$d</td><td style="width:60%%"><div style="background:#2271b1;height:1em;width:%3$.1f%%"></div></td></tr>',
			esc_html( $label ),
			(int) $n,
			100 * $n / $max
		);
	}
	printf(
		'</table><p>%s</p>',
		esc_html(
			sprintf(
				/* translators: 1: abandonment rate, 2: recovery rate. */
				__( 'Abandonment rate %1$s%%, recovery rate %2$s%%.', 'shopcx-woocommerce' ),
				number_format_i18n( 100 * $m->abandonmentRate, 1 ),
				number_format_i18n( 100 * $m->recoveryRate, 1 )
			)
		)
	);
	echo '</div>';
}
