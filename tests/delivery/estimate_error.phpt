--TEST--
Estimator and Promise argument errors: missing and bad options (cut-off 25:00, negative transit, unknown zone), bad items
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Delivery\{Calendar, Estimator, Promise};

function check(callable $f): void {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$ok = ['timezone' => 'Europe/Amsterdam', 'warehouse' => 'NL', 'cutoff' => '22:00'];
check(fn() => new Estimator([]));
check(fn() => new Estimator(['timezone' => 'Europe/Amsterdam', 'cutoff' => '22:00']));
check(fn() => new Estimator(['timezone' => 'Europe/Amsterdam', 'warehouse' => 'NL']));
check(fn() => new Estimator(['timezone' => 'Mars/Olympus'] + $ok));
check(fn() => new Estimator(['timezone' => '+02:00'] + $ok));
check(fn() => new Estimator(['timezone' => 3600] + $ok));
check(fn() => new Estimator(['warehouse' => 'XX'] + $ok));
check(fn() => new Estimator(['warehouse' => 42] + $ok));
check(fn() => new Estimator(['warehouse' => new stdClass] + $ok));
foreach (['25:00', '24:01', '22:60', '22:00:60', '7:00', '22h00', '00:00', '', ' 22:00'] as $bad) {
    check(fn() => new Estimator(['cutoff' => $bad] + $ok));
}
check(fn() => new Estimator(['cutoff' => ['monday' => '22:00']] + $ok));
check(fn() => new Estimator(['cutoff' => ['mon' => 2200]] + $ok));
check(fn() => new Estimator(['cutoff' => ['sat' => '12:00', 'sun' => '12:00']] + $ok));
check(fn() => new Estimator(['cutoff' => []] + $ok));
check(fn() => new Estimator(['handlingDays' => -1] + $ok));
check(fn() => new Estimator(['handlingDays' => 31] + $ok));
check(fn() => new Estimator(['handlingDays' => '1'] + $ok));
check(fn() => new Estimator(['carriers' => []] + $ok));
check(fn() => new Estimator(['carriers' => [['transit' => 1]]] + $ok));
check(fn() => new Estimator(['carriers' => ['dhl' => ['transit' => -1]]] + $ok));
check(fn() => new Estimator(['carriers' => ['dhl' => ['transit' => [3, 1]]]] + $ok));
check(fn() => new Estimator(['carriers' => ['dhl' => ['transit' => [1]]]] + $ok));
check(fn() => new Estimator(['carriers' => ['dhl' => ['transit' => 31]]] + $ok));
check(fn() => new Estimator(['carriers' => ['dhl' => ['transit' => 1, 'calendar' => 'ZZ']]] + $ok));
check(fn() => new Estimator(['carriers' => ['dhl' => ['transit' => 1, 'days' => 2]]] + $ok));
check(fn() => new Estimator(['carriers' => ['dhl' => 1]] + $ok));
check(fn() => new Estimator(['carriers' => array_fill_keys(range('a', 'q'), ['transit' => 1])] + $ok));
check(fn() => new Estimator(['locale' => 'it'] + $ok));
check(fn() => new Estimator(['labels' => ['before' => 'x']] + $ok));
check(fn() => new Estimator(['labels' => ['afterCutoff' => "\xff"]] + $ok));
check(fn() => new Estimator(['labels' => 'x'] + $ok));
check(fn() => new Estimator(['cutof' => '22:00'] + $ok));
check(fn() => new Estimator([1] + $ok));

$e = new Estimator($ok + ['carriers' => ['postnl' => ['transit' => 1]]]);
check(fn() => $e->estimate(-1));
check(fn() => $e->estimate(4070908800));
check(fn() => $e->estimate('now'));
check(fn() => $e->estimate(0, ['carrier' => 'dhl']));
check(fn() => $e->estimate(0, ['carrier' => 1]));
check(fn() => $e->estimate(0, ['inStock' => 'no']));
check(fn() => $e->estimate(0, ['inStock' => false]));
check(fn() => $e->estimate(0, ['inStock' => false, 'restockDate' => '2026-13-01']));
check(fn() => $e->estimate(0, ['inStock' => false, 'restockDate' => 20260101]));
check(fn() => $e->estimate(0, ['inStock' => false, 'backorderDays' => 366]));
check(fn() => $e->estimate(0, ['handlingDays' => -1]));
check(fn() => $e->estimate(0, ['unknownKeysAreIgnored' => true]));
check(fn() => $e->__construct($ok));
check(fn() => clone $e);
check(fn() => serialize($e));
check(fn() => new Promise());
check(fn() => unserialize('O:23:"ShopCx\\Delivery\\Promise":1:{s:5:"label";i:5;}'));
?>
--EXPECT--
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "timezone" is required
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "warehouse" is required
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" is required
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "timezone" must be a time zone identifier PHP knows, like "Europe/Amsterdam"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "timezone" must be a time zone identifier PHP knows, like "Europe/Amsterdam"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "timezone" must be a time zone identifier PHP knows, like "Europe/Amsterdam"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "warehouse" must be a ShopCx\Delivery\Calendar or a supported country or region code
TypeError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "warehouse" must be of type ShopCx\Delivery\Calendar|string, int given
TypeError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "warehouse" must be of type ShopCx\Delivery\Calendar|string, stdClass given
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be keyed by weekday "mon" to "sun" (or 1 to 7)
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must be a time "HH:MM" or "HH:MM:SS" from 00:00:01 to 24:00, or an array of them by weekday
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must give a cut-off on at least one working day of the warehouse
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "cutoff" must give a cut-off on at least one working day of the warehouse
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "handlingDays" must be a number of days from 0 to 30
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "handlingDays" must be a number of days from 0 to 30
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "handlingDays" must be a number of days from 0 to 30
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" must be an array of 1 to 16 carriers keyed by name
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" must be keyed by carrier names of 1 to 64 bytes of valid UTF-8
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" carrier "dhl" "transit" must be a number of days from 0 to 30 or [min, max]
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" carrier "dhl" "transit" must be [min, max] days with 0 <= min <= max <= 30
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" carrier "dhl" "transit" must be [min, max] days with 0 <= min <= max <= 30
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" carrier "dhl" "transit" must be a number of days from 0 to 30 or [min, max]
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" carrier "dhl" "calendar" must be a ShopCx\Delivery\Calendar or a supported country or region code
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" carrier "dhl" may only have "transit" and "calendar"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" carrier "dhl" must be an array with "transit" and "calendar"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "carriers" must be an array of 1 to 16 carriers keyed by name
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "locale" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "labels" may only have "beforeCutoff" and "afterCutoff"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "labels" "afterCutoff" must be valid UTF-8 of at most 500 bytes
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "labels" must be an array with "beforeCutoff" and/or "afterCutoff"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) contains unknown option "cutof"
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) must be an array with string keys
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #1 ($now) must be a time between 1970 and 2098
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #1 ($now) must be a time between 1970 and 2098
TypeError: ShopCx\Delivery\Estimator::estimate(): Argument #1 ($now) must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) "carrier" must name one of the estimator's carriers
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) "carrier" must name one of the estimator's carriers
TypeError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) "inStock" must be of type bool, string given
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) must give "restockDate" or "backorderDays" when "inStock" is false
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) "restockDate" must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) "restockDate" must be a date "YYYY-MM-DD" between 1970-01-01 and 2099-12-31
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) "backorderDays" must be a number of days from 0 to 365
ValueError: ShopCx\Delivery\Estimator::estimate(): Argument #2 ($item) "handlingDays" must be a number of days from 0 to 30
no error
Error: Cannot call ShopCx\Delivery\Estimator::__construct() twice
Error: Trying to clone an uncloneable object of class ShopCx\Delivery\Estimator
Exception: Serialization of 'ShopCx\Delivery\Estimator' is not allowed
Error: Call to private ShopCx\Delivery\Promise::__construct() from global scope
TypeError: Cannot assign int to property ShopCx\Delivery\Promise::$label of type string
