--TEST--
Policy::decide() global cap over a rolling window, combined with cool-downs and quiet hours
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/helpers.inc';
use ShopCx\Outreach\Policy;

$p = new Policy(['timezone' => SHOP_TZ, 'cooldowns' => ['survey' => 30 * 86400], 'cap' => ['max' => 3, 'window' => 7 * 86400]]);
$h = [
    ['kind' => 'survey', 'at' => at('2026-06-01 10:00')],
    ['kind' => 'review', 'at' => at('2026-06-03 10:00')],
    ['kind' => 'sms', 'at' => at('2026-06-05 10:00')],     // a kind from another tool still counts
];
show('3rd message, 2 in window', $p->decide('chat', array_slice($h, 0, 2), at('2026-06-05 10:00')));
show('4th message', $p->decide('chat', $h, at('2026-06-06 10:00')));
show('4th, 1s before 1st leaves', $p->decide('chat', $h, at('2026-06-08 09:59:59')));
show('4th, 1st has left', $p->decide('chat', $h, at('2026-06-08 10:00:00')));
// The survey's own cool-down runs longer than the cap: both are named, the later end wins.
show('survey: cooldown and cap', $p->decide('survey', $h, at('2026-06-06 10:00')));

// Five in the window with a cap of three: the third oldest has to leave first.
$five = [];
foreach (['06-01', '06-02', '06-03', '06-04', '06-05'] as $day) {
    $five[] = ['kind' => 'review', 'at' => at("2026-$day 10:00")];
}
show('five in window', $p->decide('chat', $five, at('2026-06-06 12:00')));
show('five, 1s before', $p->decide('chat', $five, at('2026-06-10 09:59:59')));
show('five, at the moment', $p->decide('chat', $five, at('2026-06-10 10:00:00')));

// A cap that ends at night is pushed to the end of the quiet hours.
$q = new Policy(['timezone' => SHOP_TZ, 'cap' => ['max' => 1, 'window' => 7 * 86400], 'quietHours' => ['start' => '21:00', 'end' => '08:00']]);
$h = [['kind' => 'review', 'at' => at('2026-06-01 22:30')]];
show('cap ends at 22:30', $q->decide('survey', $h, at('2026-06-05 12:00')));
show('cap over, still quiet', $q->decide('survey', $h, at('2026-06-08 22:30')));
show('quiet over', $q->decide('survey', $h, at('2026-06-09 08:00')));
// A cool-down ending at 21:30 on 10 April (CEST) after a survey in January (CET) -> 11 April 08:00.
$c = new Policy(['timezone' => SHOP_TZ, 'cooldowns' => ['survey' => 90 * 86400], 'quietHours' => ['start' => '21:00', 'end' => '08:00']]);
$h = [['kind' => 'survey', 'at' => at('2026-01-10 20:30')]];
show('cooldown ends in quiet', $c->decide('survey', $h, at('2026-02-01 12:00')));
show('morning, 1s early', $c->decide('survey', $h, at('2026-04-11 07:59:59')));
show('morning', $c->decide('survey', $h, at('2026-04-11 08:00:00')));
?>
--EXPECT--
3rd message, 2 in window     allowed 2026-06-05 10:00:00 CEST    allowed []
4th message                  blocked 2026-06-08 10:00:00 CEST    cap [cap]
4th, 1s before 1st leaves    blocked 2026-06-08 10:00:00 CEST    cap [cap]
4th, 1st has left            allowed 2026-06-08 10:00:00 CEST    allowed []
survey: cooldown and cap     blocked 2026-07-01 10:00:00 CEST    cooldown [cooldown,cap]
five in window               blocked 2026-06-10 10:00:00 CEST    cap [cap]
five, 1s before              blocked 2026-06-10 10:00:00 CEST    cap [cap]
five, at the moment          allowed 2026-06-10 10:00:00 CEST    allowed []
cap ends at 22:30            blocked 2026-06-09 08:00:00 CEST    cap [cap,quiet_hours]
cap over, still quiet        blocked 2026-06-09 08:00:00 CEST    quiet_hours [quiet_hours]
quiet over                   allowed 2026-06-09 08:00:00 CEST    allowed []
cooldown ends in quiet       blocked 2026-04-11 08:00:00 CEST    cooldown [cooldown,quiet_hours]
morning, 1s early            blocked 2026-04-11 08:00:00 CEST    quiet_hours [quiet_hours]
morning                      allowed 2026-04-11 08:00:00 CEST    allowed []
