--TEST--
Summary::jsonLd(): product and review errors
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
$s = ShopCx\Review\Summary::fromRatings([4]);
attempt(fn() => $s->jsonLd([]));
attempt(fn() => $s->jsonLd(['name' => '']));
attempt(fn() => $s->jsonLd(['name' => 42]));
attempt(fn() => $s->jsonLd(['name' => "caf\xe9"]));
attempt(fn() => $s->jsonLd(['name' => 'A', 'url' => ['x']]));
attempt(fn() => $s->jsonLd(['name' => 'A', 'image' => [1]]));
attempt(fn() => $s->jsonLd(['name' => 'A', 'image' => 3]));
attempt(fn() => $s->jsonLd(['name' => 'A', 'price' => '12,50', 'currency' => 'EUR']));
attempt(fn() => $s->jsonLd(['name' => 'A', 'price' => -1, 'currency' => 'EUR']));
attempt(fn() => $s->jsonLd(['name' => 'A', 'price' => INF, 'currency' => 'EUR']));
attempt(fn() => $s->jsonLd(['name' => 'A', 'price' => 5]));
attempt(fn() => $s->jsonLd(['name' => 'A', 'price' => 5, 'currency' => 'eur']));
attempt(fn() => $s->jsonLd(['name' => 'A', 'price' => 5, 'currency' => 'EUR', 'availability' => 'Yes']));
attempt(fn() => $s->jsonLd(['name' => 'A'], ['x']));
attempt(fn() => $s->jsonLd(['name' => 'A'], [['author' => 'J', 'rating' => 6]]));
attempt(fn() => $s->jsonLd(['name' => 'A'], [['author' => 'J', 'rating' => '5']]));
attempt(fn() => $s->jsonLd(['name' => 'A'], [['author' => 'J', 'rating' => 5, 'body' => "\xff"]]));
attempt(fn() => $s->jsonLd(['name' => 'A'], [['author' => 'J', 'rating' => 5, 'body' => str_repeat('x', 65537)]]));
attempt(fn() => $s->jsonLd(['name' => 'A'], [['author' => 'J', 'rating' => 5, 'date' => '2025-02-30']]));
attempt(fn() => $s->jsonLd(['name' => 'A'], [['author' => 'J', 'rating' => 5, 'date' => 1.5]]));
attempt(fn() => $s->jsonLd(['name' => 'A'], array_fill(0, 1001, [])));
attempt(fn() => $s->jsonLd());
?>
--EXPECT--
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "name" must be a non-empty string (Google requires it)
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "name" must be a non-empty string (Google requires it)
TypeError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "name" must be of type string, int given
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "name" must be valid UTF-8 of at most 4096 bytes
TypeError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "url" must be of type string, array given
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "image" must be a URL or a list of URLs
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "image" must be a URL or a list of URLs
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "price" must be a non-negative number or a decimal string like "19.95"
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "price" must be a non-negative number or a decimal string like "19.95"
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "price" must be a non-negative number or a decimal string like "19.95"
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "currency" must be an ISO 4217 code like "EUR" when a price is given
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "currency" must be an ISO 4217 code like "EUR" when a price is given
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #1 ($product) key "availability" must be a schema.org ItemAvailability like "InStock"
TypeError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) entry 0 must be of type array, string given
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) entry 0 key "rating" must be an int from 1 to 5
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) entry 0 key "rating" must be an int from 1 to 5
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) entry 0 key "body" must be valid UTF-8 of at most 65536 bytes
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) entry 0 key "body" must be valid UTF-8 of at most 65536 bytes
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) entry 0 key "date" must be a timestamp, a DateTimeInterface or "YYYY-MM-DD" between 1970 and 2099
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) entry 0 key "date" must be a timestamp, a DateTimeInterface or "YYYY-MM-DD" between 1970 and 2099
ValueError: ShopCx\Review\Summary::jsonLd(): Argument #2 ($reviews) must not hold more than 1000 reviews
ArgumentCountError: ShopCx\Review\Summary::jsonLd() expects at least 1 argument, 0 given
