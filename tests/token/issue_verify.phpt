--TEST--
Token::issue() and verify() round-trip claims, bound to purpose and time
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Token;

$token = new Token(str_repeat('0123456789abcdef', 2), 'k2026');
$now = 1766400000; // 2025-12-22 10:40 UTC
$t = $token->issue('review', ['order' => '10042', 'item' => 7, 'buyer' => 'a1b2c3', 'verified' => true, 'weight' => 1.5, 'none' => null], 86400, $now);

// v1.<key id>.<payload>.<signature>, URL-safe without escaping
var_dump(preg_match('/^v1\.k2026\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/', $t));
var_dump(rawurlencode($t) === $t);
var_dump($token->verify($t, 'review', $now));
var_dump($token->verify($t, 'review', $now + 86399)['order']);
// DateTimeInterface works wherever a timestamp does
var_dump($token->verify($t, 'review', new DateTimeImmutable('2025-12-22 12:00', new DateTimeZone('Europe/Amsterdam')))['item']);
var_dump($token->issue('cart', [], 60, new DateTime('@1766400000')) === $token->issue('cart', [], 60, 1766400000));
// Deterministic: same inputs, same token (so a page can be cached)
var_dump($t === $token->issue('review', ['order' => '10042', 'item' => 7, 'buyer' => 'a1b2c3', 'verified' => true, 'weight' => 1.5, 'none' => null], 86400, $now));
// Unicode claims survive
var_dump($token->verify($token->issue('survey', ['naam' => 'Zoë 🙂'], 60, $now), 'survey', $now)['naam']);
var_dump($token->keyId());
var_dump(strlen(Token::generateSecret()), Token::generateSecret() !== Token::generateSecret());
var_dump(preg_match('/^[A-Za-z0-9_-]{43}$/', Token::generateSecret()));
?>
--EXPECT--
int(1)
bool(true)
array(6) {
  ["order"]=>
  string(5) "10042"
  ["item"]=>
  int(7)
  ["buyer"]=>
  string(6) "a1b2c3"
  ["verified"]=>
  bool(true)
  ["weight"]=>
  float(1.5)
  ["none"]=>
  NULL
}
string(5) "10042"
int(7)
bool(true)
bool(true)
string(9) "Zoë 🙂"
string(5) "k2026"
int(43)
bool(true)
int(1)
