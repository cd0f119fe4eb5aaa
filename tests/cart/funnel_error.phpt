--TEST--
Funnel::fromCounts(): bad counts are refused naming the step
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Funnel;

$cases = [
    'one step' => ['home' => 10],
    '17 steps' => array_combine(array_map(fn($i) => "s$i", range(1, 17)), range(17, 1)),
    'list' => [100, 50],
    'negative' => ['home' => 10, 'product' => -1],
    'float' => ['home' => 10, 'product' => 5.5],
    'numeric string' => ['home' => 10, 'product' => '5'],
    'more than the step before' => ['home' => 100, 'product' => 60, 'cart' => 61],
    'empty name' => ['home' => 10, '' => 5],
    'invalid UTF-8 name' => ['home' => 10, "\xc3" => 5],
    'name too long' => ['home' => 10, str_repeat('n', 65) => 5],
];
foreach ($cases as $label => $counts) {
    try {
        Funnel::fromCounts($counts);
        echo "$label: accepted\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
one step: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) must hold 2 to 16 steps
17 steps: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) must hold 2 to 16 steps
list: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) must be keyed by step names ("home", "product", ...)
negative: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) step "product" must not be negative
float: TypeError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) step "product" must be of type int, float given
numeric string: TypeError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) step "product" must be of type int, string given
more than the step before: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) step "cart" (61) must not exceed the step before it ("product", 60)
empty name: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) must have step names of 1 to 64 bytes of valid UTF-8
invalid UTF-8 name: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) must have step names of 1 to 64 bytes of valid UTF-8
name too long: ValueError: ShopCx\Cart\Funnel::fromCounts(): Argument #1 ($counts) must have step names of 1 to 64 bytes of valid UTF-8
