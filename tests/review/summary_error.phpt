--TEST--
Summary: rating and argument errors
--EXTENSIONS--
shopcx
--FILE--
<?php
function attempt(callable $fn): void {
    try {
        $r = $fn();
        echo "no error: ", var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
use ShopCx\Review\Summary;
attempt(fn() => Summary::fromRatings([5, 0]));
attempt(fn() => Summary::fromRatings([6]));
attempt(fn() => Summary::fromRatings(['a' => 4.5]));
attempt(fn() => Summary::fromRatings([NAN]));
attempt(fn() => Summary::fromRatings([4, '5']));
attempt(fn() => Summary::fromRatings([[5]]));
attempt(fn() => Summary::fromArray([]));
attempt(fn() => Summary::fromArray(['histogram' => [1 => 1, 2 => 0, 3 => 0, 4 => 0]]));
attempt(fn() => Summary::fromArray(['histogram' => [1 => 1, 2 => 0, 3 => 0, 4 => 0, 5 => -1]]));
attempt(fn() => Summary::fromArray(['histogram' => [0, 0, 0, 0, 1]]));
attempt(fn() => Summary::fromArray(['count' => 3, 'histogram' => [1 => 1, 2 => 0, 3 => 0, 4 => 0, 5 => 1]]));
$s = Summary::fromRatings([4]);
attempt(fn() => $s->bayesian(0.5));
attempt(fn() => $s->bayesian(3.0, -1));
attempt(fn() => $s->merge(new stdClass));
attempt(fn() => new Summary());
attempt(fn() => clone $s);
attempt(fn() => serialize($s));
attempt(fn() => $s->count = 3);
?>
--EXPECT--
ValueError: ShopCx\Review\Summary::fromRatings(): Argument #1 ($ratings) must contain whole ratings from 1 to 5 (index 1)
ValueError: ShopCx\Review\Summary::fromRatings(): Argument #1 ($ratings) must contain whole ratings from 1 to 5 (index 0)
ValueError: ShopCx\Review\Summary::fromRatings(): Argument #1 ($ratings) must contain whole ratings from 1 to 5 (key "a")
ValueError: ShopCx\Review\Summary::fromRatings(): Argument #1 ($ratings) must contain whole ratings from 1 to 5 (index 0)
TypeError: ShopCx\Review\Summary::fromRatings(): Argument #1 ($ratings) must contain int|float|null ratings, string given at index 1
TypeError: ShopCx\Review\Summary::fromRatings(): Argument #1 ($ratings) must contain int|float|null ratings, array given at index 0
ValueError: ShopCx\Review\Summary::fromArray(): Argument #1 ($data) key "histogram" must be an array of 5 counts keyed 1 to 5
ValueError: ShopCx\Review\Summary::fromArray(): Argument #1 ($data) key "histogram" must be an array of 5 counts keyed 1 to 5
ValueError: ShopCx\Review\Summary::fromArray(): Argument #1 ($data) key "histogram" must be an array of 5 counts keyed 1 to 5
ValueError: ShopCx\Review\Summary::fromArray(): Argument #1 ($data) key "histogram" must be an array of 5 counts keyed 1 to 5
ValueError: ShopCx\Review\Summary::fromArray(): Argument #1 ($data) key "count" does not match the histogram
ValueError: ShopCx\Review\Summary::bayesian(): Argument #1 ($priorMean) must be between 1 and 5
ValueError: ShopCx\Review\Summary::bayesian(): Argument #2 ($priorWeight) must be between 0 and 1000000000
TypeError: ShopCx\Review\Summary::merge(): Argument #1 ($other) must be of type ShopCx\Review\Summary, stdClass given
Error: Call to private ShopCx\Review\Summary::__construct() from global scope
Error: Trying to clone an uncloneable object of class ShopCx\Review\Summary
Exception: Serialization of 'ShopCx\Review\Summary' is not allowed
Error: Cannot modify readonly property ShopCx\Review\Summary::$count
