--TEST--
A word being typed also completes to the shop's synonyms: "terug" finds the returns entry through "terugsturen"
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/webshop.inc';
use ShopCx\Faq\Index;

$synonyms = [['retourneren', 'terugsturen', 'retour'], ['verzenden', 'bezorging', 'levering']];
$plain = Index::build(webshop_faq(), ['lang' => 'nl']);
$ix = Index::build(webshop_faq(), ['lang' => 'nl', 'synonyms' => $synonyms]);
function suggested(Index $ix, string $p): void {
    printf("%-14s suggest %s | search %s\n", json_encode($p), json_encode($ix->suggest($p, 2), JSON_UNESCAPED_UNICODE),
        implode(', ', array_map(fn($h) => $h->id, $ix->search($p, 2)->hits)) ?: '-');
}
echo "-- without synonyms: no entry has a word starting with these\n";
foreach (['terugst', 'bezorgi'] as $p) suggested($plain, $p);
echo "-- with synonyms\n";
foreach (['terugst', 'terugsturen', 'bezorg', 'hoe terugst', 'terugsturenx'] as $p) suggested($ix, $p);
// Synonyms are stored stemmed ("bezorging" as "bezorg"): typed past the stem, the word completes
// only once it is whole.
foreach (['bezorgi', 'bezorging'] as $p) suggested($ix, $p);
echo "-- a finished word (followed by a space) is not completed\n";
suggested($ix, 'terugst ');
echo "-- a completion through a synonym scores below the whole synonym and below a direct completion\n";
$top = fn(string $q) => $ix->search($q, 1)->hits[0];
printf("%s %s %s\n", $top('terugst')->id, $top('terugsturen')->id, $top('retourn')->id);
var_dump($top('terugst')->score < $top('terugsturen')->score, $top('terugst')->score < $top('retourn')->score);
?>
--EXPECT--
-- without synonyms: no entry has a word starting with these
"terugst"      suggest [] | search return-how
"bezorgi"      suggest [] | search shipping-time, shipping-abroad
-- with synonyms
"terugst"      suggest ["Hoe kan ik een artikel retourneren?"] | search return-how, return-refund
"terugsturen"  suggest ["Hoe kan ik een artikel retourneren?"] | search return-how, return-refund
"bezorg"       suggest ["Wat zijn de verzendkosten?","Verzenden jullie ook naar België en Duitsland?"] | search shipping-cost, shipping-abroad
"hoe terugst"  suggest ["Hoe kan ik een artikel retourneren?"] | search return-how, return-refund
"terugsturenx" suggest [] | search return-how
"bezorgi"      suggest [] | search shipping-time, shipping-abroad
"bezorging"    suggest ["Wat zijn de verzendkosten?","Verzenden jullie ook naar België en Duitsland?"] | search shipping-cost, shipping-abroad
-- a finished word (followed by a space) is not completed
"terugst "     suggest [] | search -
-- a completion through a synonym scores below the whole synonym and below a direct completion
return-how return-how return-how
bool(true)
bool(true)
