--TEST--
Report::fromString() on 3,000 randomly damaged documents: each is refused with ConfigException or read back consistently, never a crash
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

$survey = Survey::conversation();
$r = new Report($survey, ['bucket' => 'day', 'timezone' => 'America/New_York']);
for ($i = 0; $i < 40; $i++) {
    $r->add(['friendly' => 1 + $i % 5, 'informed' => 1 + $i % 3, 'solved' => $i % 2 === 0, 'comment' => $i % 4 ? '' : 'ok'],
        1767225600 + $i * 7200, ['agent' => 'a' . ($i % 3), 'channel' => $i % 2 ? 'chat' : 'phone']);
}
$good = $r->toString();
mt_srand(6);
$accepted = $refused = 0;
$bytes = ['0', '1', '9', '-', '"', ',', '[', ']', '{', '}', ':', 'e', '.', ' ', "\xff", "\x00", 'null'];
for ($n = 0; $n < 3000; $n++) {
    $doc = $good;
    for ($k = 0, $edits = mt_rand(1, 3); $k < $edits; $k++) {
        $at = mt_rand(0, strlen($doc) - 1);
        $doc = match (mt_rand(0, 2)) {
            0 => substr_replace($doc, $bytes[mt_rand(0, count($bytes) - 1)], $at, 1),   // replace
            1 => substr_replace($doc, '', $at, 1),                                       // delete
            2 => substr_replace($doc, $bytes[mt_rand(0, count($bytes) - 1)], $at, 0),   // insert
        };
    }
    try {
        $back = Report::fromString($survey, $doc);
    } catch (ShopCx\ConfigException $e) {
        $refused++;
        continue;
    }
    // Whatever was accepted is a consistent report: its result is computable and it round-trips.
    $res = $back->result();
    $again = Report::fromString($survey, $back->toString());
    if ($again->toString() !== $back->toString() || $res->responses !== $back->count()) {
        echo "inconsistent: $doc\n";
    }
    foreach ($res->questions as $id => $q) {
        if ($q['count'] > $res->responses) {
            echo "count above responses for $id: $doc\n";
        }
    }
    $accepted++;
}
var_dump($accepted + $refused, $refused > 2500, $accepted > 0);
?>
--EXPECT--
int(3000)
bool(true)
bool(true)
