--TEST--
Typo tolerance: 0 edits below 4 letters, 1 from 4, 2 from 9 (transpositions count once), ranked below exact matches
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

$ix = Index::build([
    ['id' => 'tas', 'question' => 'Is de tas waterdicht?'],
    ['id' => 'kleur', 'question' => 'Welke kleur heeft de jas?'],
    ['id' => 'garantie', 'question' => 'Hoe lang is de garantietermijn?'],
    ['id' => 'klein', 'question' => 'Valt de maat klein?'],
    ['id' => 'kleuren', 'question' => 'Zijn er meer kleuren?'],
], ['lang' => 'nl', 'stemming' => false]);

function ids(Index $ix, string $q, array $o = []): void {
    $r = $ix->search($q, 5, $o + ['prefix' => false]);
    printf("%-22s -> %s\n", $q, implode(', ', array_map(fn($h) => sprintf('%s %.3f', $h->id, $h->score), $r->hits)) ?: '- unknown: ' . implode(',', $r->unknownWords));
}
echo "-- 3 letters: no typo allowed\n";
ids($ix, 'tos');        // 3 letters, 1 substitution
echo "-- 4 to 8 letters: one edit\n";
ids($ix, 'taas');       // 4 letters, 1 insertion
ids($ix, 'kaas');       // 4 letters, 2 edits from tas: too many
ids($ix, 'kluer');      // transposition = 1 edit
ids($ix, 'kleru');      // transposition at the end
ids($ix, 'kleurr');     // insertion
ids($ix, 'klaur');      // substitution: kleur (1), klein is 2 away
ids($ix, 'kluerr');     // 2 edits at 6 letters: too many
echo "-- 9 letters and more: two edits\n";
ids($ix, 'garantietermijm');   // 1
ids($ix, 'grantietremijn');    // deletion + transposition = 2
ids($ix, 'grantietremijm');    // 3: too many
echo "-- an exact match ranks above typo matches\n";
ids($ix, 'kleuren');           // exact
ids($ix, 'kleurem');           // 1 edit: the same entry, lower score
ids($ix, 'kleurenn kleur');    // exact kleur entry first; the typo reaches kleuren
echo "-- typos switched off\n";
ids($ix, 'kluer', ['typos' => false]);
echo "-- long junk words stay cheap and never throw\n";
foreach ([str_repeat('kleur', 40), implode(' ', array_map(fn($i) => "klaur$i", range(1, 120)))] as $q) {
    $r = $ix->search($q);
    printf("%d bytes: %d hits, %d unknown words (at most 32 words are looked up)\n", strlen($q), count($r->hits), count($r->unknownWords));
}
?>
--EXPECT--
-- 3 letters: no typo allowed
tos                    -> - unknown: tos
-- 4 to 8 letters: one edit
taas                   -> tas 0.313
kaas                   -> - unknown: kaas
kluer                  -> kleur 0.270
kleru                  -> kleur 0.270
kleurr                 -> kleur 0.270
klaur                  -> kleur 0.270
kluerr                 -> - unknown: kluerr
-- 9 letters and more: two edits
garantietermijm        -> garantie 0.313
grantietremijn         -> garantie 0.209
grantietremijm         -> - unknown: grantietremijm
-- an exact match ranks above typo matches
kleuren                -> kleuren 0.522
kleurem                -> kleuren 0.313
kleurenn kleur         -> kleur 0.188, kleuren 0.130
-- typos switched off
kluer                  -> - unknown: kluer
-- long junk words stay cheap and never throw
200 bytes: 0 hits, 1 unknown words (at most 32 words are looked up)
971 bytes: 0 hits, 32 unknown words (at most 32 words are looked up)
