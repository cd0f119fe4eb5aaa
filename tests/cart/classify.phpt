--TEST--
Detector::classify(): every state and the boundary second of each transition
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$d = new Detector();   // idle 1 h, reminders 1 h / 24 h / 72 h, expiry 7 days, UTC, no quiet hours
$U = 1767225600;       // 2026-01-01T00:00:00Z, the cart's last activity
$cart = ['id' => 'c-1', 'customer' => 7, 'email' => 'ann@example.nl', 'items' => 2, 'value' => 30,
    'currency' => 'EUR', 'created_at' => $U - 600, 'updated_at' => $U, 'status' => 'open'];

function show(string $label, ShopCx\Cart\Decision $dec, int $U): void {
    printf("%-34s %-9s step=%-4s due=%-8s reason=%s\n", $label, $dec->state, $dec->step ?? '-',
        $dec->dueAt === null ? '-' : 'U+' . ($dec->dueAt - $U), $dec->reason ?? '-');
}

show('U+3599 (idle not reached)', $d->classify($cart, $U + 3599), $U);
show('U+3600 (abandoned, step 1)', $d->classify($cart, $U + 3600), $U);
show('U+86399 (step 1 still unsent)', $d->classify($cart, $U + 86399), $U);

$sent1 = ['reminders' => [$U + 3600]] + $cart;
show('step 1 sent, U+3600', $d->classify($sent1, $U + 3600), $U);
show('step 1 sent, U+86399', $d->classify($sent1, $U + 86399), $U);
show('step 1 sent, U+86400', $d->classify($sent1, $U + 86400), $U);

// Step 1 went out 100 s late: step 2 keeps the sequence's 23 h spacing from it.
$late = ['reminders' => [$U + 3700]] + $cart;
show('step 1 sent late, U+86499', $d->classify($late, $U + 86499), $U);
show('step 1 sent late, U+86500', $d->classify($late, $U + 86500), $U);

$sent2 = ['reminders' => [$U + 3600, $U + 86400]] + $cart;
show('steps 1-2 sent, U+259199', $d->classify($sent2, $U + 259199), $U);
show('steps 1-2 sent, U+259200', $d->classify($sent2, $U + 259200), $U);
show('steps 1-2 sent, U+604799', $d->classify($sent2, $U + 604799), $U);
show('steps 1-2 sent, U+604800', $d->classify($sent2, $U + 604800), $U);
$sent3 = ['reminders' => [$U + 3600, $U + 86400, $U + 259200]] + $cart;
show('all 3 sent, U+259200', $d->classify($sent3, $U + 259200), $U);

// The customer came back after reminder 1 (updated_at moves on): active again, then step 2.
$back = ['updated_at' => $U + 7200, 'reminders' => [$U + 3600]] + $cart;
show('back at U+7200, now U+10799', $d->classify($back, $U + 10799), $U);
show('back at U+7200, now U+10800', $d->classify($back, $U + 10800), $U);
show('back at U+7200, now U+93600', $d->classify($back, $U + 93600), $U);

// Orders: converted (no reminder before the order) vs recovered (a reminder or a recovery click first).
show('ordered, no reminder', $d->classify(['status' => 'ordered', 'ordered_at' => $U + 100] + $cart, $U + 9000), $U);
show('ordered before reminder 1', $d->classify(['status' => 'ordered', 'ordered_at' => $U + 3000, 'reminders' => [$U + 3600]] + $cart, $U + 9000), $U);
show('ordered after reminder 1', $d->classify(['status' => 'ordered', 'ordered_at' => $U + 4000, 'reminders' => [$U + 3600, $U + 86400]] + $cart, $U + 90000), $U);
show('ordered, no ordered_at', $d->classify(['status' => 'ordered', 'reminders' => [$U + 3600, $U + 86400]] + $cart, $U + 90000), $U);
show('ordered via the step-2 link', $d->classify(['status' => 'ordered', 'recovered_step' => 2, 'reminders' => [$U + 3600, $U + 86400]] + $cart, $U + 90000), $U);

// Time as a DateTimeInterface, and a row as a database returns it (all strings).
show('DateTimeImmutable now', $d->classify($cart, new DateTimeImmutable('2026-01-01T01:00:00Z')), $U);
$db = ['id' => 'c-1', 'customer' => '7', 'email' => 'ann@example.nl', 'consent' => '1', 'opted_out' => '0',
    'items' => '2', 'value' => '30.00', 'created_at' => (string) ($U - 600), 'updated_at' => (string) $U,
    'status' => 'open', 'has_order' => 0, 'open_ticket' => null, 'ordered_at' => null, 'reminders' => ["$U" + 3600]];
show('database row (strings)', $d->classify($db, $U + 86400), $U);
show('int id', $d->classify(['id' => 17] + $cart, $U + 3600), $U);
var_dump($d->classify(['id' => 17] + $cart, $U + 3600)->cartId);

// Other sequences, including a one-step one.
$d2 = new Detector(['idle' => 1800, 'reminders' => [1800, 7200], 'expiry' => 86400]);
show('idle 30 min, U+1799', $d2->classify($cart, $U + 1799), $U);
show('idle 30 min, U+1800', $d2->classify($cart, $U + 1800), $U);
show('expiry 1 day, U+86400', $d2->classify(['reminders' => [$U + 1800]] + $cart, $U + 86400), $U);
$d3 = new Detector(['reminders' => [7200], 'expiry' => 86400]);
show('idle 1 h, first reminder at 2 h', $d3->classify($cart, $U + 3600), $U);
show('one step, sent', $d3->classify(['reminders' => [$U + 7200]] + $cart, $U + 7300), $U);
?>
--EXPECT--
U+3599 (idle not reached)          active    step=-    due=-        reason=-
U+3600 (abandoned, step 1)         due       step=1    due=U+3600   reason=-
U+86399 (step 1 still unsent)      due       step=1    due=U+3600   reason=-
step 1 sent, U+3600                waiting   step=2    due=U+86400  reason=-
step 1 sent, U+86399               waiting   step=2    due=U+86400  reason=-
step 1 sent, U+86400               due       step=2    due=U+86400  reason=-
step 1 sent late, U+86499          waiting   step=2    due=U+86500  reason=-
step 1 sent late, U+86500          due       step=2    due=U+86500  reason=-
steps 1-2 sent, U+259199           waiting   step=3    due=U+259200 reason=-
steps 1-2 sent, U+259200           due       step=3    due=U+259200 reason=-
steps 1-2 sent, U+604799           due       step=3    due=U+259200 reason=-
steps 1-2 sent, U+604800           ignored   step=-    due=-        reason=expired
all 3 sent, U+259200               ignored   step=-    due=-        reason=sequence_done
back at U+7200, now U+10799        active    step=-    due=-        reason=-
back at U+7200, now U+10800        waiting   step=2    due=U+93600  reason=-
back at U+7200, now U+93600        due       step=2    due=U+93600  reason=-
ordered, no reminder               converted step=-    due=-        reason=-
ordered before reminder 1          converted step=-    due=-        reason=-
ordered after reminder 1           recovered step=1    due=-        reason=-
ordered, no ordered_at             recovered step=2    due=-        reason=-
ordered via the step-2 link        recovered step=2    due=-        reason=-
DateTimeImmutable now              due       step=1    due=U+3600   reason=-
database row (strings)             due       step=2    due=U+86400  reason=-
int id                             due       step=1    due=U+3600   reason=-
int(17)
idle 30 min, U+1799                active    step=-    due=-        reason=-
idle 30 min, U+1800                due       step=1    due=U+1800   reason=-
expiry 1 day, U+86400              ignored   step=-    due=-        reason=expired
idle 1 h, first reminder at 2 h    waiting   step=1    due=U+7200   reason=-
one step, sent                     ignored   step=-    due=-        reason=sequence_done
