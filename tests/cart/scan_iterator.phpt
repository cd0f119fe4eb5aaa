--TEST--
Scan as an Iterator: by-reference foreach, cycles through the input, nested scans, scanned() before starting
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector();
$now = 1767225600;
$rows = [];
for ($i = 0; $i < 5; $i++) {
    $rows[] = ['id' => "r$i", 'customer' => 1, 'email' => 'x@example.nl', 'items' => 1, 'value' => 1, 'updated_at' => $now - 3600 * $i];
}
$scan = $d->scan($rows, $now);
var_dump($scan->scanned());
try {
    foreach ($scan as &$decision) {}
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// Two scans over the same rows advance independently.
$a = $d->scan($rows, $now);
$b = $d->scan($rows, $now);
foreach ($a as $decision) {
    $b->next();
    echo $decision->cartId, '/', $b->valid() ? $b->current()->cartId : '-', ' ';
}
echo "\n";

// A generator that holds the scan that reads it: a cycle the collector can free.
class Holder { public $scan; }
$h = new Holder();
$gen = (function () use ($h, $rows) { yield from $rows; })();
$h->scan = $d->scan($gen, $now);
foreach ($h->scan as $decision) { echo $decision->cartId, ' '; }
echo "\n";
unset($h, $gen);
var_dump(gc_collect_cycles() >= 0);

// The detector may go away while its scan lives on.
$scan = (new Detector(['idle' => 7200, 'reminders' => [7200, 86400]]))->scan($rows, $now);
echo implode(',', array_map(fn($dec) => $dec->cartId . ':' . $dec->step, iterator_to_array($scan, false))), "\n";
?>
--EXPECT--
int(0)
Error: An iterator cannot be used with foreach by reference
r1/r2 r2/r3 r3/r4 r4/- 
r1 r2 r3 r4 
bool(true)
r2:1,r3:1,r4:1
