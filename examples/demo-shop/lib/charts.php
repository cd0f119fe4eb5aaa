<?php
/**
 * Inline SVG charts drawn on the server: no script, no library, readable without CSS.
 * Every label goes through h().
 */
declare(strict_types=1);

namespace Demo;

/**
 * A line chart of one series. $points: list of [label, value|null]; $min/$max: the y range.
 */
function svg_line(string $id, string $title, array $points, float $min, float $max, string $format = '%.1f'): string
{
    $w = 360;
    $hgt = 170;
    $left = 40;
    $right = 10;
    $top = 24;
    $bottom = 30;
    $n = max(1, count($points) - 1);
    $x = fn(int $i) => $left + ($w - $left - $right) * $i / $n;
    $y = fn(float $v) => $top + ($hgt - $top - $bottom) * (1 - ($v - $min) / max(1e-9, $max - $min));
    $svg = sprintf('<svg id="%s" class="chart" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-t"><title id="%s-t">%s</title>',
        h($id), $w, $hgt, h($id), h($id), h($title));
    $svg .= sprintf('<text x="%d" y="15" class="ct">%s</text>', $left, h($title));
    foreach ([$min, ($min + $max) / 2, $max] as $tick) {
        $svg .= sprintf('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="ax" text-anchor="end">%s</text>',
            $left, $w - $right, $y($tick), $y($tick), $left - 4, $y($tick) + 4, h(sprintf('%g', $tick)));
    }
    $path = '';
    $dots = '';
    foreach ($points as $i => [$label, $value]) {
        if ($i % max(1, intdiv(count($points), 6)) === 0 || $i === count($points) - 1) {
            $svg .= sprintf('<text x="%.1f" y="%d" class="ax" text-anchor="middle">%s</text>', $x($i), $hgt - 10, h($label));
        }
        if ($value === null) {
            continue;
        }
        $path .= ($path === '' ? 'M' : 'L') . sprintf('%.1f %.1f ', $x($i), $y($value));
        $dots .= sprintf('<circle cx="%.1f" cy="%.1f" r="3" class="dot"><title>%s: %s</title></circle>', $x($i), $y($value), h($label), h(sprintf($format, $value)));
    }
    return $svg . sprintf('<path d="%s" class="line"/>', trim($path)) . $dots . '</svg>';
}

/** Horizontal bars: $bars list of [label, value, note]; widths relative to the largest value. */
function svg_bars(string $id, string $title, array $bars): string
{
    $w = 360;
    $row = 26;
    $left = 110;
    $hgt = 30 + $row * count($bars);
    $max = max(1, ...array_map(fn($b) => $b[1], $bars));
    $svg = sprintf('<svg id="%s" class="chart" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-t"><title id="%s-t">%s</title>',
        h($id), $w, $hgt, h($id), h($id), h($title));
    $svg .= sprintf('<text x="4" y="15" class="ct">%s</text>', h($title));
    foreach ($bars as $i => [$label, $value, $note]) {
        $y = 26 + $i * $row;
        $bw = ($w - $left - 70) * $value / $max;
        $svg .= sprintf('<text x="%d" y="%d" class="ax" text-anchor="end">%s</text>', $left - 6, $y + 14, h($label));
        $svg .= sprintf('<rect x="%d" y="%d" width="%.1f" height="%d" class="bar"><title>%s: %s</title></rect>', $left, $y, max(1, $bw), $row - 8, h($label), h($note));
        $svg .= sprintf('<text x="%.1f" y="%d" class="ax">%s</text>', $left + $bw + 4, $y + 14, h($note));
    }
    return $svg . '</svg>';
}
