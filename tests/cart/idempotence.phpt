--TEST--
Detector: the same cart at the same time gets the same decision; a step already sent is never due again (stacked cron runs)
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector(['quietHours' => ['21:00', '08:00'], 'timezone' => 'Europe/Amsterdam']);
$U = 1767225600;
$carts = [];
for ($i = 0; $i < 200; $i++) {
    $carts[] = ['id' => "c$i", 'customer' => $i % 3 ? $i : null, 'consent' => $i % 5 !== 0, 'email' => "c$i@example.nl",
        'items' => 1 + $i % 4, 'value' => 5 + $i, 'created_at' => $U + $i * 977, 'updated_at' => $U + $i * 977 + $i % 7 * 60];
}

// Same input, same instant: identical decisions, from classify() and from scan().
$now = $U + 3 * 86400 + 12 * 3600;   // 13:00 in Amsterdam: outside the quiet hours
$first = array_map(fn($c) => $d->classify($c, $now)->toArray(), $carts);
$second = array_map(fn($c) => $d->classify($c, $now)->toArray(), $carts);
var_dump($first === $second);
$viaScan = [];
foreach ($d->scan($carts, $now) as $row => $dec) {
    $viaScan[$row['id']] = $dec->toArray();
}
$due = array_filter($first, fn($a) => $a['state'] === 'due');
var_dump(array_column($due, null, 'cartId') === $viaScan, count($viaScan));

// A simulated cron: every 10 minutes for 8 days; each due step is "sent" (recorded) at once.
// Two stacked runs at the same minute see the same rows until the first one records its send.
$sentLog = [];
for ($t = $U; $t <= $U + 8 * 86400; $t += 600) {
    foreach ([1, 2] as $run) {   // the second run starts before the first one's sends are stored
        $existing = array_filter($carts, fn($c) => $c['updated_at'] <= $t);   // what the SQL query returns
        foreach ($d->scan($existing, $t) as $row => $dec) {
            $sentLog[$row['id'] . '#' . $dec->step][] = $run;
        }
    }
    foreach ($carts as &$c) {
        if ($c['updated_at'] > $t) {
            continue;
        }
        $dec = $d->classify($c, $t);
        if ($dec->state === 'due') {
            $c['reminders'][] = $t;   // the send is recorded
        }
    }
    unset($c);
}
// Each (cart, step) was offered in exactly one cron minute: once to run 1 and once to the stacked
// run 2 of that same minute (which a real job prevents with its row update), never again later.
$counts = array_count_values(array_map(fn($runs) => implode(',', $runs), $sentLog));
ksort($counts);
print_r($counts);
$perStep = [];
foreach (array_keys($sentLog) as $key) {
    $step = (int) explode('#', $key)[1];
    $perStep[$step] = ($perStep[$step] ?? 0) + 1;
}
ksort($perStep);
print_r($perStep);
// And no reminder was ever recorded during quiet hours.
$night = 0;
foreach ($carts as $c) {
    foreach ($c['reminders'] ?? [] as $at) {
        $h = (int) (new DateTimeImmutable("@$at"))->setTimezone(new DateTimeZone('Europe/Amsterdam'))->format('G');
        $night += ($h >= 21 || $h < 8) ? 1 : 0;
    }
}
echo "sent at night: $night\n";
// After the sequence nothing is due any more; carts idle for 7 days (i >= 177) read as expired.
$states = array_count_values(array_map(fn($c) => $d->classify($c, $U + 9 * 86400)->reason ?? '-', $carts));
ksort($states);
print_r($states);
?>
--EXPECT--
bool(true)
bool(true)
int(160)
Array
(
    [1,2] => 480
)
Array
(
    [1] => 160
    [2] => 160
    [3] => 160
)
sent at night: 0
Array
(
    [expired] => 141
    [no_consent] => 40
    [sequence_done] => 19
)
