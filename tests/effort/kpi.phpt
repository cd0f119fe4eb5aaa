--TEST--
Kpi::fromInteractions(): complaining customers, FCR, contacts and cost to resolution, friendliness, conversion, response time, abandonment, four V's, relational shoppers
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Kpi;

$records = [
    ['customer' => 'c1', 'channel' => 'chat', 'case' => 'k1', 'topic' => 'delivery', 'resolved' => true, 'firstResponse' => 15, 'duration' => 300, 'friendly' => 5, 'orderValue' => 80.0],
    ['customer' => 'c2', 'channel' => 'email', 'case' => 'k2', 'topic' => 'returns', 'complaint' => true, 'firstResponse' => 7200, 'duration' => 600, 'friendly' => 3],
    ['customer' => 'c2', 'channel' => 'phone', 'case' => 'k2', 'topic' => 'refund', 'resolved' => true, 'firstResponse' => 90, 'duration' => 900, 'friendly' => 5, 'complaint' => true],
    ['customer' => 'c3', 'channel' => 'chat', 'topic' => 'sizes', 'prospect' => true, 'converted' => true, 'firstResponse' => 25.0, 'duration' => 120, 'orderValue' => 40],
    ['customer' => 4, 'channel' => 'chat', 'topic' => 'sizes', 'prospect' => true, 'abandoned' => true, 'friendly' => null],
];
$k = Kpi::fromInteractions($records, ['costPerContact' => ['chat' => 2.0, 'email' => 4, 'phone' => 6.0], 'carts' => 10, 'orders' => 3]);

// 4 customers, one complained (twice): 1/4.
// Cases: k1 (1 contact, resolved), k2 (2 contacts, resolved), c3 and 4 are cases of their own, unresolved.
// FCR = resolved at the first and only contact / all cases = 1/4; contacts to resolve (1 + 2) / 2 = 1.5;
// cost to resolution: k1 = 2, k2 = 4 + 6 = 10 -> 6. Very friendly (5) 2 of 3 rated. Prospects converted 1/2.
// First response (15 + 7200 + 90 + 25) / 4 = 1832.5 s. Abandoned 1/5. Carts: 1 - 3/10 = 0.7.
foreach (['interactions', 'customers', 'complainingShare', 'firstContactResolution', 'contactsToResolve', 'costToResolution',
    'veryFriendlyShare', 'acquisitionConversion', 'averageFirstResponse', 'abandonment', 'cartAbandonment'] as $p) {
    echo "$p: ", var_export($k->$p, true), "\n";
}
// The four V's per channel: volume, variety (distinct topics), velocity (mean first response), value (mean order value);
// netValue = (order values - contact costs) / contacts: chat (80 + 40 - 3 x 2) / 3 = 38. A case counts for the channel
// of its first contact: chat has k1, c3's and 4's (FCR 1/3), e-mail has k2 (2 contacts: FCR 0), phone none (null).
foreach ($k->channels as $channel => $v) {
    echo "$channel: ", json_encode($v), "\n";
}
// Traits: above the median of all customers. Medians: questions 1, topics 1, duration (0, 120, 300, 1500) -> 210,
// value (0, 0, 40, 80) -> 20. c2 has three traits: relational (default: 3 of 4).
foreach ($k->shoppers as $id => $s) {
    echo var_export($id, true), ": {$s['type']} [", implode(', ', $s['traits']), "] q={$s['questions']} t={$s['topics']} d={$s['duration']} v={$s['value']}\n";
}
// With 2 traits enough, c1 becomes relational too; a CLV overrides summed order values.
$records[4]['clv'] = 900;
$k2 = Kpi::fromInteractions($records, ['relationalTraits' => 2, 'costPerContact' => 3]);
echo json_encode(array_map(fn($s) => $s['type'], $k2->shoppers)), " ", $k2->shoppers[4]['value'], "\n";
echo "cost: {$k2->costToResolution}, carts: ", var_export($k2->cartAbandonment, true), "\n";
var_dump(array_keys($k->toArray()) === array_keys(get_object_vars($k)));

// Nothing to go on: counts are 0, every figure null.
$e = Kpi::fromInteractions([]);
echo json_encode($e->toArray()), "\n";
?>
--EXPECT--
interactions: 5
customers: 4
complainingShare: 0.25
firstContactResolution: 0.25
contactsToResolve: 1.5
costToResolution: 6.0
veryFriendlyShare: 0.6666666666666666
acquisitionConversion: 0.5
averageFirstResponse: 1832.5
abandonment: 0.2
cartAbandonment: 0.7
chat: {"volume":3,"variety":2,"velocity":20,"value":60,"netValue":38,"abandonment":0.3333333333333333,"cases":3,"firstContactResolution":0.3333333333333333,"retentionAfterContact":null}
email: {"volume":1,"variety":1,"velocity":7200,"value":null,"netValue":null,"abandonment":0,"cases":1,"firstContactResolution":0,"retentionAfterContact":null}
phone: {"volume":1,"variety":1,"velocity":90,"value":null,"netValue":null,"abandonment":0,"cases":0,"firstContactResolution":null,"retentionAfterContact":null}
'c1': transactional [longestInteractions, highestValue] q=1 t=1 d=300 v=80
'c2': relational [mostQuestions, widestVariety, longestInteractions] q=2 t=2 d=1500 v=0
'c3': transactional [highestValue] q=1 t=1 d=120 v=40
4: transactional [] q=1 t=1 d=0 v=0
{"c1":"relational","c2":"relational","c3":"transactional","4":"transactional"} 900
cost: 4.5, carts: NULL
bool(true)
{"interactions":0,"customers":0,"complainingShare":null,"firstContactResolution":null,"contactsToResolve":null,"costToResolution":null,"veryFriendlyShare":null,"veryFriendlyShareOfAll":null,"acquisitionConversion":null,"retentionConversion":null,"repeatContactShare":null,"churn":null,"retentionAfterContact":null,"averageFirstResponse":null,"abandonment":null,"cartAbandonment":null,"channels":[],"shoppers":[]}
