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
// The same responses as batch rows, the shape a nightly job reads from the shop database (pages of 10,000).
$rows = [];
for ($i = 0; $i < $distinct; $i++) {
    $rows[] = ['answers' => $responses[$i][0], 'at' => $times[$i], 'segments' => $responses[$i][1]];
}
$runShopcx = function (int $n, ?string $bucket) use ($survey, $responses, $times, $distinct): array {
    $report = new Report($survey, ['bucket' => $bucket, 'timezone' => 'Europe/Amsterdam']);
    for ($i = 0; $i < $n; $i++) {
        [$answers, $segments] = $responses[$i % $distinct];
        $report->add($answers, $times[$i % $distinct], $segments);
    }
    return $report->result()->toArray();
};
$runShopcxBatch = function (int $n, ?string $bucket) use ($survey, $rows, $distinct): array {
    $report = new Report($survey, ['bucket' => $bucket, 'timezone' => 'Europe/Amsterdam']);
    for ($done = 0; $done < $n; $done += $distinct) {
        $report->addAll($n - $done >= $distinct ? $rows : array_slice($rows, 0, $n - $done));
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
$runPhpBatch = function (int $n, ?string $bucket) use ($rows, $distinct, $tz): array {
    $report = new ReferenceEffortReport($bucket, $tz);
    for ($done = 0; $done < $n; $done += $distinct) {
        foreach ($n - $done >= $distinct ? $rows : array_slice($rows, 0, $n - $done) as $row) {
            $report->add($row['answers'], $row['at'], $row['segments']);
        }
    }
    return $report->result();
};

// Both sides must report the same figures (overall, every segment value, every bucket) before we time them.
foreach ([null, 'week'] as $bucket) {
    $php = $runPhp(20000, $bucket);
    if (!same(shopcx_figures($runShopcx(20000, $bucket)), $php) || !same(shopcx_figures($runShopcxBatch(20000, $bucket)), $php)
        || !same($runPhpBatch(20000, $bucket), $php)) {
        fwrite(STDERR, "figures differ (bucket " . var_export($bucket, true) . ")\n");
        exit(1);
    }
}

/*
 * Timing: Bench::time() measures wall time, which on a shared machine also counts the time other
 * processes had the CPU. So each case runs ShopCx and PHP alternately, 3 rounds, and we print the
 * median of both the wall time and this process's CPU time (getrusage); the CPU ratio is the one to
 * trust when the machine is busy.
 */
function cpu_ns(): float
{
    $u = getrusage();
    return ($u['ru_utime.tv_sec'] + $u['ru_stime.tv_sec']) * 1e9 + ($u['ru_utime.tv_usec'] + $u['ru_stime.tv_usec']) * 1e3;
}
function measure(Bench $bench, callable $fn): array
{
    $wall = hrtime(true);
    $cpu = cpu_ns();
    $bench->consume($fn());
    return [hrtime(true) - $wall, cpu_ns() - $cpu];
}
function median(array $xs): float
{
    sort($xs);
    return $xs[intdiv(count($xs), 2)];
}

$bench = new Bench(3);
$rounds = 3;
printf("\n# ShopCx\\Effort\\Report vs PHP arrays: %s responses of the effort survey, 3 segments (4 channels, 5 carriers, 500 SKUs)\n",
    number_format($total));
printf("# PHP %s, %s; median of %d rounds, ns per response\n", PHP_VERSION, php_uname('m'), $rounds);
printf("%-44s %10s %10s %7s %10s %10s %7s\n", 'case', 'shopcx', 'php', 'wall', 'shopcx', 'php', 'cpu');
printf("%-44s %10s %10s %7s %10s %10s %7s\n", '', 'wall', 'wall', 'ratio', 'cpu', 'cpu', 'ratio');
$cases = [
    'add() each, no time buckets' => [fn() => $runShopcx($total, null)['responses'], fn() => $runPhp($total, null)['total']['responses']],
    'add() each, weekly buckets Europe/Amsterdam' => [fn() => $runShopcx($total, 'week')['responses'], fn() => $runPhp($total, 'week')['total']['responses']],
    'addAll() per 10,000, no time buckets' => [fn() => $runShopcxBatch($total, null)['responses'], fn() => $runPhpBatch($total, null)['total']['responses']],
    'addAll() per 10,000, weekly buckets' => [fn() => $runShopcxBatch($total, 'week')['responses'], fn() => $runPhpBatch($total, 'week')['total']['responses']],
];
foreach ($cases as $name => [$shopcx, $php]) {
    $a = $b = [];
    for ($r = 0; $r < $rounds; $r++) {
        $a[] = measure($bench, $shopcx);
        $b[] = measure($bench, $php);
    }
    $aw = median(array_column($a, 0)) / $total;
    $ac = median(array_column($a, 1)) / $total;
    $bw = median(array_column($b, 0)) / $total;
    $bc = median(array_column($b, 1)) / $total;
    printf("%-44s %10.1f %10.1f %6.1fx %10.1f %10.1f %6.1fx\n", $name, $aw, $bw, $bw / $aw, $ac, $bc, $bc / $ac);
}
$bench->footer();
