--TEST--
Indicator and Status argument errors: bad options, items, variants, times
--EXTENSIONS--
shopcx
--FILE--
<?php
declare(strict_types=1);
use ShopCx\Stock\{Indicator, Status};

function check(callable $f): void {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
check(fn() => new Indicator(['lowThreshold' => -1]));
check(fn() => new Indicator(['lowThreshold' => 100001]));
check(fn() => new Indicator(['lowThreshold' => '5']));
check(fn() => new Indicator(['showQuantityBelow' => -1]));
check(fn() => new Indicator(['locale' => 'xx']));
check(fn() => new Indicator(['timezone' => 'Nowhere/City']));
check(fn() => new Indicator(['labels' => ['lowstock' => 'x']]));
check(fn() => new Indicator(['labels' => ['low' => ['x']]]));
check(fn() => new Indicator(['labels' => ['low' => str_repeat('x', 501)]]));
check(fn() => new Indicator(['labels' => ['low' => "\xc3"]]));
check(fn() => new Indicator(['labels' => 'x']));
check(fn() => new Indicator(['threshold' => 5]));
check(fn() => new Indicator([5]));

$i = new Indicator();
check(fn() => $i->describe('5'));
check(fn() => $i->describe(5.5));
check(fn() => $i->describe(1, ['managed' => 'yes']));
check(fn() => $i->describe(0, ['availableOn' => '24-12-2026']));
check(fn() => $i->describe(0, ['releaseDate' => '2026-02-29']));
check(fn() => $i->describe(0, ['lowThreshold' => -2]));
check(fn() => $i->describe(0, ['showQuantityBelow' => 'many']));
check(fn() => $i->describe(0, [], -1));
check(fn() => $i->describe(0, [], 'today'));
check(fn() => $i->describe(0, [], 4102444800));
check(fn() => $i->describeVariants(['S' => 'many']));
check(fn() => $i->describeVariants(['S' => ['qty' => '3']]));
check(fn() => $i->describeVariants(['red' => ['S' => ['M' => 1]]]));
check(fn() => $i->describeVariants(['red' => ['S' => ['qty' => 1, 'availableOn' => 'soon']]]));
check(fn() => $i->describeVariants([3 => ['qty' => 1, 'backorders' => 1]]));
check(fn() => $i->describeVariants(array_fill(0, 1001, 1)));
check(fn() => $i->describeVariants(['a' => array_fill(0, 600, 1), 'b' => array_fill(0, 600, 1)]));
check(fn() => $i->describeVariants(['S' => 1], ['availableOn' => 'x']));
check(fn() => $i->__construct());
check(fn() => clone $i);
check(fn() => serialize($i));
check(fn() => new Status());
check(fn() => unserialize('O:19:"ShopCx\\Stock\\Status":1:{s:6:"urgent";s:3:"yes";}'));
$s = $i->describe(2);
var_dump(unserialize(serialize($s)) == $s);
?>
--EXPECT--
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "lowThreshold" must be an int from 0 to 100000
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "lowThreshold" must be an int from 0 to 100000
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "lowThreshold" must be an int from 0 to 100000
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "showQuantityBelow" must be an int from 0 to 100000
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "locale" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "timezone" must be a time zone identifier PHP knows, like "Europe/Amsterdam"
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "labels" keys must be in_stock, in_stock_qty, low, low_no_qty, out_of_stock, out_of_stock_date, backorder, backorder_date, preorder, preorder_date or not_managed
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "labels" "low" must be valid UTF-8 of at most 500 bytes
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "labels" "low" must be valid UTF-8 of at most 500 bytes
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "labels" "low" must be valid UTF-8 of at most 500 bytes
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) option "labels" must be an array of templates by key
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) contains unknown option "threshold"
ValueError: ShopCx\Stock\Indicator::__construct(): Argument #1 ($options) must be an array with string keys
TypeError: ShopCx\Stock\Indicator::describe(): Argument #1 ($qty) must be of type ?int, string given
TypeError: ShopCx\Stock\Indicator::describe(): Argument #1 ($qty) must be of type ?int, float given
TypeError: ShopCx\Stock\Indicator::describe(): Argument #2 ($item) "managed" must be of type bool, string given
ValueError: ShopCx\Stock\Indicator::describe(): Argument #2 ($item) "availableOn" must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Stock\Indicator::describe(): Argument #2 ($item) "releaseDate" must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Stock\Indicator::describe(): Argument #2 ($item) "lowThreshold" must be an int from 0 to 100000
ValueError: ShopCx\Stock\Indicator::describe(): Argument #2 ($item) "showQuantityBelow" must be an int from 0 to 100000
ValueError: ShopCx\Stock\Indicator::describe(): Argument #3 ($now) must be a time between 1970 and 2099
TypeError: ShopCx\Stock\Indicator::describe(): Argument #3 ($now) must be of type DateTimeInterface|int|null, string given
ValueError: ShopCx\Stock\Indicator::describe(): Argument #3 ($now) must be a time between 1970 and 2099
TypeError: ShopCx\Stock\Indicator::describeVariants(): Argument #1 ($variants) variant ["S"] must be of type array|int|null, string given
TypeError: ShopCx\Stock\Indicator::describeVariants(): Argument #1 ($variants) variant ["S"] "qty" must be of type ?int
ValueError: ShopCx\Stock\Indicator::describeVariants(): Argument #1 ($variants) variant ["red"]["S"] must be a quantity or an array with "qty" (matrices are at most two levels deep)
ValueError: ShopCx\Stock\Indicator::describeVariants(): Argument #1 ($variants) variant ["red"]["S"] "availableOn" must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
TypeError: ShopCx\Stock\Indicator::describeVariants(): Argument #1 ($variants) variant [3] "backorders" must be of type bool, int given
ValueError: ShopCx\Stock\Indicator::describeVariants(): Argument #1 ($variants) must not hold more than 1000 variants
ValueError: ShopCx\Stock\Indicator::describeVariants(): Argument #1 ($variants) must not hold more than 1000 variants
ValueError: ShopCx\Stock\Indicator::describeVariants(): Argument #2 ($item) "availableOn" must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
Error: Cannot call ShopCx\Stock\Indicator::__construct() twice
Error: Trying to clone an uncloneable object of class ShopCx\Stock\Indicator
Exception: Serialization of 'ShopCx\Stock\Indicator' is not allowed
Error: Call to private ShopCx\Stock\Status::__construct() from global scope
TypeError: Cannot assign string to property ShopCx\Stock\Status::$urgent of type bool
bool(true)
