--TEST--
Rules::askAgainIn(): when the page should ask again (the charter's dwell rules, opening hours, cooldown, caps), and evaluate() agrees at every second before and at that moment
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$hours = [];
foreach (['mon', 'tue', 'wed', 'thu', 'fri'] as $d) {
    $hours[$d] = '09:00-17:00';
}
$rules = Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'hours' => $hours, 'caps' => ['dismissCooldown' => 600],
    'rules' => [['name' => 'product', 'trigger' => 'productDwell'], ['name' => 'cart', 'trigger' => 'cartDwell'],
        ['name' => 'vip', 'trigger' => 'vipReturning'], ['name' => 'faq', 'trigger' => 'faqSearch']]]);
$team = ['agentsOnline' => 2];
$monday10 = 1796634000;      // Monday 7 December 2026 10:00 in Amsterdam
$friday1650 = 1797004200;    // Friday 11 December 16:50
$monday0830 = 1796628600;    // Monday 08:30, before opening

$show = function (string $label, array $visit, int $now, array $team = ['agentsOnline' => 2]) use ($rules) {
    $in = $rules->askAgainIn($visit, $now, $team);
    echo str_pad($label, 44), var_export($in, true);
    if ($in !== null) {
        $then = $rules->evaluate(['secondsOnPage' => ($visit['secondsOnPage'] ?? 0) + $in] + $visit, $now + $in, $team);
        echo " -> ", $then?->rule ?? 'none';
    }
    echo "\n";
};
$show('product page, 10 s', ['pageType' => 'product', 'secondsOnPage' => 10], $monday10);
$show('product page, 119 s', ['pageType' => 'product', 'secondsOnPage' => 119], $monday10);
$show('product page, 120 s', ['pageType' => 'product', 'secondsOnPage' => 120], $monday10);
$show('product page, no secondsOnPage', ['pageType' => 'product'], $monday10);
$show('product in the cart already', ['pageType' => 'product', 'secondsOnPage' => 10, 'addedToCart' => true], $monday10);
$show('cart page, 0 s', ['pageType' => 'cart', 'secondsOnPage' => 0], $monday10);
$show('cart page, 59 s', ['pageType' => 'cart', 'secondsOnPage' => 59], $monday10);
$show('FAQ page, 5 s', ['pageType' => 'faq', 'secondsOnPage' => 5], $monday10);
$show('FAQ search without results', ['pageType' => 'search', 'secondsOnPage' => 5, 'searchResults' => 0], $monday10);
$show('VIP on the first page', ['pageType' => 'home', 'visitCount' => 3, 'lifetimeValue' => 800, 'pagesViewed' => 1], $monday10);
$show('home page', ['pageType' => 'home', 'secondsOnPage' => 10], $monday10);
// Friday 16:50: 110 s later it is still open; at 16:59 the threshold falls after closing time.
$show('Friday 16:50, product 10 s', ['pageType' => 'product', 'secondsOnPage' => 10], $friday1650);
$show('Friday 16:59, product 10 s', ['pageType' => 'product', 'secondsOnPage' => 10], $friday1650 + 540);
// Before opening: the invitation comes when the chat opens, 30 minutes later.
$show('Monday 08:30, product 10 s', ['pageType' => 'product', 'secondsOnPage' => 10], $monday0830);
// Dismissed 100 s ago (cooldown 600 s): not before the cooldown ends.
$show('cart 90 s, dismissed 100 s ago', ['pageType' => 'cart', 'secondsOnPage' => 90, 'lastDismissedAt' => $monday10 - 100], $monday10);
$show('chat open', ['pageType' => 'cart', 'secondsOnPage' => 10, 'chatOpen' => true], $monday10);
$show('visit cap reached', ['pageType' => 'cart', 'secondsOnPage' => 10, 'invitationsThisVisit' => 1], $monday10);
$show('no agent online', ['pageType' => 'cart', 'secondsOnPage' => 10], $monday10, ['agentsOnline' => 0]);
$show('Saturday', ['pageType' => 'cart', 'secondsOnPage' => 10], $monday10 - 2 * 86400);

// Agreement: for random visits, evaluate() invites nobody in every second before askAgainIn() and invites at it.
mt_srand(7);
$pages = ['product', 'cart', 'checkout', 'faq', 'search', 'home', 'category'];
$checked = $disagree = 0;
for ($i = 0; $i < 60; $i++) {
    $now = $monday10 + mt_rand(-4 * 3600, 8 * 3600);
    $visit = ['pageType' => $pages[mt_rand(0, 6)], 'secondsOnPage' => mt_rand(0, 150), 'addedToCart' => (bool) mt_rand(0, 1)];
    if (mt_rand(0, 3) === 0) {
        $visit['lastDismissedAt'] = $now - mt_rand(0, 900);
    }
    $in = $rules->askAgainIn($visit, $now, $team);
    $limit = $in ?? 3600;
    for ($t = 0; $t <= $limit; $t++) {
        $got = $rules->evaluate(['secondsOnPage' => $visit['secondsOnPage'] + $t] + $visit, $now + $t, $team);
        if (($got !== null) !== ($t === $in)) {
            $disagree++;
        }
        if ($got !== null) {
            break;
        }
        $checked++;
    }
}
echo "agreement: ", $disagree === 0 ? 'yes' : "no ($disagree)", ", over ", $checked > 10000 ? 'more than 10,000' : $checked, " instants\n";

try {
    $rules->askAgainIn(['pageType' => 'nowhere'], $monday10, $team);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $rules->askAgainIn(['pageType' => 'cart'], $monday10, []);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
product page, 10 s                          110 -> product
product page, 119 s                         1 -> product
product page, 120 s                         0 -> product
product page, no secondsOnPage              120 -> product
product in the cart already                 NULL
cart page, 0 s                              60 -> cart
cart page, 59 s                             1 -> cart
FAQ page, 5 s                               40 -> faq
FAQ search without results                  0 -> faq
VIP on the first page                       0 -> vip
home page                                   NULL
Friday 16:50, product 10 s                  110 -> product
Friday 16:59, product 10 s                  NULL
Monday 08:30, product 10 s                  1800 -> product
cart 90 s, dismissed 100 s ago              500 -> cart
chat open                                   NULL
visit cap reached                           NULL
no agent online                             NULL
Saturday                                    NULL
agreement: yes, over more than 10,000 instants
ValueError: ShopCx\Chat\Rules::askAgainIn(): Argument #1 ($visit) key "pageType" must be one of home, category, product, search, faq, cart, checkout, account, content, other
ValueError: ShopCx\Chat\Rules::askAgainIn(): Argument #3 ($team) must contain key "agentsOnline"
