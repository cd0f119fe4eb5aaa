--TEST--
Rules::evaluate(): URL patterns, segments, languages, devices, categories, ranges, whenAny and unknown values
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rules = Rules::fromJson(<<<'JSON'
{
  "version": 1,
  "timezone": "Europe/Brussels",
  "rules": [
    {"name": "sofa-pages", "kind": "opportunistic", "priority": 50,
     "when": {"url": "^/(?i:sofas?)/[a-z-]+$", "secondsOnPage": {"min": 20, "max": 600}}},
    {"name": "b2b-big-cart", "kind": "opportunistic", "priority": 40,
     "when": {"segment": ["b2b", "wholesale"], "cartValue": {"min": 1000}, "cartItems": {"max": 50}}},
    {"name": "german-mobile", "kind": "defensive", "priority": 30,
     "when": {"language": ["de"], "device": ["mobile", "tablet"], "pageType": "checkout"}},
    {"name": "lamps-or-rugs", "kind": "opportunistic", "priority": 20,
     "when": {"category": ["lamps", "rugs"], "visitCount": {"min": 3, "max": 3}}},
    {"name": "account-help", "kind": "defensive", "priority": 10,
     "when": {"pageType": "account"},
     "whenAny": [{"secondsOnPage": 90}, {"pagesViewed": 15}, {"segment": "vip"}]}
  ]
}
JSON);
$now = 1795431600;
$team = ['agentsOnline' => 2, 'openChats' => 0];
function show(string $label, ?ShopCx\Chat\Invitation $i): void {
    echo str_pad($label, 30), $i ? $i->rule . ': ' . implode(' | ', $i->conditions) : 'null', "\n";
}

show('sofa page', $rules->evaluate(['url' => '/sofas/oslo-grey', 'secondsOnPage' => 20], $now, $team));
show('Sofa page (case)', $rules->evaluate(['url' => '/Sofa/bergen', 'secondsOnPage' => 600], $now, $team));
show('sofa page 601 s', $rules->evaluate(['url' => '/sofas/oslo-grey', 'secondsOnPage' => 601], $now, $team));
show('sofa subpage', $rules->evaluate(['url' => '/sofas/oslo/reviews', 'secondsOnPage' => 30], $now, $team));
show('no url', $rules->evaluate(['secondsOnPage' => 30], $now, $team));
show('wholesale 1000.00', $rules->evaluate(['segment' => 'wholesale', 'cartValue' => 1000.0, 'cartItems' => 50], $now, $team));
show('wholesale 51 items', $rules->evaluate(['segment' => 'wholesale', 'cartValue' => 1000, 'cartItems' => 51], $now, $team));
show('B2B (case differs)', $rules->evaluate(['segment' => 'B2B', 'cartValue' => 5000, 'cartItems' => 1], $now, $team));
show('de-AT tablet checkout', $rules->evaluate(['language' => 'de-AT', 'device' => 'tablet', 'pageType' => 'checkout'], $now, $team));
show('DE_ch mobile checkout', $rules->evaluate(['language' => 'DE_ch', 'device' => 'mobile', 'pageType' => 'checkout'], $now, $team));
show('de desktop checkout', $rules->evaluate(['language' => 'de', 'device' => 'desktop', 'pageType' => 'checkout'], $now, $team));
show('nl mobile checkout', $rules->evaluate(['language' => 'nl', 'device' => 'mobile', 'pageType' => 'checkout'], $now, $team));
show('categories chairs+rugs', $rules->evaluate(['category' => ['chairs', 'rugs'], 'visitCount' => 3], $now, $team));
show('category lamps, 4th visit', $rules->evaluate(['category' => 'lamps', 'visitCount' => 4], $now, $team));
show('account 90 s', $rules->evaluate(['pageType' => 'account', 'secondsOnPage' => 90], $now, $team));
show('account 15 pages', $rules->evaluate(['pageType' => 'account', 'secondsOnPage' => 5, 'pagesViewed' => 15], $now, $team));
show('account vip', $rules->evaluate(['pageType' => 'account', 'segment' => 'vip'], $now, $team));
show('account, none of any', $rules->evaluate(['pageType' => 'account', 'secondsOnPage' => 5, 'segment' => 'new'], $now, $team));
show('nulls are unknown', $rules->evaluate(['pageType' => null, 'url' => null, 'segment' => null, 'secondsOnPage' => null], $now, $team));
?>
--EXPECT--
sofa page                     sofa-pages: url matches "^/(?i:sofas?)/[a-z-]+$" | secondsOnPage 20 in 20..600
Sofa page (case)              sofa-pages: url matches "^/(?i:sofas?)/[a-z-]+$" | secondsOnPage 600 in 20..600
sofa page 601 s               null
sofa subpage                  null
no url                        null
wholesale 1000.00             b2b-big-cart: cartValue 1000 >= 1000 | cartItems 50 <= 50 | segment "wholesale"
wholesale 51 items            null
B2B (case differs)            null
de-AT tablet checkout         german-mobile: pageType checkout | language de | device tablet
DE_ch mobile checkout         german-mobile: pageType checkout | language de | device mobile
de desktop checkout           null
nl mobile checkout            null
categories chairs+rugs        lamps-or-rugs: category "rugs" | visitCount 3 in 3..3
category lamps, 4th visit     null
account 90 s                  account-help: pageType account | secondsOnPage 90 >= 90
account 15 pages              account-help: pageType account | pagesViewed 15 >= 15
account vip                   account-help: pageType account | segment "vip"
account, none of any          null
nulls are unknown             null
