--TEST--
Calendar argument errors: unknown country/region, bad options, malformed dates, ranges
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Delivery\Calendar;

function check(callable $f): void {
    try {
        $r = $f();
        echo "no error: ", var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
check(fn() => new Calendar('XX'));
check(fn() => new Calendar('DE-XX'));
check(fn() => new Calendar('NL-BY'));
check(fn() => Calendar::country('GB-ABCDEFGH'));
check(fn() => new Calendar('NL', ['workdays' => []]));
check(fn() => new Calendar('NL', ['workdays' => [0]]));
check(fn() => new Calendar('NL', ['workdays' => ['monday']]));
check(fn() => new Calendar('NL', ['workdays' => 'mon']));
check(fn() => new Calendar('NL', ['closed' => ['2026-02-30']]));
check(fn() => new Calendar('NL', ['closed' => ['13-01']]));
check(fn() => new Calendar('NL', ['closed' => ['2026-08-02..2026-07-20']]));
check(fn() => new Calendar('NL', ['closed' => ['2026-01-01..2027-01-02']]));
check(fn() => new Calendar('NL', ['closed' => ['2100-01-01']]));
check(fn() => new Calendar('NL', ['closed' => [20260101]]));
check(fn() => new Calendar('NL', ['closed' => '2026-12-24']));
check(fn() => new Calendar('NL', ['closed' => array_fill(0, 1001, '12-24')]));
check(fn() => new Calendar('NL', ['open' => ['12-24']]));
check(fn() => new Calendar('NL', ['locale' => 'es']));
check(fn() => new Calendar('NL', ['locale' => 1]));
check(fn() => new Calendar('NL', ['cutoff' => '22:00']));
check(fn() => new Calendar('NL', ["\xff" => 1]));
check(fn() => new Calendar('NL', [1, 2]));
check(fn() => new Calendar([]));

$c = new Calendar('NL');
check(fn() => $c->holidays(1969));
check(fn() => $c->holidays(2100));
check(fn() => $c->isOpen('2026-1-1'));
check(fn() => $c->isOpen('2026-02-29'));
check(fn() => $c->isOpen('1969-12-31'));
check(fn() => $c->isOpen(new DateTimeImmutable('2100-01-01')));
check(fn() => $c->isOpen(20260101));
check(fn() => $c->holidayName(' 2026-12-25'));
check(fn() => $c->addBusinessDays('2026-12-24', 3661));
check(fn() => $c->addBusinessDays('2026-12-24', -3661));
check(fn() => $c->addBusinessDays('2099-12-30', 2));
check(fn() => $c->addBusinessDays('2026-12-24'));
check(fn() => $c->__construct('NL'));
check(fn() => clone $c);
check(fn() => serialize($c));
$r = new ReflectionClass(Calendar::class);
var_dump($r->isFinal());
?>
--EXPECT--
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #1 ($country) must be a supported country or region code: NL, BE, DE, DE-BW .. DE-TH, FR, LU, AT, GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR, US, or ""
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #1 ($country) must be a supported country or region code: NL, BE, DE, DE-BW .. DE-TH, FR, LU, AT, GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR, US, or ""
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #1 ($country) must be a supported country or region code: NL, BE, DE, DE-BW .. DE-TH, FR, LU, AT, GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR, US, or ""
ValueError: ShopCx\Delivery\Calendar::country(): Argument #1 ($code) must be a supported country or region code: NL, BE, DE, DE-BW .. DE-TH, FR, LU, AT, GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR, US, or ""
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "workdays" must not be empty
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "workdays" must be a list of weekdays 1 (Monday) to 7 (Sunday) or "mon" to "sun"
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "workdays" must be a list of weekdays 1 (Monday) to 7 (Sunday) or "mon" to "sun"
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "workdays" must be a list of weekdays 1 (Monday) to 7 (Sunday) or "mon" to "sun"
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" entry 0 must be "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" (at most 366 days) within 1970-2099
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" entry 0 must be "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" (at most 366 days) within 1970-2099
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" entry 0 must be "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" (at most 366 days) within 1970-2099
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" entry 0 must be "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" (at most 366 days) within 1970-2099
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" entry 0 must be "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" (at most 366 days) within 1970-2099
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" entry 0 must be "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" (at most 366 days) within 1970-2099
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" must be an array of date strings
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "closed" must not hold more than 1000 dates
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "open" entry 0 must be a date "YYYY-MM-DD" within 1970-2099
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "locale" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) option "locale" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) contains unknown option "cutoff"
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) must have option names of valid UTF-8
ValueError: ShopCx\Delivery\Calendar::__construct(): Argument #2 ($options) must be an array with string keys
TypeError: ShopCx\Delivery\Calendar::__construct(): Argument #1 ($country) must be of type string, array given
ValueError: ShopCx\Delivery\Calendar::holidays(): Argument #1 ($year) must be between 1970 and 2099
ValueError: ShopCx\Delivery\Calendar::holidays(): Argument #1 ($year) must be between 1970 and 2099
ValueError: ShopCx\Delivery\Calendar::isOpen(): Argument #1 ($date) must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Calendar::isOpen(): Argument #1 ($date) must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Calendar::isOpen(): Argument #1 ($date) must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Calendar::isOpen(): Argument #1 ($date) must be a date between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Calendar::isOpen(): Argument #1 ($date) must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Calendar::holidayName(): Argument #1 ($date) must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Calendar::addBusinessDays(): Argument #2 ($days) must be between -3660 and 3660
ValueError: ShopCx\Delivery\Calendar::addBusinessDays(): Argument #2 ($days) must be between -3660 and 3660
ValueError: ShopCx\Delivery\Calendar::addBusinessDays(): Argument #2 ($days) leads outside 1970-01-01 .. 2099-12-31
ArgumentCountError: ShopCx\Delivery\Calendar::addBusinessDays() expects exactly 2 arguments, 1 given
Error: Cannot call ShopCx\Delivery\Calendar::__construct() twice
Error: Trying to clone an uncloneable object of class ShopCx\Delivery\Calendar
Exception: Serialization of 'ShopCx\Delivery\Calendar' is not allowed
bool(true)
