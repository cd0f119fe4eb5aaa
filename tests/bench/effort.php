<?php
/**
 * Effort benchmark: aggregating survey responses with ShopCx\Effort\Report against an idiomatic
 * PHP implementation of the same job (validate each response, count per question overall and per
 * segment in nested arrays, then derive means, t-intervals, Wilson shares and the hotspot).
 *   php -d extension=modules/shopcx.so tests/bench/effort.php [responses]
 * Default: 1,000,000 responses of the three-stage effort survey with 3 segments (channel, carrier, sku).
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';

use ShopCxBench\Bench;
use ShopCx\Effort\{Survey, Report};

/** What a shop would write by hand for the same figures. */
final class ReferenceEffortReport
{
    private const QUESTIONS = ['choosing' => [1, 3], 'purchasing' => [1, 3], 'after' => [1, 3]];
    private const T975 = [1 => 12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252,
        2.306004135, 2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
        2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610,
        2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456];
    private const Z = 1.959963984540054;

    private array $total;
    private array $segments = [];
    private array $buckets = [];

    public function __construct(private ?string $bucket = null, private ?DateTimeZone $tz = null)
    {
        $this->total = self::emptyCell();
    }

    private static function emptyCell(): array
    {
        $cell = ['n' => 0, 'comment' => 0];
        foreach (self::QUESTIONS as $id => [$min, $max]) {
            $cell[$id] = array_fill($min, $max - $min + 1, 0);
        }
        return $cell;
    }

    public function add(array $answers, int $at, array $segments): void
    {
        $valid = [];
        foreach (self::QUESTIONS as $id => [$min, $max]) {
            $v = $answers[$id] ?? null;
            if (!is_int($v) || $v < $min || $v > $max) {
                throw new ValueError("answer to \"$id\" must be an integer from $min to $max");
            }
            $valid[$id] = $v;
        }
        foreach ($answers as $id => $_) {
            if (!isset(self::QUESTIONS[$id]) && $id !== 'comment') {
                throw new ValueError("unknown question \"$id\"");
            }
        }
        $comment = isset($answers['comment']) && trim($answers['comment']) !== '';
        self::count($this->total, $valid, $comment);
        foreach ($segments as $key => $value) {
            if ($value === null) {
                continue;
            }
            $this->segments[$key][$value] ??= self::emptyCell();
            self::count($this->segments[$key][$value], $valid, $comment);
        }
        if ($this->bucket !== null) {
            $label = (new DateTimeImmutable('@' . $at))->setTimezone($this->tz)->format($this->bucket === 'week' ? 'o-\WW' : 'Y-m-d');
            $this->buckets[$label] ??= self::emptyCell();
            self::count($this->buckets[$label], $valid, $comment);
        }
    }

    private static function count(array &$cell, array $valid, bool $comment): void
    {
        $cell['n']++;
        foreach ($valid as $id => $v) {
            $cell[$id][$v]++;
        }
        if ($comment) {
            $cell['comment']++;
        }
    }

    private static function t975(int $df): float
    {
        if ($df <= 30) {
            return self::T975[$df];
        }
        $z = self::Z;
        $v = $df;
        return $z + ($z ** 3 + $z) / (4 * $v) + (5 * $z ** 5 + 16 * $z ** 3 + 3 * $z) / (96 * $v ** 2)
            + (3 * $z ** 7 + 19 * $z ** 5 + 17 * $z ** 3 - 15 * $z) / (384 * $v ** 3)
            + (79 * $z ** 9 + 776 * $z ** 7 + 1482 * $z ** 5 - 1920 * $z ** 3 - 945 * $z) / (92160 * $v ** 4);
    }

    private static function figures(array $cell): array
    {
        $out = ['responses' => $cell['n'], 'questions' => [], 'hotspot' => null];
        $worst = -1.0;
        foreach (self::QUESTIONS as $id => [$min, $max]) {
            $n = array_sum($cell[$id]);
            $q = ['count' => $n, 'mean' => null, 'ci' => null, 'lowEffort' => null, 'lowEffortCi' => null];
            if ($n > 0) {
                $sum = 0;
                foreach ($cell[$id] as $v => $c) {
                    $sum += $v * $c;
                }
                $mean = $sum / $n;
                $ss = 0.0;
                foreach ($cell[$id] as $v => $c) {
                    $ss += $c * ($v - $mean) ** 2;
                }
                $q['mean'] = $mean;
                if ($n > 1) {
                    $half = self::t975($n - 1) * sqrt($ss / ($n - 1)) / sqrt($n);
                    $q['ci'] = ['low' => max($min, $mean - $half), 'high' => min($max, $mean + $half)];
                }
                $p = $cell[$id][1] / $n;
                $z2 = self::Z ** 2;
                $d = 1 + $z2 / $n;
                $centre = ($p + $z2 / (2 * $n)) / $d;
                $h = self::Z * sqrt($p * (1 - $p) / $n + $z2 / (4 * $n * $n)) / $d;
                $q['lowEffort'] = $p;
                $q['lowEffortCi'] = ['low' => $cell[$id][1] === 0 ? 0.0 : max(0, $centre - $h), 'high' => $cell[$id][1] === $n ? 1.0 : min(1, $centre + $h)];
                if ($mean > $worst) {
                    $worst = $mean;
                    $out['hotspot'] = $id;
                }
            }
            $out['questions'][$id] = $q;
        }
        return $out;
    }

    public function result(): array
    {
        $segments = [];
        foreach ($this->segments as $key => $values) {
            foreach ($values as $value => $cell) {
                $segments[$key][$value] = self::figures($cell);
            }
        }
        $buckets = [];
        ksort($this->buckets);
        foreach ($this->buckets as $label => $cell) {
            $buckets[] = ['bucket' => $label] + self::figures($cell);
        }
        return ['total' => self::figures($this->total), 'segments' => $segments, 'buckets' => $buckets];
    }
}

/** The figures both sides report, in one shape, for the equality check. */
function shopcx_figures(array $r): array
{
    $pick = function (array $f): array {
        $out = ['responses' => $f['responses'], 'questions' => [], 'hotspot' => $f['hotspot']];
        foreach (['choosing', 'purchasing', 'after'] as $id) {
            $q = $f['questions'][$id];
            $out['questions'][$id] = ['count' => $q['count'], 'mean' => $q['mean'], 'ci' => $q['ci'], 'lowEffort' => $q['lowEffort'], 'lowEffortCi' => $q['lowEffortCi']];
        }
        return $out;
    };
    $segments = [];
    foreach ($r['segments'] as $key => $values) {
        foreach ($values as $value => $f) {
            $segments[$key][$value] = $pick($f);
        }
    }
    return ['total' => $pick($r), 'segments' => $segments, 'buckets' => array_map(fn($b) => ['bucket' => $b['bucket']] + $pick($b), $r['buckets'])];
}

function same(mixed $a, mixed $b): bool
{
    if (is_float($a) || is_float($b)) {
        return is_numeric($a) && is_numeric($b) && abs($a - $b) <= 1e-9 * max(1, abs($a));
    }
    if (is_array($a) && is_array($b)) {
        if (array_keys($a) != array_keys($b)) {
            return false;
        }
        foreach ($a as $k => $v) {
            if (!same($v, $b[$k])) {
                return false;
            }
        }
        return true;
    }
    return $a === $b;
}

$total = (int) ($argv[1] ?? 1000000);
mt_srand(2026);
$distinct = 10000;
$responses = [];
$channels = ['chat', 'email', 'phone', 'whatsapp'];
$carriers = ['PostNL', 'DHL', 'DPD', 'UPS', 'GLS'];
$start = strtotime('2026-01-01 00:00 UTC');
for ($i = 0; $i < $distinct; $i++) {
    // Most customers put in little effort; after-purchase effort is the most common pain.
    $answers = ['choosing' => min(3, 1 + intdiv(mt_rand(0, 9), 6)), 'purchasing' => min(3, 1 + intdiv(mt_rand(0, 9), 5)), 'after' => 1 + mt_rand(0, 2)];
    if (mt_rand(0, 9) === 0) {
        $answers['comment'] = 'Delivery took longer than promised';
    }
    $responses[] = [$answers, ['channel' => $channels[mt_rand(0, 3)], 'carrier' => $carriers[mt_rand(0, 4)], 'sku' => 'SKU-' . mt_rand(1, 500)]];
}
$times = [];
for ($i = 0; $i < $distinct; $i++) {
    $times[] = $start + mt_rand(0, 180 * 86400);
}

$survey = Survey::effort();
$tz = new DateTimeZone('Europe/Amsterdam');
$runShopcx = function (int $n, ?string $bucket) use ($survey, $responses, $times, $distinct): array {
    $report = new Report($survey, ['bucket' => $bucket, 'timezone' => 'Europe/Amsterdam']);
    for ($i = 0; $i < $n; $i++) {
        [$answers, $segments] = $responses[$i % $distinct];
        $report->add($answers, $times[$i % $distinct], $segments);
    }
    return $report->result()->toArray();
};
$runPhp = function (int $n, ?string $bucket) use ($responses, $times, $distinct, $tz): array {
    $report = new ReferenceEffortReport($bucket, $tz);
    for ($i = 0; $i < $n; $i++) {
        [$answers, $segments] = $responses[$i % $distinct];
        $report->add($answers, $times[$i % $distinct], $segments);
    }
    return $report->result();
};

// Both sides must report the same figures (overall, every segment value, every bucket) before we time them.
foreach ([null, 'week'] as $bucket) {
    if (!same(shopcx_figures($runShopcx(20000, $bucket)), $runPhp(20000, $bucket))) {
        fwrite(STDERR, "figures differ (bucket " . var_export($bucket, true) . ")\n");
        exit(1);
    }
}

$bench = new Bench(3);
$bench->header(sprintf('ShopCx\Effort\Report vs PHP arrays (%s responses, 3 segments: 4 channels, 5 carriers, 500 SKUs)', number_format($total)));
$bench->compare('add + result, no time buckets', fn() => $runShopcx($total, null)['responses'], fn() => $runPhp($total, null)['total']['responses'], 1,
    'per run of ' . number_format($total));
$bench->compare('add + result, weekly buckets Europe/Amsterdam', fn() => $runShopcx($total, 'week')['responses'], fn() => $runPhp($total, 'week')['total']['responses'], 1,
    'per run of ' . number_format($total));
$bench->footer();
