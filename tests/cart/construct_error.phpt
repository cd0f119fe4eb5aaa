--TEST--
Detector options are checked one by one; argument and class errors in php-src style
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\{Detector, Decision, Scan, Recovery, Metrics, Funnel};

function attempt(string $label, callable $fn): void {
    try {
        $fn();
        echo "$label: OK\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$options = [
    'defaults' => [],
    'idle 0' => ['idle' => 0],
    'idle "3600"' => ['idle' => '3600'],
    'expiry over a year' => ['expiry' => 366 * 86400 + 1],
    'reminders empty' => ['reminders' => []],
    'reminders a map' => ['reminders' => ['first' => 3600]],
    'reminders descending' => ['reminders' => [3600, 86400, 7200]],
    'reminders equal' => ['reminders' => [3600, 3600]],
    'reminder 0' => ['reminders' => [0]],
    'reminder a string' => ['reminders' => [3600, '1 day']],
    '17 reminders' => ['reminders' => range(3600, 3600 * 17, 3600)],
    'reminder before idle' => ['idle' => 7200, 'reminders' => [3600, 86400]],
    'default reminders before idle' => ['idle' => 7200],
    'expiry before last reminder' => ['expiry' => 259200],
    'minValue negative' => ['minValue' => -1],
    'minValue INF' => ['minValue' => INF],
    'minValue "10"' => ['minValue' => '10'],
    'consentRequired 1' => ['consentRequired' => 1],
    'quietHours one time' => ['quietHours' => ['21:00']],
    'quietHours 24:00' => ['quietHours' => ['21:00', '24:00']],
    'quietHours 9:00' => ['quietHours' => ['21:00', '9:00']],
    'quietHours equal' => ['quietHours' => ['08:00', '08:00']],
    'quietHours null' => ['quietHours' => null],
    'timezone unknown' => ['timezone' => 'Mars/Olympus'],
    'timezone offset' => ['timezone' => '+02:00'],
    'timezone int' => ['timezone' => 1],
    'clockSkew -1' => ['clockSkew' => -1],
    'clockSkew 2 days' => ['clockSkew' => 172800],
    'unknown option' => ['idleTime' => 60],
    'int key' => [3600],
    'all set' => ['idle' => 1800, 'reminders' => [1800, 7200, 86400], 'expiry' => 172800, 'minValue' => 20.5,
        'consentRequired' => false, 'quietHours' => ['22:00', '07:30'], 'timezone' => 'Europe/Berlin', 'clockSkew' => 0],
];
foreach ($options as $label => $o) {
    attempt($label, fn() => new Detector($o));
}

echo "-- argument and class errors\n";
$d = new Detector();
$t = new ShopCx\Token(str_repeat('s', 32));
attempt('construct twice', fn() => $d->__construct());
attempt('options not an array', fn() => new Detector('idle=60'));
attempt('classify no args', fn() => $d->classify());
attempt('classify string cart', fn() => $d->classify('c-1', 0));
attempt('scan not iterable', fn() => $d->scan('rows', 0));
attempt('scan negative now', fn() => $d->scan([], -1));
attempt('metrics not iterable', fn() => $d->metrics(1, 0));
attempt('recoveryToken not a Token', fn() => $d->recoveryToken(new stdClass, 'c', 1, 0));
attempt('recover no args', fn() => $d->recover($t));
attempt('new Decision', fn() => new Decision());
attempt('new Scan', fn() => new Scan());
attempt('new Recovery', fn() => new Recovery());
attempt('new Metrics', fn() => new Metrics());
attempt('new Funnel', fn() => new Funnel());
attempt('clone Detector', fn() => clone $d);
attempt('clone Scan', fn() => clone $d->scan([], 0));
attempt('serialize Detector', fn() => serialize($d));
attempt('serialize Decision', fn() => serialize($d->classify(['id' => 1, 'items' => 1, 'value' => 1, 'updated_at' => 0], 0)));
attempt('Decision is readonly', function () use ($d) {
    $dec = $d->classify(['id' => 1, 'items' => 1, 'value' => 1, 'updated_at' => 0], 0);
    $dec->state = 'due';
});
attempt('Decision has no dynamic properties', function () use ($d) {
    $dec = $d->classify(['id' => 1, 'items' => 1, 'value' => 1, 'updated_at' => 0], 0);
    $dec->extra = 1;
});
attempt('toArray with an argument', fn() => $d->classify(['id' => 1, 'items' => 1, 'value' => 1, 'updated_at' => 0], 0)->toArray(1));
attempt('Funnel::fromCounts no args', fn() => Funnel::fromCounts());
attempt('Scan::scanned with an argument', fn() => $d->scan([], 0)->scanned(1));
foreach ([Detector::class, Decision::class, Scan::class, Recovery::class, Metrics::class, Funnel::class] as $class) {
    $r = new ReflectionClass($class);
    printf("%s: final=%d, instantiable=%d\n", $class, $r->isFinal(), $r->isInstantiable());
}
?>
--EXPECT--
defaults: OK
idle 0: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "idle" must be between 1 and 31622400 seconds
idle "3600": TypeError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "idle" must be of type int, string given
expiry over a year: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "expiry" must be between 1 and 31622400 seconds
reminders empty: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" must be a list of 1 to 16 delays in seconds
reminders a map: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" must be a list of 1 to 16 delays in seconds
reminders descending: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" must be in ascending order (entry 3: 7200 is not after 86400)
reminders equal: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" must be in ascending order (entry 2: 3600 is not after 3600)
reminder 0: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" entry 1 must be an int between 1 and 31622400 seconds
reminder a string: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" entry 2 must be an int between 1 and 31622400 seconds
17 reminders: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" must be a list of 1 to 16 delays in seconds
reminder before idle: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" must not start before the idle time (3600 < 7200)
default reminders before idle: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "reminders" must not start before the idle time (3600 < 7200)
expiry before last reminder: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "expiry" must be longer than the last reminder delay (259200)
minValue negative: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "minValue" must be a finite number greater than or equal to 0
minValue INF: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "minValue" must be a finite number greater than or equal to 0
minValue "10": TypeError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "minValue" must be of type int|float, string given
consentRequired 1: TypeError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "consentRequired" must be of type bool, int given
quietHours one time: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "quietHours" must be null or [start, end] as "HH:MM" local times
quietHours 24:00: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "quietHours" must be null or [start, end] as "HH:MM" local times
quietHours 9:00: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "quietHours" must be null or [start, end] as "HH:MM" local times
quietHours equal: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "quietHours" must not start and end at the same time
quietHours null: OK
timezone unknown: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "timezone" must be a valid time zone identifier such as "Europe/Amsterdam"
timezone offset: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "timezone" must be a valid time zone identifier such as "Europe/Amsterdam"
timezone int: TypeError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "timezone" must be of type string, int given
clockSkew -1: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "clockSkew" must be between 0 and 86400 seconds
clockSkew 2 days: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "clockSkew" must be between 0 and 86400 seconds
unknown option: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option "idleTime" is unknown
int key: ValueError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) must be an array with string keys
all set: OK
-- argument and class errors
construct twice: Error: Cannot call ShopCx\Cart\Detector::__construct() twice
options not an array: TypeError: ShopCx\Cart\Detector::__construct(): Argument #1 ($options) must be of type array, string given
classify no args: ArgumentCountError: ShopCx\Cart\Detector::classify() expects exactly 2 arguments, 0 given
classify string cart: TypeError: ShopCx\Cart\Detector::classify(): Argument #1 ($cart) must be of type array, string given
scan not iterable: TypeError: ShopCx\Cart\Detector::scan(): Argument #1 ($carts) must be of type Traversable|array, string given
scan negative now: ValueError: ShopCx\Cart\Detector::scan(): Argument #2 ($now) must be a time between 1970 and 9999
metrics not iterable: TypeError: ShopCx\Cart\Detector::metrics(): Argument #1 ($carts) must be of type Traversable|array, int given
recoveryToken not a Token: TypeError: ShopCx\Cart\Detector::recoveryToken(): Argument #1 ($tokens) must be of type ShopCx\Token, stdClass given
recover no args: ArgumentCountError: ShopCx\Cart\Detector::recover() expects exactly 3 arguments, 1 given
new Decision: Error: Call to private ShopCx\Cart\Decision::__construct() from global scope
new Scan: Error: Call to private ShopCx\Cart\Scan::__construct() from global scope
new Recovery: Error: Call to private ShopCx\Cart\Recovery::__construct() from global scope
new Metrics: Error: Call to private ShopCx\Cart\Metrics::__construct() from global scope
new Funnel: Error: Call to private ShopCx\Cart\Funnel::__construct() from global scope
clone Detector: Error: Trying to clone an uncloneable object of class ShopCx\Cart\Detector
clone Scan: Error: Trying to clone an uncloneable object of class ShopCx\Cart\Scan
serialize Detector: Exception: Serialization of 'ShopCx\Cart\Detector' is not allowed
serialize Decision: Exception: Serialization of 'ShopCx\Cart\Decision' is not allowed
Decision is readonly: Error: Cannot modify readonly property ShopCx\Cart\Decision::$state
Decision has no dynamic properties: Error: Cannot create dynamic property ShopCx\Cart\Decision::$extra
toArray with an argument: ArgumentCountError: ShopCx\Cart\Decision::toArray() expects exactly 0 arguments, 1 given
Funnel::fromCounts no args: ArgumentCountError: ShopCx\Cart\Funnel::fromCounts() expects exactly 1 argument, 0 given
Scan::scanned with an argument: ArgumentCountError: ShopCx\Cart\Scan::scanned() expects exactly 0 arguments, 1 given
ShopCx\Cart\Detector: final=1, instantiable=1
ShopCx\Cart\Decision: final=1, instantiable=0
ShopCx\Cart\Scan: final=1, instantiable=0
ShopCx\Cart\Recovery: final=1, instantiable=0
ShopCx\Cart\Metrics: final=1, instantiable=0
ShopCx\Cart\Funnel: final=1, instantiable=0
