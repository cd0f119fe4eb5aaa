--TEST--
Report::toString()/fromString() round-trip and merge() across workers gives the same figures as one report
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

$survey = Survey::effort();
$options = ['bucket' => 'day', 'timezone' => 'Europe/Amsterdam'];
$all = new Report($survey, $options);
$workers = [new Report($survey, $options), new Report($survey, $options), new Report($survey, $options)];
$base = strtotime('2026-06-01 08:00 UTC');
for ($i = 0; $i < 60; $i++) {
    $answers = ['choosing' => 1 + $i % 3, 'purchasing' => 1 + intdiv($i, 7) % 3, 'after' => 1 + $i % 2, 'comment' => $i % 10 ? null : "remark $i"];
    $segments = ['channel' => ['chat', 'email', 'phone'][$i % 3], 'carrier' => $i % 4 ? 'PostNL' : 'DHL'];
    $at = $base + $i * 5 * 3600;
    $all->add($answers, $at, $segments);
    $workers[$i % 3]->add($answers, $at, $segments);
}

// Each worker stores its counts; a nightly job loads and merges them.
$stored = array_map(fn(Report $r) => $r->toString(), $workers);
$merged = new Report($survey, $options);
foreach ($stored as $s) {
    $merged->merge(Report::fromString($survey, $s));
}
var_dump($merged->count(), $merged->result() == $all->result());
var_dump($merged->result()->toArray() === $all->result()->toArray());

// The stored form is versioned JSON holding counts only (no comment texts).
$doc = json_decode($all->toString(), true);
echo $doc['format'], " v", $doc['version'], " ", $doc['survey'], " ", $doc['bucket'], " ", $doc['timezone'], " ", $doc['responses'], "\n";
var_dump($doc['counts'], str_contains($all->toString(), 'remark'));

// A round trip is byte-identical, and an empty report survives it too.
var_dump(Report::fromString($survey, $all->toString())->toString() === $all->toString());
$empty = new Report(Survey::nps());
echo $empty->toString(), "\n";
var_dump(Report::fromString(Survey::nps(), $empty->toString())->count());

// A custom survey with the same shape stores and merges like the built-in one it was saved from.
$copy = Survey::fromArray($survey->toArray());
$again = Report::fromString($copy, $all->toString());
var_dump($again->count());
?>
--EXPECTF--
int(60)
bool(true)
bool(true)
shopcx.effort.report v1 effort day Europe/Amsterdam 60
array(4) {
  [0]=>
  array(3) {
    [0]=>
    int(20)
    [1]=>
    int(20)
    [2]=>
    int(20)
  }
  [1]=>
  array(3) {
    [0]=>
    int(21)
    [1]=>
    int(21)
    [2]=>
    int(18)
  }
  [2]=>
  array(3) {
    [0]=>
    int(30)
    [1]=>
    int(30)
    [2]=>
    int(0)
  }
  [3]=>
  array(1) {
    [0]=>
    int(6)
  }
}
bool(false)
bool(true)
{"format":"shopcx.effort.report","version":1,"survey":"nps","fingerprint":"%s","bucket":null,"timezone":"UTC","responses":0,"counts":[[0,0,0,0,0,0,0,0,0,0,0],[0]],"segments":[],"buckets":[]}
int(0)
int(60)
