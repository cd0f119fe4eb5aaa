--TEST--
Decision is a read-only value with toArray(); Policy::toArray() gives the normalized options
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Outreach\Policy;

$p = new Policy([
    'timezone' => 'Europe/Berlin',
    'cooldowns' => ['survey' => 7776000, 'winback' => 1209600],
    'cap' => ['window' => 2592000, 'max' => 4],
    'quietHours' => ['start' => '21:30', 'end' => '07:45', 'exempt' => ['chat']],
    'complaintWithin' => 1209600,
    'lowRating' => ['within' => 2592000, 'below' => 3],
    'consentRequired' => ['cart', 'winback'],
]);
echo json_encode($p->toArray()), "\n";
echo json_encode((new Policy())->toArray()), "\n";

// 90 days after 1780000000 is 22:26:40 CEST, inside the quiet hours: 07:45 CEST the next morning.
$d = $p->decide('survey', [['kind' => 'survey', 'at' => 1780000000]], 1780000100);
var_dump($d->toArray());
try {
    $d->allowed = true;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $d->extra = 1;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($p->decide('chat', [], 1780000100)->toArray());
?>
--EXPECT--
{"timezone":"Europe\/Berlin","cooldowns":{"survey":7776000,"review":0,"cart":0,"chat":0,"winback":1209600},"cap":{"max":4,"window":2592000},"gap":0,"quietHours":{"start":"21:30","end":"07:45","exempt":["chat"]},"complaintWithin":1209600,"lowEffort":null,"lowRating":{"below":3,"within":2592000},"consentRequired":["cart","winback"]}
{"timezone":"UTC","cooldowns":{"survey":0,"review":0,"cart":0,"chat":0},"cap":null,"gap":0,"quietHours":null,"complaintWithin":0,"lowEffort":null,"lowRating":null,"consentRequired":["cart"]}
array(4) {
  ["allowed"]=>
  bool(false)
  ["notBefore"]=>
  int(1787809500)
  ["reason"]=>
  string(8) "cooldown"
  ["reasons"]=>
  array(2) {
    [0]=>
    string(8) "cooldown"
    [1]=>
    string(11) "quiet_hours"
  }
}
Error: Cannot modify readonly property ShopCx\Outreach\Decision::$allowed
Error: Cannot create dynamic property ShopCx\Outreach\Decision::$extra
array(4) {
  ["allowed"]=>
  bool(true)
  ["notBefore"]=>
  int(1780000100)
  ["reason"]=>
  string(7) "allowed"
  ["reasons"]=>
  array(0) {
  }
}
