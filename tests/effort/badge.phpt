--TEST--
Kpi::badge(): satisfied and timely shares over a rolling window, per-channel response targets, nothing below the minimum sample
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Kpi;

$now = strtotime('2026-11-23 12:00 UTC');
$day = 86400;
$records = [];
// 40 chats in the last 30 days: first response 10 s (timely) for 30, 35 s (late) for 10; CSAT 5 for 32, 2 for 8.
for ($i = 0; $i < 40; $i++) {
    $records[] = ['customer' => "c$i", 'channel' => 'chat', 'at' => $now - $i * 12 * 3600, 'firstResponse' => $i < 30 ? 10 : 35, 'csat' => $i < 32 ? 5 : 2];
}
// 10 e-mails answered within the day (one at exactly 24 h: still timely), 2 after two days.
for ($i = 0; $i < 12; $i++) {
    $records[] = ['customer' => "m$i", 'channel' => 'email', 'at' => $now - $i * $day, 'firstResponse' => $i < 9 ? 3600 : ($i == 9 ? 86400 : 2 * 86400)];
}
// Outside the window (31 days ago, exactly 30 days ago) or in the future: not counted.
$records[] = ['customer' => 'old', 'channel' => 'chat', 'at' => $now - 31 * $day, 'firstResponse' => 500, 'csat' => 1];
$records[] = ['customer' => 'edge', 'channel' => 'chat', 'at' => $now - 30 * $day, 'firstResponse' => 500, 'csat' => 1];
$records[] = ['customer' => 'future', 'channel' => 'chat', 'at' => new DateTimeImmutable('@' . ($now + 60)), 'firstResponse' => 500, 'csat' => 1];
// A channel without a target counts for satisfaction only.
$records[] = ['customer' => 'w', 'channel' => 'whatsapp', 'at' => $now, 'firstResponse' => 9999, 'csat' => 4];

$b = Kpi::badge($records, $now);
// satisfied: (32 + 1) / 41; timely: (30 + 10) / 52
printf("show=%s satisfied=%.4f (n=%d) timely=%.4f (n=%d) window=%s..%s\n", var_export($b->show, true), $b->satisfied,
    $b->satisfiedSample, $b->timely, $b->timelySample, gmdate('Y-m-d H:i', $b->windowStart), gmdate('Y-m-d H:i', $b->windowEnd));

// The shop's own targets replace the defaults: chat 40 s (all 40 timely), e-mail a day (10 of 12), WhatsApp 10000 s (1 of 1):
// 51 of 53. Satisfaction has 41 answers, below a minimum sample of 42: hidden.
$b = Kpi::badge($records, new DateTimeImmutable('@' . $now), ['targets' => ['chat' => 40, 'email' => 86400, 'whatsapp' => 10000], 'minSample' => 42, 'window' => 30 * $day]);
var_dump($b->show, $b->satisfied, $b->satisfiedSample, $b->timely, $b->timelySample);

// Targets given by reference, and a numeric channel name, work like any other.
$chat = 40;
$targets = ['chat' => &$chat, '7' => 30];
$b = Kpi::badge([['customer' => 'n', 'channel' => '7', 'at' => $now, 'firstResponse' => 29]] + array_slice($records, 0, 40, true), $now, ['targets' => $targets, 'minSample' => 1]);
var_dump($b->timely, $b->timelySample);

// Too little data: nothing to show.
$b = Kpi::badge(array_slice($records, 0, 5), $now);
echo json_encode($b->toArray()), "\n";
?>
--EXPECT--
show=true satisfied=0.8049 (n=41) timely=0.7692 (n=52) window=2026-10-24 12:00..2026-11-23 12:00
bool(true)
NULL
int(41)
float(0.9622641509433962)
int(53)
float(1)
int(40)
{"show":false,"satisfied":null,"satisfiedSample":5,"timely":null,"timelySample":5,"windowStart":1792843200,"windowEnd":1795435200}
