--TEST--
Index::search() ranks a Dutch webshop FAQ: orders, shipping, returns, payment, privacy, product care
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/webshop.inc';
use ShopCx\Faq\Index;

$ix = Index::build(webshop_faq(), ['lang' => 'nl']);
foreach ([
    'Kan ik mijn bestelling wijzigen?',      // order-change: both words in its question
    'bestelling annuleren',                  // annuleer/annuleren share the stem
    'wat kost de verzending',                // the compound verzendkosten, split: verzend + kosten
    'levertijd naar België',                 // accent folded: belgie
    'geld terug',
    'hoe betaal ik met ideal',               // tag and answer
    'persoonsgegevens',
    'leren schoenen',
    'tshirt gekrompen',                      // "T-shirt" is indexed as t, shirt and tshirt
] as $q) {
    show($ix->search($q, 3));
}

echo "-- category filter\n";
show($ix->search('bestelling', 5, ['category' => 'betalen']));
echo "-- minScore: nothing good enough means answered = false\n";
$r = $ix->search('bestelling', 5, ['minScore' => 0.99]);
show($r);
echo "-- queries with nothing to find are reported\n";
show($ix->search('kortingscode vergeten', 3));
show($ix->search('de het een', 3));     // stop words only
echo "-- Result and Hit toArray()\n";
$r = $ix->search('verzendkosten', 1);
var_dump($r instanceof ShopCx\Faq\Result, $r->hits[0] instanceof ShopCx\Faq\Hit);
print_r($r->toArray());
try {
    $h = $r->hits[0];
    $h->score = 1.0;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Kan ik mijn bestelling wijzigen? -> total 4, answered yes, unknown []
  order-change     0.615
  order-cancel     0.176
  pay-invoice      0.072
bestelling annuleren -> total 4, answered yes, unknown []
  order-cancel     0.665
  order-change     0.184
  pay-invoice      0.072
wat kost de verzending -> total 2, answered yes, unknown []
  shipping-cost    0.717
  shipping-abroad  0.178
levertijd naar België -> total 2, answered yes, unknown []
  shipping-abroad  0.368
  shipping-time    0.212
geld terug -> total 2, answered yes, unknown []
  return-refund    0.643
  return-how       0.116
hoe betaal ik met ideal -> total 4, answered yes, unknown []
  pay-methods      0.313
  pay-invoice      0.167
  return-refund    0.104
persoonsgegevens -> total 1, answered yes, unknown []
  privacy-data     0.514
leren schoenen -> total 1, answered yes, unknown []
  care-leather     0.597
tshirt gekrompen -> total 1, answered yes, unknown [gekrompen]
  care-wash        0.366
-- category filter
bestelling -> total 1, answered yes, unknown []
  pay-invoice      0.215
-- minScore: nothing good enough means answered = false
bestelling -> total 4, answered no, unknown []
-- queries with nothing to find are reported
kortingscode vergeten -> total 0, answered no, unknown [kortingscode, vergeten]
de het een -> total 0, answered no, unknown []
-- Result and Hit toArray()
bool(true)
bool(true)
Array
(
    [query] => verzendkosten
    [hits] => Array
        (
            [0] => Array
                (
                    [id] => shipping-cost
                    [score] => 0.665133
                    [question] => Wat zijn de verzendkosten?
                    [questionHighlight] => Wat zijn de <mark>verzendkosten</mark>?
                    [highlight] => Verzending is gratis vanaf € 50. Daaronder betaal je € 4,95 <mark>verzendkosten</mark>.
                    [category] => verzending
                )

        )

    [total] => 1
    [answered] => 1
    [unknownWords] => Array
        (
        )

)
Error: Cannot modify readonly property ShopCx\Faq\Hit::$score
