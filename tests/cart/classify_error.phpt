--TEST--
Detector::classify(): bad cart input is refused with a message naming the cart and the field
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector();
$now = 1767225600;
$cart = ['id' => 'c-17', 'customer' => 3, 'email' => 'x@example.nl', 'items' => 1, 'value' => 10,
    'created_at' => $now - 9000, 'updated_at' => $now - 5000];
$cases = [
    'future updated_at' => ['updated_at' => $now + 301],
    'skew tolerated' => ['updated_at' => $now + 300, 'created_at' => $now],
    'future created_at' => ['created_at' => $now + 1000, 'updated_at' => $now],
    'future ordered_at' => ['status' => 'ordered', 'ordered_at' => $now + 3600],
    'future reminder' => ['reminders' => [$now - 1000, $now + 500]],
    'negative updated_at' => ['updated_at' => -1],
    'negative created_at' => ['created_at' => -5],
    'negative reminder' => ['reminders' => [-1]],
    'updated before created' => ['updated_at' => $now - 9001],
    'ordered before created' => ['status' => 'ordered', 'ordered_at' => $now - 9500],
    'reminder before created' => ['reminders' => [$now - 9500]],
    'reminders out of order' => ['reminders' => [$now - 1000, $now - 2000]],
    'reminders not a list' => ['reminders' => [2 => $now - 100, 1 => $now - 200]],
    'reminders a string' => ['reminders' => '1767225600'],
    'reminder not a timestamp' => ['reminders' => ['yesterday']],
    'too many reminders' => ['reminders' => array_fill(0, 17, $now - 100)],
    'recovered_step beyond sent' => ['status' => 'ordered', 'recovered_step' => 2, 'reminders' => [$now - 100]],
    'recovered_step negative' => ['recovered_step' => -1],
    'unknown status' => ['status' => 'abandoned'],
    'status not a string' => ['status' => 1],
    'negative value' => ['value' => -0.01],
    'NaN value' => ['value' => NAN],
    'value not numeric' => ['value' => '12 EUR'],
    'value an array' => ['value' => [10]],
    'negative items' => ['items' => -2],
    'items a float' => ['items' => 1.5],
    'missing items' => ['items' => null],
    'missing value' => ['value' => null],
    'missing updated_at' => ['updated_at' => null],
    'updated_at a date string' => ['updated_at' => '2026-01-01 10:00:00'],
    'updated_at a float' => ['updated_at' => 1767225600.5],
    'consent "yes"' => ['consent' => 'yes'],
    'opted_out 2' => ['opted_out' => 2],
    'has_order an array' => ['has_order' => []],
    'email an int' => ['email' => 42],
    'email invalid UTF-8' => ['email' => "x\xff@example.nl"],
    'customer a float' => ['customer' => 1.5],
    'currency lowercase' => ['currency' => 'eur'],
    'missing id' => ['id' => null],
    'empty id' => ['id' => ''],
    'id too long' => ['id' => str_repeat('a', 129)],
    'id a float' => ['id' => 1.5],
    'int id' => ['id' => 17, 'value' => -1],
];
foreach ($cases as $label => $changes) {
    try {
        $dec = $d->classify(array_merge($cart, $changes), $now);
        echo "$label: accepted ({$dec->state})\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
foreach ([-1, 253402300800] as $bad) {
    try {
        $d->classify($cart, $bad);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    $d->classify($cart, 'now');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
future updated_at: ValueError: cart "c-17" field "updated_at" must not be in the future (1767225901 is after now 1767225600 + clock skew 300)
skew tolerated: accepted (active)
future created_at: ValueError: cart "c-17" field "created_at" must not be in the future (1767226600 is after now 1767225600 + clock skew 300)
future ordered_at: ValueError: cart "c-17" field "ordered_at" must not be in the future (1767229200 is after now 1767225600 + clock skew 300)
future reminder: ValueError: cart "c-17" field "reminders" entry 2 must not be in the future (1767226100 is after now 1767225600 + clock skew 300)
negative updated_at: ValueError: cart "c-17" field "updated_at" must not be negative
negative created_at: ValueError: cart "c-17" field "created_at" must not be negative
negative reminder: ValueError: cart "c-17" field "reminders" entry 1 must not be negative
updated before created: ValueError: cart "c-17" field "updated_at" must not be before "created_at" (1767216599 < 1767216600)
ordered before created: ValueError: cart "c-17" field "ordered_at" must not be before "created_at" (1767216100 < 1767216600)
reminder before created: ValueError: cart "c-17" field "reminders" entry 1 must not be before "created_at" (1767216100 < 1767216600)
reminders out of order: ValueError: cart "c-17" field "reminders" entry 2 is out of order (1767223600 is before the previous reminder 1767224600)
reminders not a list: ValueError: cart "c-17" field "reminders" must be a list of timestamps, step 1 first
reminders a string: TypeError: cart "c-17" field "reminders" must be of type ?array, string given
reminder not a timestamp: TypeError: cart "c-17" field "reminders" must be of type int (Unix timestamp), string given
too many reminders: ValueError: cart "c-17" field "reminders" must not hold more than 16 entries
recovered_step beyond sent: ValueError: cart "c-17" field "recovered_step" must be between 1 and the number of reminders sent (1)
recovered_step negative: ValueError: cart "c-17" field "recovered_step" must be between 1 and 16
unknown status: ValueError: cart "c-17" field "status" must be "open", "ordered" or "closed", "abandoned" given
status not a string: TypeError: cart "c-17" field "status" must be of type string, int given
negative value: ValueError: cart "c-17" field "value" must be a finite number greater than or equal to 0
NaN value: ValueError: cart "c-17" field "value" must be a finite number greater than or equal to 0
value not numeric: TypeError: cart "c-17" field "value" must be of type int|float, string given
value an array: TypeError: cart "c-17" field "value" must be of type int|float, array given
negative items: ValueError: cart "c-17" field "items" must not be negative
items a float: TypeError: cart "c-17" field "items" must be of type array|int, float given
missing items: ValueError: cart "c-17" field "items" is missing
missing value: ValueError: cart "c-17" field "value" is missing
missing updated_at: ValueError: cart "c-17" field "updated_at" is missing
updated_at a date string: TypeError: cart "c-17" field "updated_at" must be of type int (Unix timestamp), string given
updated_at a float: TypeError: cart "c-17" field "updated_at" must be of type int (Unix timestamp), float given
consent "yes": TypeError: cart "c-17" field "consent" must be of type bool, string given
opted_out 2: TypeError: cart "c-17" field "opted_out" must be of type bool, int given
has_order an array: TypeError: cart "c-17" field "has_order" must be of type bool, array given
email an int: TypeError: cart "c-17" field "email" must be of type ?string, int given
email invalid UTF-8: ValueError: cart "c-17" field "email" must be at most 320 bytes of valid UTF-8
customer a float: TypeError: cart "c-17" field "customer" must be of type string|int|null, float given
currency lowercase: ValueError: cart "c-17" field "currency" must be an ISO 4217 code such as "EUR"
missing id: ValueError: cart field "id" is missing
empty id: ValueError: cart field "id" must be 1 to 128 bytes of valid UTF-8
id too long: ValueError: cart field "id" must be 1 to 128 bytes of valid UTF-8
id a float: TypeError: cart field "id" must be of type string|int, float given
int id: ValueError: cart 17 field "value" must be a finite number greater than or equal to 0
ValueError: ShopCx\Cart\Detector::classify(): Argument #2 ($now) must be a time between 1970 and 9999
ValueError: ShopCx\Cart\Detector::classify(): Argument #2 ($now) must be a time between 1970 and 9999
TypeError: ShopCx\Cart\Detector::classify(): Argument #2 ($now) must be of type DateTimeInterface|int, string given
