--TEST--
Client argument errors: URLs, secrets, options, events; URLs and credentials are never echoed
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Webhook\Client;
use ShopCx\Webhook\Result;

function check(callable $f): void {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
        if (str_contains($e->getMessage(), 'hunter2') || str_contains($e->getTraceAsString(), 'hunter2')) {
            echo "  LEAKED A CREDENTIAL\n";
        }
    }
}
$s = str_repeat('s', 32);
foreach (['ftp://user:hunter2@files.example/hook', 'file:///etc/passwd', 'gopher://x', 'example.com/hook', 'http://', '', "http://a\0b", "http://h\xff/",
    'https://' . str_repeat('a', 2050), 'javascript:alert(1)', 'http://user:hunter2@[::1'] as $url) {
    check(fn() => new Client($url, $s));
}
check(fn() => new Client('https://helpdesk.example/hook', 'hunter2 is short'));
check(fn() => new Client('https://helpdesk.example/hook', str_repeat('s', 1025)));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['timeout' => 0]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['connectTimeout' => 60001]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['timeout' => '5000']));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['maxResponseBytes' => -1]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['verifyTls' => 0]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['backoffBase' => 600, 'backoffMax' => 60]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['concurrency' => 65]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['seed' => 1.5]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['caFile' => '']));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['userAgent' => "a\r\nX-Evil: 1"]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['headers' => ['Authorization' => "Bearer hunter2\r\nX-Evil: 1"]]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['headers' => ['X-ShopCx-Signature' => 'forged']]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['headers' => ['Bad Name' => 'x']]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['headers' => ['hunter2']]));
check(fn() => new Client('https://helpdesk.example/hook', $s, ['retries' => 3]));
check(fn() => new Client('https://helpdesk.example/hook', $s, [1]));
check(fn() => new Client('https://helpdesk.example/hook'));

$c = new Client('http://user:hunter2@127.0.0.1:9/hook', $s);
check(fn() => $c->send('', [], 0));
check(fn() => $c->send('Review.Negative', [], 0));
check(fn() => $c->send('x', ['name' => "\xff"], 0));
check(fn() => $c->send('x', ['items' => [['n' => NAN]]], 0));
check(fn() => $c->send('x', ['o' => new stdClass], 0));
check(fn() => $c->send('x', ['big' => str_repeat('a', 1048576)], 0));
check(fn() => $c->send('x', [], -1));
check(fn() => $c->send('x', [], 'now'));
check(fn() => $c->send('x', [], 0, ['attempt' => 0]));
check(fn() => $c->send('x', [], 0, ['attempt' => 101]));
check(fn() => $c->send('x', [], 0, ['attempt' => '2']));
check(fn() => $c->send('x', [], 0, ['id' => 'evt 1']));
check(fn() => $c->send('x', [], 0, ['id' => 5]));
check(fn() => $c->send('x', [], 0, ['retry' => true]));
check(fn() => $c->sendMany([['type' => 'x']], 0));
check(fn() => $c->sendMany(['a' => 'x'], 0));
check(fn() => $c->sendMany(['a' => ['type' => 'X', 'payload' => []]], 0));
check(fn() => $c->sendMany([3 => ['type' => 'x', 'payload' => ["\xff"]]], 0));
check(fn() => $c->sendMany([['type' => 'x', 'payload' => ['ok']], ['type' => 'y', 'payload' => ['a' => ['b' => "\xc3"]]]], 0));
check(fn() => $c->sendMany([['type' => 'x', 'payload' => [], 'id' => 1]], 0));
check(fn() => $c->sendMany([['type' => 'x', 'payload' => [], 'id' => '']], 0));
check(fn() => $c->sendMany([['type' => 'x', 'payload' => [], 'attempt' => 'one']], 0));
check(fn() => $c->sendMany([['type' => 'x', 'payload' => [], 'attempt' => -1]], 0));
check(fn() => $c->sendMany(array_fill(0, 1001, ['type' => 'x', 'payload' => []]), 0));
check(fn() => Client::sign('short', '{}', 0));
check(fn() => Client::sign($s, '{}', -5));
check(fn() => Client::verify('short', '{}', 't=1,v1=00', 0));
check(fn() => Client::verify($s, '{}', 't=1,v1=00', 0, 0));
check(fn() => Client::verify($s, '{}', 't=1,v1=00', 0, 86401));
check(fn() => new Result());
check(fn() => clone $c);
check(fn() => serialize($c));
var_dump($c);
$r = new ReflectionClass(Client::class);
check(fn() => $r->newInstanceWithoutConstructor());
?>
--EXPECT--
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #1 ($url) must be an http:// or https:// URL with a host, of at most 2048 bytes
ValueError: ShopCx\Webhook\Client::__construct(): Argument #2 ($secret) must be 32 to 1024 bytes long
ValueError: ShopCx\Webhook\Client::__construct(): Argument #2 ($secret) must be 32 to 1024 bytes long
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "timeout" must be an integer between 1 and 300000
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "connectTimeout" must be an integer between 1 and 60000
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "timeout" must be an integer between 1 and 300000
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "maxResponseBytes" must be an integer between 0 and 16777216
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "verifyTls" must be a bool
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "backoffBase" must not exceed "backoffMax"
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "concurrency" must be an integer between 1 and 64
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "seed" must be an integer
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "caFile" must be a file path
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "userAgent" must be 1 to 256 bytes of UTF-8 without line breaks
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "headers" value of "Authorization" must be a string of at most 900 bytes of UTF-8 without line breaks
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "headers" must have header names of 1 to 64 characters of A-Z, a-z, 0-9, "-" and "_" (not X-ShopCx-*, Host, Content-Type or Content-Length)
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "headers" must have header names of 1 to 64 characters of A-Z, a-z, 0-9, "-" and "_" (not X-ShopCx-*, Host, Content-Type or Content-Length)
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "headers" must have header names of 1 to 64 characters of A-Z, a-z, 0-9, "-" and "_" (not X-ShopCx-*, Host, Content-Type or Content-Length)
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) contains the unknown option "retries"
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) must be an array with string keys
ArgumentCountError: ShopCx\Webhook\Client::__construct() expects at least 2 arguments, 1 given
ValueError: ShopCx\Webhook\Client::send(): Argument #1 ($type) must be 1 to 64 characters of a-z, 0-9, ".", "_" and "-"
ValueError: ShopCx\Webhook\Client::send(): Argument #1 ($type) must be 1 to 64 characters of a-z, 0-9, ".", "_" and "-"
ValueError: ShopCx\Webhook\Client::send(): Argument #2 ($payload) could not be encoded as JSON: $.name must be valid UTF-8
ValueError: ShopCx\Webhook\Client::send(): Argument #2 ($payload) could not be encoded as JSON: $.items[0].n must be a finite number
ValueError: ShopCx\Webhook\Client::send(): Argument #2 ($payload) could not be encoded as JSON: $.o must be null, bool, int, float, string or array
ValueError: ShopCx\Webhook\Client::send(): Argument #2 ($payload) must encode to at most 1048576 bytes of JSON
ValueError: ShopCx\Webhook\Client::send(): Argument #3 ($now) must be a time between 1970 and 9999
TypeError: ShopCx\Webhook\Client::send(): Argument #3 ($now) must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Webhook\Client::send(): Argument #4 ($delivery) key "attempt" must be between 1 and 100
ValueError: ShopCx\Webhook\Client::send(): Argument #4 ($delivery) key "attempt" must be between 1 and 100
TypeError: ShopCx\Webhook\Client::send(): Argument #4 ($delivery) key "attempt" must be of type int, string given
ValueError: ShopCx\Webhook\Client::send(): Argument #4 ($delivery) key "id" must be 1 to 64 characters of A-Z, a-z, 0-9, "_" and "-"
TypeError: ShopCx\Webhook\Client::send(): Argument #4 ($delivery) key "id" must be of type ?string, int given
ValueError: ShopCx\Webhook\Client::send(): Argument #4 ($delivery) may only contain the keys "id" and "attempt"
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry 0 must be an array with a string "type" and an array "payload"
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry "a" must be an array with a string "type" and an array "payload"
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry "a" key "type" must be 1 to 64 characters of a-z, 0-9, ".", "_" and "-"
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry 3 key "payload" could not be encoded as JSON: $[0] must be valid UTF-8
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry 1 key "payload" could not be encoded as JSON: $.a.b must be valid UTF-8
TypeError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry 0 key "id" must be of type ?string, int given
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry 0 key "id" must be 1 to 64 characters of A-Z, a-z, 0-9, "_" and "-"
TypeError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry 0 key "attempt" must be of type int, string given
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) entry 0 key "attempt" must be between 1 and 100
ValueError: ShopCx\Webhook\Client::sendMany(): Argument #1 ($events) must not hold more than 1000 events
ValueError: ShopCx\Webhook\Client::sign(): Argument #1 ($secret) must be 32 to 1024 bytes long
ValueError: ShopCx\Webhook\Client::sign(): Argument #3 ($timestamp) must be a time between 1970 and 9999
ValueError: ShopCx\Webhook\Client::verify(): Argument #1 ($secret) must be 32 to 1024 bytes long
ValueError: ShopCx\Webhook\Client::verify(): Argument #5 ($tolerance) must be between 1 and 86400 seconds
ValueError: ShopCx\Webhook\Client::verify(): Argument #5 ($tolerance) must be between 1 and 86400 seconds
Error: Call to private ShopCx\Webhook\Result::__construct() from global scope
Error: Trying to clone an uncloneable object of class ShopCx\Webhook\Client
Exception: Serialization of 'ShopCx\Webhook\Client' is not allowed
object(ShopCx\Webhook\Client)#5 (0) {
}
ReflectionException: Class ShopCx\Webhook\Client is an internal class marked as final that cannot be instantiated without invoking its constructor