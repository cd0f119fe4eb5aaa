--TEST--
Survey::fromArray()/fromJson(): custom surveys with rating scales, stages, per-locale texts; toArray() round-trips
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

$json = <<<'JSON'
{
  "id": "returns-2026",
  "questions": [
    {"id": "label", "metric": "effort", "stage": "returning", "text": {"en": "How much effort did printing the return label take?", "nl": "Hoeveel moeite kostte het printen van het retourlabel?"}},
    {"id": "refund", "metric": "effort", "text": "How much effort did getting your refund take?"},
    {"id": "stars", "metric": "rating", "min": 0, "max": 4, "required": false, "text": {"de": "Wie viele Sterne?"}},
    {"id": "again", "metric": "yesno", "text": {"fr": "Commanderiez-vous à nouveau ?", "en": "Would you order again?"}},
    {"id": "why", "metric": "comment", "text": "Why?"}
  ]
}
JSON;
$s = Survey::fromJson($json);
echo $s->id(), "\n";
foreach ($s->questions('nl') as $q) {
    printf("%s %s %s..%s %s stage=%s: %s %s\n", $q['id'], $q['metric'], $q['min'] ?? '-', $q['max'] ?? '-',
        $q['required'] ? 'required' : 'optional', $q['stage'] ?? '-', $q['text'], json_encode($q['labels']));
}
// A text in the asked language wins, then English, then any language given.
echo $s->questions('fr')[3]['text'], " / ", $s->questions('de')[3]['text'], " / ", $s->questions('fr')[2]['text'], "\n";

var_dump($s->validate(['label' => 3, 'refund' => '2', 'again' => 'no', 'why' => "  Label printer broke\n"]));
var_dump($s->validate(['label' => 1, 'refund' => 1, 'stars' => 0, 'again' => true]));

// toArray() gives the definition back; fromArray() of it is the same survey (reports merge).
$def = $s->toArray();
echo json_encode($def, JSON_UNESCAPED_UNICODE), "\n";
$copy = Survey::fromArray($def);
$a = new Report($s);
$a->add(['label' => 3, 'refund' => 1, 'again' => true], 0);
$b = new Report($copy);
$b->add(['label' => 3, 'refund' => 2, 'stars' => 4, 'again' => false], 0);
$a->merge($b);
$res = $a->result();
printf("hotspot=%s label=%.2f refund=%.2f stars n=%d again yes=%.2f\n", $res->hotspot, $res->questions['label']['mean'],
    $res->questions['refund']['mean'], $res->questions['stars']['count'], $res->questions['again']['yes']);
?>
--EXPECT--
returns-2026
label effort 1..3 required stage=returning: Hoeveel moeite kostte het printen van het retourlabel? {"1":"vrijwel geen","2":"een beetje","3":"veel te veel"}
refund effort 1..3 required stage=refund: How much effort did getting your refund take? {"1":"vrijwel geen","2":"een beetje","3":"veel te veel"}
stars rating 0..4 optional stage=-: Wie viele Sterne? []
again yesno 0..1 required stage=-: Would you order again? ["nee","ja"]
why comment -..- optional stage=-: Why? []
Commanderiez-vous à nouveau ? / Would you order again? / Wie viele Sterne?
array(5) {
  ["label"]=>
  int(3)
  ["refund"]=>
  int(2)
  ["stars"]=>
  NULL
  ["again"]=>
  bool(false)
  ["why"]=>
  string(19) "Label printer broke"
}
array(5) {
  ["label"]=>
  int(1)
  ["refund"]=>
  int(1)
  ["stars"]=>
  int(0)
  ["again"]=>
  bool(true)
  ["why"]=>
  NULL
}
{"id":"returns-2026","questions":[{"id":"label","metric":"effort","text":{"nl":"Hoeveel moeite kostte het printen van het retourlabel?","en":"How much effort did printing the return label take?"},"required":true,"stage":"returning"},{"id":"refund","metric":"effort","text":{"nl":"How much effort did getting your refund take?","en":"How much effort did getting your refund take?","de":"How much effort did getting your refund take?","fr":"How much effort did getting your refund take?"},"required":true,"stage":"refund"},{"id":"stars","metric":"rating","text":{"de":"Wie viele Sterne?"},"required":false,"min":0,"max":4},{"id":"again","metric":"yesno","text":{"en":"Would you order again?","fr":"Commanderiez-vous à nouveau ?"},"required":true},{"id":"why","metric":"comment","text":{"nl":"Why?","en":"Why?","de":"Why?","fr":"Why?"},"required":false}]}
hotspot=returning label=3.00 refund=1.50 stars n=1 again yes=0.50
