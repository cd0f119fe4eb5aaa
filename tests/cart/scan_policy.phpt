--TEST--
Detector::scan() with an Outreach\Policy: due reminders the contact-pressure policy refuses are held back and counted
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;
use ShopCx\Outreach\Policy;

$now = 1781258400;   // 2026-06-12 10:00 UTC, 12:00 in Amsterdam
$detector = new Detector(['timezone' => 'Europe/Amsterdam']);
$policy = new Policy([
    'timezone' => 'Europe/Amsterdam',
    'cooldowns' => ['cart' => 2 * 86400, 'survey' => 90 * 86400],
    'cap' => ['max' => 2, 'window' => 7 * 86400],
    'lowEffort' => ['below' => 3, 'within' => 7 * 86400],
]);
// Every cart's step 1 is due (idle 2 h, first reminder after 1 h); consent given.
function row(string $id, array $outreach = [], array $context = []): array {
    global $now;
    return ['id' => $id, 'customer' => $id, 'email' => "$id@example.nl", 'consent' => true, 'items' => 1,
        'value' => 25, 'updated_at' => $now - 7200, 'outreach' => $outreach,
        'outreachContext' => ['consent' => true] + $context];
}
$rows = [
    row('fresh'),                                                             // nothing sent lately
    row('cart-yesterday', [['kind' => 'cart', 'at' => $now - 86400]]),       // cart cool-down (2 days)
    row('capped', [['kind' => 'survey', 'at' => $now - 3 * 86400], ['kind' => 'review', 'at' => $now - 86400]]),
    row('unhappy', [], ['effortScore' => 1, 'effortAt' => $now - 3600]),    // "far too much effort" an hour ago
    row('old-cart', [['kind' => 'cart', 'at' => $now - 3 * 86400]]),        // cool-down over
    ['id' => 'no-outreach-keys', 'customer' => 9, 'email' => 'x@example.nl', 'consent' => true, 'items' => 1,
     'value' => 25, 'updated_at' => $now - 7200],                            // no context: the policy wants consent for carts
];

$scan = $detector->scan($rows, $now, $policy);
foreach ($scan as $row => $decision) {
    echo $row['id'], ': step ', $decision->step, " due\n";
}
echo "scanned ", $scan->scanned(), ", held ", $scan->held(), "\n";

// Without a policy every one of them is due.
$plain = $detector->scan($rows, $now);
echo "without policy: ", iterator_count($plain), " due, held ", $plain->held(), "\n";

// A policy error (bad history) ends the scan with the policy's own message.
try {
    foreach ($detector->scan([row('bad', [['kind' => 'cart']])], $now, $policy) as $d) {}
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $detector->scan($rows, $now, new stdClass);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
fresh: step 1 due
old-cart: step 1 due
scanned 6, held 4
without policy: 6 due, held 0
ValueError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) %s
ShopCx\Cart\Detector::scan(): Argument #3 ($policy) must be of type ?ShopCx\Outreach\Policy, stdClass given
