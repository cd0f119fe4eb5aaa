--TEST--
Recovery links: a ShopCx\Token with purpose "cart" (cart id + step); recover() says which cart to restore
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;
use ShopCx\Token;
use ShopCx\TokenException;

$tokens = new Token('cart-recovery-secret-of-32-bytes!', '2026');
$d = new Detector();   // expiry 7 days: the default lifetime of a link
$now = 1767225600;

$t = $d->recoveryToken($tokens, 'c-17', 2, $now);
[$v, $kid, $payload] = explode('.', $t);
echo "$v.$kid ", base64_decode(strtr($payload, '-_', '+/')), "\n";
// Plain Token::verify() sees the same claims: it is an ordinary ShopCx token.
var_dump($tokens->verify($t, 'cart', $now + 60));

$r = $d->recover($tokens, $t, $now + 3600);
var_dump($r, $r->toArray());
var_dump($d->recover($tokens, $d->recoveryToken($tokens, 917, 1, $now), $now)->cartId);

// The link lives 7 days unless a ttl is given; then the cart's recovery can be recorded:
// the glue stores recovered_step on the cart, and an order on it then counts as recovered by that step.
function attempt(callable $fn): void {
    try {
        $r = $fn();
        echo "accepted: {$r->cartId} step {$r->step}\n";
    } catch (TokenException $e) {
        echo "TokenException ({$e->getCode()}): {$e->getMessage()}\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
attempt(fn() => $d->recover($tokens, $t, $now + 604799));
attempt(fn() => $d->recover($tokens, $t, $now + 604800));
attempt(fn() => $d->recover($tokens, $d->recoveryToken($tokens, 'c-17', 1, $now, 3600), $now + 3600));
attempt(fn() => $d->recover($tokens, $tokens->issue('review', ['cart' => 'c-17', 'step' => 1], 3600, $now), $now));
attempt(fn() => $d->recover($tokens, $tokens->issue('cart', ['order' => 5], 3600, $now), $now));
attempt(fn() => $d->recover($tokens, $tokens->issue('cart', ['cart' => 'c-17', 'step' => '1'], 3600, $now), $now));
attempt(fn() => $d->recover($tokens, $tokens->issue('cart', ['cart' => 'c-17', 'step' => 0], 3600, $now), $now));
attempt(fn() => $d->recover($tokens, substr($t, 0, -5), $now));
attempt(fn() => $d->recover(new Token(str_repeat('o', 32), '2026'), $t, $now));
attempt(fn() => $d->recover($tokens, "\xff", $now));

echo "-- argument errors\n";
attempt(fn() => $d->recoveryToken($tokens, '', 1, $now));
attempt(fn() => $d->recoveryToken($tokens, str_repeat('x', 129), 1, $now));
attempt(fn() => $d->recoveryToken($tokens, "c\xff", 1, $now));
attempt(fn() => $d->recoveryToken($tokens, 'c', 0, $now));
attempt(fn() => $d->recoveryToken($tokens, 'c', 4, $now));
attempt(fn() => $d->recoveryToken($tokens, 'c', 1, -1));
attempt(fn() => $d->recoveryToken($tokens, 'c', 1, $now, -1));
attempt(fn() => $d->recoveryToken($tokens, 'c', 1, $now, 366 * 86400 + 1));
attempt(fn() => $d->recoveryToken($tokens, [], 1, $now));
attempt(fn() => $d->recover($tokens, $t, new DateTimeImmutable('@' . ($now + 10))));
?>
--EXPECTF--
v1.2026 {"pur":"cart","iat":1767225600,"exp":1767830400,"c":{"cart":"c-17","step":2}}
array(2) {
  ["cart"]=>
  string(4) "c-17"
  ["step"]=>
  int(2)
}
object(ShopCx\Cart\Recovery)#%d (2) {
  ["cartId"]=>
  string(4) "c-17"
  ["step"]=>
  int(2)
}
array(2) {
  ["cartId"]=>
  string(4) "c-17"
  ["step"]=>
  int(2)
}
int(917)
accepted: c-17 step 2
TokenException (5): The token has expired
TokenException (5): The token has expired
TokenException (4): The token was issued for another purpose
TokenException (1): The token is not a cart recovery token
TokenException (1): The token is not a cart recovery token
TokenException (1): The token is not a cart recovery token
TokenException (2): The token is incomplete (was the link cut off?)
TokenException (3): The token signature does not match
TokenException (7): The token is not valid UTF-8
-- argument errors
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #2 ($cartId) must be 1 to 128 bytes long
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #2 ($cartId) must be 1 to 128 bytes long
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #2 ($cartId) must be valid UTF-8
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #3 ($step) must be between 1 and 3 (the reminder steps)
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #3 ($step) must be between 1 and 3 (the reminder steps)
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #4 ($now) must be a time between 1970 and 9999
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #5 ($ttl) must be between 0 (the detector's expiry) and 31622400 seconds
ValueError: ShopCx\Cart\Detector::recoveryToken(): Argument #5 ($ttl) must be between 0 (the detector's expiry) and 31622400 seconds
TypeError: ShopCx\Cart\Detector::recoveryToken(): Argument #2 ($cartId) must be of type string|int, array given
accepted: c-17 step 2
