<?php
/**
 * What the service interactions show: the KPIs per week and channel in the admin report
 * (ShopCx\Effort\Kpi::fromInteractions(), relational vs transactional shoppers from the shop's
 * own orders), the badge on the cart and product pages (Kpi::badge(), cached in a transient),
 * and the answer-time sentence (Chat\Rules::answerTime()) on the FAQ page and the shortcodes.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- ShopCx objects have camelCase properties.

/** The badge is computed at most once an hour (transient shopcx_wc_badge). */
const SHOPCX_WC_BADGE_CACHE = HOUR_IN_SECONDS;

/**
 * The interaction rows opened in [$from, $until).
 *
 * @param int $from  Unix time.
 * @param int $until Unix time.
 * @return list<array<string, mixed>>
 */
function shopcx_wc_interactions_between( $from, $until ) {
	global $wpdb;
	$table = shopcx_wc_interaction_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	return array_values( (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE opened_at >= %d AND opened_at < %d ORDER BY opened_at LIMIT 100000", $from, $until ), ARRAY_A ) );
}

/**
 * A row as a Kpi record (fields it does not have are left out).
 *
 * @param array<string, mixed> $row Row.
 * @return array<string, mixed>
 */
function shopcx_wc_interaction_record( array $row ) {
	return array_filter(
		array(
			'customer'      => (string) $row['email'],
			'channel'       => (string) $row['channel'],
			'case'          => (string) ( $row['case_ref'] ?? $row['event_id'] ),
			'resolved'      => null !== $row['resolved_at'],
			'firstResponse' => null === $row['first_response'] ? null : (int) $row['first_response'],
			'friendly'      => null === $row['friendly'] ? null : (int) $row['friendly'],
			'csat'          => null === $row['csat'] ? null : (int) $row['csat'],
			'at'            => (int) $row['opened_at'],
		),
		fn( $v ) => null !== $v
	);
}

/**
 * The paid orders of the customers who contacted the shop: order times and summed totals, by
 * e-mail address, through wc_get_orders() (HPOS or posts alike). At most 500 customers, 200
 * orders each.
 *
 * @param list<string> $emails Customers.
 * @return array{history: array<string, list<int>>, value: array<string, float>}
 */
function shopcx_wc_order_history( $emails ) {
	$history = array();
	$value   = array();
	// A guest's pseudonym ("guest:...", a chat invitation taken up) has no orders to look up.
	$emails = array_filter( $emails, fn( $email ) => (bool) is_email( $email ) );
	foreach ( array_slice( array_values( array_unique( $emails ) ), 0, 500 ) as $email ) {
		$orders = wc_get_orders(
			array(
				'customer' => $email,
				'status'   => wc_get_is_paid_statuses(),
				'limit'    => 200,
				'return'   => 'objects',
			)
		);
		foreach ( (array) $orders as $order ) {
			if ( ! $order instanceof WC_Order ) {
				continue;
			}
			$created = $order->get_date_created();
			if ( $created ) {
				$history[ $email ][] = $created->getTimestamp();
			}
			$value[ $email ] = ( $value[ $email ] ?? 0.0 ) + (float) $order->get_total();
		}
	}
	return array(
		'history' => $history,
		'value'   => $value,
	);
}

/**
 * The service KPIs over the last $weeks weeks: per ISO week (warehouse time zone) and channel,
 * and over the whole period with the shoppers' types from their orders.
 *
 * @param int $now   Unix time.
 * @param int $weeks Period.
 * @return array{weeks: list<array{week: string, channels: array<string, array<string, mixed>>}>, total: array<string, mixed>|null, shoppers: array{relational: int, transactional: int}}
 */
function shopcx_wc_service_kpis( $now, $weeks = 12 ) {
	$zone    = new DateTimeZone( (string) shopcx_wc_option( 'shopcx_wc_timezone' ) );
	$rows    = shopcx_wc_interactions_between( $now - $weeks * WEEK_IN_SECONDS, $now + 1 );
	$by_week = array();
	foreach ( $rows as $row ) {
		$week               = ( new DateTimeImmutable( '@' . (int) $row['opened_at'] ) )->setTimezone( $zone )->format( 'o-\WW' );
		$by_week[ $week ][] = $row;
	}
	ksort( $by_week );
	$out = array();
	foreach ( $by_week as $week => $week_rows ) {
		$kpi      = \ShopCx\Effort\Kpi::fromInteractions( array_map( 'shopcx_wc_interaction_record', $week_rows ), array( 'now' => $now ) );
		$channels = array();
		foreach ( $kpi->channels as $channel => $c ) {
			$reported             = array_filter( array_column( array_filter( $week_rows, fn( $r ) => $r['channel'] === $channel ), 'contacts' ), fn( $n ) => null !== $n );
			$channels[ $channel ] = array(
				'volume'                 => (int) $c['volume'],
				'velocity'               => $c['velocity'],
				'firstContactResolution' => $c['firstContactResolution'],
				'contactsToResolve'      => $reported ? array_sum( array_map( 'intval', $reported ) ) / count( $reported ) : null,
			);
		}
		ksort( $channels );
		$out[] = array(
			'week'     => $week,
			'channels' => $channels,
		);
	}
	$shoppers = array(
		'relational'    => 0,
		'transactional' => 0,
	);
	$total    = null;
	if ( $rows ) {
		$orders  = shopcx_wc_order_history( array_map( fn( $r ) => (string) $r['email'], $rows ) );
		$records = array();
		foreach ( $rows as $row ) {
			$record = shopcx_wc_interaction_record( $row );
			if ( isset( $orders['value'][ $record['customer'] ] ) ) {
				$record['clv'] = round( $orders['value'][ $record['customer'] ], 2 );
			}
			$records[] = $record;
		}
		$kpi = \ShopCx\Effort\Kpi::fromInteractions(
			$records,
			array(
				'now'              => $now,
				'orderHistory'     => $orders['history'],
				// Helpdesks report neither topics nor durations: of the four traits only the most
				// contacts and the highest order value can be had, and both make a relational shopper.
				'relationalTraits' => 2,
			)
		);
		foreach ( $kpi->shoppers as $shopper ) {
			++$shoppers[ 'relational' === $shopper['type'] ? 'relational' : 'transactional' ];
		}
		$total = array(
			'interactions'           => $kpi->interactions,
			'customers'              => $kpi->customers,
			'firstContactResolution' => $kpi->firstContactResolution,
			'averageFirstResponse'   => $kpi->averageFirstResponse,
			'veryFriendlyShare'      => $kpi->veryFriendlyShare,
			'retentionAfterContact'  => $kpi->retentionAfterContact,
		);
	}
	return array(
		'weeks'    => $out,
		'total'    => $total,
		'shoppers' => $shoppers,
	);
}

/**
 * A share as a percentage for the report ("–" when there is none).
 *
 * @param float|null $share 0..1.
 * @return string
 */
function shopcx_wc_percent( $share ) {
	return null === $share ? '–' : number_format_i18n( 100 * $share, 0 ) . '%';
}

/**
 * The report's service section: totals, contacts per week and channel (chart and table), the
 * shoppers' types. In its own wrapper after the report's.
 *
 * @param int $now Unix time.
 * @return string HTML
 */
function shopcx_wc_service_report_html( $now ) {
	$kpis = shopcx_wc_service_kpis( $now );
	$html = '<div class="wrap shopcx-service-report"><h2>' . esc_html__( 'Service contacts, last 12 weeks', 'shopcx-woocommerce' ) . '</h2>';
	if ( null === $kpis['total'] ) {
		return $html . '<p>' . esc_html__( 'No service contacts reported yet. Point your helpdesk at the interactions route (WooCommerce > Settings > Customer service > Service interactions).', 'shopcx-woocommerce' ) . '</p></div>';
	}
	$t     = $kpis['total'];
	$html .= '<p class="shopcx-service-total">' . esc_html(
		sprintf(
			/* translators: 1: contacts, 2: customers, 3: first-contact resolution, 4: seconds, 5: share. */
			__( '%1$d contacts from %2$d customers; resolved at the first contact: %3$s; first response on average %4$s seconds; very friendly: %5$s.', 'shopcx-woocommerce' ),
			$t['interactions'],
			$t['customers'],
			shopcx_wc_percent( $t['firstContactResolution'] ),
			shopcx_wc_chart_number( null === $t['averageFirstResponse'] ? null : round( $t['averageFirstResponse'] ) ),
			shopcx_wc_percent( $t['veryFriendlyShare'] )
		)
	) . '</p>';
	$bars  = array();
	$table = '<table class="widefat striped shopcx-service-weeks"><thead><tr><th scope="col">' . esc_html__( 'Week', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'Channel', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'Contacts', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'First response (s)', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'Resolved at first contact', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'Contacts to resolve', 'shopcx-woocommerce' ) . '</th></tr></thead><tbody>';
	foreach ( $kpis['weeks'] as $week ) {
		foreach ( $week['channels'] as $channel => $c ) {
			$bars[ $week['week'] . ' ' . $channel ] = $c['volume'];
			$table                                 .= '<tr><th scope="row">' . esc_html( $week['week'] ) . '</th><td>' . esc_html( $channel ) . '</td><td>' . esc_html( (string) $c['volume'] ) . '</td><td>' . esc_html( shopcx_wc_chart_number( null === $c['velocity'] ? null : round( $c['velocity'] ) ) ) . '</td><td>' . esc_html( shopcx_wc_percent( $c['firstContactResolution'] ) ) . '</td><td>' . esc_html( shopcx_wc_chart_number( $c['contactsToResolve'] ) ) . '</td></tr>';
		}
	}
	$html .= shopcx_wc_bar_chart( __( 'Contacts per week and channel', 'shopcx-woocommerce' ), __( 'Service contacts reported per ISO week and channel.', 'shopcx-woocommerce' ), $bars, __( 'Contacts', 'shopcx-woocommerce' ) );
	$html .= '<h3>' . esc_html__( 'Per week and channel', 'shopcx-woocommerce' ) . '</h3>' . $table . '</tbody></table>';
	$desc  = __( 'Customers who contacted the shop, by type: relational shoppers are above the median both in contacts and in order value (from their orders); helpdesks report no topics or durations, the other two traits.', 'shopcx-woocommerce' );
	$html .= '<h3>' . esc_html__( 'Relational and transactional shoppers', 'shopcx-woocommerce' ) . '</h3><p>' . esc_html( $desc ) . '</p>';
	$html .= shopcx_wc_bar_chart(
		__( 'Relational and transactional shoppers', 'shopcx-woocommerce' ),
		$desc,
		array(
			__( 'Relational', 'shopcx-woocommerce' )    => $kpis['shoppers']['relational'],
			__( 'Transactional', 'shopcx-woocommerce' ) => $kpis['shoppers']['transactional'],
		),
		__( 'Customers', 'shopcx-woocommerce' )
	);
	return $html . '</div>';
}

/**
 * The badge's figures, or null: switched off (the default) or below the minimum sample. At most
 * once an hour from the rows (transient; a new contact, an erasure or a change of the badge's
 * settings clears it).
 *
 * @return array<string, mixed>|null
 */
function shopcx_wc_badge() {
	if ( 'yes' !== shopcx_wc_option( 'shopcx_wc_badge_enabled' ) ) {
		return null;
	}
	$cached = get_transient( 'shopcx_wc_badge' );
	if ( is_array( $cached ) ) {
		return $cached ? $cached : null;
	}
	$now    = shopcx_wc_now();
	$window = max( 1, min( 365, (int) shopcx_wc_option( 'shopcx_wc_badge_days' ) ) ) * DAY_IN_SECONDS;
	$rows   = shopcx_wc_interactions_between( $now - $window, $now + 1 );
	$badge  = \ShopCx\Effort\Kpi::badge(
		array_map( 'shopcx_wc_interaction_record', $rows ),
		$now,
		array(
			'window'    => $window,
			'minSample' => max( 1, (int) shopcx_wc_option( 'shopcx_wc_badge_min_sample' ) ),
		)
	);
	$data   = $badge->show ? array_diff_key( $badge->toArray(), array( 'show' => true ) ) : array();
	set_transient( 'shopcx_wc_badge', $data, SHOPCX_WC_BADGE_CACHE );
	return $data ? $data : null;
}

/**
 * Drops the cached badge: its settings changed (switched on, another minimum sample or period),
 * so the next page shows the badge as the new settings say, not the one computed before.
 *
 * @return void
 */
function shopcx_wc_badge_flush() {
	delete_transient( 'shopcx_wc_badge' );
}
foreach ( array( 'shopcx_wc_badge_enabled', 'shopcx_wc_badge_min_sample', 'shopcx_wc_badge_days' ) as $shopcx_wc_badge_option ) {
	add_action( 'add_option_' . $shopcx_wc_badge_option, 'shopcx_wc_badge_flush' );
	add_action( 'update_option_' . $shopcx_wc_badge_option, 'shopcx_wc_badge_flush' );
}
unset( $shopcx_wc_badge_option );

/**
 * The badge's HTML ('' when there is none).
 *
 * @return string
 */
function shopcx_wc_badge_html() {
	$badge = shopcx_wc_badge();
	if ( ! $badge ) {
		return '';
	}
	$lines = array();
	if ( null !== $badge['satisfied'] ) {
		/* translators: %s: a percentage. */
		$lines[] = sprintf( __( '%s of customers satisfied with our service', 'shopcx-woocommerce' ), number_format_i18n( 100 * $badge['satisfied'], 0 ) . '%' );
	}
	if ( null !== $badge['timely'] ) {
		/* translators: %s: a percentage. */
		$lines[] = sprintf( __( '%s of questions answered on time', 'shopcx-woocommerce' ), number_format_i18n( 100 * $badge['timely'], 0 ) . '%' );
	}
	$format = (string) get_option( 'date_format', 'Y-m-d' );
	/* translators: 1: first day, 2: last day of the period. */
	$period = sprintf( __( 'From %1$s to %2$s', 'shopcx-woocommerce' ), wp_date( $format, (int) $badge['windowStart'] ), wp_date( $format, (int) $badge['windowEnd'] ) );
	$html   = '<div class="shopcx-badge"><ul>';
	foreach ( $lines as $line ) {
		$html .= '<li>' . esc_html( $line ) . '</li>';
	}
	return $html . '</ul><p class="shopcx-badge-period">' . esc_html( $period ) . '</p></div>';
}

/**
 * Prints the badge (cart and product pages).
 *
 * @return void
 */
function shopcx_wc_print_badge() {
	echo shopcx_wc_badge_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
}
add_action( 'woocommerce_after_cart_table', 'shopcx_wc_print_badge' );
add_action( 'woocommerce_single_product_summary', 'shopcx_wc_print_badge', 45 );
// The Cart block has no classic hooks: the badge follows the block.
add_filter( 'render_block_woocommerce/cart', fn( $html ) => $html . shopcx_wc_badge_html() );

/**
 * The answer-time sentences: chat (only while chat invitations are on) and e-mail, from the
 * service hours, the delivery calendar's holidays and the e-mail promise, in the site's language.
 *
 * @param int|null $now Unix time (default the plugin's clock).
 * @return array<string, array{text: string, open: bool, at: ?int}> channel => answer
 */
function shopcx_wc_answer_times( $now = null ) {
	$now = null === $now ? shopcx_wc_now() : (int) $now;
	try {
		$hours    = shopcx_wc_service_hours();
		$channels = shopcx_wc_chat_rules() ? array( 'chat', 'email' ) : array( 'email' );
		$answers  = array();
		foreach ( $channels as $channel ) {
			$answers[ $channel ] = $hours->answerTime( $channel, $now, shopcx_wc_lang() );
		}
		return $answers;
	} catch ( \ShopCx\Exception | \ValueError $e ) {
		error_log( 'ShopCX: the service hours cannot be used: ' . $e->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the admin's only hint.
		return array();
	}
}

/**
 * The answer-time block ('' when the settings cannot be used).
 *
 * @param int|null $now Unix time.
 * @return string HTML
 */
function shopcx_wc_answer_time_html( $now = null ) {
	$answers = shopcx_wc_answer_times( $now );
	if ( ! $answers ) {
		return '';
	}
	$html = '<div class="shopcx-answer-time">';
	foreach ( $answers as $channel => $answer ) {
		$html .= '<p class="shopcx-answer-' . esc_attr( $channel ) . '">' . esc_html( $answer['text'] ) . '</p>';
	}
	return $html . '</div>';
}

add_shortcode( 'shopcx_contact', fn() => shopcx_wc_answer_time_html() );
add_shortcode( 'shopcx_answer_time', fn() => shopcx_wc_answer_time_html() );
// On the FAQ shortcode's page too: the sentence after the search form.
add_filter(
	'do_shortcode_tag',
	function ( $output, $tag ) {
		return 'shopcx_faq' === $tag ? $output . shopcx_wc_answer_time_html() : $output;
	},
	10,
	2
);
