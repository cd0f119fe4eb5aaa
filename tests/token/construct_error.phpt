--TEST--
Token argument errors are ValueError/TypeError in php-src style, and never echo secrets
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Token;

function check(callable $f): void {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$s = str_repeat('s', 32);
check(fn() => new Token('31 bytes of secret is too short'));
check(fn() => new Token($s, ''));
check(fn() => new Token($s, 'has space'));
check(fn() => new Token($s, str_repeat('k', 33)));
check(fn() => new Token($s, 'k1', ['old' => 'short']));
check(fn() => new Token($s, 'k1', ['bad id!' => $s]));
check(fn() => new Token($s, 'k1', ['k1' => $s]));
check(fn() => new Token($s, 'k1', ['old' => 42]));
check(fn() => new Token($s, 'k1', array_fill_keys(array_map(fn($i) => "k$i", range(10, 30)), $s)));
check(fn() => new Token($s, 'k1', [], -1));
check(fn() => new Token($s, 'k1', [], 3601));
check(fn() => new Token($s, [], []));

$t = new Token($s);
check(fn() => $t->issue('', [], 60, 0));
check(fn() => $t->issue('re view', [], 60, 0));
check(fn() => $t->issue('review', [], 0, 0));
check(fn() => $t->issue('review', [], 400 * 86400 * 10, 0));
check(fn() => $t->issue('review', [], 60, -1));
check(fn() => $t->issue('review', [], 60, '2026-01-01'));
check(fn() => $t->issue('review', [1, 2], 60, 0));
check(fn() => $t->issue('review', ['a' => new stdClass], 60, 0));
check(fn() => $t->issue('review', ['a' => NAN], 60, 0));
check(fn() => $t->issue('review', ['a' => "\xff"], 60, 0));
check(fn() => $t->issue('review', ["\xff" => 1], 60, 0));
check(fn() => $t->issue('review', ['a' => str_repeat('x', 1025)], 60, 0));
check(fn() => $t->issue('review', array_fill_keys(array_map(fn($i) => "c$i", range(1, 33)), 1), 60, 0));
check(fn() => $t->issue('review', array_fill_keys(array_map(fn($i) => "c$i", range(1, 32)), str_repeat('y', 200)), 60, 0));
check(fn() => $t->verify('x', 'bad purpose!', 0));
check(fn() => $t->verify('x', 'review', []));
check(fn() => $t->verify('x', 'review'));

check(fn() => $t->__construct($s));
check(fn() => clone $t);
check(fn() => serialize($t));
try { new Token('short but secret!'); } catch (ValueError $e) { var_dump(str_contains($e->getMessage(), 'secret!')); }
?>
--EXPECT--
ValueError: ShopCx\Token::__construct(): Argument #1 ($secret) must be at least 32 bytes long
ValueError: ShopCx\Token::__construct(): Argument #2 ($keyId) must be 1 to 32 characters of A-Z, a-z, 0-9, "-" and "_"
ValueError: ShopCx\Token::__construct(): Argument #2 ($keyId) must be 1 to 32 characters of A-Z, a-z, 0-9, "-" and "_"
ValueError: ShopCx\Token::__construct(): Argument #2 ($keyId) must be 1 to 32 characters of A-Z, a-z, 0-9, "-" and "_"
ValueError: ShopCx\Token::__construct(): Argument #3 ($previousKeys) must hold secrets of at least 32 bytes (key "old")
ValueError: ShopCx\Token::__construct(): Argument #3 ($previousKeys) must be keyed by key ids of 1 to 32 characters of A-Z, a-z, 0-9, "-" and "_"
ValueError: ShopCx\Token::__construct(): Argument #3 ($previousKeys) must not repeat the current key id "k1"
ValueError: ShopCx\Token::__construct(): Argument #3 ($previousKeys) must hold secrets of at least 32 bytes (key "old")
ValueError: ShopCx\Token::__construct(): Argument #3 ($previousKeys) must not hold more than 16 keys
ValueError: ShopCx\Token::__construct(): Argument #4 ($leeway) must be between 0 and 3600
ValueError: ShopCx\Token::__construct(): Argument #4 ($leeway) must be between 0 and 3600
TypeError: ShopCx\Token::__construct(): Argument #2 ($keyId) must be of type string, array given
ValueError: ShopCx\Token::issue(): Argument #1 ($purpose) must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
ValueError: ShopCx\Token::issue(): Argument #1 ($purpose) must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
ValueError: ShopCx\Token::issue(): Argument #3 ($ttl) must be between 1 and 316224000 seconds
ValueError: ShopCx\Token::issue(): Argument #3 ($ttl) must be between 1 and 316224000 seconds
ValueError: ShopCx\Token::issue(): Argument #4 ($now) must be a time between 1970 and 9999
TypeError: ShopCx\Token::issue(): Argument #4 ($now) must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Token::issue(): Argument #2 ($claims) must be an array with string keys
TypeError: ShopCx\Token::issue(): Argument #2 ($claims) claim "a" must be of type string|int|float|bool|null, stdClass given
ValueError: ShopCx\Token::issue(): Argument #2 ($claims) claim "a" must be a finite number
ValueError: ShopCx\Token::issue(): Argument #2 ($claims) claim "a" must be valid UTF-8 of at most 1024 bytes
ValueError: ShopCx\Token::issue(): Argument #2 ($claims) must have claim names of 1 to 64 bytes of valid UTF-8
ValueError: ShopCx\Token::issue(): Argument #2 ($claims) claim "a" must be valid UTF-8 of at most 1024 bytes
ValueError: ShopCx\Token::issue(): Argument #2 ($claims) must not hold more than 32 claims
ValueError: ShopCx\Token::issue(): Argument #2 ($claims) makes the token longer than 4096 bytes
ValueError: ShopCx\Token::verify(): Argument #2 ($purpose) must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
TypeError: ShopCx\Token::verify(): Argument #3 ($now) must be of type DateTimeInterface|int, array given
ArgumentCountError: ShopCx\Token::verify() expects exactly 3 arguments, 2 given
Error: Cannot call ShopCx\Token::__construct() twice
Error: Trying to clone an uncloneable object of class ShopCx\Token
Exception: Serialization of 'ShopCx\Token' is not allowed
bool(false)
