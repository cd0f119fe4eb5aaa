--TEST--
Invitation: review links bound to an order item and buyer, verified with Omnibus evidence
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Review\Invitation;
$token = new ShopCx\Token(str_repeat('s', 32));
$inv = new Invitation($token, 14 * 86400);
$now = 1740873600;   // 2025-03-02 00:00 UTC
$link = $inv->issue('100042', '7', '  Jan.Jansen@Example.NL ', $now);

// The link is a ShopCx\Token for purpose "review": claims order, item, buyer hash, invite time.
$claims = $token->verify($link, 'review', $now);
var_dump($claims['o'], $claims['i'], strlen($claims['b']), $claims['t']);
// The e-mail is folded (trim, lower case) before hashing; the address itself is not in the link.
var_dump(str_contains(base64_decode(strtr(explode('.', $link)[2], '-_', '+/')), 'jansen'));

$v = $inv->verify($link, $now + 3600, 'jan.jansen@example.nl');
var_dump($v->toArray());
$v = $inv->verify($link, new DateTimeImmutable('@' . ($now + 60)));
var_dump($v->buyerChecked, $v->key);

foreach ([
    'another buyer' => fn() => $inv->verify($link, $now + 60, 'piet@example.nl'),
    'expired' => fn() => $inv->verify($link, $now + 14 * 86400, 'jan.jansen@example.nl'),
    'tampered' => fn() => $inv->verify(substr($link, 0, -3) . 'AAA', $now + 60),
    'other purpose' => fn() => $inv->verify($token->issue('survey', ['o' => '1'], 60, $now), $now + 1),
    'not an invitation' => fn() => $inv->verify($token->issue('review', ['o' => '1'], 60, $now), $now + 1),
] as $name => $fn) {
    try {
        $fn();
        echo "$name: accepted\n";
    } catch (ShopCx\TokenException $e) {
        echo "$name: ", $e->getCode(), ' ', $e->getMessage(), "\n";
    }
}
// The Omnibus sentence for the review page
echo Invitation::disclosure('nl'), "\n", Invitation::disclosure('en_GB'), "\n";
?>
--EXPECT--
string(6) "100042"
string(1) "7"
int(22)
int(1740873600)
bool(false)
array(7) {
  ["method"]=>
  string(16) "order-invitation"
  ["orderId"]=>
  string(6) "100042"
  ["itemId"]=>
  string(1) "7"
  ["key"]=>
  string(8) "100042:7"
  ["invitedAt"]=>
  int(1740873600)
  ["verifiedAt"]=>
  int(1740877200)
  ["buyerChecked"]=>
  bool(true)
}
bool(false)
string(8) "100042:7"
another buyer: 20 The invitation was sent to another e-mail address
expired: 5 The token has expired
tampered: 3 The token signature does not match
other purpose: 4 The token was issued for another purpose
not an invitation: 1 The token is not a review invitation
Reviews zijn geverifieerd: alleen klanten die het product bij ons kochten, kunnen een review schrijven, via een persoonlijke link die we na de levering sturen. Elke review wordt gecontroleerd voordat hij verschijnt.
Reviews are verified: only customers who bought the product from us can write a review, through a personal link we send after delivery. Every review is checked before it is published.
