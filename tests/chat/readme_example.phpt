--TEST--
README: the rules document and the invitation it yields for the sample visit (keep README.md in step)
--EXTENSIONS--
shopcx
--FILE--
<?php
$json = <<<'JSON'
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
$rules = ShopCx\Chat\Rules::fromJson($json);

$visit = [
    'pageType' => 'product', 'url' => '/sofas/oslo-3-zits-velvet', 'secondsOnPage' => 75,
    'productPrice' => 1299.0, 'category' => ['sofas', 'velvet'], 'language' => 'en-GB', 'device' => 'desktop',
    'cartValue' => 0, 'cartItems' => 0, 'visitCount' => 2, 'invitationsThisVisit' => 0, 'invitationsToday' => 0,
];
$now = new DateTimeImmutable('2026-11-26 19:40', new DateTimeZone('Europe/Amsterdam')); // Thursday evening
$team = ['agentsOnline' => 3, 'openChats' => 5, 'groups' => ['sales' => ['agentsOnline' => 1, 'openChats' => 1]]];

$invitation = $rules->evaluate($visit, $now, $team);
echo json_encode($invitation->toArray(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
var_dump($rules->explain($visit, $now->modify('+2 hours'), $team));
var_dump($rules->ruleNames());
?>
--EXPECT--
{
    "rule": "sofa-advice",
    "kind": "opportunistic",
    "trigger": null,
    "message": "Torn between fabrics? Our interior advisor helps you live.",
    "locale": "en",
    "reason": "rule \"sofa-advice\" (opportunistic, priority 20): url matches \"^/(sofas|banken)/\", secondsOnPage 75 >= 45, productPrice 1299 >= 799",
    "conditions": [
        "url matches \"^/(sofas|banken)/\"",
        "secondsOnPage 75 >= 45",
        "productPrice 1299 >= 799"
    ],
    "questionType": "product",
    "group": "sales",
    "expectedAnswerSeconds": 15,
    "form": [
        {
            "field": "name",
            "required": false
        },
        {
            "field": "email",
            "required": true
        },
        {
            "field": "questionType",
            "required": true,
            "options": [
                "order",
                "product",
                "return"
            ]
        },
        {
            "field": "message",
            "required": false
        }
    ],
    "routing": {
        "order": "service",
        "product": "sales",
        "return": "returns"
    }
}
string(12) "closed-hours"
array(6) {
  [0]=>
  string(14) "checkout-stuck"
  [1]=>
  string(13) "product-doubt"
  [2]=>
  string(15) "no-answer-found"
  [3]=>
  string(16) "welcome-back-vip"
  [4]=>
  string(11) "sofa-advice"
  [5]=>
  string(14) "often-returned"
}
