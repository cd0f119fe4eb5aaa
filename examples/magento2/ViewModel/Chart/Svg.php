<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel\Chart;

use Magento\Framework\Escaper;

/**
 * Server-rendered inline SVG charts for the admin report: no script, no external file. Each chart
 * is role="img" with a <title> and <desc> (what it shows, in words); the template puts a table with
 * the same numbers next to it. Every text and attribute goes through Magento's Escaper.
 */
class Svg
{
    private const W = 640;
    private const H = 240;
    private const LEFT = 56;
    private const RIGHT = 16;
    private const TOP = 16;
    private const BOTTOM = 44;

    public function __construct(private readonly Escaper $escaper)
    {
    }

    /**
     * A line of weekly values with their 95% confidence interval as a whisker per week.
     *
     * @param list<array{label: string, value: float, low: ?float, high: ?float, n: int}> $points oldest first
     */
    public function trend(string $id, string $title, string $desc, array $points, float $min, float $max, string $unit = ''): string
    {
        $inset = 32;   // room for the first and last week's label
        $plotW = self::W - self::LEFT - self::RIGHT - 2 * $inset;
        $plotH = self::H - self::TOP - self::BOTTOM;
        $y = fn(float $v): float => self::TOP + $plotH * (1 - (max($min, min($max, $v)) - $min) / ($max - $min));
        $step = count($points) > 1 ? $plotW / (count($points) - 1) : 0;
        $x = fn(int $i): float => self::LEFT + $inset + (count($points) > 1 ? $i * $step : $plotW / 2);

        $out = $this->open($id, $title, $desc);
        foreach ([$min, ($min + $max) / 2, $max] as $tick) {
            $out .= sprintf('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ccc"/>', self::LEFT, self::W - self::RIGHT, $y($tick), $y($tick))
                . sprintf('<text x="%d" y="%.1f" text-anchor="end" font-size="11">%s</text>', self::LEFT - 6, $y($tick) + 4,
                    $this->text($this->number($tick) . $unit));
        }
        $line = [];
        foreach ($points as $i => $p) {
            if ($p['low'] !== null && $p['high'] !== null) {
                $out .= sprintf('<line class="ci" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="#7aa6d6" stroke-width="6" stroke-linecap="round" opacity="0.6"/>',
                    $x($i), $x($i), $y($p['low']), $y($p['high']));
            }
            $line[] = sprintf('%.1f,%.1f', $x($i), $y($p['value']));
            $out .= sprintf('<circle cx="%.1f" cy="%.1f" r="3.5" fill="#1f5fa6"><title>%s</title></circle>', $x($i), $y($p['value']),
                $this->text(sprintf('%s: %s%s (n = %d)', $p['label'], $this->number($p['value']), $unit, $p['n'])));
            // Every label would crowd a long series: first, last and every fourth.
            if ($i === 0 || $i === count($points) - 1 || $i % 4 === 0) {
                $out .= sprintf('<text x="%.1f" y="%d" text-anchor="middle" font-size="11">%s</text>', $x($i), self::H - self::BOTTOM + 18,
                    $this->text($p['label']));
            }
        }
        if (count($line) > 1) {
            $out .= '<polyline class="mean" fill="none" stroke="#1f5fa6" stroke-width="2" points="' . $this->attr(implode(' ', $line)) . '"/>';
        }
        return $out . '</svg>';
    }

    /** @param array<string, int> $counts label => count, drawn left to right as vertical bars */
    public function bars(string $id, string $title, string $desc, array $counts): string
    {
        $plotW = self::W - self::LEFT - self::RIGHT;
        $plotH = self::H - self::TOP - self::BOTTOM;
        $top = max(1, max($counts ?: [0]));
        $slot = $plotW / max(1, count($counts));
        $out = $this->open($id, $title, $desc);
        $i = 0;
        foreach ($counts as $label => $count) {
            $h = $plotH * $count / $top;
            $x = self::LEFT + $i * $slot + $slot * 0.15;
            $out .= sprintf('<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#1f5fa6"><title>%s</title></rect>',
                $x, self::TOP + $plotH - $h, $slot * 0.7, $h, $this->text($label . ': ' . $count))
                . sprintf('<text x="%.1f" y="%.1f" text-anchor="middle" font-size="12">%d</text>', $x + $slot * 0.35, self::TOP + $plotH - $h - 4, $count)
                . sprintf('<text x="%.1f" y="%d" text-anchor="middle" font-size="12">%s</text>', $x + $slot * 0.35, self::H - self::BOTTOM + 18,
                    $this->text((string) $label));
            $i++;
        }
        return $out . '</svg>';
    }

    /** @param list<array{step: string, count: int, overall: ?float}> $steps horizontal bars, widest first */
    public function funnel(string $id, string $title, string $desc, array $steps, array $labels = []): string
    {
        $first = max(1, (int) ($steps[0]['count'] ?? 0));
        $rowH = 36;
        $height = self::TOP + count($steps) * $rowH + 8;
        $plotW = self::W - 160 - self::RIGHT;
        $out = $this->open($id, $title, $desc, $height);
        foreach ($steps as $i => $s) {
            $w = $plotW * $s['count'] / $first;
            $y = self::TOP + $i * $rowH;
            $share = $s['overall'] === null ? '–' : $this->number(100 * $s['overall']) . ' %';
            $name = $labels[$s['step']] ?? $s['step'];
            $out .= sprintf('<text x="150" y="%d" text-anchor="end" font-size="12">%s</text>', $y + 20, $this->text($name))
                . sprintf('<rect class="bar" x="160" y="%d" width="%.1f" height="%d" fill="#1f5fa6"><title>%s</title></rect>', $y + 4, $w, $rowH - 10,
                    $this->text(sprintf('%s: %d (%s)', $name, $s['count'], $share)))
                . sprintf('<text x="%.1f" y="%d" font-size="12">%s</text>', 166 + $w, $y + 20, $this->text($s['count'] . ' (' . $share . ')'));
        }
        return $out . '</svg>';
    }

    private function open(string $id, string $title, string $desc, int $height = self::H): string
    {
        $id = $this->attr($id);
        return sprintf('<svg xmlns="http://www.w3.org/2000/svg" class="shopcx-chart" viewBox="0 0 %d %d" width="100%%" role="img" aria-labelledby="%s-title %s-desc">',
            self::W, $height, $id, $id)
            . '<title id="' . $id . '-title">' . $this->text($title) . '</title>'
            . '<desc id="' . $id . '-desc">' . $this->text($desc) . '</desc>';
    }

    public function number(float $v): string
    {
        if (abs($v) < 0.05) {
            return '0';   // not "-0"
        }
        return rtrim(rtrim(number_format($v, 1, '.', ''), '0'), '.');
    }

    private function text(string $s): string
    {
        return $this->escaper->escapeHtml($s);
    }

    private function attr(string $s): string
    {
        return $this->escaper->escapeHtmlAttr($s);
    }
}
