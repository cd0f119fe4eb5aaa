--TEST--
Rules: URL patterns are UTF-8 aware, compiled once, and bounded by a match limit (the same before and after JIT)
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rules = Rules::fromArray([
    'timezone' => 'UTC',
    'caps' => ['perVisit' => 100],
    'rules' => [
        ['name' => 'runaway', 'kind' => 'defensive', 'priority' => 2, 'when' => ['url' => '^/(a|aa)+$']],
        ['name' => 'cafe', 'kind' => 'defensive', 'priority' => 1, 'when' => ['url' => '^/caf.$']],
    ],
]);
$now = 1795431600;
$team = ['agentsOnline' => 1];
$evil = '/' . str_repeat('a', 40) . 'b';   // (a|aa)+ backtracks exponentially before failing
$fine = '/' . str_repeat('a', 40);

// 200 rounds: the first 63 matches are interpreted, later ones JIT-compiled; answers do not change
$seen = [];
for ($k = 0; $k < 200; $k++) {
    foreach (['evil' => $evil, 'fine' => $fine, 'café' => '/café', 'cafe+' => '/cafe2x'] as $label => $url) {
        $i = $rules->evaluate(['url' => $url], $now, $team);
        $seen["$label => " . ($i?->rule ?? 'null')] = true;
    }
}
echo implode("\n", array_keys($seen)), "\n";
?>
--EXPECT--
evil => null
fine => runaway
café => cafe
cafe+ => null
