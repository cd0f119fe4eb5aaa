--TEST--
Policy::decide() quiet hours in the shop's time zone, at every boundary second and across DST
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/helpers.inc';
use ShopCx\Outreach\Policy;

$p = new Policy(['timezone' => SHOP_TZ, 'quietHours' => ['start' => '21:00', 'end' => '08:00', 'exempt' => ['chat']]]);
foreach (['2026-06-10 20:59:59', '2026-06-10 21:00:00', '2026-06-10 23:59:59', '2026-06-11 00:00:00', '2026-06-11 07:59:59', '2026-06-11 08:00:00'] as $t) {
    show("review $t", $p->decide('review', [], at($t)));
}
show('chat is exempt', $p->decide('chat', [], at('2026-06-10 23:00')));
// Spring forward (29 March): the night is an hour shorter; fall back (25 October): an hour longer.
show('night before 29 March', $p->decide('survey', [], at('2026-03-28 21:00')));
show('night before 25 October', $p->decide('survey', [], at('2026-10-24 21:00')));

// A daytime window that does not wrap.
$lunch = new Policy(['timezone' => SHOP_TZ, 'quietHours' => ['start' => '12:00', 'end' => '13:00']]);
show('lunch 11:59:59', $lunch->decide('review', [], at('2026-06-10 11:59:59')));
show('lunch 12:00:00', $lunch->decide('review', [], at('2026-06-10 12:00:00')));
show('lunch 13:00:00', $lunch->decide('review', [], at('2026-06-10 13:00:00')));

// Quiet until 02:30: on 29 March 02:30 never happens, the clock jumps from 02:00 CET to 03:00 CEST.
$late = new Policy(['timezone' => SHOP_TZ, 'quietHours' => ['start' => '23:00', 'end' => '02:30']]);
show('gap night 01:59:59', $late->decide('review', [], at('2026-03-29 01:59:59')));
show('gap night 03:00:00', $late->decide('review', [], at('2026-03-29 03:00:00')));
// On 25 October 02:00-02:59 happens twice (CEST, then CET): the wall clock rules both times.
$utc = fn(string $t) => (new DateTimeImmutable($t, new DateTimeZone('UTC')))->getTimestamp();
show('02:10 CEST (00:10 UTC)', $late->decide('review', [], $utc('2026-10-25 00:10:00')));
show('02:30 CEST (00:30 UTC)', $late->decide('review', [], $utc('2026-10-25 00:30:00')));
show('02:00 CET (01:00 UTC)', $late->decide('review', [], $utc('2026-10-25 01:00:00')));
show('02:29:59 CET (01:29:59 UTC)', $late->decide('review', [], $utc('2026-10-25 01:29:59')));
show('02:30 CET (01:30 UTC)', $late->decide('review', [], $utc('2026-10-25 01:30:00')));

// Without a time zone the quiet hours are in UTC.
$plain = new Policy(['quietHours' => ['start' => '22:00', 'end' => '06:00']]);
$d = $plain->decide('review', [], $utc('2026-06-10 21:59:59'));
var_dump($d->allowed);
$d = $plain->decide('review', [], $utc('2026-06-10 22:00:00'));
var_dump($d->allowed, $d->notBefore === $utc('2026-06-11 06:00:00'));
?>
--EXPECT--
review 2026-06-10 20:59:59   allowed 2026-06-10 20:59:59 CEST    allowed []
review 2026-06-10 21:00:00   blocked 2026-06-11 08:00:00 CEST    quiet_hours [quiet_hours]
review 2026-06-10 23:59:59   blocked 2026-06-11 08:00:00 CEST    quiet_hours [quiet_hours]
review 2026-06-11 00:00:00   blocked 2026-06-11 08:00:00 CEST    quiet_hours [quiet_hours]
review 2026-06-11 07:59:59   blocked 2026-06-11 08:00:00 CEST    quiet_hours [quiet_hours]
review 2026-06-11 08:00:00   allowed 2026-06-11 08:00:00 CEST    allowed []
chat is exempt               allowed 2026-06-10 23:00:00 CEST    allowed []
night before 29 March        blocked 2026-03-29 08:00:00 CEST    quiet_hours [quiet_hours]
night before 25 October      blocked 2026-10-25 08:00:00 CET     quiet_hours [quiet_hours]
lunch 11:59:59               allowed 2026-06-10 11:59:59 CEST    allowed []
lunch 12:00:00               blocked 2026-06-10 13:00:00 CEST    quiet_hours [quiet_hours]
lunch 13:00:00               allowed 2026-06-10 13:00:00 CEST    allowed []
gap night 01:59:59           blocked 2026-03-29 03:00:00 CEST    quiet_hours [quiet_hours]
gap night 03:00:00           allowed 2026-03-29 03:00:00 CEST    allowed []
02:10 CEST (00:10 UTC)       blocked 2026-10-25 02:30:00 CEST    quiet_hours [quiet_hours]
02:30 CEST (00:30 UTC)       allowed 2026-10-25 02:30:00 CEST    allowed []
02:00 CET (01:00 UTC)        blocked 2026-10-25 02:30:00 CET     quiet_hours [quiet_hours]
02:29:59 CET (01:29:59 UTC)  blocked 2026-10-25 02:30:00 CET     quiet_hours [quiet_hours]
02:30 CET (01:30 UTC)        allowed 2026-10-25 02:30:00 CET     allowed []
bool(true)
bool(false)
bool(true)
