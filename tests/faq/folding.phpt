--TEST--
Tokenization and folding: Dutch ij, German ß and umlauts, French accents, case, hyphens, scripts and emoji
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

function ids(Index $ix, string $q, array $o = []): string {
    $r = $ix->search($q, 5, $o);
    return str_pad($q, 24) . ' -> ' . (implode(',', array_map(fn($h) => $h->id, $r->hits)) ?: '-') . "\n";
}

echo "-- nl: the ij ligature, IJ at the start of a word\n";
$nl = Index::build([
    ['id' => 'ijs', 'question' => 'Bewaar het IJsje in de vriezer', 'answer' => 'Ook het ĳzer (ligatuur) roest niet.'],
    ['id' => 'tijd', 'question' => 'Wat is de levertijd?', 'answer' => 'Twee dagen.'],
], ['lang' => 'nl']);
echo ids($nl, 'ijsje'), ids($nl, 'IJzer'), ids($nl, 'ĳzer'), ids($nl, 'LEVERTIJD');

echo "-- de: ß folds to ss, umlauts to the base letter; ae/oe/ue typed for ä/ö/ü match as a spelling, not a typo\n";
$de = Index::build([
    ['id' => 'gross', 'question' => 'Welche Größe passt mir?', 'answer' => 'Die Maßtabelle hilft.'],
    ['id' => 'strasse', 'question' => 'Lieferung an eine Packstation oder Straße', 'answer' => 'Beides ist möglich.'],
    ['id' => 'ruck', 'question' => 'Rücksendung und Umtausch', 'answer' => 'Kostenlos innerhalb von 30 Tagen.'],
], ['lang' => 'de']);
echo ids($de, 'grösse'), ids($de, 'GROESSE', ['typos' => false]), ids($de, 'groesse'), ids($de, 'masstabelle'), ids($de, 'strasse'), ids($de, 'rucksendung'), ids($de, 'RÜCKSENDUNG'), ids($de, 'Ruecksendung', ['typos' => false]);
// The spelling variant ranks like the word itself: the same score as "rücksendung".
var_dump($de->search('ruecksendung')->hits[0]->score === $de->search('rücksendung')->hits[0]->score);
// Only for words the index does not know: "blue" and "queue" stay what they are.
$en = Index::build([['id' => 'q', 'question' => 'Why is my order in the queue?'], ['id' => 'b', 'question' => 'Do you have it in blue or blu-ray?']], ['lang' => 'en']);
echo ids($en, 'queue', ['typos' => false]), ids($en, 'blue', ['typos' => false]);

echo "-- fr: accents folded both ways\n";
$fr = Index::build([
    ['id' => 'livraison', 'question' => 'Quel est le délai de livraison ?', 'answer' => "L'expédition a lieu le jour même."],
    ['id' => 'noel', 'question' => 'Livrez-vous avant Noël ?', 'answer' => 'Oui, commandez avant le 20 décembre.'],
], ['lang' => 'fr']);
echo ids($fr, 'delai'), ids($fr, 'DÉLAI'), ids($fr, 'expedition'), ids($fr, 'noel'), ids($fr, 'decembre');

echo "-- en: case, hyphens (t-shirt = tshirt = t shirt), numbers\n";
$en = Index::build([
    ['id' => 'shirt', 'question' => 'How do I wash my T-Shirt?', 'answer' => 'At 30 degrees.'],
    ['id' => 'order', 'question' => 'Where is order 100042?', 'answer' => 'Check your e-mail.'],
], ['lang' => 'en']);
echo ids($en, 'tshirt'), ids($en, 't-shirt'), ids($en, 'T SHIRT'), ids($en, '100042'), ids($en, 'email');

echo "-- text nobody indexed never throws\n";
foreach ([1 => '🙂🙂🙂', '!!!???', 'Доставка', '配送について', "tab\tand\nnewline", str_repeat('a ', 400), str_repeat('x', 1000), 'ﬁnd the ﬂag'] as $i => $q) {
    $r = $en->search($q);
    printf("%d: hits %d, unknown words %d\n", $i, count($r->hits), count($r->unknownWords));
}
?>
--EXPECT--
-- nl: the ij ligature, IJ at the start of a word
ijsje                    -> ijs
IJzer                    -> ijs
ĳzer                    -> ijs
LEVERTIJD                -> tijd
-- de: ß folds to ss, umlauts to the base letter; ae/oe/ue typed for ä/ö/ü match as a spelling, not a typo
grösse                  -> gross
GROESSE                  -> gross
groesse                  -> gross
masstabelle              -> gross
strasse                  -> strasse
rucksendung              -> ruck
RÜCKSENDUNG             -> ruck
Ruecksendung             -> ruck
bool(true)
queue                    -> q
blue                     -> b
-- fr: accents folded both ways
delai                    -> livraison
DÉLAI                   -> livraison
expedition               -> livraison
noel                     -> noel
decembre                 -> noel
-- en: case, hyphens (t-shirt = tshirt = t shirt), numbers
tshirt                   -> shirt
t-shirt                  -> shirt
T SHIRT                  -> shirt
100042                   -> order
email                    -> order
-- text nobody indexed never throws
1: hits 0, unknown words 0
2: hits 0, unknown words 0
3: hits 0, unknown words 1
4: hits 0, unknown words 1
5: hits 0, unknown words 2
6: hits 0, unknown words 0
7: hits 0, unknown words 1
8: hits 0, unknown words 2
