--TEST--
Index: a combining mark on its own is not a word (it folds to nothing); the index builds, saves and searches
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

// U+06D8 and U+0301 are combining marks: alone they used to become an empty term and fail the
// build's own self-check ("internal error"). Found by tests/fuzz/faq_build_fuzzer.
$ix = Index::build([
    ['id' => 'a', 'question' => "Retour \u{06D8} \u{0301} mogelijk?", 'answer' => "Ja;\u{06D8}\t binnen 30 dagen. Cafe\u{0301} open."],
    ['id' => 'b', 'question' => 'Levertijd?', 'answer' => 'Morgen in huis.'],
], ['lang' => 'nl']);
$file = tempnam(sys_get_temp_dir(), 'faq');
$ix->save($file);
$loaded = Index::load($file);
unlink($file);
foreach (["\u{06D8}", "\u{0301} retour", 'café', 'binnen'] as $q) {
    $r = $loaded->search($q);
    printf("%s -> %s | unknown: %s\n", json_encode($q), implode(',', array_map(fn($h) => $h->id, $r->hits)) ?: '-', implode(',', $r->unknownWords) ?: '-');
}
try {
    Index::build([['id' => 'a', 'question' => 'x']], ['synonyms' => [["\u{06D8}", 'x']]]);
} catch (ShopCx\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
"\u06d8" -> - | unknown: -
"\u0301 retour" -> a | unknown: -
"caf\u00e9" -> a | unknown: -
"binnen" -> a | unknown: -
option "synonyms" group 0 word 0 must be a single word of UTF-8 text
