--TEST--
Kpi::fromInteractions(): the charter's KPIs: first-contact resolution per channel, repeat contacts within 14 days, very friendly of all contacts, retention conversion, net value per channel
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Kpi;

$t0 = 1790000000;
$day = 86400;
$records = [
    /* 0 */ ['customer' => 'c1', 'channel' => 'chat', 'case' => 'A', 'resolved' => true, 'at' => $t0, 'friendly' => 5, 'prospect' => false, 'converted' => true, 'orderValue' => 100],
    /* 1 */ ['customer' => 'c1', 'channel' => 'email', 'case' => 'B', 'resolved' => true, 'at' => $t0 + 10 * $day],
    /* 2 */ ['customer' => 'c2', 'channel' => 'phone', 'case' => 'C', 'resolved' => true, 'at' => $t0, 'friendly' => 4, 'prospect' => false, 'converted' => false],
    /* 3 */ ['customer' => 'c2', 'channel' => 'phone', 'case' => 'D', 'at' => new DateTimeImmutable('@' . ($t0 + 20 * $day))],
    /* 4 */ ['customer' => 'c3', 'channel' => 'chat', 'case' => 'E', 'at' => $t0, 'prospect' => true, 'converted' => true, 'orderValue' => 50],
    /* 5 */ ['customer' => 'c3', 'channel' => 'chat', 'case' => 'E', 'resolved' => true, 'at' => $t0 + 3600, 'friendly' => 5],
    /* 6 */ ['customer' => 'c3', 'channel' => 'chat', 'case' => 'F', 'at' => $t0 + 3600 + 13 * $day],
    /* 7 */ ['customer' => 'c4', 'channel' => 'email', 'case' => 'G', 'resolved' => true],
];
$k = Kpi::fromInteractions($records, ['costPerContact' => 3]);

// Cases A B C D E F G (7). Resolved at their only contact: A B C G -> FCR 4/7.
// Per channel of the first contact: chat A E F (A: 1/3), e-mail B G (2/2), phone C D (C: 1/2).
echo "firstContactResolution: ", var_export($k->firstContactResolution, true), "\n";
foreach ($k->channels as $channel => $v) {
    echo "$channel: cases {$v['cases']}, FCR ", var_export($v['firstContactResolution'], true),
        ", value ", var_export($v['value'], true), ", netValue ", var_export($v['netValue'], true), "\n";
}
// Resolved cases with a time: A (t0), B (+10 d), C (t0), E (+1 h); G has none and does not count.
// Came back within 14 days: A (c1 at +10 d), E (c3 at +1 h +13 d); B (nothing later), C (+20 d) did not: 2/4.
echo "repeatContactShare: {$k->repeatContactShare}\n";
// The window is inclusive and can be set: 10 days keeps A (exactly 10 days), drops E: 1/4; 7 days drops both.
echo "10 days: ", Kpi::fromInteractions($records, ['repeatWindow' => 10 * $day])->repeatContactShare, "\n";
echo "7 days: ", var_export(Kpi::fromInteractions($records, ['repeatWindow' => 7 * $day])->repeatContactShare, true), "\n";
// Very friendly (5): contacts 0 and 5. Of rated contacts (0, 2, 5): 2/3; of all 8 contacts: 2/8.
echo "veryFriendlyShare: ", var_export($k->veryFriendlyShare, true), ", ofAll: {$k->veryFriendlyShareOfAll}\n";
// Prospects: contact 4, converted: 1/1. Customers already (prospect false): contacts 0 (ordered again) and 2: 1/2.
echo "acquisitionConversion: {$k->acquisitionConversion}, retentionConversion: {$k->retentionConversion}\n";
// Without times there is nothing to check a repeat against; without prospect: false no retention figure.
$plain = Kpi::fromInteractions([['customer' => 1, 'channel' => 'chat', 'resolved' => true, 'prospect' => true]]);
var_dump($plain->repeatContactShare, $plain->retentionConversion, $plain->channels['chat']['firstContactResolution']);

foreach ([0, -1, 366 * $day + 1, '14', 1.5] as $bad) {
    try {
        Kpi::fromInteractions($records, ['repeatWindow' => $bad]);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
firstContactResolution: 0.5714285714285714
chat: cases 3, FCR 0.3333333333333333, value 75.0, netValue 34.5
email: cases 2, FCR 1.0, value NULL, netValue NULL
phone: cases 2, FCR 0.5, value NULL, netValue NULL
repeatContactShare: 0.5
10 days: 0.25
7 days: 0.0
veryFriendlyShare: 0.6666666666666666, ofAll: 0.25
acquisitionConversion: 1, retentionConversion: 0.5
NULL
NULL
float(1)
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "repeatWindow" must be an integer from 1 to 31622400 (seconds)
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "repeatWindow" must be an integer from 1 to 31622400 (seconds)
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "repeatWindow" must be an integer from 1 to 31622400 (seconds)
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "repeatWindow" must be an integer from 1 to 31622400 (seconds)
ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "repeatWindow" must be an integer from 1 to 31622400 (seconds)
