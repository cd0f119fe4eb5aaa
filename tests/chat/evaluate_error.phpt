--TEST--
Rules: argument errors of evaluate()/explain()/isOpen() in php-src style; construction only through the factories
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rules = Rules::fromArray(['timezone' => 'UTC', 'rules' => [['name' => 'r', 'trigger' => 'cartDwell']]]);
$now = 1795431600;
$team = ['agentsOnline' => 1];
function attempt(callable $fn): void {
    try {
        $r = $fn();
        echo 'OK ', var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

echo "-- visit\n";
foreach ([
    ['cart', 60],
    ['pageType' => 'blog'],
    ['pageType' => 3],
    ['pageTyp' => 'cart'],
    ['secondsOnPage' => '60'],
    ['secondsOnPage' => 60.0],
    ['secondsOnPage' => -1],
    ['cartValue' => '19.95'],
    ['cartValue' => -0.01],
    ['cartValue' => NAN],
    ['lifetimeValue' => INF],
    ['returnRate' => 1.01],
    ['addedToCart' => 1],
    ['chatOpen' => 'no'],
    ['device' => 'watch'],
    ['language' => 'english'],
    ['language' => ''],
    ['url' => str_repeat('/a', 1025)],
    ['url' => "/caf\xe9"],
    ['segment' => ['vip']],
    ['segment' => str_repeat('s', 129)],
    ['category' => 5],
    ['category' => ['sofas', 7]],
    ['category' => array_fill(0, 33, 'sofas')],
    ['category' => ["caf\xe9"]],
    ['invitationsThisVisit' => -1],
    ['invitationsToday' => '2'],
    ['lastDismissedAt' => '2026-11-23'],
] as $visit) {
    attempt(fn() => $rules->evaluate($visit, $now, $team));
}
echo "-- team\n";
foreach ([
    [],
    ['agentsOnline' => '2'],
    ['agentsOnline' => -1],
    ['agentsOnline' => 2, 'openChats' => 1.5],
    ['agentsOnline' => 2, 'agents' => 2],
    ['agentsOnline' => 2, 'answerSeconds' => -5],
    ['agentsOnline' => 2, 'groups' => 'sales'],
    ['agentsOnline' => 2, 'groups' => [['agentsOnline' => 1]]],
    ['agentsOnline' => 2, 'groups' => ['sales' => 3]],
    ['agentsOnline' => 2, 'groups' => ['sales' => ['openChats' => 1]]],
    ['agentsOnline' => 2, 'groups' => ['sales' => ['agentsOnline' => 1, 'queue' => 1]]],
    ['agentsOnline' => 2, 'groups' => ['sales' => ['agentsOnline' => 1, 'openChats' => -1]]],
    [2],
] as $t) {
    attempt(fn() => $rules->explain(['pageType' => 'cart'], $now, $t));
}
echo "-- time\n";
attempt(fn() => $rules->evaluate([], -1, $team));
attempt(fn() => $rules->evaluate([], 253402300800, $team));
attempt(fn() => $rules->evaluate([], '2026-11-23', $team));
attempt(fn() => $rules->isOpen(-5));
attempt(fn() => $rules->evaluate([]));
attempt(fn() => $rules->ruleNames(1));
echo "-- construction\n";
attempt(fn() => new Rules());
attempt(fn() => clone $rules);
attempt(fn() => serialize($rules));
attempt(fn() => Rules::fromArray('{}'));
attempt(fn() => Rules::fromJson([]));
attempt(fn() => (new ReflectionClass(Rules::class))->newInstanceWithoutConstructor()->ruleNames());
// Valid after all the failures above
attempt(fn() => $rules->evaluate(['pageType' => 'cart', 'secondsOnPage' => 61, 'url' => null], $now, $team)->rule);
?>
--EXPECT--
-- visit
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) must be an array with string keys
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "pageType" must be one of home, category, product, search, faq, cart, checkout, account, content, other
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "pageType" must be of type ?string, int given
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) has an unknown key "pageTyp"
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "secondsOnPage" must be of type ?int, string given
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "secondsOnPage" must be of type ?int, float given
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "secondsOnPage" must be greater than or equal to 0
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "cartValue" must be of type int|float|null, string given
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "cartValue" must be a finite number greater than or equal to 0
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "cartValue" must be a finite number greater than or equal to 0
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "lifetimeValue" must be a finite number greater than or equal to 0
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "returnRate" must be between 0 and 1
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "addedToCart" must be of type bool, int given
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "chatOpen" must be of type bool, string given
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "device" must be one of desktop, mobile, tablet
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "language" must be a language tag such as "nl" or "de-AT"
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "language" must be a language tag such as "nl" or "de-AT"
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "url" must be at most 2048 bytes long
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "url" must be valid UTF-8
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "segment" must be of type ?string, array given
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "segment" must be at most 128 bytes long
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "category" must be of type string|array|null, int given
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "category" must be of type ?string, int given
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "category" must not hold more than 32 categories
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "category" must be valid UTF-8
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "invitationsThisVisit" must be greater than or equal to 0
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "invitationsToday" must be of type int, string given
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #1 ($visit) key "lastDismissedAt" must be of type DateTimeInterface|int|null, string given
-- team
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) must contain key "agentsOnline"
TypeError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) key "agentsOnline" must be of type int, string given
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) key "agentsOnline" must be between 0 and 1000000
TypeError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) key "openChats" must be of type int, float given
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) has an unknown key "agents"
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) key "answerSeconds" must be between 0 and 1000000
TypeError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) key "groups" must be of type array, string given
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) key "groups" must be keyed by group names of 1 to 128 bytes of UTF-8
TypeError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) group "sales" must be of type array, int given
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) group "sales" must contain key "agentsOnline"
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) group "sales" has an unknown key "queue"
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) group "sales" key "openChats" must be between 0 and 1000000
ValueError: ShopCx\Chat\Rules::explain(): Argument #3 ($team) must be an array with string keys
-- time
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #2 ($now) must be a time between 1970 and 9999
ValueError: ShopCx\Chat\Rules::evaluate(): Argument #2 ($now) must be a time between 1970 and 9999
TypeError: ShopCx\Chat\Rules::evaluate(): Argument #2 ($now) must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Chat\Rules::isOpen(): Argument #1 ($now) must be a time between 1970 and 9999
ArgumentCountError: ShopCx\Chat\Rules::evaluate() expects exactly 3 arguments, 1 given
ArgumentCountError: ShopCx\Chat\Rules::ruleNames() expects exactly 0 arguments, 1 given
-- construction
Error: Call to private ShopCx\Chat\Rules::__construct() from global scope
Error: Trying to clone an uncloneable object of class ShopCx\Chat\Rules
Exception: Serialization of 'ShopCx\Chat\Rules' is not allowed
TypeError: ShopCx\Chat\Rules::fromArray(): Argument #1 ($document) must be of type array, string given
TypeError: ShopCx\Chat\Rules::fromJson(): Argument #1 ($json) must be of type string, array given
ReflectionException: Class ShopCx\Chat\Rules is an internal class marked as final that cannot be instantiated without invoking its constructor
OK 'r'
