--TEST--
Report errors: bad options, unknown questions, out-of-scale answers, NaN/INF, bad segments and times, merging other surveys; the empty report
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

function attempt(string $label, callable $fn): void {
    try {
        $fn();
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

attempt('bucket', fn() => new Report(Survey::nps(), ['bucket' => 'year']));
attempt('timezone', fn() => new Report(Survey::nps(), ['bucket' => 'day', 'timezone' => 'Mars/Olympus']));
attempt('timezone offset', fn() => new Report(Survey::nps(), ['timezone' => '+02:00']));
attempt('timezone type', fn() => new Report(Survey::nps(), ['timezone' => 1]));
attempt('option', fn() => new Report(Survey::nps(), ['buckets' => 'day']));

$r = new Report(Survey::effort());
attempt('unknown question', fn() => $r->add(['choosing' => 1, 'purchasing' => 1, 'after' => 1, 'delivery' => 2], 0));
attempt('numeric key', fn() => $r->add(['choosing' => 1, 'purchasing' => 1, 'after' => 1, 5 => 2], 0));
attempt('missing', fn() => $r->add(['choosing' => 1, 'after' => 1], 0));
attempt('null required', fn() => $r->add(['choosing' => 1, 'purchasing' => null, 'after' => 1], 0));
attempt('out of scale', fn() => $r->add(['choosing' => 4, 'purchasing' => 1, 'after' => 1], 0));
attempt('zero', fn() => $r->add(['choosing' => 0, 'purchasing' => 1, 'after' => 1], 0));
attempt('fraction', fn() => $r->add(['choosing' => 1.5, 'purchasing' => 1, 'after' => 1], 0));
attempt('NAN', fn() => $r->add(['choosing' => NAN, 'purchasing' => 1, 'after' => 1], 0));
attempt('INF', fn() => $r->add(['choosing' => 1, 'purchasing' => -INF, 'after' => 1], 0));
attempt('"INF" string', fn() => $r->add(['choosing' => 1, 'purchasing' => '1e999', 'after' => 1], 0));
attempt('text', fn() => $r->add(['choosing' => 'a bit', 'purchasing' => 1, 'after' => 1], 0));
attempt('array', fn() => $r->add(['choosing' => [1], 'purchasing' => 1, 'after' => 1], 0));
attempt('comment type', fn() => $r->add(['choosing' => 1, 'purchasing' => 1, 'after' => 1, 'comment' => 5], 0));
$ok = ['choosing' => 1, 'purchasing' => 1, 'after' => 1];
attempt('time', fn() => $r->add($ok, -1));
attempt('time 2100', fn() => $r->add($ok, 4102444800));
attempt('segment key', fn() => $r->add($ok, 0, ['chat']));
attempt('segment value', fn() => $r->add($ok, 0, ['channel' => 1.5]));
attempt('segment empty', fn() => $r->add($ok, 0, ['channel' => '']));
attempt('segment utf8', fn() => $r->add($ok, 0, ['channel' => "\xff"]));
attempt('segment long', fn() => $r->add($ok, 0, ['channel' => str_repeat('x', 129)]));
attempt('segment name', fn() => $r->add($ok, 0, [str_repeat('k', 65) => 'x']));
attempt('segments', fn() => $r->add($ok, 0, array_fill_keys(range('a', 'i'), 'x')));
// None of the failed calls counted anything
var_dump($r->count(), $r->result()->segments);

// The empty report is well defined: zero counts, null figures, no hotspot.
$e = (new Report(Survey::nps()))->result();
var_dump($e->responses, $e->hotspot, $e->questions['nps']['mean'], $e->questions['nps']['ci'], $e->questions['nps']['nps'],
    $e->questions['nps']['npsCi'], $e->questions['nps']['promoters'], array_sum($e->questions['nps']['distribution']));
$e = (new Report(Survey::effort()))->result();
var_dump($e->questions['choosing']['lowEffort'], $e->questions['choosing']['lowEffortCi'], $e->hotspot);

// Merging needs the same survey, buckets and zone
$nps = new Report(Survey::nps());
attempt('merge other survey', fn() => $nps->merge(new Report(Survey::csat())));
$custom = Survey::fromArray(['id' => 'nps', 'questions' => [['id' => 'nps', 'metric' => 'nps', 'text' => 'Recommend us?']]]);
attempt('merge same id, other questions', fn() => $nps->merge(new Report($custom)));
attempt('merge other bucket', fn() => $nps->merge(new Report(Survey::nps(), ['bucket' => 'day'])));
attempt('merge other zone', fn() => $nps->merge(new Report(Survey::nps(), ['timezone' => 'Europe/Paris'])));
attempt('merge itself', fn() => $nps->merge($nps));
attempt('clone', fn() => clone $nps);
attempt('serialize', fn() => serialize($nps));
attempt('construct twice', fn() => $nps->__construct(Survey::nps()));
?>
--EXPECT--
bucket: ValueError: ShopCx\Effort\Report::__construct(): Argument #2 ($options) option "bucket" must be "day", "week", "month" or null
timezone: ValueError: ShopCx\Effort\Report::__construct(): Argument #2 ($options) option "timezone" must be an IANA time zone id such as "Europe/Amsterdam"
timezone offset: ValueError: ShopCx\Effort\Report::__construct(): Argument #2 ($options) option "timezone" must be an IANA time zone id such as "Europe/Amsterdam"
timezone type: TypeError: ShopCx\Effort\Report::__construct(): Argument #2 ($options) option "timezone" must be of type string, int given
option: ValueError: ShopCx\Effort\Report::__construct(): Argument #2 ($options) contains unknown option "buckets"
unknown question: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) contains unknown question "delivery"
numeric key: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) contains unknown question 5
missing: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) must answer question "purchasing"
null required: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) must answer question "purchasing"
out of scale: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "choosing" must be an integer from 1 to 3
zero: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "choosing" must be an integer from 1 to 3
fraction: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "choosing" must be an integer from 1 to 3
NAN: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "choosing" must be a finite number
INF: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "purchasing" must be a finite number
"INF" string: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "purchasing" must be a finite number
text: ValueError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "choosing" must be an integer from 1 to 3
array: TypeError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "choosing" must be of type int|string, array given
comment type: TypeError: ShopCx\Effort\Report::add(): Argument #1 ($answers) answer to "comment" must be of type string, int given
time: ValueError: ShopCx\Effort\Report::add(): Argument #2 ($at) must be a time between 1970 and 2099
time 2100: ValueError: ShopCx\Effort\Report::add(): Argument #2 ($at) must be a time between 1970 and 2099
segment key: ValueError: ShopCx\Effort\Report::add(): Argument #3 ($segments) must be an array with string keys
segment value: TypeError: ShopCx\Effort\Report::add(): Argument #3 ($segments) segment "channel" must be of type string|int|null, float given
segment empty: ValueError: ShopCx\Effort\Report::add(): Argument #3 ($segments) segment "channel" must be 1 to 128 bytes of valid UTF-8
segment utf8: ValueError: ShopCx\Effort\Report::add(): Argument #3 ($segments) segment "channel" must be 1 to 128 bytes of valid UTF-8
segment long: ValueError: ShopCx\Effort\Report::add(): Argument #3 ($segments) segment "channel" must be 1 to 128 bytes of valid UTF-8
segment name: ValueError: ShopCx\Effort\Report::add(): Argument #3 ($segments) must have segment names of 1 to 64 bytes of valid UTF-8
segments: ValueError: ShopCx\Effort\Report::add(): Argument #3 ($segments) must not hold more than 8 segments
int(0)
array(0) {
}
int(0)
NULL
NULL
NULL
NULL
NULL
NULL
int(0)
NULL
NULL
NULL
merge other survey: ValueError: ShopCx\Effort\Report::merge(): Argument #1 ($other) must be a report of survey "nps", a report of "csat" given
merge same id, other questions: ValueError: ShopCx\Effort\Report::merge(): Argument #1 ($other) must be a report of the same definition of survey "nps" (its questions differ)
merge other bucket: ValueError: ShopCx\Effort\Report::merge(): Argument #1 ($other) must use the same time buckets and time zone
merge other zone: ValueError: ShopCx\Effort\Report::merge(): Argument #1 ($other) must use the same time buckets and time zone
merge itself: Error: Cannot merge a ShopCx\Effort\Report into itself
clone: Error: Trying to clone an uncloneable object of class ShopCx\Effort\Report
serialize: Exception: Serialization of 'ShopCx\Effort\Report' is not allowed
construct twice: Error: Cannot call ShopCx\Effort\Report::__construct() twice
