--TEST--
Detector::metrics(): abandonment and recovery rates, recovered value per currency, per step and per day
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector(['timezone' => 'Europe/Amsterdam']);
$U = 1767225600;           // 2026-01-01 00:00 UTC = 01:00 in Amsterdam
$now = $U + 10 * 86400;
$c = fn(string $id, int $updated, array $more = []) => $more + ['id' => $id, 'customer' => 1, 'email' => 'x@example.nl',
    'items' => 1, 'value' => 10, 'currency' => 'EUR', 'updated_at' => $updated];
$carts = [
    $c('a', $U + 1000, ['status' => 'ordered', 'value' => 40]),                                                      // converted
    $c('b', $U + 1000, ['status' => 'ordered', 'value' => 60, 'reminders' => [$U + 5000], 'ordered_at' => $U + 6000]), // recovered by step 1
    $c('c', $U + 86400, ['status' => 'ordered', 'value' => '25.50', 'recovered_step' => 2, 'reminders' => [$U + 90000, $U + 170000]]), // step 2 link
    $c('d', $U + 86400, ['status' => 'ordered', 'currency' => 'GBP', 'reminders' => [$U + 90000], 'ordered_at' => $U + 100000]),   // step 1, GBP
    $c('e', $U, ['reminders' => [$U + 4000, $U + 90000, $U + 260000]]),                                              // all 3 sent, lost
    $c('f', $now - 60),                                                                                                // still shopping
    $c('g', $U + 5 * 86400, ['customer' => null]),                                                                     // guest without consent
    $c('h', $U + 5 * 86400, ['status' => 'closed']),
    $c('i', $U - 3601, ['reminders' => [$U]]),                                                                         // 23:59:59 on Dec 31 in Amsterdam
];
$m = $d->metrics($carts, $now);
var_dump($m instanceof ShopCx\Cart\Metrics);
echo json_encode($m->toArray(), JSON_PRETTY_PRINT | JSON_PRESERVE_ZERO_FRACTION), "\n";

// The same from a generator, and nothing at all.
$gen = (function () use ($carts) { yield from $carts; })();
var_dump($d->metrics($gen, $now)->toArray() === $m->toArray());
$empty = $d->metrics([], $now);
echo json_encode([$empty->carts, $empty->abandonmentRate, $empty->recoveryRate, $empty->recoveredValue, count($empty->perStep), $empty->perDay], JSON_PRESERVE_ZERO_FRACTION), "\n";

// Days are local: a cart touched at 1970-01-01 02:00 UTC belongs to 1969-12-31 in New York.
$ny = new Detector(['timezone' => 'America/New_York']);
echo json_encode(array_keys($ny->metrics([$c('n', 7200), $c('m', 86400 * 2)], $now)->perDay)), "\n";

// Bad rows are named as in classify(); a cart # when the id is unusable.
foreach ([[$carts[0], ['id' => 'z', 'items' => 1, 'value' => 1, 'updated_at' => $now + 999]], [$carts[0], 'x']] as $rows) {
    try {
        $d->metrics($rows, $now);
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
{
    "carts": 9,
    "active": 1,
    "abandoned": 4,
    "converted": 1,
    "recovered": 3,
    "abandonmentRate": 0.875,
    "recoveryRate": 0.42857142857142855,
    "recoveredValue": {
        "EUR": 85.5,
        "GBP": 10.0
    },
    "perStep": {
        "1": {
            "sent": 5,
            "recovered": 2,
            "rate": 0.4,
            "value": {
                "EUR": 60.0,
                "GBP": 10.0
            }
        },
        "2": {
            "sent": 2,
            "recovered": 1,
            "rate": 0.5,
            "value": {
                "EUR": 25.5
            }
        },
        "3": {
            "sent": 1,
            "recovered": 0,
            "rate": 0.0,
            "value": []
        }
    },
    "perDay": {
        "2025-12-31": {
            "carts": 1,
            "active": 0,
            "abandoned": 1,
            "converted": 0,
            "recovered": 0
        },
        "2026-01-01": {
            "carts": 3,
            "active": 0,
            "abandoned": 1,
            "converted": 1,
            "recovered": 1
        },
        "2026-01-02": {
            "carts": 2,
            "active": 0,
            "abandoned": 0,
            "converted": 0,
            "recovered": 2
        },
        "2026-01-06": {
            "carts": 2,
            "active": 0,
            "abandoned": 2,
            "converted": 0,
            "recovered": 0
        },
        "2026-01-11": {
            "carts": 1,
            "active": 1,
            "abandoned": 0,
            "converted": 0,
            "recovered": 0
        }
    }
}
bool(true)
[0,0.0,0.0,[],3,[]]
["1969-12-31","1970-01-02"]
ValueError: cart "z" field "updated_at" must not be in the future (1768090599 is after now 1768089600 + clock skew 300)
TypeError: cart #2 must be of type array, string given
