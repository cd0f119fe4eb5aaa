--TEST--
Policy::decide() suppressions: opt-out, consent, open ticket, recent complaint, low effort, low rating
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/helpers.inc';
use ShopCx\Outreach\Policy;

$p = new Policy([
    'timezone' => SHOP_TZ,
    'cooldowns' => ['review' => 30 * 86400],
    'complaintWithin' => 14 * 86400,
    'lowEffort' => ['below' => 3, 'within' => 7 * 86400],
    'lowRating' => ['below' => 3, 'within' => 30 * 86400],
]);
$now = at('2026-06-10 12:00');
show('opted out', $p->decide('survey', [], $now, ['optedOut' => true]));
show('cart without consent', $p->decide('cart', [], $now));
show('cart, consent false', $p->decide('cart', [], $now, ['consent' => false]));
show('cart with consent', $p->decide('cart', [], $now, ['consent' => true]));
show('survey needs no consent', $p->decide('survey', [], $now, ['consent' => false]));
show('open ticket', $p->decide('review', [], $now, ['openTicket' => true]));
show('ticket closed', $p->decide('review', [], $now, ['openTicket' => false]));
// A hard block and a timed one together: no moment is known, both are named.
show('opted out + cooldown', $p->decide('review', [['kind' => 'review', 'at' => $now - 60]], $now, ['optedOut' => true]));

$c = at('2026-06-01 09:30');
show('complaint day 13', $p->decide('review', [], at('2026-06-15 09:29:59'), ['complaintAt' => $c]));
show('complaint day 14', $p->decide('review', [], at('2026-06-15 09:30:00'), ['complaintAt' => $c]));
show('complaint after now', $p->decide('review', [], at('2026-05-31 09:30:00'), ['complaintAt' => $c]));
show('effort 2 (low)', $p->decide('survey', [], at('2026-06-08 09:29:59'), ['effortScore' => 2, 'effortAt' => $c]));
show('effort 2, 7 days on', $p->decide('survey', [], at('2026-06-08 09:30:00'), ['effortScore' => 2, 'effortAt' => $c]));
show('effort 3 (not below 3)', $p->decide('survey', [], $c, ['effortScore' => 3, 'effortAt' => $c]));
show('rating 1', $p->decide('review', [], at('2026-07-01 09:29:59'), ['rating' => 1, 'ratingAt' => $c]));
show('rating 1, 30 days on', $p->decide('review', [], at('2026-07-01 09:30:00'), ['rating' => 1, 'ratingAt' => new DateTimeImmutable('2026-06-01 09:30', new DateTimeZone(SHOP_TZ))]));
show('rating 4', $p->decide('review', [], $c, ['rating' => 4, 'ratingAt' => $c]));
// Several timed suppressions: the latest end counts, the first in order is the reason.
show('complaint + rating + cooldown', $p->decide('review', [['kind' => 'review', 'at' => at('2026-05-20 08:00')]], at('2026-06-02 12:00'),
    ['complaintAt' => $c, 'rating' => 2, 'ratingAt' => at('2026-05-25 18:00')]));
// null means "no such event".
show('nulls', $p->decide('review', [], $now, ['complaintAt' => null, 'rating' => null, 'ratingAt' => null, 'optedOut' => null]));

// A policy without thresholds ignores those events; consentRequired can name any known kinds.
$q = new Policy(['consentRequired' => ['review', 'survey']]);
show('no thresholds', $q->decide('cart', [], $now, ['complaintAt' => $c, 'rating' => 1, 'ratingAt' => $c]));
show('review needs consent', $q->decide('review', [], $now));
?>
--EXPECT--
opted out                    blocked never                       opted_out [opted_out]
cart without consent         blocked never                       no_consent [no_consent]
cart, consent false          blocked never                       no_consent [no_consent]
cart with consent            allowed 2026-06-10 12:00:00 CEST    allowed []
survey needs no consent      allowed 2026-06-10 12:00:00 CEST    allowed []
open ticket                  blocked never                       open_ticket [open_ticket]
ticket closed                allowed 2026-06-10 12:00:00 CEST    allowed []
opted out + cooldown         blocked never                       opted_out [opted_out,cooldown]
complaint day 13             blocked 2026-06-15 09:30:00 CEST    complaint [complaint]
complaint day 14             allowed 2026-06-15 09:30:00 CEST    allowed []
complaint after now          allowed 2026-05-31 09:30:00 CEST    allowed []
effort 2 (low)               blocked 2026-06-08 09:30:00 CEST    low_effort [low_effort]
effort 2, 7 days on          allowed 2026-06-08 09:30:00 CEST    allowed []
effort 3 (not below 3)       allowed 2026-06-01 09:30:00 CEST    allowed []
rating 1                     blocked 2026-07-01 09:30:00 CEST    low_rating [low_rating]
rating 1, 30 days on         allowed 2026-07-01 09:30:00 CEST    allowed []
rating 4                     allowed 2026-06-01 09:30:00 CEST    allowed []
complaint + rating + cooldown blocked 2026-06-24 18:00:00 CEST    complaint [complaint,low_rating,cooldown]
nulls                        allowed 2026-06-10 12:00:00 CEST    allowed []
no thresholds                allowed 2026-06-10 12:00:00 CEST    allowed []
review needs consent         blocked never                       no_consent [no_consent]
