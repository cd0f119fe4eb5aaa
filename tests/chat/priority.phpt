--TEST--
Rules: higher priority is tried first, equal priorities keep document order, disabled rules are validated but skipped
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rules = Rules::fromArray([
    'timezone' => 'UTC',
    'rules' => [
        ['name' => 'low', 'kind' => 'defensive', 'priority' => 1, 'when' => ['pageType' => 'cart']],
        ['name' => 'tie-a', 'kind' => 'defensive', 'priority' => 5, 'when' => ['pageType' => 'cart', 'secondsOnPage' => 30]],
        ['name' => 'off', 'kind' => 'defensive', 'priority' => 1000, 'enabled' => false, 'when' => ['pageType' => 'cart']],
        ['name' => 'tie-b', 'kind' => 'opportunistic', 'priority' => 5, 'when' => ['pageType' => 'cart']],
        ['name' => 'top', 'kind' => 'opportunistic', 'priority' => 9, 'when' => ['pageType' => 'cart', 'cartValue' => 100]],
        ['name' => 'unset', 'kind' => 'defensive', 'when' => ['pageType' => 'cart']],
    ],
]);
var_dump($rules->ruleNames());
$now = 1795431600;
$team = ['agentsOnline' => 1];
foreach ([
    ['pageType' => 'cart', 'secondsOnPage' => 40, 'cartValue' => 150],
    ['pageType' => 'cart', 'secondsOnPage' => 40, 'cartValue' => 99.99],
    ['pageType' => 'cart', 'secondsOnPage' => 10],
] as $visit) {
    echo json_encode($visit), ' -> ', $rules->evaluate($visit, $now, $team)->rule, "\n";
}
?>
--EXPECT--
array(5) {
  [0]=>
  string(3) "top"
  [1]=>
  string(5) "tie-a"
  [2]=>
  string(5) "tie-b"
  [3]=>
  string(3) "low"
  [4]=>
  string(5) "unset"
}
{"pageType":"cart","secondsOnPage":40,"cartValue":150} -> top
{"pageType":"cart","secondsOnPage":40,"cartValue":99.99} -> tie-a
{"pageType":"cart","secondsOnPage":10} -> tie-b
