--TEST--
Policy and Decision argument errors are ValueError/TypeError in php-src style
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Outreach\Policy;
use ShopCx\Outreach\Decision;

function check(callable $f): void {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
check(fn() => new Policy(['timezone' => 'Mars/Olympus']));
check(fn() => new Policy(['timezone' => '+02:00']));
check(fn() => new Policy(['timezone' => 3]));
check(fn() => new Policy(['cooldowns' => ['Survey' => 60]]));
check(fn() => new Policy(['cooldowns' => ['survey' => -1]]));
check(fn() => new Policy(['cooldowns' => ['survey' => '60']]));
check(fn() => new Policy(['cooldowns' => array_fill_keys(array_map(fn($i) => "k$i", range(1, 29)), 60)]));
check(fn() => new Policy(['cooldowns' => 5]));
check(fn() => new Policy(['cap' => ['max' => 0, 'window' => 60]]));
check(fn() => new Policy(['cap' => ['max' => 2]]));
check(fn() => new Policy(['cap' => ['max' => 2, 'window' => 0]]));
check(fn() => new Policy(['quietHours' => ['start' => '21:00']]));
check(fn() => new Policy(['quietHours' => ['start' => '9:00', 'end' => '08:00']]));
check(fn() => new Policy(['quietHours' => ['start' => '24:00', 'end' => '08:00']]));
check(fn() => new Policy(['quietHours' => ['start' => '08:00', 'end' => '08:00']]));
check(fn() => new Policy(['quietHours' => ['start' => '21:00', 'end' => '08:00', 'exempt' => ['sms']]]));
check(fn() => new Policy(['quietHours' => ['start' => '21:00', 'end' => '08:00', 'days' => []]]));
check(fn() => new Policy(['lowEffort' => ['below' => 3]]));
check(fn() => new Policy(['lowRating' => ['below' => -1, 'within' => 60]]));
check(fn() => new Policy(['consentRequired' => 'cart']));
check(fn() => new Policy(['consentRequired' => ['cart', 'fax']]));
check(fn() => new Policy(['quiet' => true]));
check(fn() => new Policy([1, 2]));
check(fn() => new Policy('x'));

$p = new Policy(['cooldowns' => ['winback' => 60]]);
check(fn() => $p->decide('sms', [], 0));
check(fn() => $p->decide("\xff", [], 0));
check(fn() => $p->decide('survey', [], -1));
check(fn() => $p->decide('survey', [], 4102444800));
check(fn() => $p->decide('survey', [], '2026-01-01'));
check(fn() => $p->decide('survey', [5], 0));
check(fn() => $p->decide('survey', [['kind' => 'survey']], 0));
check(fn() => $p->decide('survey', [['kind' => 1, 'at' => 0]], 0));
check(fn() => $p->decide('survey', [['kind' => 'survey', 'at' => '0']], 0));
check(fn() => $p->decide('survey', [['kind' => "\xff", 'at' => 0]], 0));
check(fn() => $p->decide('survey', [['kind' => 'survey', 'at' => -5]], 0));
check(fn() => $p->decide('survey', array_fill(0, 100001, ['kind' => 'survey', 'at' => 0]), 0));
check(fn() => $p->decide('survey', [], 0, ['optedOut' => 1]));
check(fn() => $p->decide('survey', [], 0, ['complaintAt' => 'yesterday']));
check(fn() => $p->decide('survey', [], 0, ['complaintAt' => -1]));
check(fn() => $p->decide('survey', [], 0, ['effortScore' => 2]));
check(fn() => $p->decide('survey', [], 0, ['ratingAt' => 2]));
check(fn() => $p->decide('survey', [], 0, ['rating' => 2.5, 'ratingAt' => 2]));
check(fn() => $p->decide('survey', [], 0, ['optOut' => true]));
check(fn() => $p->decide('survey', [], 0, [true]));
check(fn() => $p->decide('survey'));
check(fn() => $p->toArray(1));
check(fn() => new Decision());
check(fn() => clone $p);
check(fn() => serialize($p));
$r = new ReflectionClass(Policy::class);
check(fn() => $r->newInstanceWithoutConstructor()->decide('survey', [], 0));
?>
--EXPECT--
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "timezone" must be a time zone identifier like "Europe/Amsterdam"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "timezone" must be a time zone identifier like "Europe/Amsterdam"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "timezone" must be a time zone identifier like "Europe/Amsterdam"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cooldowns" must be keyed by kinds of 1 to 32 characters of a-z, 0-9, "_", "-" and "."
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cooldowns" entry "survey" must be a number of seconds between 0 and 316224000
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cooldowns" entry "survey" must be a number of seconds between 0 and 316224000
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cooldowns" must not name more than 32 kinds
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cooldowns" must be an array of kind => seconds
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cap" key "max" must be between 1 and 1000
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cap" must be an array with the keys "max" and "window"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "cap" key "window" must be at least 1 second
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "quietHours" must be an array with the keys "start" and "end"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "quietHours" key "start" must be a time of day like "21:30"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "quietHours" key "start" must be a time of day like "21:30"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "quietHours" must have a start different from its end
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "quietHours" key "exempt" names the unknown kind "sms" (declare it in "cooldowns")
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "quietHours" must be an array with the keys "start" and "end" (and "exempt")
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "lowEffort" must be an array with the keys "below" and "within"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "lowRating" key "below" must be an integer between 0 and 1000
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "consentRequired" must be a list of kinds
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) option "consentRequired" names the unknown kind "fax" (declare it in "cooldowns")
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) contains the unknown option "quiet"
ValueError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) must be an array with string keys
TypeError: ShopCx\Outreach\Policy::__construct(): Argument #1 ($options) must be of type array, string given
ValueError: ShopCx\Outreach\Policy::decide(): Argument #1 ($kind) must be "survey", "review", "cart", "chat" or a kind named in the "cooldowns" option
ValueError: ShopCx\Outreach\Policy::decide(): Argument #1 ($kind) must be valid UTF-8
ValueError: ShopCx\Outreach\Policy::decide(): Argument #3 ($now) must be a time between 1970 and 2099
ValueError: ShopCx\Outreach\Policy::decide(): Argument #3 ($now) must be a time between 1970 and 2099
TypeError: ShopCx\Outreach\Policy::decide(): Argument #3 ($now) must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) entry 0 must be an array with the keys "kind" and "at"
ValueError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) entry 0 must be an array with the keys "kind" and "at"
TypeError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) entry 0 key "kind" must be of type string, int given
TypeError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) entry 0 key "at" must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) entry 0 key "kind" must be valid UTF-8
ValueError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) entry 0 key "at" must be a time between 1970 and 2099
ValueError: ShopCx\Outreach\Policy::decide(): Argument #2 ($history) must not hold more than 100000 entries
TypeError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) key "optedOut" must be of type bool, int given
TypeError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) key "complaintAt" must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) key "complaintAt" must be a time between 1970 and 2099
ValueError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) must give "effortScore" and "effortAt" together
ValueError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) must give "rating" and "ratingAt" together
TypeError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) key "rating" must be of type int, float given
ValueError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) contains the unknown key "optOut"
ValueError: ShopCx\Outreach\Policy::decide(): Argument #4 ($context) must be an array with string keys
ArgumentCountError: ShopCx\Outreach\Policy::decide() expects at least 3 arguments, 1 given
ArgumentCountError: ShopCx\Outreach\Policy::toArray() expects exactly 0 arguments, 1 given
Error: Call to private ShopCx\Outreach\Decision::__construct() from global scope
Error: Trying to clone an uncloneable object of class ShopCx\Outreach\Policy
Exception: Serialization of 'ShopCx\Outreach\Policy' is not allowed
ReflectionException: Class ShopCx\Outreach\Policy is an internal class marked as final that cannot be instantiated without invoking its constructor
