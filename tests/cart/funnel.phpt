--TEST--
Funnel::fromCounts(): each step's conversion and the step that loses the most
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Funnel;

$f = Funnel::fromCounts(['home' => 10000, 'product' => 6200, 'add_to_cart' => 1400, 'checkout_start' => 800, 'checkout_end' => 560]);
foreach ($f->steps as $s) {
    printf("%-15s %6d  conversion %-8s overall %s\n", $s['step'], $s['count'],
        $s['conversion'] === null ? '-' : round($s['conversion'], 4), round($s['overall'], 4));
}
echo "largest drop: {$f->largestDrop}, conversion: {$f->conversion}\n";
var_dump($f->toArray() === ['steps' => $f->steps, 'largestDrop' => 'add_to_cart', 'conversion' => 0.056]);
var_dump($f->steps[2]['conversion'] === 1400 / 6200);

function show(array $counts): void {
    $f = Funnel::fromCounts($counts);
    echo json_encode(array_column($f->steps, 'conversion'), JSON_PRESERVE_ZERO_FRACTION), " drop=", var_export($f->largestDrop, true), " conversion=", $f->conversion, "\n";
}
show(['a' => 100, 'b' => 50, 'c' => 25]);       // a tie: the earlier step
show(['a' => 100, 'b' => 100]);                 // nobody lost
show(['a' => 0, 'b' => 0]);                     // no visitors
show(['a' => 100, 'b' => 0, 'c' => 0]);         // everybody lost at b; c has nobody to convert
show(['a' => 7, 'b' => 3, 'c' => 3, 'd' => 1]);
?>
--EXPECT--
home             10000  conversion -        overall 1
product           6200  conversion 0.62     overall 0.62
add_to_cart       1400  conversion 0.2258   overall 0.14
checkout_start     800  conversion 0.5714   overall 0.08
checkout_end       560  conversion 0.7      overall 0.056
largest drop: add_to_cart, conversion: 0.056
bool(true)
bool(true)
[null,0.5,0.5] drop='b' conversion=0.25
[null,1.0] drop=NULL conversion=1
[null,null] drop=NULL conversion=0
[null,0.0,null] drop='b' conversion=0
[null,0.42857142857142855,1.0,0.3333333333333333] drop='d' conversion=0.14285714285714
