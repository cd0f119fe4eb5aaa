--TEST--
Survey::fromJson() on 3,000 randomly damaged definitions: each is refused with ConfigException (naming a JSON path) or is a usable survey, never a crash or another error
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Survey;

$good = <<<'JSON'
{
  "id": "returns-2026",
  "questions": [
    {"id": "label", "metric": "effort", "stage": "returning", "text": {"en": "How much effort did printing the label take?", "nl": "Hoeveel moeite kostte het label?"}},
    {"id": "refund", "metric": "effort", "text": "How much effort did your refund take?"},
    {"id": "stars", "metric": "csat", "required": false, "text": {"de": "Wie zufrieden sind Sie?", "fr": "Êtes-vous satisfait ?"}},
    {"id": "again", "metric": "yesno", "text": "Would you order again?"},
    {"id": "why", "metric": "comment", "required": false, "text": "Anything else?"}
  ]
}
JSON;
Survey::fromJson($good);   // the undamaged definition is valid
mt_srand(11);
$accepted = $refused = 0;
$pieces = ['0', '1', '7', '-1', '"', ',', '[', ']', '{', '}', ':', 'e', '.', ' ', "\xff", "\x00", 'null', 'true',
    '"metric"', '"id"', '"nps"', '"ces"', '"x"', '1e400', '[[[[[[', '"\u0000"', '"\ud800"'];
for ($n = 0; $n < 3000; $n++) {
    $doc = $good;
    for ($k = 0, $edits = mt_rand(1, 3); $k < $edits; $k++) {
        $at = mt_rand(0, strlen($doc) - 1);
        $piece = $pieces[mt_rand(0, count($pieces) - 1)];
        $doc = match (mt_rand(0, 2)) {
            0 => substr_replace($doc, $piece, $at, 1),
            1 => substr_replace($doc, '', $at, 1),
            2 => substr_replace($doc, $piece, $at, 0),
        };
    }
    try {
        $survey = Survey::fromJson($doc);
    } catch (ShopCx\ConfigException $e) {
        if (!str_contains($e->getMessage(), '$') && !str_contains($e->getMessage(), 'JSON')) {
            echo "message without a path: ", $e->getMessage(), "\n";
        }
        $refused++;
        continue;
    } catch (ValueError $e) {
        // invalid UTF-8 in the document is an argument error, like everywhere in ShopCX
        $refused++;
        continue;
    }
    // Whatever was accepted works: texts in every language, a round trip through toArray().
    foreach (['nl', 'en', 'de', 'fr'] as $locale) {
        foreach ($survey->questions($locale) as $q) {
            if (!is_string($q['text']) || $q['text'] === '') {
                echo "empty text in ", $survey->id(), "\n";
            }
        }
    }
    if (Survey::fromArray($survey->toArray())->toArray() !== $survey->toArray()) {
        echo "round trip differs: $doc\n";
    }
    $accepted++;
}
var_dump($accepted + $refused, $refused > 2000, $accepted > 0);
?>
--EXPECT--
int(3000)
bool(true)
bool(true)
