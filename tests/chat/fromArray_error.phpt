--TEST--
Rules::fromArray(): every malformed document is a ConfigException naming the JSON path, before any rule is used
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rule = ['name' => 'r', 'kind' => 'defensive', 'when' => ['pageType' => 'cart']];
$base = ['timezone' => 'Europe/Amsterdam', 'rules' => [$rule]];
function attempt(array $doc): void {
    try {
        Rules::fromArray($doc);
        echo "ACCEPTED\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
function withRule(array $base, array $changes, int $at = 0): array {
    $r = array_merge($base['rules'][0], $changes);
    $base['rules'] = array_fill(0, $at, $base['rules'][0]);
    foreach ($base['rules'] as $k => &$x) { $x['name'] = "ok$k"; }
    unset($x);
    $base['rules'][] = $r;
    return $base;
}
function withWhen(array $base, array $when, int $at = 3): array {
    return withRule($base, ['when' => $when], $at);
}

echo "-- document\n";
attempt([1, 2]);
attempt($base + ['rulez' => []]);
attempt(['version' => 2] + $base);
attempt(['rules' => []]);
attempt(['timezone' => 7, 'rules' => []]);
attempt(['timezone' => 'Mars/Olympus_Mons', 'rules' => []]);
attempt(['timezone' => '+02:00', 'rules' => []]);
attempt(['timezone' => "UTC\0Europe/Paris", 'rules' => []]);
attempt(['locale' => 'es'] + $base);
attempt(['timezone' => 'UTC']);
attempt(['timezone' => 'UTC', 'rules' => ['r' => $rule]]);
attempt(['timezone' => 'UTC', 'rules' => array_fill(0, 257, $rule)]);
attempt(['timezone' => 'UTC', 'rules' => [['name' => "bad\xff"]]]);
attempt(['timezone' => 'UTC', 'rules' => [['name' => new stdClass()]]]);

echo "-- hours and closed dates\n";
attempt(['hours' => 'weekdays'] + $base);
attempt(['hours' => ['monday' => '09:00-17:00']] + $base);
attempt(['hours' => ['mon' => '9-17']] + $base);
attempt(['hours' => ['tue' => ['09:00-12:00', '13:00-12:30']]] + $base);
attempt(['hours' => ['wed' => '09:00-24:30']] + $base);
attempt(['hours' => ['thu' => '22:00-02:00']] + $base);
attempt(['hours' => ['fri' => ['00:00-01:00', '02:00-03:00', '04:00-05:00', '06:00-07:00', '08:00-09:00']]] + $base);
attempt(['closed' => '2026-12-25'] + $base);
attempt(['closed' => ['2026-12-25', '2026-02-29']] + $base);
attempt(['closed' => ['2026-1-5']] + $base);
attempt(['closed' => ['2026-+1-05']] + $base);
attempt(['closed' => ['1969-12-31']] + $base);
attempt(['closed' => array_fill(0, 1001, '2026-12-25')] + $base);

echo "-- capacity, caps, form, routing\n";
attempt(['capacity' => ['chatsPerAgent' => 0]] + $base);
attempt(['capacity' => ['chatsPerAgent' => '2.5']] + $base);
attempt(['capacity' => ['answerSeconds' => -1]] + $base);
attempt(['capacity' => ['maxAnswerSeconds' => 0]] + $base);
attempt(['capacity' => ['agents' => 3]] + $base);
attempt(['caps' => ['perVisit' => -1]] + $base);
attempt(['caps' => ['perDay' => 101]] + $base);
attempt(['caps' => ['dismissCooldown' => '1h']] + $base);
attempt(['caps' => 3] + $base);
attempt(['form' => ['fields' => ['name', 'phone']]] + $base);
attempt(['form' => ['fields' => ['email', 'email']]] + $base);
attempt(['form' => ['fields' => ['email'], 'required' => ['name']]] + $base);
attempt(['form' => ['fields' => ['email', 'questionType']]] + $base);
attempt(['form' => ['fields' => ['name', 'email', 'questionType', 'message', 'name']]] + $base);
attempt(['routing' => []] + $base);
attempt(['routing' => ['order status' => 'service']] + $base);
attempt(['routing' => ['order' => '']] + $base);
attempt(['routing' => array_fill_keys(array_map(fn($i) => "q$i", range(1, 33)), 'team')] + $base);
attempt(['routing' => ['order' => ['service']]] + $base);
attempt(['capacity' => 5] + $base);
attempt(['capacity' => ['chatsPerAgent' => 50.5]] + $base);
attempt(['form' => 'short'] + $base);
attempt(['form' => ['fields' => ['email'], 'required' => 'email']] + $base);
attempt(['form' => ['layout' => 'compact']] + $base);
attempt(['hours' => ['mon' => 5]] + $base);
attempt(['hours' => ['mon' => ['09:00-12:00', 7]]] + $base);
attempt(['locale' => 'nl_NL'] + $base);

echo "-- rules\n";
attempt(withRule($base, ['prio' => 1]));
attempt(['timezone' => 'UTC', 'rules' => [['kind' => 'defensive', 'when' => ['pageType' => 'cart']]]]);
attempt(withRule($base, ['name' => 'has space']));
attempt(withRule($base, ['name' => str_repeat('n', 65)]));
attempt(withRule($base, ['name' => 'ok0'], 1));
attempt(withRule($base, ['trigger' => 'idle']));
attempt(['timezone' => 'UTC', 'rules' => [['name' => 'x', 'when' => ['pageType' => 'cart']]]]);
attempt(withRule($base, ['kind' => 'aggressive']));
attempt(withRule($base, ['priority' => 1001]));
attempt(withRule($base, ['priority' => 'high']));
attempt(withRule($base, ['enabled' => 'yes'], 2));
attempt(withRule($base, ['when' => []]));
attempt(withRule($base, ['when' => ['pageType' => 'cart'], 'whenAny' => []]));
attempt(withRule($base, ['whenAny' => array_fill(0, 9, ['secondsOnPage' => 1])]));
attempt(withRule($base, ['whenAny' => [['secondsOnPage' => 1], ['segmnet' => 'vip']]]));
attempt(withRule($base, ['message' => '']));
attempt(withRule($base, ['message' => str_repeat('x', 1001)]));
attempt(withRule($base, ['message' => ['es' => 'Hola']]));
attempt(withRule($base, ['message' => ['NL' => 'Hoi']]));
attempt(withRule($base, ['message' => ['nl' => '']]));
attempt(withRule($base, ['message' => 5]));
attempt(withRule($base, ['questionType' => 'billing']));
attempt(['routing' => ['order' => 'service']] + withRule($base, ['questionType' => 'billing']));

echo "-- conditions\n";
attempt(withRule($base, ['when' => 'cart']));
attempt(withWhen($base, ['secondsOnPage' => -1]));
attempt(withWhen($base, ['secondsOnPage' => 1.5]));
attempt(withWhen($base, ['secondsOnPag' => 10]));
attempt(withWhen($base, ['cartValue' => '10']));
attempt(withWhen($base, ['cartValue' => ['min' => 10, 'max' => 5]]));
attempt(withWhen($base, ['cartValue' => ['minimum' => 10]]));
attempt(withWhen($base, ['cartValue' => []]));
attempt(withWhen($base, ['cartItems' => ['max' => -2]]));
attempt(withWhen($base, ['returnRate' => 1.5]));
attempt(withWhen($base, ['pageType' => 'blog']));
attempt(withWhen($base, ['pageType' => []]));
attempt(withWhen($base, ['pageType' => ['cart', 3]]));
attempt(withWhen($base, ['device' => 'watch']));
attempt(withWhen($base, ['language' => 'dutch']));
attempt(withWhen($base, ['language' => ['nl', 'de-AT']]));
attempt(withWhen($base, ['segment' => '']));
attempt(withWhen($base, ['category' => array_fill(0, 33, 'sofas')]));
attempt(withWhen($base, ['addedToCart' => 'no']));
attempt(withWhen($base, ['url' => '^/(sofas']));
attempt(withWhen($base, ['url' => '']));
attempt(withWhen($base, ['url' => str_repeat('a', 513)]));
attempt(withWhen($base, ['url' => str_repeat('(', 40) . 'a' . str_repeat(')', 40)]));
attempt(withWhen($base, ['url' => '\C']));

echo "-- valid edge cases\n";
attempt(withWhen($base, ['url' => str_repeat('a', 512), 'category' => array_fill(0, 32, 'sofas')]));
attempt(['timezone' => 'UTC', 'rules' => array_map(fn($i) => ['name' => "r$i"] + $rule, range(1, 256))]);
?>
--EXPECT--
-- document
ShopCx\ConfigException: $ must be an object
ShopCx\ConfigException: $.rulez is not a known field
ShopCx\ConfigException: $.version must be 1
ShopCx\ConfigException: $.timezone is required (the shop's IANA time zone, e.g. "Europe/Amsterdam")
ShopCx\ConfigException: $.timezone must be an IANA time zone such as "Europe/Amsterdam"
ShopCx\ConfigException: $.timezone "Mars/Olympus_Mons" is not a known IANA time zone (such as "Europe/Amsterdam")
ShopCx\ConfigException: $.timezone "+02:00" is not a known IANA time zone (such as "Europe/Amsterdam")
ShopCx\ConfigException: $.timezone must be an IANA time zone such as "Europe/Amsterdam"
ShopCx\ConfigException: $.locale must be one of nl, en, de, fr
ShopCx\ConfigException: $.rules is required
ShopCx\ConfigException: $.rules must be a list of at most 256 rules
ShopCx\ConfigException: $.rules must be a list of at most 256 rules
ShopCx\ConfigException: $.rules[0].name must be valid UTF-8
ShopCx\ConfigException: $.rules[0].name must be null, bool, int, float, string or array
-- hours and closed dates
ShopCx\ConfigException: $.hours must be an object with weekdays mon..sun
ShopCx\ConfigException: $.hours.monday is not a known field
ShopCx\ConfigException: $.hours.mon must be an interval "HH:MM-HH:MM" within one day ("09:00-17:30")
ShopCx\ConfigException: $.hours.tue[1] must be an interval "HH:MM-HH:MM" within one day ("09:00-17:30")
ShopCx\ConfigException: $.hours.wed must be an interval "HH:MM-HH:MM" within one day ("09:00-17:30")
ShopCx\ConfigException: $.hours.thu must be an interval "HH:MM-HH:MM" within one day ("09:00-17:30")
ShopCx\ConfigException: $.hours.fri[4] has more than 4 intervals
ShopCx\ConfigException: $.closed must be a list of at most 1000 dates
ShopCx\ConfigException: $.closed[1] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
ShopCx\ConfigException: $.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
ShopCx\ConfigException: $.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
ShopCx\ConfigException: $.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
ShopCx\ConfigException: $.closed must be a list of at most 1000 dates
-- capacity, caps, form, routing
ShopCx\ConfigException: $.capacity.chatsPerAgent must be a number above 0 and at most 50
ShopCx\ConfigException: $.capacity.chatsPerAgent must be a number above 0 and at most 50
ShopCx\ConfigException: $.capacity.answerSeconds must be an integer between 0 and 3600
ShopCx\ConfigException: $.capacity.maxAnswerSeconds must be an integer between 1 and 3600
ShopCx\ConfigException: $.capacity.agents is not a known field
ShopCx\ConfigException: $.caps.perVisit must be an integer between 0 and 100
ShopCx\ConfigException: $.caps.perDay must be an integer between 0 and 100
ShopCx\ConfigException: $.caps.dismissCooldown must be an integer between 0 and 2592000
ShopCx\ConfigException: $.caps must be an object
ShopCx\ConfigException: $.form.fields[1] must be one of name, email, questionType, message
ShopCx\ConfigException: $.form.fields[1] repeats "email"
ShopCx\ConfigException: $.form.required must only name fields listed in $.form.fields
ShopCx\ConfigException: $.form.fields asks for questionType, which needs $.routing
ShopCx\ConfigException: $.form.fields must be a list of at most 4 of name, email, questionType, message
ShopCx\ConfigException: $.routing must be an object of 1 to 32 question types, each naming a team
ShopCx\ConfigException: $.routing.order status must be a question type of 1 to 32 characters of A-Z, a-z, 0-9, "-", "_" and "."
ShopCx\ConfigException: $.routing.order must name a team of 1 to 128 bytes
ShopCx\ConfigException: $.routing must be an object of 1 to 32 question types, each naming a team
ShopCx\ConfigException: $.routing.order must name a team of 1 to 128 bytes
ShopCx\ConfigException: $.capacity must be an object
ShopCx\ConfigException: $.capacity.chatsPerAgent must be a number above 0 and at most 50
ShopCx\ConfigException: $.form must be an object
ShopCx\ConfigException: $.form.required must be a list of at most 4 of name, email, questionType, message
ShopCx\ConfigException: $.form.layout is not a known field
ShopCx\ConfigException: $.hours.mon must be an interval "HH:MM-HH:MM" within one day ("09:00-17:30")
ShopCx\ConfigException: $.hours.mon[1] must be an interval "HH:MM-HH:MM" within one day ("09:00-17:30")
ACCEPTED
-- rules
ShopCx\ConfigException: $.rules[0].prio is not a known field
ShopCx\ConfigException: $.rules[0].name is required
ShopCx\ConfigException: $.rules[0].name must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
ShopCx\ConfigException: $.rules[0].name must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
ShopCx\ConfigException: $.rules[1].name "ok0" is used by an earlier rule
ShopCx\ConfigException: $.rules[0].trigger must be one of productDwell, cartDwell, faqSearch, vipReturning, highValue, manyReturns, crossSell
ShopCx\ConfigException: $.rules[0].kind is required when the rule has no trigger
ShopCx\ConfigException: $.rules[0].kind must be "defensive" or "opportunistic"
ShopCx\ConfigException: $.rules[0].priority must be an integer between 0 and 1000
ShopCx\ConfigException: $.rules[0].priority must be an integer between 0 and 1000
ShopCx\ConfigException: $.rules[2].enabled must be true or false
ShopCx\ConfigException: $.rules[0].when must be an object of conditions
ShopCx\ConfigException: $.rules[0].whenAny must be a list of 1 to 8 condition objects
ShopCx\ConfigException: $.rules[0].whenAny must be a list of 1 to 8 condition objects
ShopCx\ConfigException: $.rules[0].whenAny[1].segmnet is not a known condition
ShopCx\ConfigException: $.rules[0].message must be 1 to 1000 bytes long
ShopCx\ConfigException: $.rules[0].message must be 1 to 1000 bytes long
ShopCx\ConfigException: $.rules[0].message.es is not one of the languages nl, en, de, fr
ShopCx\ConfigException: $.rules[0].message.NL is not one of the languages nl, en, de, fr
ShopCx\ConfigException: $.rules[0].message.nl must be a text of 1 to 1000 bytes
ShopCx\ConfigException: $.rules[0].message must be a text or an object of texts by language (nl, en, de, fr)
ShopCx\ConfigException: $.rules[0].questionType must be one of the question types in $.routing
ShopCx\ConfigException: $.rules[0].questionType must be one of the question types in $.routing
-- conditions
ShopCx\ConfigException: $.rules[0].when must be an object of conditions
ShopCx\ConfigException: $.rules[3].when.secondsOnPage must be a non-negative integer
ShopCx\ConfigException: $.rules[3].when.secondsOnPage must be a non-negative integer
ShopCx\ConfigException: $.rules[3].when.secondsOnPag is not a known condition
ShopCx\ConfigException: $.rules[3].when.cartValue must be a non-negative number
ShopCx\ConfigException: $.rules[3].when.cartValue has a "min" above its "max"
ShopCx\ConfigException: $.rules[3].when.cartValue.minimum is not a known field
ShopCx\ConfigException: $.rules[3].when.cartValue must be a non-negative number
ShopCx\ConfigException: $.rules[3].when.cartItems.max must be a non-negative integer
ShopCx\ConfigException: $.rules[3].when.returnRate must be a number between 0 and 1
ShopCx\ConfigException: $.rules[3].when.pageType must be one of home, category, product, search, faq, cart, checkout, account, content, other
ShopCx\ConfigException: $.rules[3].when.pageType must be a string or a list of 1 to 32 strings
ShopCx\ConfigException: $.rules[3].when.pageType[1] must be a string
ShopCx\ConfigException: $.rules[3].when.device must be one of desktop, mobile, tablet
ShopCx\ConfigException: $.rules[3].when.language must be a language code of 2 or 3 letters ("nl", "de")
ShopCx\ConfigException: $.rules[3].when.language[1] must be a language code of 2 or 3 letters ("nl", "de")
ShopCx\ConfigException: $.rules[3].when.segment must be 1 to 128 bytes long
ShopCx\ConfigException: $.rules[3].when.category must be a string or a list of 1 to 32 strings
ShopCx\ConfigException: $.rules[3].when.addedToCart must be true or false
ShopCx\ConfigException: $.rules[3].when.url is not a valid pattern: missing closing parenthesis at offset 8
ShopCx\ConfigException: $.rules[3].when.url must be a pattern of 1 to 512 bytes
ShopCx\ConfigException: $.rules[3].when.url must be a pattern of 1 to 512 bytes
ShopCx\ConfigException: $.rules[3].when.url is not a valid pattern: parentheses are too deeply nested at offset 33
ShopCx\ConfigException: $.rules[3].when.url is not a valid pattern: using \C is disabled by the application at offset 2
-- valid edge cases
ACCEPTED
ACCEPTED
