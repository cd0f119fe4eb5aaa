--TEST--
Rules::evaluate(): at most N invitations per visit and per day, a cool-down after a dismissal, none while a chat is open
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$now = 1795431600;
$team = ['agentsOnline' => 2];
$base = ['pageType' => 'cart', 'secondsOnPage' => 90];

$defaults = Rules::fromArray(['timezone' => 'UTC', 'rules' => [['name' => 'cart', 'trigger' => 'cartDwell']]]);
$custom = Rules::fromArray(['timezone' => 'UTC', 'caps' => ['perVisit' => 2, 'perDay' => 2, 'dismissCooldown' => 600],
    'rules' => [['name' => 'cart', 'trigger' => 'cartDwell']]]);

foreach ([
    'nothing shown yet' => [],
    'one shown this visit' => ['invitationsThisVisit' => 1],
    'two shown this visit' => ['invitationsThisVisit' => 2],
    'one today (other visit)' => ['invitationsToday' => 1],
    'two today' => ['invitationsToday' => 2],
    'three today' => ['invitationsToday' => 3],
    'dismissed 599 s ago' => ['lastDismissedAt' => $now - 599],
    'dismissed 600 s ago' => ['lastDismissedAt' => $now - 600],
    'dismissed 3599 s ago' => ['lastDismissedAt' => $now - 3599],
    'dismissed 3600 s ago' => ['lastDismissedAt' => $now - 3600],
    'dismissed (DateTime)' => ['lastDismissedAt' => new DateTimeImmutable('@' . ($now - 60))],
    'dismissed "later" (skew)' => ['lastDismissedAt' => $now + 30],
    'chat already open' => ['chatOpen' => true],
    'chat closed again' => ['chatOpen' => false, 'lastDismissedAt' => null],
] as $label => $extra) {
    $visit = $base + $extra;
    printf("%-26s defaults: %-9s custom: %s\n", $label, $defaults->explain($visit, $now, $team), $custom->explain($visit, $now, $team));
    // explain() and evaluate() always agree
    if (($defaults->explain($visit, $now, $team) === 'invite') !== ($defaults->evaluate($visit, $now, $team) !== null)) {
        echo "MISMATCH\n";
    }
}
// perVisit 0 switches invitations off without deleting the rules
$off = Rules::fromArray(['timezone' => 'UTC', 'caps' => ['perVisit' => 0], 'rules' => [['name' => 'cart', 'trigger' => 'cartDwell']]]);
var_dump($off->evaluate($base, $now, $team), $off->explain($base, $now, $team));
?>
--EXPECT--
nothing shown yet          defaults: invite    custom: invite
one shown this visit       defaults: cap-visit custom: invite
two shown this visit       defaults: cap-visit custom: cap-visit
one today (other visit)    defaults: invite    custom: invite
two today                  defaults: invite    custom: cap-day
three today                defaults: cap-day   custom: cap-day
dismissed 599 s ago        defaults: cooldown  custom: cooldown
dismissed 600 s ago        defaults: cooldown  custom: invite
dismissed 3599 s ago       defaults: cooldown  custom: invite
dismissed 3600 s ago       defaults: invite    custom: invite
dismissed (DateTime)       defaults: cooldown  custom: cooldown
dismissed "later" (skew)   defaults: cooldown  custom: cooldown
chat already open          defaults: chat-open custom: chat-open
chat closed again          defaults: invite    custom: invite
NULL
string(9) "cap-visit"
