--TEST--
Hostile chat rules: 3,000 randomly damaged rules documents through Rules::fromJson() are each refused with ConfigException (or ValueError for invalid UTF-8) or give rules whose evaluate(), explain(), askAgainIn(), answerTime() and isOpen() all answer for a range of visits, never a crash or another error
--EXTENSIONS--
shopcx
--FILE--
<?php
$good = <<<'JSON'
{
  "version": 1,
  "timezone": "Europe/Amsterdam",
  "locale": "nl",
  "holidays": "NL",
  "hours": {"mon": "09:00-17:30", "tue": "09:00-17:30", "wed": "09:00-17:30", "thu": "09:00-21:00",
            "fri": "09:00-17:30", "sat": ["10:00-12:30", "13:30-16:00"]},
  "closed": ["2026-12-24", "2026-12-31"],
  "capacity": {"chatsPerAgent": 2.5, "answerSeconds": 15, "maxAnswerSeconds": 20},
  "caps": {"perVisit": 1, "perDay": 3, "dismissCooldown": 3600},
  "routing": {"order": "service", "product": "sales", "return": "returns"},
  "form": {"fields": ["name", "email", "questionType", "message"], "required": ["email", "questionType"]},
  "rules": [
    {"name": "checkout-stuck", "trigger": "cartDwell", "priority": 90},
    {"name": "product-doubt", "trigger": "productDwell", "priority": 50},
    {"name": "no-answer-found", "trigger": "faqSearch", "priority": 40},
    {"name": "welcome-back-vip", "trigger": "vipReturning", "priority": 30,
     "when": {"lifetimeValue": 1000, "segment": ["vip", "b2b"]}},
    {"name": "sofa-advice", "kind": "opportunistic", "priority": 20, "questionType": "product",
     "when": {"url": "^/(sofas|banken)/", "secondsOnPage": 45, "productPrice": {"min": 799}},
     "message": {"nl": "Twijfel je tussen stoffen? Onze interieuradviseur helpt je live.",
                 "en": "Torn between fabrics? Our interior advisor helps you live."}},
    {"name": "often-returned", "trigger": "manyReturns", "priority": 10, "when": {"returnRate": 0.25}},
    {"name": "complete-the-look", "trigger": "crossSell", "enabled": false}
  ]
}
JSON;
use ShopCx\Chat\Rules;

Rules::fromJson($good);   // the undamaged document is valid
$visits = [
    ['pageType' => 'product', 'url' => '/sofas/oslo', 'secondsOnPage' => 75, 'productPrice' => 1299.0, 'language' => 'en'],
    ['pageType' => 'cart', 'secondsOnPage' => 61, 'cartValue' => 250, 'cartItems' => 3, 'addedToCart' => true],
    ['pageType' => 'faq', 'secondsOnPage' => 50, 'searchResults' => 0, 'lifetimeValue' => 2000, 'segment' => 'vip',
        'returnRate' => 0.5, 'visitCount' => 4],
    [],
];
$team = ['agentsOnline' => 3, 'openChats' => 5, 'groups' => ['sales' => ['agentsOnline' => 1, 'openChats' => 1]]];
$moments = [1764182400, 1766584800, 1767139200, 1774742400];   // a Thursday, Christmas Eve, New Year's Eve, a DST night
$pieces = ['0', '1', '-1', '"', ',', '[', ']', '{', '}', ':', ' ', "\xff", "\x00", 'null', 'true', '99999999999', '1e400',
    '"hours"', '"rules"', '"trigger"', '"when"', '"mon"', '"25:00-26:00"', '"09:00-08:00"', '"^("', '"(a+)+$"', '[[[[[[',
    '"\ud800"', '"\u0000"', '"2026-02-30"'];
mt_srand(20);
$accepted = $refused = 0;
for ($n = 0; $n < 3000; $n++) {
    $doc = $good;
    for ($k = 0, $edits = mt_rand(1, 3); $k < $edits; $k++) {
        $at = mt_rand(0, strlen($doc) - 1);
        $piece = $pieces[mt_rand(0, count($pieces) - 1)];
        $doc = match (mt_rand(0, 2)) {
            0 => substr_replace($doc, $piece, $at, 1),
            1 => substr_replace($doc, '', $at, 1),
            2 => substr_replace($doc, $piece, $at, 0),
        };
    }
    try {
        $rules = Rules::fromJson($doc);
    } catch (ShopCx\ConfigException $e) {
        if ($e->getMessage() === '') {
            echo "empty message\n";
        }
        $refused++;
        continue;
    } catch (ValueError) {
        $refused++;
        continue;
    }
    $accepted++;
    // Whatever was accepted answers every question without an error.
    foreach ($moments as $now) {
        $rules->isOpen($now);
        foreach (['chat', 'email'] as $channel) {
            $a = $rules->answerTime($channel, $now, 'nl');
            if (!is_string($a['text'] ?? null) || $a['text'] === '') {
                echo "answerTime without a sentence\n";
            }
        }
        foreach ($visits as $visit) {
            $invitation = $rules->evaluate($visit, $now, $team);
            $wait = $rules->askAgainIn($visit, $now, $team);
            if ($wait !== null && ($wait < 0 || $wait > 3600)) {
                echo "askAgainIn out of range: $wait\n";
            }
            if (!is_string($rules->explain($visit, $now, $team))) {
                echo "explain not a string\n";
            }
        }
    }
}
var_dump($accepted + $refused, $refused > 1500, $accepted > 100);
?>
--EXPECT--
int(3000)
bool(true)
bool(true)
