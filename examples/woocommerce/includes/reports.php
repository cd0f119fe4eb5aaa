<?php
/**
 * WooCommerce > Customer service report: survey trends (CES, NPS, CSAT, effort per stage), the
 * rating distribution of verified reviews and the cart abandonment funnel, drawn as inline SVG
 * (charts.php) with a table of the same numbers under each chart.
 *
 * Survey figures are recomputed from the answer rows on every view (ShopCx\Effort\Report over
 * at most 12 weeks) rather than kept as a stored serialized report: the rows are the only copy,
 * so an erased customer (privacy eraser) or a changed time zone is reflected at once, and
 * concurrent answers cannot lose counts in a read-modify-write of a stored report.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- ShopCx objects have camelCase properties.

add_action(
	'admin_menu',
	function () {
		add_submenu_page( 'woocommerce', __( 'Customer service report', 'shopcx-woocommerce' ), __( 'Customer service', 'shopcx-woocommerce' ), 'manage_woocommerce', 'shopcx-report', 'shopcx_wc_report_page' );
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
	$since = $now - $days * DAY_IN_SECONDS;
	$cols  = "cart_key AS id, customer_id AS customer, NULLIF(email, '') AS email, consent, opted_out, items, value, currency, status, created_at, updated_at, ordered_at, reminders";
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name and column list are ours.
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT $cols FROM $table WHERE updated_at > %d AND updated_at <= %d", $since, $now ), ARRAY_A );
	foreach ( $rows as &$row ) {
		if ( null === $row['ordered_at'] ) {
			unset( $row['ordered_at'] );
		}
	}
	return shopcx_wc_detector()->metrics( $rows, $now );
}

/**
 * A survey report over the last $weeks weeks, in weekly buckets of the shop's time zone,
 * recomputed from the stored answers.
 *
 * @param string $type  Survey type, one of shopcx_wc_survey_types().
 * @param int    $now   Unix time.
 * @param int    $weeks Period.
 * @return \ShopCx\Effort\Report
 * @throws \ValueError For a type the plugin does not offer.
 */
function shopcx_wc_survey_report( $type, $now, $weeks = 12 ) {
	global $wpdb;
	$survey = shopcx_wc_survey( $type );
	if ( null === $survey ) {
		throw new \ValueError( sprintf( 'Unknown survey type "%s".', esc_html( $type ) ) );
	}
	$report = new \ShopCx\Effort\Report(
		$survey,
		array(
			'bucket'   => 'week',
			'timezone' => (string) shopcx_wc_option( 'shopcx_wc_timezone' ),
		)
	);
	$t      = shopcx_wc_survey_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT answers, answered_at FROM $t WHERE survey = %s AND answered_at > %d AND answered_at <= %d", $type, $now - $weeks * WEEK_IN_SECONDS, $now ), ARRAY_A );
	foreach ( $rows as $row ) {
		try {
			$report->add( (array) json_decode( (string) $row['answers'], true ), (int) $row['answered_at'] );
		} catch ( \ValueError | \TypeError $e ) {
			continue; // A row edited by hand into something invalid is left out, not fatal.
		}
	}
	return $report;
}

/**
 * What each survey's trend charts show: question id, figure, its interval, scale, heading.
 *
 * @param string $type Survey type.
 * @return list<array{0: string, 1: string, 2: string, 3: int, 4: int, 5: string}> list of [question, figure, interval, min, max, title]
 */
function shopcx_wc_survey_figures( $type ) {
	/* translators: %s: the stage (choosing, purchasing, after). */
	$effort = __( 'Effort %s (mean, 1 none - 3 far too much)', 'shopcx-woocommerce' );
	$all    = array(
		'ces'    => array( array( 'ces', 'mean', 'ci', 1, 7, __( 'CES (mean, 1-7)', 'shopcx-woocommerce' ) ) ),
		'nps'    => array( array( 'nps', 'nps', 'npsCi', -100, 100, __( 'NPS (-100 to 100)', 'shopcx-woocommerce' ) ) ),
		'csat'   => array( array( 'csat', 'csat', 'csatCi', 0, 100, __( 'CSAT (% satisfied)', 'shopcx-woocommerce' ) ) ),
		'effort' => array(),
	);
	foreach ( array( 'choosing', 'purchasing', 'after' ) as $stage ) {
		$all['effort'][] = array( $stage, 'mean', 'ci', 1, 3, sprintf( $effort, shopcx_wc_effort_stage_label( $stage ) ) );
	}
	if ( isset( $all[ $type ] ) ) {
		return $all[ $type ];
	}
	// The conversation survey and a custom one: the mean of each scale and yes/no question (yes = 1), headed by its text.
	$survey  = shopcx_wc_survey( $type );
	$figures = array();
	foreach ( null === $survey ? array() : $survey->questions( shopcx_wc_lang() ) as $q ) {
		if ( 'comment' !== $q['metric'] ) {
			/* translators: 1: a survey question, 2: lowest, 3: highest answer. */
			$figures[] = array( (string) $q['id'], 'mean', 'ci', (int) $q['min'], (int) $q['max'], sprintf( __( '%1$s (mean, %2$d-%3$d)', 'shopcx-woocommerce' ), wp_strip_all_tags( (string) $q['text'] ), (int) $q['min'], (int) $q['max'] ) );
		}
	}
	return $figures;
}

/**
 * A stage of the effort survey as the report names it (ShopCX's keys choosing, purchasing, after).
 *
 * @param string $stage Stage key.
 * @return string
 */
function shopcx_wc_effort_stage_label( $stage ) {
	$labels = array(
		'choosing'   => _x( 'choosing', 'effort survey stage', 'shopcx-woocommerce' ),
		'purchasing' => _x( 'purchasing', 'effort survey stage', 'shopcx-woocommerce' ),
		'after'      => _x( 'after', 'effort survey stage', 'shopcx-woocommerce' ),
	);
	return $labels[ $stage ] ?? $stage;
}

/**
 * Chart points of one figure from a report result's weekly buckets.
 *
 * @param \ShopCx\Effort\Result                                             $result Report result.
 * @param array{0: string, 1: string, 2: string, 3: int, 4: int, 5: string} $figure One entry of shopcx_wc_survey_figures().
 * @return list<array{label: string, n: int, value: float|int|null, low: float|int|null, high: float|int|null}>
 */
function shopcx_wc_survey_points( $result, array $figure ) {
	list( $qid, $key, $ci ) = $figure;
	$points                 = array();
	foreach ( $result->buckets as $bucket ) {
		$q        = $bucket['questions'][ $qid ] ?? array();
		$points[] = array(
			'label' => (string) $bucket['bucket'],
			'n'     => (int) ( $q['count'] ?? 0 ),
			'value' => $q[ $key ] ?? null,
			'low'   => $q[ $ci ]['low'] ?? null,
			'high'  => $q[ $ci ]['high'] ?? null,
		);
	}
	return $points;
}

/**
 * Star ratings of approved verified reviews (the comments the review form stores).
 *
 * @return array{stars: array<int, int>, count: int, average: float|null} stars: 5 to 1 => reviews
 */
function shopcx_wc_rating_distribution() {
	global $wpdb;
	$rows  = $wpdb->get_results(
		"SELECT CAST(r.meta_value AS UNSIGNED) AS stars, COUNT(*) AS n
		   FROM {$wpdb->comments} c
		   JOIN {$wpdb->commentmeta} r ON r.comment_id = c.comment_ID AND r.meta_key = 'rating'
		   JOIN {$wpdb->commentmeta} v ON v.comment_id = c.comment_ID AND v.meta_key = 'verified' AND v.meta_value = '1'
		  WHERE c.comment_type = 'review' AND c.comment_approved = '1'
		  GROUP BY stars",
		ARRAY_A
	);
	$stars = array_fill_keys( array( 5, 4, 3, 2, 1 ), 0 );
	foreach ( $rows as $row ) {
		if ( isset( $stars[ (int) $row['stars'] ] ) ) {
			$stars[ (int) $row['stars'] ] = (int) $row['n'];
		}
	}
	$count = array_sum( $stars );
	$sum   = 0;
	foreach ( $stars as $s => $n ) {
		$sum += $s * $n;
	}
	return array(
		'stars'   => $stars,
		'count'   => $count,
		'average' => $count ? (float) $sum / $count : null,
	);
}

/**
 * The latest survey comments (shown escaped; only to shop managers).
 *
 * @param int $limit How many.
 * @return list<array{at: int, survey: string, comment: string}>
 */
function shopcx_wc_survey_comments( $limit = 10 ) {
	global $wpdb;
	$t        = shopcx_wc_survey_table();
	$comments = array();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT survey, answers, answered_at FROM $t WHERE answered_at IS NOT NULL ORDER BY answered_at DESC LIMIT %d", $limit * 5 ), ARRAY_A );
	foreach ( $rows as $row ) {
		// Every text answer: a comment question's (scales are numbers, yes/no a boolean), whatever its
		// id in a custom survey ("tip" in the README's example), not only the built-in "comment".
		$answers = json_decode( (string) $row['answers'], true );
		foreach ( is_array( $answers ) ? $answers : array() as $text ) {
			if ( is_string( $text ) && '' !== trim( $text ) && count( $comments ) < $limit ) {
				$comments[] = array(
					'at'      => (int) $row['answered_at'],
					'survey'  => (string) $row['survey'],
					'comment' => $text,
				);
			}
		}
	}
	return $comments;
}

/**
 * How "Latest comments" names a comment's survey: CES, NPS, ... or a custom survey's own id.
 *
 * @param string $type Survey type of the answer's row.
 * @return string
 */
function shopcx_wc_survey_comment_label( $type ) {
	$custom = 'custom' === $type ? shopcx_wc_survey( 'custom' ) : null;
	return $custom ? $custom->id() : strtoupper( $type );
}

/**
 * The report as HTML.
 *
 * @param int $now Unix time.
 * @return string
 */
function shopcx_wc_report_html( $now ) {
	$html  = '<div class="wrap shopcx-report"><h1>' . esc_html__( 'Customer service report', 'shopcx-woocommerce' ) . '</h1>';
	$html .= '<h2>' . esc_html__( 'Surveys, last 12 weeks', 'shopcx-woocommerce' ) . '</h2>';
	$shown = 0;
	foreach ( shopcx_wc_survey_types() as $type => $label ) {
		if ( null === shopcx_wc_survey( $type ) ) {
			continue; // The custom survey before its JSON is saved.
		}
		$result = shopcx_wc_survey_report( $type, $now )->result();
		if ( 0 === $result->responses && shopcx_wc_survey_option( 'type' ) !== $type ) {
			continue;
		}
		++$shown;
		$custom = 'custom' === $type ? shopcx_wc_survey( 'custom' ) : null;
		if ( $custom ) {
			/* translators: %s: the custom survey's id from its JSON. */
			$label = sprintf( __( 'Custom survey "%s"', 'shopcx-woocommerce' ), $custom->id() );
		}
		$html .= '<h3>' . esc_html( $label ) . '</h3>';
		/* translators: %d: number of responses. */
		$html .= '<p>' . esc_html( sprintf( _n( '%d response.', '%d responses.', $result->responses, 'shopcx-woocommerce' ), $result->responses ) );
		if ( null !== $result->hotspot ) {
			/* translators: %s: the stage with the highest mean effort. */
			$html .= ' ' . esc_html( sprintf( __( 'Most effort: %s.', 'shopcx-woocommerce' ), shopcx_wc_effort_stage_label( $result->hotspot ) ) );
		}
		$html .= '</p>';
		if ( 0 === $result->responses ) {
			continue;
		}
		foreach ( shopcx_wc_survey_figures( $type ) as $figure ) {
			$q  = $result->questions[ $figure[0] ];
			$ci = $q[ $figure[2] ] ?? null;
			if ( null === $ci ) {
				/* translators: 1: figure name, 2: value. */
				$desc = sprintf( __( '%1$s per week with its 95%% interval; over the period %2$s (too few answers for an interval).', 'shopcx-woocommerce' ), $figure[5], shopcx_wc_chart_number( $q[ $figure[1] ] ) );
			} else {
				/* translators: 1: figure name, 2: value, 3: interval low, 4: interval high. */
				$desc = sprintf( __( '%1$s per week with its 95%% interval; over the period %2$s (95%% interval %3$s to %4$s).', 'shopcx-woocommerce' ), $figure[5], shopcx_wc_chart_number( $q[ $figure[1] ] ), shopcx_wc_chart_number( $ci['low'] ), shopcx_wc_chart_number( $ci['high'] ) );
			}
			$html .= '<h4>' . esc_html( $figure[5] ) . '</h4><p>' . esc_html( $desc ) . '</p>';
			$html .= shopcx_wc_trend_chart( $figure[5], $desc, shopcx_wc_survey_points( $result, $figure ), $figure[3], $figure[4], $figure[5] );
		}
	}
	if ( 0 === $shown ) {
		$html .= '<p>' . esc_html__( 'No survey answers yet. Switch survey invitations on under WooCommerce > Settings > Customer service.', 'shopcx-woocommerce' ) . '</p>';
	}
	$comments = shopcx_wc_survey_comments();
	if ( $comments ) {
		$html .= '<h3>' . esc_html__( 'Latest comments', 'shopcx-woocommerce' ) . '</h3><ul class="shopcx-survey-comments">';
		foreach ( $comments as $c ) {
			$html .= '<li><strong>' . esc_html( wp_date( get_option( 'date_format' ), $c['at'] ) . ' (' . shopcx_wc_survey_comment_label( $c['survey'] ) . ')' ) . '</strong> ' . esc_html( $c['comment'] ) . '</li>';
		}
		$html .= '</ul>';
	}

	$ratings = shopcx_wc_rating_distribution();
	$html   .= '<h2>' . esc_html__( 'Verified reviews', 'shopcx-woocommerce' ) . '</h2>';
	$summary = null === $ratings['average']
		? __( 'No verified reviews yet.', 'shopcx-woocommerce' )
		/* translators: 1: average stars, 2: number of reviews. */
		: sprintf( __( 'Average %1$s stars over %2$d verified reviews.', 'shopcx-woocommerce' ), number_format_i18n( $ratings['average'], 2 ), $ratings['count'] );
	$bars = array();
	foreach ( $ratings['stars'] as $s => $n ) {
		/* translators: %d: number of stars. */
		$bars[ sprintf( _n( '%d star', '%d stars', $s, 'shopcx-woocommerce' ), $s ) ] = $n;
	}
	$html .= '<p>' . esc_html( $summary ) . '</p>' . shopcx_wc_bar_chart( __( 'Rating distribution of verified reviews', 'shopcx-woocommerce' ), $summary, $bars, __( 'Reviews', 'shopcx-woocommerce' ) );

	$m     = shopcx_wc_cart_metrics( $now );
	$rates = sprintf(
		/* translators: 1: abandonment rate, 2: recovery rate. */
		__( 'Abandonment rate %1$s%%, recovery rate %2$s%%.', 'shopcx-woocommerce' ),
		number_format_i18n( 100 * $m->abandonmentRate, 1 ),
		number_format_i18n( 100 * $m->recoveryRate, 1 )
	);
	$funnel = array(
		__( 'Carts', 'shopcx-woocommerce' )     => $m->carts,
		__( 'Left without ordering', 'shopcx-woocommerce' ) => $m->abandoned + $m->recovered,
		__( 'Reminded', 'shopcx-woocommerce' )  => (int) ( $m->perStep[1]['sent'] ?? 0 ),
		__( 'Recovered', 'shopcx-woocommerce' ) => $m->recovered,
		__( 'Ordered without a reminder', 'shopcx-woocommerce' ) => $m->converted,
	);
	$html  .= '<h2>' . esc_html__( 'Carts, last 30 days', 'shopcx-woocommerce' ) . '</h2><p>' . esc_html( $rates ) . '</p>';
	$html  .= shopcx_wc_bar_chart( __( 'Cart abandonment funnel', 'shopcx-woocommerce' ), $rates, $funnel, __( 'Carts', 'shopcx-woocommerce' ) );
	return $html . '</div>';
}

/**
 * The report page: shop managers only.
 *
 * @return void
 */
function shopcx_wc_report_page() {
	if ( ! current_user_can( 'manage_woocommerce' ) ) {
		wp_die( esc_html__( 'You are not allowed to see this report.', 'shopcx-woocommerce' ), 403 );
	}
	echo shopcx_wc_report_html( shopcx_wc_now() ) . shopcx_wc_service_report_html( shopcx_wc_now() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
}
