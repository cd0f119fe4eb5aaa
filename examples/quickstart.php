<?php
/**
 * A short tour of what ShopCX has built so far. Run through examples/quickstart.sh, or:
 *   php -d extension=modules/shopcx.so examples/quickstart.php
 */
declare(strict_types=1);

use ShopCx\Token;
use ShopCx\TokenException;

$now = time();
echo "ShopCX ", phpversion('shopcx'), " on PHP ", PHP_VERSION, "\n\n";

// Signed links for survey, review-invitation and cart-recovery e-mails
$secret = getenv('SHOPCX_SECRET') ?: Token::generateSecret();
$tokens = new Token($secret, '2026');
$link = 'https://shop.example/review?t=' . $tokens->issue('review', ['order' => '10042', 'item' => 'TSHIRT-M'], 14 * 86400, $now);
echo "Review invitation link:\n  $link\n";

parse_str((string) parse_url($link, PHP_URL_QUERY), $query);
$claims = $tokens->verify($query['t'], 'review', $now + 3600);
echo "Verified an hour later: order {$claims['order']}, item {$claims['item']}\n";

foreach (['survey' => $now, 'review' => $now + 15 * 86400] as $purpose => $at) {
    try {
        $tokens->verify($query['t'], $purpose, $at);
    } catch (TokenException $e) {
        echo "Refused as $purpose at +" . ($at - $now) . "s: {$e->getMessage()} (code {$e->getCode()})\n";
    }
}
