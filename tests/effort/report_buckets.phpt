--TEST--
Report segments (any keys) and day/week/month buckets in the shop's time zone, across DST and year ends
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

$tz = new DateTimeZone('Europe/Amsterdam');
$times = [
    '2025-12-31 23:30 UTC', // 2026-01-01 00:30 in Amsterdam: ISO week 2026-W01 (starts Monday 2025-12-29)
    '2026-03-28 23:30 UTC', // Sunday 2026-03-29 00:30 CET, the night clocks go forward: 2026-W13
    '2026-03-29 22:30 UTC', // Monday 2026-03-30 00:30 CEST: 2026-W14
    '2026-03-29 23:30 UTC', // same local Monday
    '2026-12-31 23:30 UTC', // Friday 2027-01-01 00:30: still ISO week 2026-W53
];
$answers = [['csat' => 5], ['csat' => 4], ['csat' => 1], ['csat' => 2], ['csat' => 5]];
$segments = [
    ['channel' => 'chat', 'carrier' => 'PostNL', 'sku' => 'TSHIRT-M'],
    ['channel' => 'email', 'carrier' => 'DHL'],
    ['channel' => 'chat', 'carrier' => 'DHL', 'agent' => 17],
    ['channel' => 'chat', 'carrier' => null],
    ['channel' => 'phone'],
];
foreach (['day', 'week', 'month'] as $bucket) {
    $r = new Report(Survey::csat(), ['bucket' => $bucket, 'timezone' => 'Europe/Amsterdam']);
    foreach ($times as $i => $t) {
        $r->add($answers[$i], new DateTimeImmutable($t), $segments[$i]);
    }
    echo "$bucket:\n";
    foreach ($r->result()->buckets as $b) {
        $local = (new DateTimeImmutable('@' . $b['start']))->setTimezone($tz)->format('Y-m-d H:i T');
        printf("  %s start=%s responses=%d csat=%.1f\n", $b['bucket'], $local, $b['responses'], $b['questions']['csat']['csat']);
    }
}

// Segments: every key the shop passes, values in first-seen order; null means "not known" and is skipped.
$res = $r->result();
foreach ($res->segments as $key => $values) {
    foreach ($values as $value => $f) {
        printf("%s=%s: responses=%d mean=%.2f csat=%.1f\n", $key, var_export($value, true), $f['responses'], $f['questions']['csat']['mean'], $f['questions']['csat']['csat']);
    }
}

// UTC is the default zone: 2025-12-31 23:30 UTC stays in December.
$r = new Report(Survey::csat(), ['bucket' => 'month']);
$r->add(['csat' => 3], strtotime('2025-12-31 23:30 UTC'));
echo $r->result()->buckets[0]['bucket'], " ", $r->result()->buckets[0]['start'], "\n";

// Without buckets the list stays empty.
$r = new Report(Survey::csat(), ['bucket' => null]);
$r->add(['csat' => 3], 0);
var_dump($r->result()->buckets);
?>
--EXPECT--
day:
  2026-01-01 start=2026-01-01 00:00 CET responses=1 csat=100.0
  2026-03-29 start=2026-03-29 00:00 CET responses=1 csat=100.0
  2026-03-30 start=2026-03-30 00:00 CEST responses=2 csat=0.0
  2027-01-01 start=2027-01-01 00:00 CET responses=1 csat=100.0
week:
  2026-W01 start=2025-12-29 00:00 CET responses=1 csat=100.0
  2026-W13 start=2026-03-23 00:00 CET responses=1 csat=100.0
  2026-W14 start=2026-03-30 00:00 CEST responses=2 csat=0.0
  2026-W53 start=2026-12-28 00:00 CET responses=1 csat=100.0
month:
  2026-01 start=2026-01-01 00:00 CET responses=1 csat=100.0
  2026-03 start=2026-03-01 00:00 CET responses=3 csat=33.3
  2027-01 start=2027-01-01 00:00 CET responses=1 csat=100.0
channel='chat': responses=3 mean=2.67 csat=33.3
channel='email': responses=1 mean=4.00 csat=100.0
channel='phone': responses=1 mean=5.00 csat=100.0
carrier='PostNL': responses=1 mean=5.00 csat=100.0
carrier='DHL': responses=2 mean=2.50 csat=50.0
sku='TSHIRT-M': responses=1 mean=5.00 csat=100.0
agent=17: responses=1 mean=1.00 csat=0.0
2025-12 1764547200
array(0) {
}
