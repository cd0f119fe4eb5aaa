--TEST--
Feed: target, publisher and review errors leave the document well-formed
--EXTENSIONS--
shopcx
dom
--FILE--
<?php
function attempt(callable $fn): void {
    try {
        $r = $fn();
        echo "no error", $r === null ? '' : ': ' . var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
use ShopCx\Review\Feed;
attempt(fn() => new Feed(42, ['name' => 'S']));
attempt(fn() => new Feed('', ['name' => 'S']));
attempt(fn() => new Feed(__DIR__ . '/no/such/dir/feed.xml', ['name' => 'S']));
attempt(fn() => new Feed('php://memory', []));
attempt(fn() => new Feed('php://memory', ['name' => "\xff"]));
attempt(fn() => new Feed('php://memory', ['name' => 'S', 'favicon' => 1.5]));
attempt(fn() => new Feed(fopen(__FILE__, 'r'), ['name' => 'S']));
attempt(fn() => new Feed(stream_context_create(), ['name' => 'S']));

$mem = fopen('php://memory', 'w+');
$feed = new Feed($mem, ['name' => 'Shop']);
$ok = ['id' => 1, 'author' => 'A', 'date' => 1740873600, 'rating' => 4, 'content' => 'Fine', 'url' => 'https://s.example/r',
    'product' => ['url' => 'https://s.example/p']];
attempt(fn() => $feed->add(['rating' => 6] + $ok));
attempt(fn() => $feed->add(array_diff_key($ok, ['date' => 1])));
attempt(fn() => $feed->add(['date' => 'yesterday'] + $ok));
attempt(fn() => $feed->add(['date' => -1] + $ok));
attempt(fn() => $feed->add(['content' => ''] + $ok));
attempt(fn() => $feed->add(['content' => "\xc3"] + $ok));
attempt(fn() => $feed->add(['content' => str_repeat('x', 65537)] + $ok));
attempt(fn() => $feed->add(['url' => null] + $ok));
attempt(fn() => $feed->add(['id' => ''] + $ok));
attempt(fn() => $feed->add(['author' => []] + $ok));
attempt(fn() => $feed->add(['verified' => 'yes'] + $ok));
attempt(fn() => $feed->add(['product' => 'p'] + $ok));
attempt(fn() => $feed->add(['product' => ['name' => 'P']] + $ok));
attempt(fn() => $feed->add($ok));
attempt(fn() => $feed->close());
attempt(fn() => $feed->add($ok));
attempt(fn() => $feed->close());
rewind($mem);
$doc = new DOMDocument();
var_dump($doc->loadXML(stream_get_contents($mem)), $doc->getElementsByTagName('review')->length);

$mem2 = fopen('php://memory', 'w+');
$feed2 = new Feed($mem2, ['name' => 'Shop']);
fclose($mem2);
attempt(fn() => $feed2->add($ok));
attempt(fn() => $feed2->__construct('php://memory', ['name' => 'S']));
attempt(fn() => clone $feed2);
?>
--EXPECTF--
TypeError: ShopCx\Review\Feed::__construct(): Argument #1 ($target) must be of type string|resource, int given
ValueError: ShopCx\Review\Feed::__construct(): Argument #1 ($target) must be a non-empty path without NUL bytes
RuntimeException: Could not open "%sno/such/dir/feed.xml" for writing
ValueError: ShopCx\Review\Feed::__construct(): Argument #2 ($publisher) key "name" must be a non-empty string
ValueError: ShopCx\Review\Feed::__construct(): Argument #2 ($publisher) key "name" must be valid UTF-8 of at most 4096 bytes
TypeError: ShopCx\Review\Feed::__construct(): Argument #2 ($publisher) key "favicon" must be of type string, float given
ValueError: ShopCx\Review\Feed::__construct(): Argument #1 ($target) must be a stream opened for writing
TypeError: ShopCx\Review\Feed::__construct(): Argument #1 ($target) must be a file path or a stream resource
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "rating" must be an int from 1 to 5
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "date" is required
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "date" must be a timestamp, a DateTimeInterface or "YYYY-MM-DD" between 1970 and 2099
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "date" must be a timestamp, a DateTimeInterface or "YYYY-MM-DD" between 1970 and 2099
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "content" must be a non-empty string
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "content" must be valid UTF-8 of at most 65536 bytes
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "content" must be valid UTF-8 of at most 65536 bytes
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "url" must be a non-empty string
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "id" must be a non-empty string
TypeError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "author" must be of type string, array given
TypeError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "verified" must be of type bool, string given
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) key "product" must be an array with at least "url"
ValueError: ShopCx\Review\Feed::add(): Argument #1 ($review) product key "url" must be a non-empty string
no error
no error: 1
Error: The feed is closed
Error: The feed is closed
bool(true)
int(1)
RuntimeException: The feed's stream was closed
Error: Cannot call ShopCx\Review\Feed::__construct() twice
Error: Trying to clone an uncloneable object of class ShopCx\Review\Feed
