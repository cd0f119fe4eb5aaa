--TEST--
Indicator::describe() and describeVariants(): levels, thresholds, overrides, dates against the clock, templates, four languages
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Stock\{Indicator, Status};

function show(Status $s): void {
    printf("%-12s %-5s %-10s %-5s %s\n", $s->level, var_export($s->quantity, true), $s->availableOn ?? '-', $s->urgent ? 'URG' : '', $s->label);
}
$now = new DateTimeImmutable('2026-12-20 12:00', new DateTimeZone('Europe/Amsterdam'));
foreach (['nl', 'en', 'de', 'fr'] as $l) {
    echo "-- $l\n";
    $i = new Indicator(['locale' => $l, 'lowThreshold' => 3, 'showQuantityBelow' => 10, 'timezone' => 'Europe/Amsterdam']);
    show($i->describe(50));
    show($i->describe(9));
    show($i->describe(2));
    show($i->describe(0));
    show($i->describe(0, ['availableOn' => '2026-12-24'], $now));
    show($i->describe(-3, ['backorders' => true]));
    show($i->describe(0, ['backorders' => true, 'availableOn' => '2027-01-05'], $now));
    show($i->describe(10, ['releaseDate' => '2027-02-12'], $now));
    show($i->describe(null, ['preorder' => true]));
    show($i->describe(null));
}
echo "-- thresholds and overrides\n";
$i = new Indicator(['locale' => 'nl']);            // low <= 5, quantity shown below 6
show($i->describe(6));
show($i->describe(5));
show($i->describe(1));
show($i->describe(5, ['lowThreshold' => 2]));
show($i->describe(5, ['lowThreshold' => 10, 'showQuantityBelow' => 3]));   // low, but no number
show($i->describe(5, ['lowThreshold' => 0]));
show($i->describe(3, ['managed' => false]));
show($i->describe(null, ['inStock' => false]));
show($i->describe(null, ['inStock' => false, 'availableOn' => '2026-12-24']));
echo "-- dates against the clock\n";
show($i->describe(0, ['availableOn' => '2026-12-19'], $now));   // past: dropped
show($i->describe(0, ['availableOn' => '2026-12-20'], $now));
show($i->describe(0, ['availableOn' => '2026-12-19']));         // no clock: kept
show($i->describe(4, ['releaseDate' => '2026-12-20'], $now));   // released today: on sale
show($i->describe(4, ['releaseDate' => '2026-12-21'], $now->getTimestamp()));
show($i->describe(4, ['releaseDate' => '2026-12-21'], new DateTimeImmutable('2026-12-20 23:30', new DateTimeZone('UTC'))));   // UTC indicator: still the 20th
echo "-- templates\n";
$t = new Indicator(['locale' => 'nl', 'labels' => [
    'low' => 'Snel! Nog {qty} stuks', 'out_of_stock_date' => 'Weer binnen op {weekday} ({date})', 'in_stock' => 'Direct leverbaar', 'backorder' => '{qty} {date} {nope}',
]]);
show($t->describe(2));
show($t->describe(0, ['availableOn' => '2026-12-22'], $now));
show($t->describe(20));
show($t->describe(0, ['backorders' => true]));
echo "-- variants\n";
$v = $i->describeVariants(['S' => 0, 'M' => 2, 'L' => 40, 'XL' => null, 'XXL' => ['qty' => 0, 'backorders' => true]], ['lowThreshold' => 3]);
foreach ($v as $size => $s) { echo "$size: "; show($s); }
$m = $i->describeVariants(['red' => ['S' => 1, 'M' => 12], 'blue' => ['S' => 0, 7 => ['qty' => 0, 'availableOn' => '2026-12-28']]], [], $now);
foreach ($m as $colour => $row) { foreach ($row as $size => $s) { echo "$colour/$size: "; show($s); } }
var_dump($i->describeVariants([]));
var_dump($i->describe(2)->toArray());
var_dump(Status::LOW, $i->describe(2)->level === Status::LOW);
ini_set('shopcx.default_locale', 'fr');
echo (new Indicator())->describe(1)->label, "\n";
?>
--EXPECT--
-- nl
in_stock     NULL  -                Op voorraad
in_stock     9     -                9 op voorraad
low          2     -          URG   Nog maar 2 over!
out_of_stock NULL  -                Uitverkocht
out_of_stock NULL  2026-12-24       Uitverkocht, weer op voorraad vanaf donderdag 24 december
backorder    NULL  -                Op bestelling leverbaar
backorder    NULL  2027-01-05       Op bestelling leverbaar, verwacht op dinsdag 5 januari 2027
preorder     NULL  2027-02-12       Pre-order, leverbaar vanaf vrijdag 12 februari 2027
preorder     NULL  -                Pre-order
not_managed  NULL  -                Op voorraad
-- en
in_stock     NULL  -                In stock
in_stock     9     -                9 in stock
low          2     -          URG   Only 2 left!
out_of_stock NULL  -                Out of stock
out_of_stock NULL  2026-12-24       Out of stock, back on Thursday 24 December
backorder    NULL  -                Available on backorder
backorder    NULL  2027-01-05       On backorder, expected on Tuesday 5 January 2027
preorder     NULL  2027-02-12       Pre-order, available from Friday 12 February 2027
preorder     NULL  -                Pre-order
not_managed  NULL  -                In stock
-- de
in_stock     NULL  -                Auf Lager
in_stock     9     -                9 auf Lager
low          2     -          URG   Nur noch 2 verfügbar!
out_of_stock NULL  -                Ausverkauft
out_of_stock NULL  2026-12-24       Ausverkauft, wieder verfügbar ab Donnerstag, 24. Dezember
backorder    NULL  -                Auf Bestellung lieferbar
backorder    NULL  2027-01-05       Auf Bestellung lieferbar, erwartet am Dienstag, 5. Januar 2027
preorder     NULL  2027-02-12       Vorbestellbar, lieferbar ab Freitag, 12. Februar 2027
preorder     NULL  -                Vorbestellbar
not_managed  NULL  -                Auf Lager
-- fr
in_stock     NULL  -                En stock
in_stock     9     -                9 en stock
low          2     -          URG   Plus que 2 en stock !
out_of_stock NULL  -                Rupture de stock
out_of_stock NULL  2026-12-24       Rupture de stock, de retour le jeudi 24 décembre
backorder    NULL  -                Disponible sur commande
backorder    NULL  2027-01-05       Sur commande, attendu le mardi 5 janvier 2027
preorder     NULL  2027-02-12       Précommande, disponible à partir du vendredi 12 février 2027
preorder     NULL  -                Précommande
not_managed  NULL  -                En stock
-- thresholds and overrides
in_stock     NULL  -                Op voorraad
low          5     -          URG   Nog maar 5 over!
low          1     -          URG   Nog maar 1 over!
in_stock     5     -                5 op voorraad
low          NULL  -          URG   Bijna uitverkocht
in_stock     5     -                5 op voorraad
not_managed  NULL  -                Op voorraad
out_of_stock NULL  -                Uitverkocht
out_of_stock NULL  2026-12-24       Uitverkocht, weer op voorraad vanaf donderdag 24 december
-- dates against the clock
out_of_stock NULL  -                Uitverkocht
out_of_stock NULL  2026-12-20       Uitverkocht, weer op voorraad vanaf zondag 20 december
out_of_stock NULL  2026-12-19       Uitverkocht, weer op voorraad vanaf zaterdag 19 december
low          4     -          URG   Nog maar 4 over!
preorder     NULL  2026-12-21       Pre-order, leverbaar vanaf maandag 21 december
preorder     NULL  2026-12-21       Pre-order, leverbaar vanaf maandag 21 december
-- templates
low          2     -          URG   Snel! Nog 2 stuks
out_of_stock NULL  2026-12-22       Weer binnen op dinsdag (dinsdag 22 december)
in_stock     NULL  -                Direct leverbaar
backorder    NULL  -                0 {date} {nope}
-- variants
S: out_of_stock NULL  -                Uitverkocht
M: low          2     -          URG   Nog maar 2 over!
L: in_stock     NULL  -                Op voorraad
XL: not_managed  NULL  -                Op voorraad
XXL: backorder    NULL  -                Op bestelling leverbaar
red/S: low          1     -          URG   Nog maar 1 over!
red/M: in_stock     NULL  -                Op voorraad
blue/S: out_of_stock NULL  -                Uitverkocht
blue/7: out_of_stock NULL  2026-12-28       Uitverkocht, weer op voorraad vanaf maandag 28 december
array(0) {
}
array(5) {
  ["level"]=>
  string(3) "low"
  ["quantity"]=>
  int(2)
  ["label"]=>
  string(16) "Nog maar 2 over!"
  ["availableOn"]=>
  NULL
  ["urgent"]=>
  bool(true)
}
string(3) "low"
bool(true)
Plus que 1 en stock !
