--TEST--
Rules::evaluate(): agents online and open chats against capacity (2.5 chats per agent by default), answer time, routed groups
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$doc = [
    'timezone' => 'Europe/Amsterdam',
    'routing' => ['order' => 'service', 'product' => 'sales'],
    'rules' => [
        ['name' => 'product-question', 'kind' => 'opportunistic', 'priority' => 2, 'questionType' => 'product', 'when' => ['pageType' => 'product']],
        ['name' => 'any-question', 'kind' => 'defensive', 'priority' => 1, 'questionType' => 'order', 'when' => ['secondsOnPage' => 10]],
    ],
];
$rules = Rules::fromArray($doc);
$now = 1795431600;
$visit = ['pageType' => 'product', 'secondsOnPage' => 30];

foreach ([
    ['agentsOnline' => 0, 'openChats' => 0],
    ['agentsOnline' => 1, 'openChats' => 1],   // 1 x 2.5 = 2 slots: one free
    ['agentsOnline' => 1, 'openChats' => 2],   // full
    ['agentsOnline' => 2, 'openChats' => 4],   // 5 slots: one free
    ['agentsOnline' => 2, 'openChats' => 5],
    ['agentsOnline' => 3, 'openChats' => 6],   // 7.5 -> 7 slots: one free
    ['agentsOnline' => 3, 'openChats' => 7],
    ['agentsOnline' => 3],                     // openChats defaults to 0
    ['agentsOnline' => 3, 'openChats' => 0, 'answerSeconds' => 20],   // the promise: an answer within 20 s
    ['agentsOnline' => 3, 'openChats' => 0, 'answerSeconds' => 21],
    ['agentsOnline' => 3, 'openChats' => 0, 'answerSeconds' => null],
] as $team) {
    $i = $rules->evaluate($visit, $now, $team);
    printf("%-60s %-10s %s\n", json_encode($team), $rules->explain($visit, $now, $team),
        $i ? "$i->rule -> $i->group, answer in {$i->expectedAnswerSeconds}s" : '-');
}

// Per group: when sales is full, the next rule that routes to service may still invite
foreach ([
    ['agentsOnline' => 4, 'openChats' => 2, 'groups' => ['sales' => ['agentsOnline' => 1, 'openChats' => 1]]],
    ['agentsOnline' => 4, 'openChats' => 2, 'groups' => ['sales' => ['agentsOnline' => 1, 'openChats' => 2]]],
    ['agentsOnline' => 4, 'openChats' => 2, 'groups' => ['sales' => ['agentsOnline' => 0], 'service' => ['agentsOnline' => 1, 'openChats' => 2]]],
    ['agentsOnline' => 4, 'openChats' => 2, 'groups' => ['returns' => ['agentsOnline' => 0]]],   // not routed to: ignored
] as $team) {
    $i = $rules->evaluate($visit, $now, $team);
    printf("%s\n  %s: %s\n", json_encode($team['groups']), $rules->explain($visit, $now, $team), $i ? "$i->rule -> $i->group" : '-');
}

// A merchant's own capacity: 1.5 chats per agent, slower answers accepted
$doc['capacity'] = ['chatsPerAgent' => 1.5, 'answerSeconds' => 40, 'maxAnswerSeconds' => 45];
$custom = Rules::fromArray($doc);
foreach ([[2, 2], [2, 3], [1, 1]] as [$agents, $open]) {
    $i = $custom->evaluate($visit, $now, ['agentsOnline' => $agents, 'openChats' => $open]);
    printf("%d agents, %d open: %s\n", $agents, $open, $i ? "invite, answer in {$i->expectedAnswerSeconds}s" : $custom->explain($visit, $now, ['agentsOnline' => $agents, 'openChats' => $open]));
}
?>
--EXPECT--
{"agentsOnline":0,"openChats":0}                             no-agents  -
{"agentsOnline":1,"openChats":1}                             invite     product-question -> sales, answer in 15s
{"agentsOnline":1,"openChats":2}                             full       -
{"agentsOnline":2,"openChats":4}                             invite     product-question -> sales, answer in 15s
{"agentsOnline":2,"openChats":5}                             full       -
{"agentsOnline":3,"openChats":6}                             invite     product-question -> sales, answer in 15s
{"agentsOnline":3,"openChats":7}                             full       -
{"agentsOnline":3}                                           invite     product-question -> sales, answer in 15s
{"agentsOnline":3,"openChats":0,"answerSeconds":20}          invite     product-question -> sales, answer in 20s
{"agentsOnline":3,"openChats":0,"answerSeconds":21}          slow       -
{"agentsOnline":3,"openChats":0,"answerSeconds":null}        invite     product-question -> sales, answer in 15s
{"sales":{"agentsOnline":1,"openChats":1}}
  invite: product-question -> sales
{"sales":{"agentsOnline":1,"openChats":2}}
  invite: any-question -> service
{"sales":{"agentsOnline":0},"service":{"agentsOnline":1,"openChats":2}}
  full: -
{"returns":{"agentsOnline":0}}
  invite: product-question -> sales
2 agents, 2 open: invite, answer in 40s
2 agents, 3 open: full
1 agents, 1 open: full
