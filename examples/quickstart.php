<?php
/**
 * A short tour of ShopCX on the command line. Run through examples/quickstart.sh, or:
 *   php -d extension=modules/shopcx.so examples/quickstart.php
 * Every result depends only on the arguments: the clock is passed in, here a fixed Wednesday.
 */
declare(strict_types=1);

use ShopCx\Token;
use ShopCx\TokenException;

$ams = new DateTimeZone('Europe/Amsterdam');
$now = (new DateTimeImmutable('2026-12-23 14:05', $ams))->getTimestamp();
echo "ShopCX ", phpversion('shopcx'), " on PHP ", PHP_VERSION, ", shop clock: Wed 23 Dec 2026 14:05 Amsterdam\n\n";

// Stock line and delivery promise, as a product template would print them
$stock = new ShopCx\Stock\Indicator(['locale' => 'nl', 'lowThreshold' => 3, 'timezone' => 'Europe/Amsterdam']);
$delivery = new ShopCx\Delivery\Estimator([
    'timezone'  => 'Europe/Amsterdam',
    'warehouse' => ShopCx\Delivery\Calendar::country('NL'),
    'cutoff'    => ['mon' => '22:00', 'tue' => '22:00', 'wed' => '22:00', 'thu' => '22:00', 'fri' => '17:00'],
    'carriers'  => ['postnl' => ['transit' => 1, 'calendar' => new ShopCx\Delivery\Calendar('NL', ['workdays' => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']])]],
    'locale'    => 'nl',
]);
echo "Stock:    ", $stock->describe(2, [], $now)->label, "\n";
$promise = $delivery->estimate($now);
echo "Delivery: {$promise->label} (countdown {$promise->orderWithinSeconds} s)\n";
$christmasEve = (new DateTimeImmutable('2026-12-24 10:00', $ams))->getTimestamp();
echo "On the 24th at 10:00: ", $delivery->estimate($christmasEve)->label, "\n\n";

// FAQ search with a typo
$faq = ShopCx\Faq\Index::build([
    ['id' => 'return', 'question' => 'How do I return my order?', 'answer' => 'Within 30 days from <b>My account</b>.'],
    ['id' => 'shipping', 'question' => 'What are the shipping costs?', 'answer' => 'Free from 50 euro, otherwise 4.95.'],
    ['id' => 'pay', 'question' => 'Which payment methods do you accept?', 'answer' => 'iDEAL, cards and Klarna.'],
], ['lang' => 'en']);
$result = $faq->search('retrun my order', 3);
foreach ($result->hits as $hit) {
    printf("FAQ:      %-36s score %.2f  %s\n", $hit->question, $hit->score, $hit->questionHighlight);
}

// Review moderation and the published rating
$verdict = (new ShopCx\Review\Moderator())->check('Great lamp! Cheaper at www.example.com, mail me: ann@example.nl');
echo "\nReview:   {$verdict->decision} ({$verdict->reasons[0]['code']}): {$verdict->redacted}\n";
$summary = ShopCx\Review\Summary::fromRatings([5, 4, 5, 3, null, 5]);
printf("Rating:   %.2f from %d ratings, Bayesian %.2f\n", $summary->mean, $summary->count, $summary->bayesian(3.0, 10.0));

// Signed links for survey, review-invitation and cart-recovery e-mails
$tokens = new Token(getenv('SHOPCX_SECRET') ?: Token::generateSecret(), '2026');
$link = 'https://shop.example/review?t=' . $tokens->issue('review', ['order' => '10042', 'item' => 'TSHIRT-M'], 14 * 86400, $now);
echo "\nReview invitation link:\n  $link\n";
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
