--TEST--
Rules::isOpen()/explain(): opening hours per weekday in the shop's zone, across DST changes, and closed dates
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rules = Rules::fromArray([
    'timezone' => 'Europe/Amsterdam',
    'hours' => [
        'mon' => '09:00-17:00', 'tue' => '09:00-17:00', 'wed' => '09:00-17:00', 'thu' => '09:00-17:00', 'fri' => '09:00-17:00',
        'sat' => ['10:00-12:00', '13:00-16:00'],
        'sun' => '02:30-24:00',   // an odd Sunday, to cross the DST switch inside opening hours
    ],
    'closed' => ['2026-12-24', '2026-05-05'],
    'rules' => [['name' => 'any-cart', 'kind' => 'defensive', 'when' => ['pageType' => 'cart']]],
]);
$visit = ['pageType' => 'cart'];
$team = ['agentsOnline' => 1];
$tz = new DateTimeZone('Europe/Amsterdam');

foreach ([
    // Winter time (UTC+1), the Friday before the switch
    '2026-03-27T07:59:00Z', '2026-03-27T08:00:00Z', '2026-03-27T15:59:59Z', '2026-03-27T16:00:00Z',
    // Saturday: closed over lunch
    '2026-03-28T10:59:00Z', '2026-03-28T11:30:00Z', '2026-03-28T12:00:00Z',
    // Sunday 29 March: clocks jump from 02:00 to 03:00 at 01:00 UTC
    '2026-03-29T00:45:00Z', '2026-03-29T01:00:00Z', '2026-03-29T21:59:59Z', '2026-03-29T22:00:00Z',
    // Summer time (UTC+2): 9:00 local is 07:00 UTC now
    '2026-03-30T06:59:00Z', '2026-03-30T07:00:00Z', '2026-03-30T14:59:00Z', '2026-03-30T15:00:00Z',
    // Sunday 25 October: clocks go back from 03:00 to 02:00 at 01:00 UTC; 02:15 happens twice
    '2026-10-25T00:15:00Z', '2026-10-25T00:45:00Z', '2026-10-25T01:15:00Z', '2026-10-25T01:45:00Z',
    // Winter time again
    '2026-10-26T07:59:00Z', '2026-10-26T08:00:00Z',
    // Closed dates are local dates: 23:30 UTC on the 23rd is already the 24th in Amsterdam
    '2026-12-23T09:00:00Z', '2026-12-23T23:30:00Z', '2026-12-24T09:00:00Z', '2026-05-05T10:00:00Z',
] as $utc) {
    $now = new DateTimeImmutable($utc);
    printf("%s  %s  %-5s %s\n", $utc, $now->setTimezone($tz)->format('D H:i T'),
        var_export($rules->isOpen($now), true), $rules->explain($visit, $now, $team));
}
// Back and forth in time: the cached local day must never leak into another one
$a = $rules->isOpen(new DateTimeImmutable('2026-03-30T07:00:00Z'));
$b = $rules->isOpen(new DateTimeImmutable('2026-03-27T07:00:00Z'));
$c = $rules->isOpen(new DateTimeImmutable('2026-03-30T07:00:00Z'));
var_dump([$a, $b, $c]);
// An int works as well as a DateTimeInterface
var_dump($rules->isOpen(1774857600));   // 2026-03-30T08:00:00Z

// No hours at all: always open, except on closed dates
$always = Rules::fromArray(['timezone' => 'UTC', 'closed' => ['2026-01-01'], 'rules' => []]);
var_dump($always->isOpen(new DateTimeImmutable('2026-01-01T12:00:00Z')), $always->isOpen(new DateTimeImmutable('2026-01-02T03:00:00Z')));
// A weekday left out of "hours" is closed all day
$weekdays = Rules::fromArray(['timezone' => 'America/New_York', 'hours' => ['mon' => '00:00-24:00', 'sun' => null], 'rules' => []]);
var_dump($weekdays->isOpen(new DateTimeImmutable('2026-11-23T04:59:00Z')), $weekdays->isOpen(new DateTimeImmutable('2026-11-23T05:00:00Z')));
?>
--EXPECT--
2026-03-27T07:59:00Z  Fri 08:59 CET  false closed-hours
2026-03-27T08:00:00Z  Fri 09:00 CET  true  invite
2026-03-27T15:59:59Z  Fri 16:59 CET  true  invite
2026-03-27T16:00:00Z  Fri 17:00 CET  false closed-hours
2026-03-28T10:59:00Z  Sat 11:59 CET  true  invite
2026-03-28T11:30:00Z  Sat 12:30 CET  false closed-hours
2026-03-28T12:00:00Z  Sat 13:00 CET  true  invite
2026-03-29T00:45:00Z  Sun 01:45 CET  false closed-hours
2026-03-29T01:00:00Z  Sun 03:00 CEST  true  invite
2026-03-29T21:59:59Z  Sun 23:59 CEST  true  invite
2026-03-29T22:00:00Z  Mon 00:00 CEST  false closed-hours
2026-03-30T06:59:00Z  Mon 08:59 CEST  false closed-hours
2026-03-30T07:00:00Z  Mon 09:00 CEST  true  invite
2026-03-30T14:59:00Z  Mon 16:59 CEST  true  invite
2026-03-30T15:00:00Z  Mon 17:00 CEST  false closed-hours
2026-10-25T00:15:00Z  Sun 02:15 CEST  false closed-hours
2026-10-25T00:45:00Z  Sun 02:45 CEST  true  invite
2026-10-25T01:15:00Z  Sun 02:15 CET  false closed-hours
2026-10-25T01:45:00Z  Sun 02:45 CET  true  invite
2026-10-26T07:59:00Z  Mon 08:59 CET  false closed-hours
2026-10-26T08:00:00Z  Mon 09:00 CET  true  invite
2026-12-23T09:00:00Z  Wed 10:00 CET  true  invite
2026-12-23T23:30:00Z  Thu 00:30 CET  false closed-date
2026-12-24T09:00:00Z  Thu 10:00 CET  false closed-date
2026-05-05T10:00:00Z  Tue 12:00 CEST  false closed-date
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
