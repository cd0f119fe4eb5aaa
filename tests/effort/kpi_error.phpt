--TEST--
Kpi errors: bad records and options raise ValueError/TypeError naming the record and field
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Kpi;

function attempt(string $label, callable $fn): void {
    try {
        $fn();
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$ok = ['customer' => 'c1', 'channel' => 'chat'];
attempt('record type', fn() => Kpi::fromInteractions([$ok, 'c2']));
attempt('no customer', fn() => Kpi::fromInteractions([['channel' => 'chat']]));
attempt('no channel', fn() => Kpi::fromInteractions([$ok, ['customer' => 'c2']]));
attempt('list record', fn() => Kpi::fromInteractions([['c1', 'chat']]));
attempt('unknown field', fn() => Kpi::fromInteractions([$ok + ['satisfaction' => 5]]));
attempt('customer empty', fn() => Kpi::fromInteractions([['customer' => '', 'channel' => 'chat']]));
attempt('customer float', fn() => Kpi::fromInteractions([['customer' => 1.5, 'channel' => 'chat']]));
attempt('channel utf8', fn() => Kpi::fromInteractions([['customer' => 'c', 'channel' => "\xff"]]));
attempt('topic', fn() => Kpi::fromInteractions([$ok + ['topic' => 7]]));
attempt('bool field', fn() => Kpi::fromInteractions([$ok + ['resolved' => 'yes']]));
attempt('NAN', fn() => Kpi::fromInteractions([$ok + ['firstResponse' => NAN]]));
attempt('INF', fn() => Kpi::fromInteractions([$ok + ['orderValue' => INF]]));
attempt('negative', fn() => Kpi::fromInteractions([$ok + ['duration' => -1]]));
attempt('number type', fn() => Kpi::fromInteractions([$ok + ['duration' => '60']]));
attempt('friendly', fn() => Kpi::fromInteractions([$ok + ['friendly' => 6]]));
attempt('csat', fn() => Kpi::fromInteractions([$ok + ['csat' => '5']]));
attempt('at', fn() => Kpi::fromInteractions([$ok + ['at' => 'today']]));
attempt('cost', fn() => Kpi::fromInteractions([$ok], ['costPerContact' => -1]));
attempt('cost NAN', fn() => Kpi::fromInteractions([$ok], ['costPerContact' => NAN]));
attempt('cost map', fn() => Kpi::fromInteractions([$ok], ['costPerContact' => ['email' => 2]]));
attempt('cost map value', fn() => Kpi::fromInteractions([$ok], ['costPerContact' => ['chat' => 'two']]));
attempt('cost type', fn() => Kpi::fromInteractions([$ok], ['costPerContact' => '2']));
attempt('carts alone', fn() => Kpi::fromInteractions([$ok], ['carts' => 10]));
attempt('orders > carts', fn() => Kpi::fromInteractions([$ok], ['carts' => 10, 'orders' => 11]));
attempt('carts negative', fn() => Kpi::fromInteractions([$ok], ['carts' => -1, 'orders' => 0]));
attempt('traits', fn() => Kpi::fromInteractions([$ok], ['relationalTraits' => 5]));
attempt('option', fn() => Kpi::fromInteractions([$ok], ['cost' => 5]));
attempt('badge no at', fn() => Kpi::badge([$ok], 0));
attempt('badge now', fn() => Kpi::badge([], -1));
attempt('badge window', fn() => Kpi::badge([], 0, ['window' => 60]));
attempt('badge minSample', fn() => Kpi::badge([], 0, ['minSample' => 0]));
attempt('badge targets', fn() => Kpi::badge([], 0, ['targets' => ['chat' => 0]]));
attempt('badge targets type', fn() => Kpi::badge([], 0, ['targets' => 20]));
attempt('badge option', fn() => Kpi::badge([], 0, ['min' => 1]));
attempt('constructor', fn() => new ShopCx\Effort\Kpi());
attempt('badge constructor', fn() => new ShopCx\Effort\Badge());
attempt('result constructor', fn() => new ShopCx\Effort\Result());
attempt('readonly', function () { $k = Kpi::fromInteractions([]); $k->customers = 5; });
?>
--EXPECT--
record type: TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 1 must be of type array, string given
no customer: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 must have a "customer"
no channel: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 1 must have a "channel"
list record: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 must be an array with string keys
unknown field: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 has unknown field "satisfaction"
customer empty: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "customer" must be an int or 1 to 128 bytes of valid UTF-8
customer float: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "customer" must be an int or 1 to 128 bytes of valid UTF-8
channel utf8: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "channel" must be 1 to 64 bytes of valid UTF-8
topic: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "topic" must be 1 to 128 bytes of valid UTF-8
bool field: TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "resolved" must be of type bool, string given
NAN: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "firstResponse" must be a finite number from 0 to 31622400
INF: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "orderValue" must be a finite number from 0 to 1000000000000
negative: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "duration" must be a finite number from 0 to 31622400
number type: TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "duration" must be of type int|float, string given
friendly: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "friendly" must be an integer from 1 to 5
csat: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "csat" must be an integer from 1 to 5
at: TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) record 0 field "at" must be of type DateTimeInterface|int, string given
cost: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "costPerContact" must be a finite number >= 0
cost NAN: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "costPerContact" must be a finite number >= 0
cost map: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "costPerContact" has no cost for channel "chat"
cost map value: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "costPerContact" must map channels to finite numbers >= 0
cost type: TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "costPerContact" must be of type array|int|float, string given
carts alone: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) options "carts" and "orders" must be given together
orders > carts: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "orders" must not exceed option "carts"
carts negative: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "carts" must be an integer >= 0
traits: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) option "relationalTraits" must be an integer from 1 to 4
option: ValueError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) contains unknown option "cost"
badge no at: ValueError: ShopCx\Effort\Kpi::badge(): Argument #1 ($interactions) record 0 must have an "at" time for the badge
badge now: ValueError: ShopCx\Effort\Kpi::badge(): Argument #2 ($now) must be a time between 1970 and 9999
badge window: ValueError: ShopCx\Effort\Kpi::badge(): Argument #3 ($options) option "window" must be between 3600 and 31622400 seconds
badge minSample: ValueError: ShopCx\Effort\Kpi::badge(): Argument #3 ($options) option "minSample" must be between 1 and 1000000
badge targets: ValueError: ShopCx\Effort\Kpi::badge(): Argument #3 ($options) option "targets" must map channels to seconds from 1 to 31622400
badge targets type: TypeError: ShopCx\Effort\Kpi::badge(): Argument #3 ($options) option "targets" must be of type array, int given
badge option: ValueError: ShopCx\Effort\Kpi::badge(): Argument #3 ($options) contains unknown option "min"
constructor: Error: Call to private ShopCx\Effort\Kpi::__construct() from global scope
badge constructor: Error: Call to private ShopCx\Effort\Badge::__construct() from global scope
result constructor: Error: Call to private ShopCx\Effort\Result::__construct() from global scope
readonly: Error: Cannot modify readonly property ShopCx\Effort\Kpi::$customers
