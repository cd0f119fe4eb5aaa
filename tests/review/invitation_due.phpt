--TEST--
Invitation::dueAt(): N working days of a Delivery\Calendar after delivery; suppressed orders
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Review\Invitation;
use ShopCx\Delivery\Calendar;
$nl = Calendar::country('NL');
$fmt = fn(?int $t) => $t === null ? 'null' : (new DateTimeImmutable('@' . $t))->setTimezone(new DateTimeZone('Europe/Amsterdam'))->format('D Y-m-d H:i');
$at = fn(string $local) => (new DateTimeImmutable($local, new DateTimeZone('Europe/Amsterdam')))->getTimestamp();

// Delivered Friday 19 Dec 2025: 5 working days skip the weekend and Christmas (25, 26 Dec).
echo $fmt(Invitation::dueAt(['status' => 'completed', 'deliveredAt' => $at('2025-12-19 15:00')], $nl, 5)), "\n";
// Delivered Saturday 26 April 2025 (King's Day): 1 working day is Monday 28 April.
echo $fmt(Invitation::dueAt(['status' => 'completed', 'deliveredAt' => $at('2025-04-26 12:00')], $nl, 1)), "\n";
// Delivered late on Thursday 23:30 local (22:30 UTC): the local date counts, not the UTC one.
echo $fmt(Invitation::dueAt(['status' => 'shipped', 'deliveredAt' => $at('2025-03-27 23:30')], $nl, 1, ['hour' => 9])), "\n";
// Across the DST change (Sunday 30 March 2025): 10:00 local either way.
echo $fmt(Invitation::dueAt(['status' => 'completed', 'deliveredAt' => $at('2025-03-28 10:00')], $nl, 1)), "\n";
// Another time zone and a DateTimeInterface delivery time
echo (new DateTimeImmutable('@' . Invitation::dueAt(['status' => 'complete', 'deliveredAt' => new DateTimeImmutable('2025-07-04 18:00', new DateTimeZone('America/New_York'))],
    Calendar::country('US'), 1, ['timezone' => 'America/New_York', 'hour' => 8])))->setTimezone(new DateTimeZone('America/New_York'))->format('D Y-m-d H:i'), "\n";
// Closed dates added by the merchant count as non-working days
echo $fmt(Invitation::dueAt(['status' => 'completed', 'deliveredAt' => $at('2025-06-02 10:00')],
    Calendar::country('NL', ['closed' => ['2025-06-03', '2025-06-04']]), 2)), "\n";

foreach (['cancelled', 'canceled', 'refunded', 'failed', 'returned', 'closed'] as $status) {
    echo $status, ': ', $fmt(Invitation::dueAt(['status' => $status, 'deliveredAt' => $at('2025-06-02 10:00')], $nl)), "\n";
}
echo 'not delivered: ', $fmt(Invitation::dueAt(['status' => 'processing', 'deliveredAt' => null], $nl)), "\n";
echo 'no key: ', $fmt(Invitation::dueAt(['status' => 'processing'], $nl)), "\n";
?>
--EXPECT--
Tue 2025-12-30 10:00
Mon 2025-04-28 10:00
Fri 2025-03-28 09:00
Mon 2025-03-31 10:00
Mon 2025-07-07 08:00
Fri 2025-06-06 10:00
cancelled: null
canceled: null
refunded: null
failed: null
returned: null
closed: null
not delivered: null
no key: null
