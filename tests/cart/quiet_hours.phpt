--TEST--
Detector quiet hours in the shop's time zone: reminders due at night wait for the morning, also across DST in Europe/Amsterdam
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$ams = new DateTimeZone('Europe/Amsterdam');
function at(string $local): int {
    return (new DateTimeImmutable($local, new DateTimeZone('Europe/Amsterdam')))->getTimestamp();
}
function show(string $label, ShopCx\Cart\Decision $dec): void {
    $due = $dec->dueAt === null ? '-' : (new DateTimeImmutable('@' . $dec->dueAt))->setTimezone(new DateTimeZone('Europe/Amsterdam'))->format('D Y-m-d H:i:s T')
        . ' = ' . gmdate('H:i:s', $dec->dueAt) . ' UTC';
    printf("%-40s %-8s %s\n", $label, $dec->state, $due);
}
// Step 1 is due one hour after the last activity.
function cart(int $updated, array $reminders = []): array {
    return ['id' => 'q', 'customer' => 1, 'email' => 'q@example.nl', 'items' => 1, 'value' => 10,
        'updated_at' => $updated, 'reminders' => $reminders];
}

$night = new Detector(['quietHours' => ['21:00', '08:00'], 'timezone' => 'Europe/Amsterdam']);

echo "-- boundaries (winter, CET)\n";
show('due 20:59:59, now then', $night->classify(cart(at('2026-01-15 19:59:59')), at('2026-01-15 20:59:59')));
show('due 21:00:00, now then', $night->classify(cart(at('2026-01-15 20:00:00')), at('2026-01-15 21:00:00')));
show('due 21:00:00, now 07:59:59', $night->classify(cart(at('2026-01-15 20:00:00')), at('2026-01-16 07:59:59')));
show('due 21:00:00, now 08:00:00', $night->classify(cart(at('2026-01-15 20:00:00')), at('2026-01-16 08:00:00')));
show('due 03:00 (after midnight)', $night->classify(cart(at('2026-01-16 02:00:00')), at('2026-01-16 03:00:00')));
show('due 08:00:00 exactly', $night->classify(cart(at('2026-01-16 07:00:00')), at('2026-01-16 08:00:00')));
show('due 15:00, cron down until 23:00', $night->classify(cart(at('2026-01-15 14:00:00')), at('2026-01-15 23:00:00')));
show('due 15:00, cron back at 09:00', $night->classify(cart(at('2026-01-15 14:00:00')), at('2026-01-16 09:00:00')));

echo "-- spring forward (2026-03-29 02:00 CET -> 03:00 CEST)\n";
show('due Sat 22:30 CET', $night->classify(cart(at('2026-03-28 21:30:00')), at('2026-03-28 22:30:00')));
show('the week before', $night->classify(cart(at('2026-03-21 21:30:00')), at('2026-03-21 22:30:00')));
show('now Sun 07:59:59 CEST', $night->classify(cart(at('2026-03-28 21:30:00')), at('2026-03-29 07:59:59')));
show('now Sun 08:00:00 CEST', $night->classify(cart(at('2026-03-28 21:30:00')), at('2026-03-29 08:00:00')));

echo "-- fall back (2026-10-25 03:00 CEST -> 02:00 CET)\n";
show('due Sat 22:00 CEST', $night->classify(cart(at('2026-10-24 21:00:00')), at('2026-10-24 22:00:00')));
show('the week after', $night->classify(cart(at('2026-10-31 21:00:00')), at('2026-10-31 22:00:00')));
show('now Sun 07:59:59 CET', $night->classify(cart(at('2026-10-24 21:00:00')), at('2026-10-25 07:59:59')));

echo "-- quiet period ending inside the DST gap / the repeated hour\n";
$early = new Detector(['quietHours' => ['01:00', '02:30'], 'timezone' => 'Europe/Amsterdam']);
// 02:30 does not exist on 2026-03-29: the quiet period ends at 03:30 CEST, as PHP would move it.
show('due 01:30 CET, spring day', $early->classify(cart(at('2026-03-29 00:30:00')), at('2026-03-29 01:30:00')));
// 02:30 happens twice on 2026-10-25: the first one (CEST) ends it.
show('due 01:15 CEST, autumn day', $early->classify(cart(at('2026-10-25 00:15:00')), at('2026-10-25 01:15:00')));

echo "-- a daytime quiet period, and the step-2 spacing with it\n";
$lunch = new Detector(['quietHours' => ['12:00', '13:30'], 'timezone' => 'Europe/Amsterdam']);
show('due 12:45', $lunch->classify(cart(at('2026-06-01 11:45:00')), at('2026-06-01 12:45:00')));
show('due 11:59:59', $lunch->classify(cart(at('2026-06-01 10:59:59')), at('2026-06-01 11:59:59')));
show('step 2 due 12:30 (23 h after step 1)', $lunch->classify(cart(at('2026-06-01 12:00:00'), [at('2026-06-01 13:30:00')]), at('2026-06-02 12:10:00')));
show('step 2 at 13:30 next day', $lunch->classify(cart(at('2026-06-01 12:00:00'), [at('2026-06-01 13:30:00')]), at('2026-06-02 13:30:00')));

echo "-- UTC shop: quiet hours in UTC\n";
$utc = new Detector(['quietHours' => ['22:00', '06:00']]);
$U = 1767225600;   // 2026-01-01T00:00:00Z
show('due 23:00 UTC', $utc->classify(cart($U + 79200), $U + 82800));
show('due 05:59:59 UTC', $utc->classify(cart($U + 79200 + 25199), $U + 79200 + 28799));
show('due 06:00 UTC', $utc->classify(cart($U + 79200 + 25200), $U + 79200 + 28800));
?>
--EXPECT--
-- boundaries (winter, CET)
due 20:59:59, now then                   due      Thu 2026-01-15 20:59:59 CET = 19:59:59 UTC
due 21:00:00, now then                   waiting  Fri 2026-01-16 08:00:00 CET = 07:00:00 UTC
due 21:00:00, now 07:59:59               waiting  Fri 2026-01-16 08:00:00 CET = 07:00:00 UTC
due 21:00:00, now 08:00:00               due      Fri 2026-01-16 08:00:00 CET = 07:00:00 UTC
due 03:00 (after midnight)               waiting  Fri 2026-01-16 08:00:00 CET = 07:00:00 UTC
due 08:00:00 exactly                     due      Fri 2026-01-16 08:00:00 CET = 07:00:00 UTC
due 15:00, cron down until 23:00         waiting  Fri 2026-01-16 08:00:00 CET = 07:00:00 UTC
due 15:00, cron back at 09:00            due      Thu 2026-01-15 15:00:00 CET = 14:00:00 UTC
-- spring forward (2026-03-29 02:00 CET -> 03:00 CEST)
due Sat 22:30 CET                        waiting  Sun 2026-03-29 08:00:00 CEST = 06:00:00 UTC
the week before                          waiting  Sun 2026-03-22 08:00:00 CET = 07:00:00 UTC
now Sun 07:59:59 CEST                    waiting  Sun 2026-03-29 08:00:00 CEST = 06:00:00 UTC
now Sun 08:00:00 CEST                    due      Sun 2026-03-29 08:00:00 CEST = 06:00:00 UTC
-- fall back (2026-10-25 03:00 CEST -> 02:00 CET)
due Sat 22:00 CEST                       waiting  Sun 2026-10-25 08:00:00 CET = 07:00:00 UTC
the week after                           waiting  Sun 2026-11-01 08:00:00 CET = 07:00:00 UTC
now Sun 07:59:59 CET                     waiting  Sun 2026-10-25 08:00:00 CET = 07:00:00 UTC
-- quiet period ending inside the DST gap / the repeated hour
due 01:30 CET, spring day                waiting  Sun 2026-03-29 03:30:00 CEST = 01:30:00 UTC
due 01:15 CEST, autumn day               waiting  Sun 2026-10-25 02:30:00 CEST = 00:30:00 UTC
-- a daytime quiet period, and the step-2 spacing with it
due 12:45                                waiting  Mon 2026-06-01 13:30:00 CEST = 11:30:00 UTC
due 11:59:59                             due      Mon 2026-06-01 11:59:59 CEST = 09:59:59 UTC
step 2 due 12:30 (23 h after step 1)     waiting  Tue 2026-06-02 13:30:00 CEST = 11:30:00 UTC
step 2 at 13:30 next day                 due      Tue 2026-06-02 13:30:00 CEST = 11:30:00 UTC
-- UTC shop: quiet hours in UTC
due 23:00 UTC                            waiting  Fri 2026-01-02 07:00:00 CET = 06:00:00 UTC
due 05:59:59 UTC                         waiting  Fri 2026-01-02 07:00:00 CET = 06:00:00 UTC
due 06:00 UTC                            due      Fri 2026-01-02 07:00:00 CET = 06:00:00 UTC
