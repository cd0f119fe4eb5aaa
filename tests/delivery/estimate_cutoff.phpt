--TEST--
Estimator::estimate(): cut-offs to the second, per-weekday cut-offs, holidays, year end, leap day, DST in Europe/Amsterdam and America/New_York
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Delivery\{Calendar, Estimator};

function show(Estimator $e, string $local, string $zone, array $item = []): void {
    $now = new DateTimeImmutable($local, new DateTimeZone($zone));
    $p = $e->estimate($now->getTimestamp(), $item);
    printf("%s | dispatch %s | %s..%s | %6d s | %s\n", $local, $p->dispatchDate, $p->earliest, $p->latest, $p->orderWithinSeconds, $p->label);
}
date_default_timezone_set('Asia/Tokyo');   // server time must not matter

$nl = new Estimator([
    'timezone' => 'Europe/Amsterdam',
    'warehouse' => Calendar::country('NL'),
    'cutoff' => ['mon' => '22:00', 'tue' => '22:00', 'wed' => '22:00', 'thu' => '22:00', 'fri' => '17:30', 'sat' => '12:00:30'],
    'carriers' => [
        'postnl' => ['transit' => 1, 'calendar' => new Calendar('NL', ['workdays' => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']])],
        'dhl' => ['transit' => [1, 2], 'calendar' => 'NL'],
    ],
    'locale' => 'nl',
]);
echo "-- cut-off to the second\n";
show($nl, '2026-11-24 21:59:59', 'Europe/Amsterdam');
show($nl, '2026-11-24 22:00:00', 'Europe/Amsterdam');
show($nl, '2026-11-24 22:00:01', 'Europe/Amsterdam');
show($nl, '2026-11-24 20:59:59', 'UTC');   // 21:59:59 in Amsterdam
echo "-- Friday 17:30, Saturday 12:00:30 (warehouse closed on Saturdays: no effect), Sunday none\n";
show($nl, '2026-11-27 17:29:59', 'Europe/Amsterdam');
show($nl, '2026-11-27 17:30:00', 'Europe/Amsterdam');
show($nl, '2026-11-28 10:00:00', 'Europe/Amsterdam');
show($nl, '2026-11-29 23:59:59', 'Europe/Amsterdam');
echo "-- Christmas and year end\n";
show($nl, '2026-12-23 21:00', 'Europe/Amsterdam');
show($nl, '2026-12-24 21:00', 'Europe/Amsterdam');
show($nl, '2026-12-24 21:00', 'Europe/Amsterdam', ['carrier' => 'dhl']);
show($nl, '2026-12-25 09:00', 'Europe/Amsterdam');
show($nl, '2026-12-31 23:00', 'Europe/Amsterdam', ['carrier' => 'dhl']);
echo "-- King's Day 2026 (Monday 27 April)\n";
show($nl, '2026-04-24 18:00', 'Europe/Amsterdam');
echo "-- leap day\n";
show($nl, '2028-02-28 23:00', 'Europe/Amsterdam');
show($nl, '2028-02-29 10:00', 'Europe/Amsterdam', ['carrier' => 'dhl']);

echo "-- DST in Europe/Amsterdam: every day a warehouse day\n";
$ams = new Estimator(['timezone' => 'Europe/Amsterdam', 'warehouse' => new Calendar('', ['workdays' => [1, 2, 3, 4, 5, 6, 7]]), 'cutoff' => '22:00', 'locale' => 'en']);
show($ams, '2026-03-29 00:00', 'Europe/Amsterdam');   // spring forward: 21 hours to 22:00
show($ams, '2026-03-29 21:59:59', 'Europe/Amsterdam');
show($ams, '2026-10-25 00:00', 'Europe/Amsterdam');   // fall back: 23 hours
show($ams, '2026-10-25 22:00', 'Europe/Amsterdam');
$gap = new Estimator(['timezone' => 'Europe/Amsterdam', 'warehouse' => new Calendar('', ['workdays' => [7]]), 'cutoff' => '02:30', 'locale' => 'en']);
show($gap, '2026-03-29 01:59:59', 'Europe/Amsterdam');   // 02:30 does not exist that night: 03:30 CEST
show($gap, '2026-03-29 03:29:59', 'Europe/Amsterdam');
show($gap, '2026-10-25 02:29:59', 'UTC');                // 03:29:59 CET, after the first 02:30 (CEST)

echo "-- DST in America/New_York\n";
$us = new Estimator(['timezone' => 'America/New_York', 'warehouse' => 'US', 'cutoff' => ['mon' => '15:00', 'tue' => '15:00', 'wed' => '15:00', 'thu' => '15:00', 'fri' => '15:00', 'sun' => '15:00'], 'locale' => 'en',
    'carriers' => ['ups' => ['transit' => [2, 3], 'calendar' => 'US']]]);
show($us, '2026-03-08 00:30', 'America/New_York');   // Sunday, spring forward: warehouse closed Sundays
show($us, '2026-03-09 14:59:59', 'America/New_York');
show($us, '2026-03-09 19:00:00', 'UTC');             // 15:00 EDT: just missed
show($us, '2026-11-01 12:00', 'America/New_York');   // Sunday, fall back
show($us, '2026-11-02 19:59:59', 'UTC');             // 14:59:59 EST
show($us, '2026-11-25 10:00', 'America/New_York');   // day before Thanksgiving
show($us, '2026-07-02 16:00', 'America/New_York');   // Independence Day observed Friday 3 July
?>
--EXPECT--
-- cut-off to the second
2026-11-24 21:59:59 | dispatch 2026-11-24 | 2026-11-25..2026-11-25 |      1 s | Voor 22:00 besteld, morgen in huis
2026-11-24 22:00:00 | dispatch 2026-11-25 | 2026-11-26..2026-11-26 |  86400 s | Donderdag 26 november in huis
2026-11-24 22:00:01 | dispatch 2026-11-25 | 2026-11-26..2026-11-26 |  86399 s | Donderdag 26 november in huis
2026-11-24 20:59:59 | dispatch 2026-11-24 | 2026-11-25..2026-11-25 |      1 s | Voor 22:00 besteld, morgen in huis
-- Friday 17:30, Saturday 12:00:30 (warehouse closed on Saturdays: no effect), Sunday none
2026-11-27 17:29:59 | dispatch 2026-11-27 | 2026-11-28..2026-11-28 |      1 s | Voor 17:30 besteld, morgen in huis
2026-11-27 17:30:00 | dispatch 2026-11-30 | 2026-12-01..2026-12-01 | 275400 s | Dinsdag 1 december in huis
2026-11-28 10:00:00 | dispatch 2026-11-30 | 2026-12-01..2026-12-01 | 216000 s | Dinsdag 1 december in huis
2026-11-29 23:59:59 | dispatch 2026-11-30 | 2026-12-01..2026-12-01 |  79201 s | Dinsdag 1 december in huis
-- Christmas and year end
2026-12-23 21:00 | dispatch 2026-12-23 | 2026-12-24..2026-12-24 |   3600 s | Voor 22:00 besteld, morgen in huis
2026-12-24 21:00 | dispatch 2026-12-24 | 2026-12-28..2026-12-28 |   3600 s | Voor 22:00 besteld, maandag 28 december in huis
2026-12-24 21:00 | dispatch 2026-12-24 | 2026-12-28..2026-12-29 |   3600 s | Voor 22:00 besteld, tussen ma 28 en di 29 dec in huis
2026-12-25 09:00 | dispatch 2026-12-28 | 2026-12-29..2026-12-29 | 306000 s | Dinsdag 29 december in huis
2026-12-31 23:00 | dispatch 2027-01-04 | 2027-01-05..2027-01-06 | 342000 s | Tussen di 5 en wo 6 jan in huis
-- King's Day 2026 (Monday 27 April)
2026-04-24 18:00 | dispatch 2026-04-28 | 2026-04-29..2026-04-29 | 360000 s | Woensdag 29 april in huis
-- leap day
2028-02-28 23:00 | dispatch 2028-02-29 | 2028-03-01..2028-03-01 |  82800 s | Woensdag 1 maart in huis
2028-02-29 10:00 | dispatch 2028-02-29 | 2028-03-01..2028-03-02 |  43200 s | Voor 22:00 besteld, tussen wo 1 en do 2 mrt in huis
-- DST in Europe/Amsterdam: every day a warehouse day
2026-03-29 00:00 | dispatch 2026-03-29 | 2026-03-30..2026-03-30 |  75600 s | Order before 22:00, delivered tomorrow
2026-03-29 21:59:59 | dispatch 2026-03-29 | 2026-03-30..2026-03-30 |      1 s | Order before 22:00, delivered tomorrow
2026-10-25 00:00 | dispatch 2026-10-25 | 2026-10-26..2026-10-26 |  82800 s | Order before 22:00, delivered tomorrow
2026-10-25 22:00 | dispatch 2026-10-26 | 2026-10-27..2026-10-27 |  86400 s | Delivered on Tuesday 27 October
2026-03-29 01:59:59 | dispatch 2026-03-29 | 2026-04-05..2026-04-05 |   1801 s | Order before 02:30, delivered on Sunday 5 April
2026-03-29 03:29:59 | dispatch 2026-03-29 | 2026-04-05..2026-04-05 |      1 s | Order before 02:30, delivered on Sunday 5 April
2026-10-25 02:29:59 | dispatch 2026-11-01 | 2026-11-08..2026-11-08 | 601201 s | Delivered on Sunday 8 November
-- DST in America/New_York
2026-03-08 00:30 | dispatch 2026-03-09 | 2026-03-11..2026-03-12 | 135000 s | Delivered between Wed 11 and Thu 12 Mar
2026-03-09 14:59:59 | dispatch 2026-03-09 | 2026-03-11..2026-03-12 |      1 s | Order before 15:00, delivered between Wed 11 and Thu 12 Mar
2026-03-09 19:00:00 | dispatch 2026-03-10 | 2026-03-12..2026-03-13 |  86400 s | Delivered between Thu 12 and Fri 13 Mar
2026-11-01 12:00 | dispatch 2026-11-02 | 2026-11-04..2026-11-05 |  97200 s | Delivered between Wed 4 and Thu 5 Nov
2026-11-02 19:59:59 | dispatch 2026-11-02 | 2026-11-04..2026-11-05 |      1 s | Order before 15:00, delivered between Wed 4 and Thu 5 Nov
2026-11-25 10:00 | dispatch 2026-11-25 | 2026-11-30..2026-12-01 |  18000 s | Order before 15:00, delivered between Mon 30 Nov and Tue 1 Dec
2026-07-02 16:00 | dispatch 2026-07-06 | 2026-07-08..2026-07-09 | 342000 s | Delivered between Wed 8 and Thu 9 Jul
