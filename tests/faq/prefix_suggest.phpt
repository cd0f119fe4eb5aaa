--TEST--
Prefix matching on the last word while typing, and suggest() for autocomplete of questions
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/webshop.inc';
use ShopCx\Faq\Index;

$ix = Index::build(webshop_faq(), ['lang' => 'nl']);
function ids(Index $ix, string $q, array $o = []): void {
    $r = $ix->search($q, 3, $o);
    printf("%-24s -> %s\n", json_encode($q), implode(', ', array_map(fn($h) => $h->id, $r->hits)) ?: '-');
}
ids($ix, 'verzendk');                     // being typed: completes to verzendkosten
ids($ix, 'verzendk ');                    // a space ends the word: no completion
ids($ix, 'verzendk', ['prefix' => false]);
ids($ix, 'retour aanme');                 // only the last word is completed
ids($ix, 'aanme retour');
ids($ix, 'p');                            // one letter completes to the most frequent words
echo "-- suggest(): questions containing every word, the last one completed\n";
foreach (['hoe ann', 'bestel', 'mijn best', 'verz', 'wat', 'xyz', '', 'leren sch'] as $p) {
    printf("%-12s %s\n", json_encode($p), json_encode($ix->suggest($p, 3), JSON_UNESCAPED_UNICODE));
}
var_dump($ix->suggest('geld', 1));
foreach ([0, 21] as $bad) {
    try { $ix->suggest('x', $bad); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { $ix->suggest("\xFF"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
"verzendk"               -> shipping-cost
"verzendk "              -> -
"verzendk"               -> -
"retour aanme"           -> return-how, return-refund
"aanme retour"           -> return-how, return-refund
"p"                      -> privacy-data, shipping-time, pay-methods
-- suggest(): questions containing every word, the last one completed
"hoe ann"    ["Hoe annuleer ik mijn bestelling?"]
"bestel"     ["Hoe annuleer ik mijn bestelling?","Kan ik mijn bestelling nog wijzigen?"]
"mijn best"  ["Hoe annuleer ik mijn bestelling?","Kan ik mijn bestelling nog wijzigen?"]
"verz"       ["Wat zijn de verzendkosten?","Verzenden jullie ook naar België en Duitsland?"]
"wat"        []
"xyz"        []
""           []
"leren sch"  ["Hoe onderhoud ik leren schoenen?"]
array(1) {
  [0]=>
  string(33) "Wanneer krijg ik mijn geld terug?"
}
ShopCx\Faq\Index::suggest(): Argument #2 ($limit) must be between 1 and 20
ShopCx\Faq\Index::suggest(): Argument #2 ($limit) must be between 1 and 20
ShopCx\Faq\Index::suggest(): Argument #1 ($prefix) must be valid UTF-8
