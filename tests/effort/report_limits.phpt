--TEST--
Report limits: at most 100,000 segment values and time buckets; a full report refuses new ones (add, addAll, merge) and stays intact
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

$survey = Survey::csat();
$r = new Report($survey);
for ($i = 0; $i < 99990; $i++) {
    $r->add(['csat' => 1 + $i % 5], 0, ['order' => $i]);
}
$rows = [];
for (; $i < 100000; $i++) {
    $rows[] = ['answers' => ['csat' => 1 + $i % 5], 'at' => 0, 'segments' => ['order' => $i]];
}
var_dump($r->addAll($rows));
// Known values still count; a new one does not fit.
$r->add(['csat' => 5], 0, ['order' => 99999]);
try {
    $r->add(['csat' => 5], 0, ['order' => 100000]);
} catch (LengthException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $r->addAll([['answers' => ['csat' => 5], 'at' => 0, 'segments' => ['sku' => 'A']]]);
} catch (LengthException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$other = new Report($survey);
$other->add(['csat' => 4], 0, ['channel' => 'chat']);
try {
    $r->merge($other);
} catch (LengthException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// (result() of 100,000 segment values would be a large array: read the stored form instead)
$doc = json_decode($r->toString(), true);
var_dump($r->count(), count($doc['segments']), $doc['segments'][99999]);
?>
--EXPECT--
int(10)
LengthException: ShopCx\Effort\Report holds at most 100000 segment values and time buckets
LengthException: ShopCx\Effort\Report holds at most 100000 segment values and time buckets
LengthException: ShopCx\Effort\Report holds at most 100000 segment values and time buckets
int(100001)
int(100000)
array(4) {
  [0]=>
  string(5) "order"
  [1]=>
  string(5) "99999"
  [2]=>
  int(2)
  [3]=>
  array(2) {
    [0]=>
    array(5) {
      [0]=>
      int(0)
      [1]=>
      int(0)
      [2]=>
      int(0)
      [3]=>
      int(0)
      [4]=>
      int(2)
    }
    [1]=>
    array(1) {
      [0]=>
      int(0)
    }
  }
}
