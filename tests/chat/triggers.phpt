--TEST--
Rules::evaluate(): each charter trigger fires at its threshold and not below it
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rules = Rules::fromArray([
    'timezone' => 'Europe/Amsterdam',
    'caps' => ['perVisit' => 5],
    'routing' => ['product' => 'sales', 'order' => 'service'],
    'rules' => [
        ['name' => 'product', 'trigger' => 'productDwell'],
        ['name' => 'cart', 'trigger' => 'cartDwell'],
        ['name' => 'faq', 'trigger' => 'faqSearch'],
        ['name' => 'vip', 'trigger' => 'vipReturning'],
        ['name' => 'expensive', 'trigger' => 'highValue'],
        ['name' => 'returns', 'trigger' => 'manyReturns'],
        ['name' => 'cross-sell', 'trigger' => 'crossSell'],
    ],
]);
$now = 1795431600;   // 2026-11-23 (Monday) 12:00 in Amsterdam; no hours: always open
$team = ['agentsOnline' => 1, 'openChats' => 0];

function show(string $label, ?ShopCx\Chat\Invitation $i): void {
    echo str_pad($label, 34), $i ? "$i->rule [$i->kind, " . ($i->questionType ?? '-') . "] $i->reason" : 'null', "\n";
}

// Defensive: more than 2 minutes on a product page without adding to cart
show('product 119 s', $rules->evaluate(['pageType' => 'product', 'secondsOnPage' => 119], $now, $team));
show('product 120 s', $rules->evaluate(['pageType' => 'product', 'secondsOnPage' => 120], $now, $team));
show('product 300 s, added to cart', $rules->evaluate(['pageType' => 'product', 'secondsOnPage' => 300, 'addedToCart' => true], $now, $team));
// Defensive: more than a minute on the cart or checkout
show('cart 59 s', $rules->evaluate(['pageType' => 'cart', 'secondsOnPage' => 59], $now, $team));
show('checkout 60 s', $rules->evaluate(['pageType' => 'checkout', 'secondsOnPage' => 60], $now, $team));
// Defensive: 45 s on the FAQ, or a search without results
show('faq 44 s', $rules->evaluate(['pageType' => 'faq', 'secondsOnPage' => 44], $now, $team));
show('faq 45 s', $rules->evaluate(['pageType' => 'faq', 'secondsOnPage' => 45], $now, $team));
show('search 3 s, 0 results', $rules->evaluate(['pageType' => 'search', 'secondsOnPage' => 3, 'searchResults' => 0], $now, $team));
show('search 3 s, 4 results', $rules->evaluate(['pageType' => 'search', 'secondsOnPage' => 3, 'searchResults' => 4], $now, $team));
// Defensive: a returning customer with a high lifetime value entering the shop
show('vip on first page', $rules->evaluate(['pageType' => 'home', 'visitCount' => 5, 'lifetimeValue' => 1250.5, 'pagesViewed' => 1], $now, $team));
show('vip on second page', $rules->evaluate(['pageType' => 'home', 'visitCount' => 5, 'lifetimeValue' => 1250.5, 'pagesViewed' => 2], $now, $team));
show('first visit, high value', $rules->evaluate(['pageType' => 'home', 'visitCount' => 1, 'lifetimeValue' => 1250.5, 'pagesViewed' => 1], $now, $team));
show('lifetime value unknown', $rules->evaluate(['pageType' => 'home', 'visitCount' => 5, 'pagesViewed' => 1], $now, $team));
// Opportunistic: an expensive product, one often returned, a cart with cross-sell candidates
show('product 249.99, 40 s', $rules->evaluate(['pageType' => 'product', 'secondsOnPage' => 40, 'productPrice' => 249.99], $now, $team));
show('product 250, 40 s', $rules->evaluate(['pageType' => 'product', 'secondsOnPage' => 40, 'productPrice' => 250], $now, $team));
show('return rate 0.15, 30 s', $rules->evaluate(['pageType' => 'product', 'secondsOnPage' => 30, 'returnRate' => 0.15], $now, $team));
show('return rate 0.14, 30 s', $rules->evaluate(['pageType' => 'product', 'secondsOnPage' => 30, 'returnRate' => 0.14], $now, $team));
show('cart 25 s, 2 candidates', $rules->evaluate(['pageType' => 'cart', 'secondsOnPage' => 25, 'crossSellCandidates' => 2], $now, $team));
show('cart 25 s, no candidates', $rules->evaluate(['pageType' => 'cart', 'secondsOnPage' => 25, 'crossSellCandidates' => 0], $now, $team));
?>
--EXPECT--
product 119 s                     null
product 120 s                     product [defensive, product] rule "product" (defensive, productDwell, priority 0): pageType product, secondsOnPage 120 >= 120, addedToCart false
product 300 s, added to cart      null
cart 59 s                         null
checkout 60 s                     cart [defensive, order] rule "cart" (defensive, cartDwell, priority 0): pageType checkout, secondsOnPage 60 >= 60
faq 44 s                          null
faq 45 s                          faq [defensive, -] rule "faq" (defensive, faqSearch, priority 0): pageType faq, secondsOnPage 45 >= 45
search 3 s, 0 results             faq [defensive, -] rule "faq" (defensive, faqSearch, priority 0): pageType search, searchResults 0 <= 0
search 3 s, 4 results             null
vip on first page                 vip [defensive, -] rule "vip" (defensive, vipReturning, priority 0): visitCount 5 >= 2, pagesViewed 1 <= 1, lifetimeValue 1250.5 >= 500
vip on second page                null
first visit, high value           null
lifetime value unknown            null
product 249.99, 40 s              null
product 250, 40 s                 expensive [opportunistic, product] rule "expensive" (opportunistic, highValue, priority 0): pageType product, secondsOnPage 40 >= 30, productPrice 250 >= 250
return rate 0.15, 30 s            returns [opportunistic, product] rule "returns" (opportunistic, manyReturns, priority 0): pageType product, secondsOnPage 30 >= 30, returnRate 0.15 >= 0.15
return rate 0.14, 30 s            null
cart 25 s, 2 candidates           cross-sell [opportunistic, product] rule "cross-sell" (opportunistic, crossSell, priority 0): pageType cart, secondsOnPage 25 >= 20, crossSellCandidates 2 >= 1
cart 25 s, no candidates          null
