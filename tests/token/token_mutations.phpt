--TEST--
Hostile tokens: 6,000 damaged, cut, grown, re-encoded and foreign tokens through Token::verify(), Review\Invitation::verify() and Cart\Detector::recover() are each refused with TokenException (or ValueError for bytes that are not text), never accepted, never another error
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Token;
use ShopCx\TokenException;
use ShopCx\Review\Invitation;
use ShopCx\Cart\Detector;

$now = 1766400000;
$tokens = new Token('correct horse battery staple 2026!', 'k1');
$invitations = new Invitation($tokens);
$detector = new Detector();
$good = [
    'survey' => $tokens->issue('survey', ['survey' => 'ces', 'order' => '612'], 3600, $now),
    'review' => $invitations->issue('612', '77', 'ann@example.nl', $now),
    'cart' => $detector->recoveryToken($tokens, 'c-1', 1, $now),
];
// The undamaged tokens verify for their own purpose ...
$tokens->verify($good['survey'], 'survey', $now);
$invitations->verify($good['review'], $now);
$detector->recover($tokens, $good['cart'], $now);
// ... and for no other: each verifier is given every token.
$verifiers = [
    'Token::verify(survey)' => fn(string $t) => $tokens->verify($t, 'survey', $now),
    'Invitation::verify' => fn(string $t) => $invitations->verify($t, $now),
    'Detector::recover' => fn(string $t) => $detector->recover($tokens, $t, $now),
];
$own = ['Token::verify(survey)' => 'survey', 'Invitation::verify' => 'review', 'Detector::recover' => 'cart'];
$crossRefused = 0;
foreach ($verifiers as $name => $verify) {
    foreach ($good as $kind => $t) {
        if ($own[$name] === $kind) {
            continue;
        }
        try {
            $verify($t);
            echo "$name accepted a $kind token\n";
        } catch (TokenException) {
            $crossRefused++;
        }
    }
}
// Expired: one second past the lifetime.
try {
    $tokens->verify($good['survey'], 'survey', $now + 3601);
    echo "expired token accepted\n";
} catch (TokenException) {
}

$alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
$pieces = ['.', '..', '=', '+', '/', ' ', "\n", "\x00", "\xff", "\xc3", 'é', '%2E', str_repeat('A', 1000), 'v1', 'k1', 'v2'];
mt_srand(24);
$refused = $valueErrors = $accepted = 0;
for ($n = 0; $n < 2000; $n++) {
    foreach ($good as $kind => $original) {
        $t = $original;
        for ($k = 0, $edits = mt_rand(1, 3); $k < $edits; $k++) {
            $at = mt_rand(0, strlen($t));
            $t = match (mt_rand(0, 6)) {
                0 => substr_replace($t, $alphabet[mt_rand(0, 63)], min($at, strlen($t) - 1), 1),   // one character changed
                1 => substr($t, 0, $at),                                                          // cut
                2 => substr_replace($t, $pieces[mt_rand(0, count($pieces) - 1)], $at, 0),         // something inserted
                3 => implode('.', array_reverse(explode('.', $t))),                               // parts swapped
                4 => strtoupper($t),
                5 => str_repeat($t, mt_rand(2, 40)),                                              // grown
                6 => rtrim(base64_encode($t), '='),                                               // encoded once more
            };
        }
        if ($t === $original) {
            continue;
        }
        foreach ($verifiers as $name => $verify) {
            try {
                $verify($t);
                $accepted++;
                echo "$name ACCEPTED a damaged $kind token: ", bin2hex(substr($t, 0, 60)), "\n";
            } catch (TokenException $e) {
                $refused++;
            } catch (ValueError $e) {
                $valueErrors++;   // bytes that are not a token's text (NUL, invalid UTF-8): an argument error
            }
        }
    }
}
printf("cross-purpose refused: %d of 6\n", $crossRefused);
var_dump($accepted, $refused > 15000, $refused + $valueErrors > 17000);
?>
--EXPECT--
cross-purpose refused: 6 of 6
int(0)
bool(true)
bool(true)
