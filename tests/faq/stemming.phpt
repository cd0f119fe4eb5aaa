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
// Every built-in stop word of each language is dropped (neither indexed nor reported as unknown).
$lists = [
    'nl' => 'aan al als bij dan dat de deze die dit door een en er het hoe ik in is je kan kun kunnen me met mijn na naar niet of om ook op over te tot u uit uw van voor wat we wel wie wij wordt zijn',
    'en' => 'a about am an and any are as at be been but by can could did do does for from had has have how i if in into is it its me my of on or our so than that the their them then there these they this to was we were what when where which who why will with would you your',
    'de' => 'aber als am an auch auf aus bei bin bis das dass dem den der des die du ein eine einem einen einer es für hat ich ihr im in ist kann mein meine mit nach nicht oder sie sind so um und vom von was wie wir wird zu zum zur',
    'fr' => 'a au aux avec ce ces comment dans de des du elle en est et il je l la le les leur ma mais me mes mon ne nous on ou où par pas pour qu que qui sa se ses son sur ta te un une vos votre vous',
];
foreach ($lists as $lang => $words) {
    $ix = Index::build([['id' => 'x', 'question' => "$words zebra"]], ['lang' => $lang, 'stemming' => false]);
    $r = $ix->search("$words.", 1);
    printf("%s: %d terms indexed, %d unknown\n", $lang, $ix->stats()['terms'], count($r->unknownWords));
}
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
nl: 1 terms indexed, 0 unknown
en: 1 terms indexed, 0 unknown
de: 1 terms indexed, 0 unknown
fr: 1 terms indexed, 0 unknown
