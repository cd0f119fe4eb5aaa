--TEST--
Policy::decide() "gap": a message waits after one of another kind; a sequence of one kind keeps its pace
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/helpers.inc';
use ShopCx\Outreach\Policy;

$p = new Policy(['timezone' => SHOP_TZ, 'gap' => 2 * 86400, 'cooldowns' => ['survey' => 90 * 86400]]);
$review = ['kind' => 'review', 'at' => at('2026-03-02 10:00')];

show('survey a day after review', $p->decide('survey', [$review], at('2026-03-03 10:00')));
show('survey 1s before the gap', $p->decide('survey', [$review], at('2026-03-04 09:59:59')));
show('survey at the gap', $p->decide('survey', [$review], at('2026-03-04 10:00:00')));
// The same kind is not held by the gap: reminders 1 h and 24 h after a cart was left.
$cart = [['kind' => 'cart', 'at' => at('2026-03-02 11:00')]];
show('2nd cart reminder', $p->decide('cart', $cart, at('2026-03-03 10:00'), ['consent' => true]));
// Kinds the policy does not know (another tool's SMS) count as another kind.
show('survey after an sms', $p->decide('survey', [['kind' => 'sms', 'at' => at('2026-03-02 10:00')]], at('2026-03-02 12:00')));
// The latest message of another kind counts; the gap and a cool-down combine to the later moment.
$h = [$review, ['kind' => 'cart', 'at' => at('2026-03-05 08:00')], ['kind' => 'survey', 'at' => at('2026-01-10 10:00')]];
show('gap and cool-down', $p->decide('survey', $h, at('2026-03-05 09:00')));
show('after both', $p->decide('survey', $h, at('2026-04-10 11:00')));
var_dump((new Policy())->toArray()['gap'], $p->toArray()['gap']);
foreach ([-1, '1d', 400 * 86400 * 100] as $bad) {
    try {
        new Policy(['gap' => $bad]);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
survey a day after review    blocked 2026-03-04 10:00:00 CET     gap [gap]
survey 1s before the gap     blocked 2026-03-04 10:00:00 CET     gap [gap]
survey at the gap            allowed 2026-03-04 10:00:00 CET     allowed []
2nd cart reminder            allowed 2026-03-03 10:00:00 CET     allowed []
survey after an sms          blocked 2026-03-04 10:00:00 CET     gap [gap]
gap and cool-down            blocked 2026-04-10 11:00:00 CEST    cooldown [cooldown,gap]
after both                   allowed 2026-04-10 11:00:00 CEST    allowed []
int(0)
int(172800)
%s option "gap" must be a number of seconds between 0 and %d
%s option "gap" must be a number of seconds between 0 and %d
%s option "gap" must be a number of seconds between 0 and %d
