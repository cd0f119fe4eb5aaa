--TEST--
Stemming per language (Snowball through libstemmer), stop words, and both switched off
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

function ids(Index $ix, string $q, array $o = ['typos' => false, 'prefix' => false]): string {
    $r = $ix->search($q, 5, $o);
    return str_pad($q, 22) . ' -> ' . (implode(',', array_map(fn($h) => $h->id, $r->hits)) ?: '-') . "\n";
}
$sets = [
    'nl' => [[['id' => 'a', 'question' => 'Hoe retourneer ik bestellingen?'], ['id' => 'b', 'question' => 'Betalingen en facturen']],
             ['bestelling', 'retourneren', 'betaling', 'factuur']],
    'en' => [[['id' => 'a', 'question' => 'Returning damaged orders'], ['id' => 'b', 'question' => 'Payment options']],
             ['return', 'damage', 'ordered', 'payments']],
    'de' => [[['id' => 'a', 'question' => 'Bestellungen zurücksenden'], ['id' => 'b', 'question' => 'Zahlungen mit Rechnungen']],
             ['bestellung', 'zurucksenden', 'zahlung', 'rechnung']],
    'fr' => [[['id' => 'a', 'question' => 'Retourner les commandes'], ['id' => 'b', 'question' => 'Paiements par cartes']],
             ['commande', 'retourné', 'paiement', 'carte']],
];
foreach ($sets as $lang => [$entries, $queries]) {
    echo "-- $lang\n";
    $ix = Index::build($entries, ['lang' => $lang]);
    foreach ($queries as $q) {
        echo ids($ix, $q);
    }
    // Without stemming only the exact (folded) word matches.
    $plain = Index::build($entries, ['lang' => $lang, 'stemming' => false]);
    echo 'no stemming: ', ids($plain, $queries[0]);
}

echo "-- per-entry language: each entry is stemmed in its own language, the query in the search's\n";
$mixed = Index::build([
    ['id' => 'nl', 'question' => 'Verzendkosten voor pakketten', 'lang' => 'nl'],
    ['id' => 'en', 'question' => 'Shipping costs for parcels', 'lang' => 'en'],
], ['lang' => 'nl']);
echo ids($mixed, 'pakket'), ids($mixed, 'parcel', ['lang' => 'en', 'typos' => false]);

echo "-- stop words: dropped by default, searchable when switched off\n";
$entries = [['id' => 'who', 'question' => 'The Who: who are they?'], ['id' => 'band', 'question' => 'A band from London']];
echo ids(Index::build($entries, ['lang' => 'en']), 'the who');
echo ids(Index::build($entries, ['lang' => 'en', 'stopWords' => false]), 'the who');
var_dump(Index::build($entries, ['lang' => 'en', 'stopWords' => false, 'stemming' => false])->stats()['terms']);
?>
--EXPECT--
-- nl
bestelling             -> a
retourneren            -> a
betaling               -> b
factuur                -> b
no stemming: bestelling             -> -
-- en
return                 -> a
damage                 -> a
ordered                -> a
payments               -> b
no stemming: return                 -> -
-- de
bestellung             -> a
zurucksenden           -> a
zahlung                -> b
rechnung               -> b
no stemming: bestellung             -> -
-- fr
commande               -> a
retourné              -> a
paiement               -> b
carte                  -> b
no stemming: commande               -> -
-- per-entry language: each entry is stemmed in its own language, the query in the search's
pakket                 -> nl
parcel                 -> en
-- stop words: dropped by default, searchable when switched off
the who                -> -
the who                -> who
int(8)
