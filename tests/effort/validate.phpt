--TEST--
Survey::validate() normalizes form input: numeric strings, integral floats, yes/no spellings, trimmed comments, survey order
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Survey;

// A form post: every value is a string, keys in any order, comment with white space around it.
var_dump(Survey::effort()->validate(['after' => '3', 'comment' => "  The parcel went to the neighbours.\r\n", 'choosing' => '1', 'purchasing' => ' 2']));
// An empty or white-space comment counts as no comment.
var_dump(Survey::effort()->validate(['choosing' => 1, 'purchasing' => 1.0, 'after' => 2, 'comment' => " \n "])['comment']);
var_dump(Survey::nps()->validate(['nps' => 0]), Survey::nps()->validate(['nps' => '10', 'comment' => null]));
var_dump(Survey::ces()->validate(['ces' => 7.0])['ces'], Survey::csat()->validate(['csat' => '4'])['csat']);
foreach ([true, false, 1, 0, 'yes', 'no', '1', '0'] as $solved) {
    echo var_export($solved, true), ' => ', var_export(Survey::conversation()->validate(['friendly' => 5, 'informed' => 4, 'solved' => $solved])['solved'], true), "\n";
}
// Comments keep their text (valid UTF-8, up to 2000 bytes).
var_dump(Survey::csat()->validate(['csat' => 5, 'comment' => 'Très bien, merci 🙂'])['comment']);
var_dump(strlen(Survey::csat()->validate(['csat' => 5, 'comment' => str_repeat('é', 1000)])['comment']));
?>
--EXPECT--
array(4) {
  ["choosing"]=>
  int(1)
  ["purchasing"]=>
  int(2)
  ["after"]=>
  int(3)
  ["comment"]=>
  string(34) "The parcel went to the neighbours."
}
NULL
array(2) {
  ["nps"]=>
  int(0)
  ["comment"]=>
  NULL
}
array(2) {
  ["nps"]=>
  int(10)
  ["comment"]=>
  NULL
}
int(7)
int(4)
true => true
false => false
1 => true
0 => false
'yes' => true
'no' => false
'1' => true
'0' => false
string(22) "Très bien, merci 🙂"
int(2000)
