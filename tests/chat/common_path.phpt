--TEST--
Rules::evaluate(): deciding "no invitation" allocates nothing (the common path)
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rules = Rules::fromArray([
    'timezone' => 'Europe/Amsterdam',
    'hours' => ['mon' => '09:00-17:00', 'tue' => '09:00-17:00'],
    'rules' => [
        ['name' => 'sofas', 'kind' => 'opportunistic', 'when' => ['url' => '^/sofas/', 'secondsOnPage' => 30]],
        ['name' => 'cart', 'trigger' => 'cartDwell'],
        ['name' => 'b2b', 'kind' => 'defensive', 'when' => ['segment' => ['b2b'], 'category' => ['desks']]],
    ],
]);
$team = ['agentsOnline' => 2, 'openChats' => 1];
$visit = ['pageType' => 'product', 'url' => '/sofas/oslo', 'secondsOnPage' => 12, 'segment' => 'b2b',
    'category' => ['chairs', 'lamps'], 'language' => 'nl-BE', 'device' => 'mobile', 'cartValue' => 99.5];
$now = 1795431600;   // Monday 2026-11-23 12:00 in Amsterdam
var_dump($rules->evaluate($visit, $now, $team), $rules->explain($visit, $now, $team), $rules->explain($visit, $now + 86400 * 5, $team));
$before = memory_get_usage();
for ($i = 0; $i < 1000; $i++) {
    $rules->evaluate($visit, $now + $i, $team);            // open, no rule matches
    $rules->evaluate($visit, $now + 86400 * 5 + $i, $team);   // Saturday: closed
}
var_dump(memory_get_usage() - $before);
?>
--EXPECT--
NULL
string(7) "no-rule"
string(12) "closed-hours"
int(0)
