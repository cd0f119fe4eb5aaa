--TEST--
Invitation: argument errors
--EXTENSIONS--
shopcx
--FILE--
<?php
function attempt(callable $fn): void {
    try {
        $r = $fn();
        echo "no error: ", var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
use ShopCx\Review\Invitation;
$token = new ShopCx\Token(str_repeat('s', 32));
attempt(fn() => new Invitation(new stdClass));
attempt(fn() => new Invitation($token, 60));
attempt(fn() => new Invitation($token, 400 * 86400));
$inv = new Invitation($token);
attempt(fn() => $inv->issue('', '1', 'a@b.nl', 0));
attempt(fn() => $inv->issue(str_repeat('1', 65), '1', 'a@b.nl', 0));
attempt(fn() => $inv->issue('1', "\xff", 'a@b.nl', 0));
attempt(fn() => $inv->issue('1', '1', 'not an address', 0));
attempt(fn() => $inv->issue('1', '1', '   ', 0));
attempt(fn() => $inv->issue('1', '1', 'a@b.nl', 'now'));
attempt(fn() => $inv->verify('x', 0, 'nope'));
attempt(fn() => $inv->verify('x', 0));
attempt(fn() => $inv->__construct($token));
attempt(fn() => clone $inv);
$nl = ShopCx\Delivery\Calendar::country('NL');
$order = ['status' => 'completed', 'deliveredAt' => 1740873600];
attempt(fn() => Invitation::dueAt($order, $nl, 0));
attempt(fn() => Invitation::dueAt($order, $nl, 61));
attempt(fn() => Invitation::dueAt($order, $nl, 5, ['hour' => 24]));
attempt(fn() => Invitation::dueAt($order, $nl, 5, ['timezone' => 'Mars/Olympus']));
attempt(fn() => Invitation::dueAt($order, $nl, 5, ['timezone' => 5]));
attempt(fn() => Invitation::dueAt($order, $nl, 5, ['when' => 'soon']));
attempt(fn() => Invitation::dueAt([], $nl));
attempt(fn() => Invitation::dueAt(['status' => 'completed', 'deliveredAt' => 'tomorrow'], $nl));
attempt(fn() => Invitation::dueAt($order, new stdClass));
$shut = ShopCx\Delivery\Calendar::country('', ['closed' => array_map(fn($y) => "$y-01-01..$y-12-31", range(2025, 2036))]);
attempt(fn() => Invitation::dueAt($order, $shut));
attempt(fn() => new ShopCx\Review\Verification());
attempt(fn() => Invitation::disclosure('es'));
?>
--EXPECT--
TypeError: ShopCx\Review\Invitation::__construct(): Argument #1 ($token) must be of type ShopCx\Token, stdClass given
ValueError: ShopCx\Review\Invitation::__construct(): Argument #2 ($ttl) must be between 86400 and 31622400 seconds
ValueError: ShopCx\Review\Invitation::__construct(): Argument #2 ($ttl) must be between 86400 and 31622400 seconds
ValueError: ShopCx\Review\Invitation::issue(): Argument #1 ($orderId) must be 1 to 64 bytes of valid UTF-8
ValueError: ShopCx\Review\Invitation::issue(): Argument #1 ($orderId) must be 1 to 64 bytes of valid UTF-8
ValueError: ShopCx\Review\Invitation::issue(): Argument #2 ($itemId) must be 1 to 64 bytes of valid UTF-8
ValueError: ShopCx\Review\Invitation::issue(): Argument #3 ($email) must be an e-mail address of at most 254 bytes
ValueError: ShopCx\Review\Invitation::issue(): Argument #3 ($email) must be an e-mail address of at most 254 bytes
TypeError: ShopCx\Review\Invitation::issue(): Argument #4 ($now) must be of type DateTimeInterface|int, string given
ValueError: ShopCx\Review\Invitation::verify(): Argument #3 ($email) must be an e-mail address of at most 254 bytes
ShopCx\TokenException: The token is malformed
Error: Cannot call ShopCx\Review\Invitation::__construct() twice
Error: Trying to clone an uncloneable object of class ShopCx\Review\Invitation
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #3 ($businessDays) must be between 1 and 60
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #3 ($businessDays) must be between 1 and 60
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #4 ($options) option "hour" must be an int between 0 and 23
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #4 ($options) option "timezone" must be an IANA time zone like "Europe/Amsterdam"
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #4 ($options) option "timezone" must be an IANA time zone like "Europe/Amsterdam"
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #4 ($options) contains unknown option "when"
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #1 ($order) key "status" must be a string like "completed" or "refunded"
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #1 ($order) key "deliveredAt" must be a timestamp, a DateTimeInterface or "YYYY-MM-DD" between 1970 and 2099
TypeError: ShopCx\Review\Invitation::dueAt(): Argument #2 ($calendar) must be of type ShopCx\Delivery\Calendar, stdClass given
ValueError: ShopCx\Review\Invitation::dueAt(): Argument #2 ($calendar) has no working day in the ten years after the delivery
Error: Call to private ShopCx\Review\Verification::__construct() from global scope
ValueError: ShopCx\Review\Invitation::disclosure(): Argument #1 ($locale) must be one of "nl", "en", "de", "fr"
