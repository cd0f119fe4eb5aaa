--TEST--
Estimator::estimate(): handling days, carriers, restock dates, backorders, closed periods, same-day delivery, label templates and languages
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Delivery\{Calendar, Estimator, Promise};

$tz = new DateTimeZone('Europe/Amsterdam');
$wh = new Calendar('NL', ['closed' => ['2026-07-20..2026-08-02']]);   // summer shutdown
$e = new Estimator([
    'timezone' => 'Europe/Amsterdam',
    'warehouse' => $wh,
    'cutoff' => '16:00',
    'handlingDays' => 1,
    'carriers' => ['postnl' => ['transit' => 1], 'pallet' => ['transit' => [2, 4], 'calendar' => 'BE']],
    'locale' => 'en',
]);
$now = new DateTimeImmutable('2026-07-15 10:00', $tz);   // Wednesday
function line(Promise $p): void {
    printf("%s %s..%s %d %s | %s\n", $p->dispatchDate, $p->earliest, $p->latest, $p->orderWithinSeconds, $p->carrier, $p->label);
}
line($e->estimate($now));                                            // handling 1 day: dispatch Thu 16
line($e->estimate($now, ['handlingDays' => 0]));
line($e->estimate($now, ['handlingDays' => 3]));                     // Thu, Fri, Mon 20 closed .. -> shutdown
line($e->estimate($now, ['carrier' => 'pallet']));
line($e->estimate($now, ['inStock' => true, 'restockDate' => '2026-09-01']));   // in stock: restock ignored
line($e->estimate($now, ['inStock' => false, 'restockDate' => '2026-07-24']));  // arrives during shutdown
line($e->estimate($now, ['inStock' => false, 'restockDate' => '2026-07-10']));  // date in the past: as in stock
line($e->estimate($now, ['inStock' => false, 'backorderDays' => 5]));
// After the cut-off the backorder promise is the same: the lead time counts from the order day,
// so no "order before" and no countdown (that would be false urgency).
line($e->estimate(new DateTimeImmutable('2026-07-15 17:00', $tz), ['inStock' => false, 'backorderDays' => 5]));
line($e->estimate($now, ['inStock' => false, 'backorderDays' => 0, 'handlingDays' => 0]));
echo "-- orders during the closed period\n";
line($e->estimate(new DateTimeImmutable('2026-07-22 09:00', $tz)));
line($e->estimate(new DateTimeImmutable('2026-08-02 23:00', $tz)));
echo "-- transit 0: same-day delivery\n";
$same = new Estimator(['timezone' => 'Europe/Amsterdam', 'warehouse' => 'NL', 'cutoff' => '11:00', 'carriers' => ['courier' => ['transit' => 0]], 'locale' => 'nl']);
line($same->estimate(new DateTimeImmutable('2026-07-15 10:00', $tz)));
line($same->estimate(new DateTimeImmutable('2026-07-15 11:00', $tz)));
echo "-- labels: templates, languages, midnight cut-off\n";
$t = new Estimator(['timezone' => 'Europe/Brussels', 'warehouse' => 'BE', 'cutoff' => '24:00', 'locale' => 'fr',
    'labels' => ['beforeCutoff' => 'Commandé aujourd\'hui avant {cutoff} : livraison {when} ({date})', 'afterCutoff' => '{when}, {unknown} {date']]);
line($t->estimate(new DateTimeImmutable('2026-07-20 23:59:59', $tz)));
line($t->estimate(new DateTimeImmutable('2026-07-25 12:00', $tz)));
foreach (['nl', 'en', 'de', 'fr'] as $l) {
    $x = new Estimator(['timezone' => 'Europe/Berlin', 'warehouse' => 'DE-BY', 'cutoff' => '14:30', 'locale' => $l]);
    echo $x->estimate(new DateTimeImmutable('2026-08-13 14:00', $tz))->label, ' / ', $x->estimate(new DateTimeImmutable('2026-08-13 15:00', $tz))->label, "\n";
}
ini_set('shopcx.default_locale', 'de');
echo (new Estimator(['timezone' => 'UTC', 'warehouse' => '', 'cutoff' => '12:00']))->estimate(0)->label, "\n";   // 1970-01-01 Thursday
var_dump($e->estimate($now) == $e->estimate($now->getTimestamp()));
$p = $e->estimate($now);
try { $p->label = 'x'; } catch (Error $err) { echo get_class($err), ': ', $err->getMessage(), "\n"; }
// Far ahead (more than 180 days): the year is added.
echo $e->estimate($now, ['inStock' => false, 'backorderDays' => 200])->label, "\n";
// Promises are plain values: they survive a cache round trip.
$p = $e->estimate($now);
var_dump(unserialize(serialize($p)) == $p, unserialize(serialize($p))->toArray() === $p->toArray());
?>
--EXPECT--
2026-07-16 2026-07-17..2026-07-17 21600 postnl | Order before 16:00, delivered on Friday 17 July
2026-07-15 2026-07-16..2026-07-16 21600 postnl | Order before 16:00, delivered tomorrow
2026-08-03 2026-08-04..2026-08-04 21600 postnl | Order before 16:00, delivered on Tuesday 4 August
2026-07-16 2026-07-20..2026-07-23 21600 pallet | Order before 16:00, delivered between Mon 20 and Thu 23 Jul
2026-07-16 2026-07-17..2026-07-17 21600 postnl | Order before 16:00, delivered on Friday 17 July
2026-08-04 2026-08-05..2026-08-05 0 postnl | Delivered on Wednesday 5 August
2026-07-16 2026-07-17..2026-07-17 21600 postnl | Order before 16:00, delivered on Friday 17 July
2026-08-06 2026-08-07..2026-08-07 0 postnl | Delivered on Friday 7 August
2026-08-06 2026-08-07..2026-08-07 0 postnl | Delivered on Friday 7 August
2026-07-15 2026-07-16..2026-07-16 21600 postnl | Order before 16:00, delivered tomorrow
-- orders during the closed period
2026-08-04 2026-08-05..2026-08-05 1062000 postnl | Delivered on Wednesday 5 August
2026-08-04 2026-08-05..2026-08-05 61200 postnl | Delivered on Wednesday 5 August
-- transit 0: same-day delivery
2026-07-15 2026-07-15..2026-07-15 3600 courier | Voor 11:00 besteld, vandaag in huis
2026-07-16 2026-07-16..2026-07-16 86400 courier | Morgen in huis
-- labels: templates, languages, midnight cut-off
2026-07-20 2026-07-22..2026-07-22 1 default | Commandé aujourd'hui avant 23h59 : livraison le mercredi 22 juillet (mercredi 22 juillet)
2026-07-27 2026-07-28..2026-07-28 216000 default | Le mardi 28 juillet, {unknown} {date
Voor 14:30 besteld, morgen in huis / Maandag 17 augustus in huis
Order before 14:30, delivered tomorrow / Delivered on Monday 17 August
Bis 14:30 bestellt, morgen geliefert / Am Montag, 17. August geliefert
Commandez avant 14h30, livré demain / Livré le lundi 17 août
Bis 12:00 bestellt, morgen geliefert
bool(true)
Error: Cannot modify readonly property ShopCx\Delivery\Promise::$label
Delivered on Friday 14 May 2027
bool(true)
bool(true)
