--TEST--
Policy::decide() cool-downs per kind, to the second, for built-in and custom kinds
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/helpers.inc';
use ShopCx\Outreach\Policy;

$p = new Policy(['timezone' => SHOP_TZ, 'cooldowns' => ['survey' => 90 * 86400, 'review' => 30 * 86400, 'winback' => 14 * 86400]]);

// A survey on 2 March 10:00 CET: 90 x 86400 s later is 31 May 09:00 UTC, 11:00 CEST (DST in between).
$h = [['kind' => 'survey', 'at' => at('2026-03-02 10:00')]];
show('survey 1s before the end', $p->decide('survey', $h, at('2026-05-31 10:59:59')));
show('survey at the end', $p->decide('survey', $h, at('2026-05-31 11:00:00')));
show('survey right after it', $p->decide('survey', $h, at('2026-03-02 10:00:00')));
// Other kinds have their own clocks; a chat has no cool-down configured.
show('review after a survey', $p->decide('review', $h, at('2026-03-02 10:00:01')));
show('chat after a survey', $p->decide('chat', $h, at('2026-03-02 10:00:01')));

// The last message of the kind counts, in any order; entries after $now are not history yet.
$h = [
    ['kind' => 'review', 'at' => at('2026-04-01 12:00')],
    ['kind' => 'review', 'at' => at('2026-01-01 12:00')],
    ['kind' => 'review', 'at' => at('2026-06-20 12:00')],   // after every $now below: ignored
];
show('review, latest of three', $p->decide('review', $h, at('2026-04-10 12:00')));
show('review at 1 May 11:59:59', $p->decide('review', $h, at('2026-05-01 11:59:59')));
show('review at 1 May 12:00:00', $p->decide('review', $h, at('2026-05-01 12:00:00')));

// A custom kind declared by its cool-down; DateTimeInterface works wherever an int does.
$h = [['kind' => 'winback', 'at' => new DateTimeImmutable('2026-06-01 09:00', new DateTimeZone(SHOP_TZ))]];
show('winback day 13', $p->decide('winback', $h, new DateTime('2026-06-15 08:59:59', new DateTimeZone(SHOP_TZ))));
show('winback day 14', $p->decide('winback', $h, at('2026-06-15 09:00:00')));
// Kinds the policy does not know (other tools) are fine in the history.
show('unknown kinds in history', $p->decide('survey', [['kind' => 'sms', 'at' => at('2026-06-01 09:00')]], at('2026-06-01 09:00')));
?>
--EXPECT--
survey 1s before the end     blocked 2026-05-31 11:00:00 CEST    cooldown [cooldown]
survey at the end            allowed 2026-05-31 11:00:00 CEST    allowed []
survey right after it        blocked 2026-05-31 11:00:00 CEST    cooldown [cooldown]
review after a survey        allowed 2026-03-02 10:00:01 CET     allowed []
chat after a survey          allowed 2026-03-02 10:00:01 CET     allowed []
review, latest of three      blocked 2026-05-01 12:00:00 CEST    cooldown [cooldown]
review at 1 May 11:59:59     blocked 2026-05-01 12:00:00 CEST    cooldown [cooldown]
review at 1 May 12:00:00     allowed 2026-05-01 12:00:00 CEST    allowed []
winback day 13               blocked 2026-06-15 09:00:00 CEST    cooldown [cooldown]
winback day 14               allowed 2026-06-15 09:00:00 CEST    allowed []
unknown kinds in history     allowed 2026-06-01 09:00:00 CEST    allowed []
