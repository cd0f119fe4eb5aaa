--TEST--
Hostile cart rows: 4,000 rows with random keys, types and values (huge numbers, NaN, invalid UTF-8, nested arrays, objects) are each classified or refused with TypeError/ValueError, never a crash or another error; scan()->skipInvalid() passes over exactly the rows classify() refuses and decides the others as classify() does
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector(['quietHours' => ['21:00', '08:00'], 'timezone' => 'Europe/Amsterdam']);
$now = 1767225600 + 90000;
$values = [0, 1, -1, PHP_INT_MAX, PHP_INT_MIN, 1.5, NAN, INF, -INF, '', '0', '12', 'lots', "x\xff", "\x00", 'ann@example.nl',
    "ann\xc3@example.nl", str_repeat('a', 70000), true, false, null, [], [1, 2], ['a' => ['b' => ['c' => []]]], new stdClass(),
    [$now - 7200], [$now - 7200, 'x'], [PHP_INT_MAX], 'open', 'ordered', 'closed', $now, $now - 3600, $now + 3600, -3600];
$keys = ['id', 'customer', 'email', 'items', 'value', 'currency', 'created_at', 'updated_at', 'status', 'reminders',
    'consent', 'opted_out', 'ordered_elsewhere', 'open_ticket', 'language', "unknown", "\xff", ''];
$base = ['id' => 'c', 'customer' => 7, 'email' => 'ann@example.nl', 'items' => 2, 'value' => 30, 'updated_at' => $now - 7200];
mt_srand(4);
$rows = $expected = [];
$decided = $refused = 0;
for ($n = 0; $n < 4000; $n++) {
    $row = mt_rand(0, 9) === 0 ? [] : $base;
    $row['id'] = "c$n";
    for ($k = 0, $edits = mt_rand(1, 4); $k < $edits; $k++) {
        $key = $keys[mt_rand(0, count($keys) - 1)];
        if (mt_rand(0, 5) === 0) {
            unset($row[$key]);
        } else {
            $row[$key] = $values[mt_rand(0, count($values) - 1)];
        }
    }
    if (mt_rand(0, 50) === 0) {
        $row = $values[mt_rand(0, count($values) - 1)];   // not an array at all
    }
    $rows[] = $row;
    if (!is_array($row)) {
        $expected[] = null;
        $refused++;
        continue;
    }
    try {
        $decision = $d->classify($row, $now);
        $expected[] = $decision->state;
        $decided++;
    } catch (TypeError | ValueError $e) {
        if ($e->getMessage() === '') {
            echo "empty message\n";
        }
        $expected[] = null;
        $refused++;
    }
}
$scan = $d->scan($rows, $now)->skipInvalid();
$seen = [];
foreach ($scan as $decision) {
    $seen[$decision->cartId] = $decision->state;
}
$mismatch = 0;
foreach ($rows as $i => $row) {
    $id = is_array($row) && is_string($row['id'] ?? null) ? $row['id'] : null;
    if ($expected[$i] !== null && $id !== null && isset($seen[$id]) && $seen[$id] !== $expected[$i]) {
        $mismatch++;
    }
}
printf("classified %d, refused %d; scan: scanned %d, skipped %d, state mismatches %d\n", $decided, $refused,
    $scan->scanned(), $scan->skipped(), $mismatch);
var_dump($scan->skipped() === $refused, $decided > 500, $refused > 500);
?>
--EXPECTF--
classified %d, refused %d; scan: scanned 4000, skipped %d, state mismatches 0
bool(true)
bool(true)
bool(true)
