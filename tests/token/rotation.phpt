--TEST--
Token key rotation: new tokens use the current key, tokens of previous keys still verify; leeway
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Token;
use ShopCx\TokenException;

$old = str_repeat('o', 40);
$new = str_repeat('n', 40);
$now = 1766400000;
$before = new Token($old, '2025');
$issuedBefore = $before->issue('cart', ['cart' => 'c-77', 'step' => 2], 7 * 86400, $now);

$after = new Token($new, '2026', ['2025' => $old]);
var_dump($after->verify($issuedBefore, 'cart', $now + 60));
var_dump(explode('.', $after->issue('cart', [], 60, $now))[1]);

// Once the old key is dropped, its tokens are refused as unknown-key, not as tampered
$dropped = new Token($new, '2026');
try { $dropped->verify($issuedBefore, 'cart', $now); } catch (TokenException $e) { echo $e->getCode(), "\n"; }

// Same key id with another secret: signature mismatch
$confused = new Token($new, '2025');
try { $confused->verify($issuedBefore, 'cart', $now); } catch (TokenException $e) { echo $e->getCode(), "\n"; }

// Leeway tolerates clock skew on both ends
$skew = new Token($old, '2025', [], 30);
$t = $skew->issue('survey', [], 100, $now);
var_dump(count($skew->verify($t, 'survey', $now - 30)));
var_dump(count($skew->verify($t, 'survey', $now + 129)));
foreach ([$now - 31, $now + 130] as $at) {
    try { $skew->verify($t, 'survey', $at); } catch (TokenException $e) { echo $e->getCode(), "\n"; }
}
?>
--EXPECT--
array(2) {
  ["cart"]=>
  string(4) "c-77"
  ["step"]=>
  int(2)
}
string(4) "2026"
6
3
int(0)
int(0)
8
5
