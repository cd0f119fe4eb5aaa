--TEST--
Kpi::fromInteractions(): churn per 30 days and retention after a service contact, from the shop's order history (shop-wide and per channel, whole windows only)
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Kpi;

$T = 1790000000;
$D = 86400;
$history = [
    'c1' => [$T - 10 * $D, $T - 50 * $D],                  // unsorted on purpose
    'c2' => [$T - 80 * $D, $T - 45 * $D],
    'c3' => [$T - 5 * $D],
    'c4' => [$T - 100 * $D, $T - 40 * $D],
    5    => [new DateTimeImmutable('@' . ($T - 59 * $D)), $T - 20 * $D],
    'c6' => [$T - 60 * $D],
    'c7' => [$T - 30 * $D],
];
$records = [
    ['customer' => 'c1', 'channel' => 'chat', 'at' => $T - 45 * $D],
    ['customer' => 'c1', 'channel' => 'email', 'at' => $T - 20 * $D],
    ['customer' => 'c2', 'channel' => 'phone', 'at' => $T - 47 * $D],
    ['customer' => 'c4', 'channel' => 'chat', 'at' => $T - 90 * $D],
    ['customer' => 'c4', 'channel' => 'chat', 'at' => $T - 70 * $D],
    ['customer' => 5, 'channel' => 'chat', 'at' => $T - 62 * $D],
    ['customer' => '5', 'channel' => 'email', 'at' => $T - 58 * $D],
    ['customer' => 'c8', 'channel' => 'chat', 'at' => $T - 40 * $D],
    ['customer' => 'c9', 'channel' => 'email'],
];
$k = Kpi::fromInteractions($records, ['orderHistory' => $history, 'now' => $T]);

// Churn: ordered in (T-60d, T-30d]: c1, c2, c4, 5, c7 (T-30d is in, c6's T-60d is out, c3 only later).
// Not again in (T-30d, T]: c2, c4, c7 -> 3/5.
echo "churn: ", var_export($k->churn, true), "\n";
// Retention: each customer's last contact at or before T-30d, when they had ordered before it.
// c1 chat T-45d (ordered T-50d; next T-10d, not within 30 days): no. c2 phone T-47d (T-80d before, T-45d after): yes.
// c4 chat T-70d (T-100d before, T-40d after, the window's last second counts): yes.
// 5 e-mail T-58d (T-59d before; T-20d is 38 days later): no. c8 never ordered, c9 has no time.
echo "retentionAfterContact: ", var_export($k->retentionAfterContact, true), "\n";
// Per channel: chat c1 no, c4 yes (its earlier chat does not count twice), 5's chat T-62d came before any order;
// e-mail: c1's T-20d window is still open, 5 no; phone: c2 yes.
foreach ($k->channels as $channel => $v) {
    echo "$channel: ", var_export($v['retentionAfterContact'], true), "\n";
}
echo "in toArray: ", var_export(array_key_exists('churn', $k->toArray()) && array_key_exists('retentionAfterContact', $k->toArray()), true), "\n";

// now as a DateTimeInterface gives the same; a 45-day window changes both.
$same = Kpi::fromInteractions($records, ['orderHistory' => $history, 'now' => new DateTime('@' . $T)]);
var_dump($same->churn === $k->churn, $same->retentionAfterContact === $k->retentionAfterContact);
$w45 = Kpi::fromInteractions($records, ['orderHistory' => $history, 'now' => $T, 'retentionWindow' => 45 * $D]);
// (T-90d, T-45d]: c1 T-50d, c2 T-80d and T-45d, c4 T-40d? no (after T-45d); 5 T-59d; c6 T-60d -> c1, c2, 5, c6.
// Again in (T-45d, T]: c1 T-10d, 5 T-20d yes; c2, c6 no -> 2/4.
// Retention, last contact at or before T-45d: c1 chat T-45d (no order within 45 d: T-10d is 35 d later -> yes);
// c2 T-47d yes; c4 T-70d yes; 5 e-mail T-58d, T-20d within 45 d: yes -> 4/4.
echo "45 days: churn ", var_export($w45->churn, true), ", retention ", var_export($w45->retentionAfterContact, true), "\n";

// Without an order history there is nothing to say.
$none = Kpi::fromInteractions($records);
var_dump($none->churn, $none->retentionAfterContact, $none->channels['chat']['retentionAfterContact']);
// An empty history: nobody ordered, so no base for either.
$empty = Kpi::fromInteractions($records, ['orderHistory' => [], 'now' => $T]);
var_dump($empty->churn, $empty->retentionAfterContact);

foreach ([
    ['orderHistory' => 'c1'],
    ['orderHistory' => ['c1' => $T]],
    ['orderHistory' => ['c1' => ['yesterday']]],
    ['orderHistory' => ['' => [$T]]],
    ['orderHistory' => [str_repeat('x', 129) => [$T]]],
    ['orderHistory' => ["\xff" => [$T]]],
    ['retentionWindow' => 3600],
    ['retentionWindow' => 367 * $D],
    ['retentionWindow' => '30'],
    ['now' => 'today'],
    ['now' => 1.5],
] as $bad) {
    try {
        Kpi::fromInteractions($records, $bad);
        echo "accepted\n";
    } catch (TypeError|ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
churn: 0.6
retentionAfterContact: 0.5
chat: 0.5
email: 0.0
phone: 1.0
in toArray: true
bool(true)
bool(true)
45 days: churn 0.5, retention 1.0
NULL
NULL
NULL
NULL
NULL
TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "orderHistory" must be of type array, string given
TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "orderHistory" customer "c1" must map to an array of order times, int given
TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "orderHistory" customer "c1" order times must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "orderHistory" customer ids must be 1 to 128 bytes of valid UTF-8
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "orderHistory" customer ids must be 1 to 128 bytes of valid UTF-8
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "orderHistory" customer ids must be 1 to 128 bytes of valid UTF-8
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "retentionWindow" must be an integer from 86400 to 31622400 (seconds)
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "retentionWindow" must be an integer from 86400 to 31622400 (seconds)
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "retentionWindow" must be an integer from 86400 to 31622400 (seconds)
TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "now" must be of type DateTimeInterface|int, string given
TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "now" must be of type DateTimeInterface|int, float given
