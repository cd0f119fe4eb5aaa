--TEST--
Scan::skipInvalid(): unreadable rows are passed over and recorded, the other reminders still come; input errors still end the scan
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector();
$U = 1767225600;
$now = $U + 90000;
$row = fn(string $id, int $ago, array $more = []) => $more + ['id' => $id, 'customer' => 1, 'email' => "$id@example.nl",
    'items' => 1, 'value' => 10, 'updated_at' => $now - $ago];
$rows = [
    $row('a', 3600),                                   // due
    $row('b', 3600, ['value' => 'lots']),              // TypeError
    $row('c', 3600, ['email' => "x\xff@example.nl"]),  // ValueError: invalid UTF-8
    ['id' => 'd', 'items' => 1, 'value' => 10],        // ValueError: no updated_at
    'not a row',                                       // TypeError
    $row('e', 3600),                                   // due
];

echo "-- default: the first bad row ends the scan\n";
$scan = $d->scan($rows, $now);
try {
    foreach ($scan as $decision) {
        echo $decision->cartId, "\n";
    }
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($scan->skipped(), $scan->invalidRows());

echo "-- skipInvalid()\n";
$scan = $d->scan($rows, $now)->skipInvalid();
foreach ($scan as $decision) {
    echo $decision->cartId, ' ', $decision->state, "\n";
}
printf("scanned %d, skipped %d\n", $scan->scanned(), $scan->skipped());
foreach ($scan->invalidRows() as $bad) {
    printf("row %d: %s\n", $bad['row'], $bad['error']);
}
echo "-- a rewind starts the count again\n";
foreach ($scan as $decision) {
}
printf("scanned %d, skipped %d, listed %d\n", $scan->scanned(), $scan->skipped(), count($scan->invalidRows()));

echo "-- only the first 100 are listed, all are counted\n";
$scan = $d->scan(array_fill(0, 250, ['id' => 'z']), $now)->skipInvalid();
var_dump(iterator_count($scan), $scan->skipped(), count($scan->invalidRows()), $scan->invalidRows()[99]['row']);

echo "-- an exception of the input itself still ends the scan\n";
$cursor = function () use ($row) {
    yield ['id' => 'bad'];
    yield $row('f', 3600);
    throw new RuntimeException('database connection lost');
};
$scan = $d->scan($cursor(), $now)->skipInvalid();
try {
    foreach ($scan as $decision) {
        echo $decision->cartId, "\n";
    }
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
printf("skipped %d\n", $scan->skipped());
?>
--EXPECTF--
-- default: the first bad row ends the scan
a
TypeError: %s
int(0)
array(0) {
}
-- skipInvalid()
a due
e due
scanned 6, skipped 4
row 2: %s
row 3: %s
row 4: %s
row 5: %s
-- a rewind starts the count again
scanned 6, skipped 4, listed 4
-- only the first 100 are listed, all are counted
int(0)
int(250)
int(100)
int(100)
-- an exception of the input itself still ends the scan
f
RuntimeException: database connection lost
skipped 1
