--TEST--
Moderator: merchant allow, deny and hold lists and word-list files
--EXTENSIONS--
shopcx
--FILE--
<?php
$file = __DIR__ . '/moderator_lists.tsv';
file_put_contents($file, "# merchant list\r\nconcurrent.nl\treject\r\nbudgetbeest\thold\tprefix\r\n\r\nsucks\thold\n");
$m = new ShopCx\Review\Moderator([
    'deny' => ['Dumpshop', 'waardeloos'],
    'hold' => ['refund'],
    'allow' => ['crap', 'Kut'],
    'lists' => [$file],
]);
foreach ([
    'Bij Dumpshop is het goedkoper',
    'Echt waardeloos',
    'I want a refund now',
    'Crap, it broke. Kut!',
    'Zie concurrent.nl, echt waar',
    'De budgetbeesten zijn hier',
    'This thing sucks big time',
    'Fucking crap',
] as $text) {
    $v = $m->check($text);
    printf("%-7s [%s] %s\n", $v->decision, implode(',', $v->terms), implode(',', array_column($v->reasons, 'code')));
}
var_dump($m->stats()['patterns'] > 1000);
@unlink($file);
?>
--EXPECT--
reject  [Dumpshop] term.deny
reject  [waardeloos] term.deny
hold    [refund] term.hold
approve [] 
reject  [concurrent.nl] term.deny,pii.url
hold    [budgetbeest] term.hold
hold    [sucks] term.hold
reject  [fuck] term.reject
bool(true)
