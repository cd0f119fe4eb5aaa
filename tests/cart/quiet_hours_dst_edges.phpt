--TEST--
Detector quiet hours at DST edges found by the fuzzer: an allowed window swallowed by the spring-forward gap, and a quiet period ending in the repeated fall-back hour
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

function at(string $local): int {
    return (new DateTimeImmutable($local, new DateTimeZone('Europe/Amsterdam')))->getTimestamp();
}
function local(?int $ts): string {
    return $ts === null ? '-' : (new DateTimeImmutable('@' . $ts))->setTimezone(new DateTimeZone('Europe/Amsterdam'))->format('D Y-m-d H:i:s T');
}
function cart(int $updated): array {
    return ['id' => 'q', 'customer' => 1, 'email' => 'q@example.nl', 'items' => 1, 'value' => 10, 'updated_at' => $updated];
}

// Quiet from 02:39 to 02:07 the next morning: reminders may go out only between 02:07 and 02:39.
// On 2026-03-29 that window lies inside the skipped hour (02:00 -> 03:00), so nothing may go out
// that night at all: the first allowed moment is Monday 02:07.
$narrow = new Detector(['quietHours' => ['02:39', '02:07'], 'timezone' => 'Europe/Amsterdam']);
$d = $narrow->classify(cart(at('2026-03-28 12:00:00')), at('2026-03-28 13:05:00'));
echo $d->state, ' ', local($d->dueAt), "\n";
// The same on an ordinary night: Saturday's window is open.
$d = $narrow->classify(cart(at('2026-03-21 12:00:00')), at('2026-03-21 13:05:00'));
echo $d->state, ' ', local($d->dueAt), "\n";

// Quiet from 02:10 to 02:40. On 2026-10-25 the clock runs 02:00-02:59 CEST, then 02:00-02:59 CET
// again: a reminder due at 02:20 CET (second pass) waits until 02:40 CET, not the already-past
// 02:40 CEST.
$short = new Detector(['quietHours' => ['02:10', '02:40'], 'timezone' => 'Europe/Amsterdam', 'idle' => 300, 'reminders' => [600]]);
$dueSecondPass = strtotime('2026-10-25 01:20:00 UTC');   // 02:20 CET
$d = $short->classify(cart($dueSecondPass - 600), $dueSecondPass - 60);
echo $d->state, ' ', local($d->dueAt), ' = ', gmdate('H:i', $d->dueAt), " UTC\n";
$d = $short->classify(cart($dueSecondPass - 600), $dueSecondPass);
echo $d->state, ' ', local($d->dueAt), ' = ', gmdate('H:i', $d->dueAt), " UTC\n";
?>
--EXPECT--
waiting Mon 2026-03-30 02:07:00 CEST
waiting Sun 2026-03-22 02:07:00 CET
waiting Sun 2026-10-25 02:40:00 CET = 01:40 UTC
waiting Sun 2026-10-25 02:40:00 CET = 01:40 UTC
