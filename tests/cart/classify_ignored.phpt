--TEST--
Detector::classify(): why a cart is ignored (consent, opt-out, minimum, expiry, orders elsewhere, tickets) and in which order
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$U = 1767225600;
$now = $U + 3600;
$base = ['id' => 'c-9', 'customer' => 7, 'email' => 'ann@example.nl', 'items' => 2, 'value' => 25,
    'created_at' => $U, 'updated_at' => $U];
$strict = new Detector(['minValue' => 25]);                                       // guests need consent
$lenient = new Detector(['minValue' => 25.5, 'consentRequired' => false]);

$cases = [
    'customer, consent unknown' => [$strict, []],
    'customer, consent false' => [$strict, ['consent' => false]],
    'guest, consent unknown' => [$strict, ['customer' => null]],
    'guest (customer 0), consent "0"' => [$strict, ['customer' => 0, 'consent' => '0']],
    'guest, consent true' => [$strict, ['customer' => null, 'consent' => true]],
    'guest, consent unknown, not required' => [$lenient, ['customer' => '', 'value' => 26]],
    'opted out' => [$strict, ['opted_out' => true]],
    'no e-mail' => [$strict, ['email' => '']],
    'e-mail null' => [$strict, ['email' => null]],
    'no items (0)' => [$strict, ['items' => 0]],
    'no items ([])' => [$strict, ['items' => []]],
    'items as a list' => [$strict, ['items' => [['sku' => 'A'], ['sku' => 'B']]]],
    'value 25 = minimum' => [$strict, []],
    'value 24.99 < minimum' => [$strict, ['value' => 24.99]],
    'value 25 < minimum 25.5' => [$lenient, []],
    'open ticket' => [$strict, ['open_ticket' => true]],
    'ordered elsewhere' => [$strict, ['has_order' => true]],
    'ordered elsewhere, still active' => [$strict, ['has_order' => true, 'updated_at' => $now - 10]],
    'closed by the shop' => [$strict, ['status' => 'closed']],
    'expired (7 days)' => [$strict, ['created_at' => $now - 604800, 'updated_at' => $now - 604800]],
    // Precedence: an order wins over everything, then closed, ordered elsewhere, empty, active,
    // opt-out, consent, e-mail, minimum, ticket, expiry, finished sequence.
    'ordered + opted out' => [$strict, ['status' => 'ordered', 'opted_out' => true]],
    'opted out + no consent' => [$strict, ['opted_out' => true, 'consent' => false]],
    'no consent + below minimum' => [$strict, ['consent' => false, 'value' => 1]],
    'below minimum + open ticket' => [$strict, ['value' => 1, 'open_ticket' => true]],
    'open ticket + expired' => [$strict, ['open_ticket' => true, 'updated_at' => $now - 604800, 'created_at' => $now - 604800]],
    'empty + active' => [$strict, ['items' => 0, 'updated_at' => $now]],
    'opted out but active' => [$strict, ['opted_out' => true, 'updated_at' => $now]],
];
foreach ($cases as $label => [$detector, $changes]) {
    $dec = $detector->classify($changes + $base, $now);
    printf("%-38s %s%s\n", $label, $dec->state, $dec->reason ? " ({$dec->reason})" : ($dec->step ? " step {$dec->step}" : ''));
}
?>
--EXPECT--
customer, consent unknown              due step 1
customer, consent false                ignored (no_consent)
guest, consent unknown                 ignored (no_consent)
guest (customer 0), consent "0"        ignored (no_consent)
guest, consent true                    due step 1
guest, consent unknown, not required   due step 1
opted out                              ignored (opted_out)
no e-mail                              ignored (no_email)
e-mail null                            ignored (no_email)
no items (0)                           ignored (empty)
no items ([])                          ignored (empty)
items as a list                        due step 1
value 25 = minimum                     due step 1
value 24.99 < minimum                  ignored (below_minimum)
value 25 < minimum 25.5                ignored (below_minimum)
open ticket                            ignored (open_ticket)
ordered elsewhere                      ignored (ordered_elsewhere)
ordered elsewhere, still active        ignored (ordered_elsewhere)
closed by the shop                     ignored (closed)
expired (7 days)                       ignored (expired)
ordered + opted out                    converted
opted out + no consent                 ignored (opted_out)
no consent + below minimum             ignored (no_consent)
below minimum + open ticket            ignored (below_minimum)
open ticket + expired                  ignored (open_ticket)
empty + active                         ignored (empty)
opted out but active                   active
