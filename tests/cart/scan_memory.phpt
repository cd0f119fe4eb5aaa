--TEST--
Detector::scan() keeps memory flat: 50,000 rows from a generator cost no more than 1,000
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector();
$now = 1767225600 + 30 * 86400;
function cursor(int $n, int $now): Generator {
    for ($i = 0; $i < $n; $i++) {
        // Every other cart is due; the rest are waiting, active or ignored.
        yield ['id' => "cart-$i", 'customer' => $i, 'email' => "c$i@example.nl", 'items' => 1 + $i % 3,
            'value' => 10 + $i % 90, 'currency' => 'EUR', 'updated_at' => $now - ($i % 2 ? 7200 : 60 * ($i % 50)),
            'reminders' => $i % 4 === 1 ? [$now - 3600] : [], 'payload' => str_repeat('x', 200)];
    }
}
function run(Detector $d, int $n, int $now): array {
    gc_collect_cycles();
    memory_reset_peak_usage();
    $base = memory_get_usage();
    $due = 0;
    $steps = 0;
    foreach ($d->scan(cursor($n, $now), $now) as $row => $decision) {
        $due++;
        $steps += $decision->step;
    }
    return [$due, $steps, memory_get_peak_usage() - $base];
}
[$dueSmall, , $peakSmall] = run($d, 1000, $now);
[$dueLarge, $steps, $peakLarge] = run($d, 50000, $now);
echo "due: $dueSmall of 1000, $dueLarge of 50000 (step sum $steps)\n";
$growth = $peakLarge - $peakSmall;
echo $growth < 32768 ? "peak memory flat\n" : "peak memory grew by $growth bytes ($peakSmall -> $peakLarge)\n";
?>
--EXPECT--
due: 250 of 1000, 12500 of 50000 (step sum 12500)
peak memory flat
