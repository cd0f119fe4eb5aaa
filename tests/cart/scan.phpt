--TEST--
Detector::scan(): due reminders from arrays, generators and other Traversables, one row at a time
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector();
$U = 1767225600;
$now = $U + 90000;
$row = fn(string $id, int $ago, array $more = []) => $more + ['id' => $id, 'customer' => 1, 'email' => "$id@example.nl",
    'items' => 1, 'value' => 10, 'updated_at' => $now - $ago, 'name' => "Customer $id"];
$rows = [
    $row('a', 60),                                        // active
    $row('b', 3600),                                      // due step 1
    $row('c', 7200, ['reminders' => [$now - 3600]]),     // waiting for step 2
    $row('d', 86400, ['reminders' => [$now - 82800]]),   // due step 2
    $row('e', 90000, ['opted_out' => true]),              // ignored
    $row('f', 4000, ['status' => 'ordered']),             // converted
];

echo "-- array\n";
$scan = $d->scan($rows, $now);
var_dump($scan instanceof Iterator);
foreach ($scan as $cart => $decision) {
    printf("%s step %d due U+%d (%s)\n", $decision->cartId, $decision->step, $decision->dueAt - $U, $cart['name']);
}
echo "scanned: ", $scan->scanned(), "\n";
echo "again: ";
foreach ($scan as $cart => $decision) {
    echo $decision->cartId, ' ';
}
echo "\n";

echo "-- generator (a database cursor)\n";
$cursor = function () use ($rows) {
    foreach ($rows as $r) {
        echo "[fetch {$r['id']}] ";
        yield $r;
    }
};
$scan = $d->scan($cursor(), $now);
foreach ($scan as $cart => $decision) {
    echo "-> {$decision->cartId}\n";
}
echo "\nscanned: ", $scan->scanned(), "\n";
try {
    foreach ($scan as $decision) {}
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "-- IteratorAggregate and ArrayIterator\n";
$agg = new class($rows) implements IteratorAggregate {
    public function __construct(private array $rows) {}
    public function getIterator(): Iterator { return new ArrayIterator($this->rows); }
};
echo implode(',', array_map(fn($dec) => $dec->cartId, iterator_to_array($d->scan($agg, $now), false))), "\n";
echo implode(',', array_map(fn($dec) => $dec->cartId, iterator_to_array($d->scan(new ArrayIterator($rows), $now), false))), "\n";

echo "-- by hand\n";
$scan = $d->scan($rows, $now);
var_dump($scan->valid(), $scan->current()->cartId, $scan->key()['id']);
$scan->next();
var_dump($scan->current()->step);
$scan->next();
var_dump($scan->valid(), $scan->current(), $scan->key(), $scan->scanned());
$scan->rewind();
var_dump($scan->current()->cartId, $scan->scanned());

echo "-- nothing due, empty input\n";
var_dump(iterator_count($d->scan([], $now)), iterator_count($d->scan([$row('a', 1)], $now)));
var_dump(iterator_count($d->scan((function () { yield from []; })(), $now)));

echo "-- a bad row stops the scan with a message naming it\n";
$bad = function () use ($row, $now) {
    yield $row('ok', 3600);
    yield $row('late', 3600, ['updated_at' => $now + 301]);
    yield $row('never', 3600);
};
$scan = $d->scan($bad(), $now);
try {
    foreach ($scan as $decision) {
        echo "sent {$decision->cartId}\n";
    }
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "scanned: ", $scan->scanned(), "\n";
foreach ([[$row('x', 3600), 'not a row'], [$row('x', 3600), ['customer' => 2]]] as $input) {
    try {
        foreach ($d->scan($input, $now) as $decision) {}
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$throwing = function () use ($row) { yield $row('b', 3600); throw new RuntimeException('connection lost'); };
try {
    foreach ($d->scan($throwing(), $now) as $decision) { echo "sent {$decision->cartId}\n"; }
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
-- array
bool(true)
b step 1 due U+90000 (Customer b)
d step 2 due U+90000 (Customer d)
scanned: 6
again: b d 
-- generator (a database cursor)
[fetch a] [fetch b] -> b
[fetch c] [fetch d] -> d
[fetch e] [fetch f] 
scanned: 6
Exception: Cannot rewind a generator that was already run
-- IteratorAggregate and ArrayIterator
b,d
b,d
-- by hand
bool(true)
string(1) "b"
string(1) "b"
int(2)
bool(false)
NULL
NULL
int(6)
string(1) "b"
int(2)
-- nothing due, empty input
int(0)
int(0)
int(0)
-- a bad row stops the scan with a message naming it
sent ok
ValueError: cart "late" field "updated_at" must not be in the future (1767315901 is after now 1767315600 + clock skew 300)
scanned: 2
TypeError: cart #2 must be of type array, string given
ValueError: cart #2 field "id" is missing
sent b
RuntimeException: connection lost
