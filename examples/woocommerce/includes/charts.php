<?php
/**
 * Server-rendered inline SVG charts for the report page: no script, no chart library. Every
 * chart has a <title> and <desc> and is followed by a table with the same numbers (screen
 * readers, copy and paste, printing).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * A number as the report prints it (locale-aware, one decimal unless whole).
 *
 * @param float|int|null $n Number.
 * @return string
 */
function shopcx_wc_chart_number( $n ) {
	if ( null === $n ) {
		return '–';
	}
	return number_format_i18n( (float) $n, floor( (float) $n ) === (float) $n ? 0 : 1 );
}

/**
 * Opening tag, title and description of an accessible SVG.
 *
 * @param int    $width  Width in px.
 * @param int    $height Height in px.
 * @param string $title  Chart title.
 * @param string $desc   One-sentence description.
 * @return string
 */
function shopcx_wc_svg_open( $width, $height, $title, $desc ) {
	$id = wp_unique_id( 'shopcx-chart-' );
	return sprintf(
		'<svg xmlns="http://www.w3.org/2000/svg" class="shopcx-chart" width="%1$d" height="%2$d" viewBox="0 0 %1$d %2$d" role="img" aria-labelledby="%3$s-t %3$s-d" style="max-width:100%%;height:auto;font:12px sans-serif"><title id="%3$s-t">%4$s</title><desc id="%3$s-d">%5$s</desc>',
		$width,
		$height,
		esc_attr( $id ),
		esc_html( $title ),
		esc_html( $desc )
	);
}

/**
 * Horizontal bars, one per label, with the number at the end of each bar, and the same numbers
 * as a table.
 *
 * @param string                   $title Chart title.
 * @param string                   $desc  Description.
 * @param array<string, int|float> $bars  label => count.
 * @param string                   $head  Header of the value column.
 * @return string HTML
 */
function shopcx_wc_bar_chart( $title, $desc, array $bars, $head ) {
	$row_h = 28;
	$left  = 210;
	$width = 600;
	$max   = max( 1, max( array_map( 'floatval', array_merge( array( 0 ), $bars ) ) ) );
	$svg   = shopcx_wc_svg_open( $width, 10 + $row_h * count( $bars ), $title, $desc );
	$y     = 5;
	foreach ( $bars as $label => $n ) {
		$w    = ( $width - $left - 60 ) * (float) $n / $max;
		$svg .= sprintf(
			'<text x="%1$d" y="%2$d" text-anchor="end">%3$s</text><rect x="%4$d" y="%5$d" width="%6$.1f" height="%7$d" fill="#2271b1"><title>%3$s: %8$s</title></rect><text x="%9$.1f" y="%2$d">%8$s</text>',
			$left - 8,
			$y + 17,
			esc_html( $label ),
			$left,
			$y + 4,
			$w,
			$row_h - 8,
			esc_html( shopcx_wc_chart_number( $n ) ),
			$left + $w + 6
		);
		$y   += $row_h;
	}
	$svg  .= '</svg>';
	$table = '<table class="widefat striped shopcx-chart-data"><caption class="screen-reader-text">' . esc_html( $title ) . '</caption><thead><tr><th scope="col"></th><th scope="col">' . esc_html( $head ) . '</th></tr></thead><tbody>';
	foreach ( $bars as $label => $n ) {
		$table .= '<tr><th scope="row">' . esc_html( $label ) . '</th><td>' . esc_html( shopcx_wc_chart_number( $n ) ) . '</td></tr>';
	}
	return $svg . $table . '</tbody></table>';
}

/**
 * A trend over weekly buckets: a line through the values with the 95% interval of each week as
 * a whisker, and a table (week, responses, value, interval).
 *
 * @param string $title  Chart title.
 * @param string $desc   Description.
 * @param array  $points One per week: label, n (responses), value (null: no answers), low and high
 *                       (null: no interval).
 * @param float  $min    Bottom of the scale.
 * @param float  $max    Top of the scale.
 * @param string $head   Header of the value column.
 * @return string HTML
 *
 * @phpstan-param list<array{label: string, n: int, value: float|int|null, low: float|int|null, high: float|int|null}> $points
 */
function shopcx_wc_trend_chart( $title, $desc, array $points, $min, $max, $head ) {
	$width  = 600;
	$height = 220;
	$left   = 44;
	$top    = 12;
	$plot_w = $width - $left - 16;
	$plot_h = $height - $top - 34;
	$span   = max( 1e-9, $max - $min );
	$y_of   = fn( $v ) => $top + $plot_h * ( 1 - ( (float) $v - $min ) / $span );
	$pad    = 36; // Keeps the first and last week's whisker and label off the edges.
	$x_of   = fn( $i ) => $left + $pad + ( count( $points ) > 1 ? ( $plot_w - 2 * $pad ) * $i / ( count( $points ) - 1 ) : $plot_w / 2 - $pad );
	$svg    = shopcx_wc_svg_open( $width, $height, $title, $desc );
	foreach ( array( $min, ( $min + $max ) / 2, $max ) as $tick ) {
		$svg .= sprintf(
			'<line x1="%1$d" x2="%2$d" y1="%3$.1f" y2="%3$.1f" stroke="#ddd"/><text x="%4$d" y="%5$.1f" text-anchor="end">%6$s</text>',
			$left,
			$left + $plot_w,
			$y_of( $tick ),
			$left - 6,
			$y_of( $tick ) + 4,
			esc_html( shopcx_wc_chart_number( $tick ) )
		);
	}
	$line = array();
	foreach ( array_values( $points ) as $i => $p ) {
		$x    = $x_of( $i );
		$svg .= sprintf( '<text x="%.1f" y="%d" text-anchor="middle">%s</text>', $x, $height - 8, esc_html( $p['label'] ) );
		if ( null === $p['value'] ) {
			continue;
		}
		if ( null !== $p['low'] && null !== $p['high'] ) {
			$svg .= sprintf(
				'<path d="M%1$.1f %2$.1fV%3$.1fM%4$.1f %2$.1fH%5$.1fM%4$.1f %3$.1fH%5$.1f" stroke="#50575e" fill="none"/>',
				$x,
				$y_of( $p['low'] ),
				$y_of( $p['high'] ),
				$x - 4,
				$x + 4
			);
		}
		$line[] = sprintf( '%.1f,%.1f', $x, $y_of( $p['value'] ) );
		$svg   .= sprintf(
			'<circle cx="%.1f" cy="%.1f" r="4" fill="#2271b1"><title>%s</title></circle>',
			$x,
			$y_of( $p['value'] ),
			esc_html( $p['label'] . ': ' . shopcx_wc_chart_number( $p['value'] ) . ' (n = ' . (int) $p['n'] . ')' )
		);
	}
	if ( count( $line ) > 1 ) {
		$svg .= '<polyline points="' . esc_attr( implode( ' ', $line ) ) . '" fill="none" stroke="#2271b1" stroke-width="2"/>';
	}
	$svg  .= '</svg>';
	$table = '<table class="widefat striped shopcx-chart-data"><caption class="screen-reader-text">' . esc_html( $title ) . '</caption><thead><tr><th scope="col">' . esc_html__( 'Week', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'Responses', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html( $head ) . '</th><th scope="col">' . esc_html__( '95% interval', 'shopcx-woocommerce' ) . '</th></tr></thead><tbody>';
	foreach ( $points as $p ) {
		$ci     = null === $p['low'] ? '–' : shopcx_wc_chart_number( $p['low'] ) . ' – ' . shopcx_wc_chart_number( $p['high'] );
		$table .= '<tr><th scope="row">' . esc_html( $p['label'] ) . '</th><td>' . (int) $p['n'] . '</td><td>' . esc_html( shopcx_wc_chart_number( $p['value'] ) ) . '</td><td>' . esc_html( $ci ) . '</td></tr>';
	}
	return $svg . $table . '</tbody></table>';
}
