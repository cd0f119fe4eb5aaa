--TEST--
Argument errors of Survey, Report and Kpi are php-src style TypeError/ArgumentCountError/ValueError
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report, Kpi};

function attempt(callable $fn): void {
    try {
        $fn();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$s = Survey::nps();
$r = new Report($s);
attempt(fn() => Survey::nps(1));
attempt(fn() => Survey::fromArray('{}'));
attempt(fn() => Survey::fromJson([]));
attempt(fn() => $s->validate('nps=7'));
attempt(fn() => $s->questions('es'));
attempt(fn() => $s->questions([]));
attempt(fn() => $s->toArray(1));
attempt(fn() => new Report('nps'));
attempt(fn() => new Report($s, 'day'));
attempt(fn() => $r->add(['nps' => 7]));
attempt(fn() => $r->add(['nps' => 7], '2026-01-01'));
attempt(fn() => $r->add(['nps' => 7], new stdClass()));
attempt(fn() => $r->add(['nps' => 7], 0, 'chat'));
attempt(fn() => $r->merge($s));
attempt(fn() => $r->count(1));
attempt(fn() => $r->result(true));
attempt(fn() => Report::fromString('{}', $s));
attempt(fn() => Kpi::fromInteractions('[]'));
attempt(fn() => Kpi::fromInteractions([], 5));
attempt(fn() => Kpi::badge([], 'now'));
attempt(fn() => Kpi::badge([]));
// DateTimeInterface works wherever a time is taken
$r->add(['nps' => 9], new DateTimeImmutable('2026-01-01 10:00', new DateTimeZone('Europe/Amsterdam')));
var_dump($r->count());
?>
--EXPECT--
ArgumentCountError: ShopCx\Effort\Survey::nps() expects exactly 0 arguments, 1 given
TypeError: ShopCx\Effort\Survey::fromArray(): Argument #1 ($definition) must be of type array, string given
TypeError: ShopCx\Effort\Survey::fromJson(): Argument #1 ($json) must be of type string, array given
TypeError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) must be of type array, string given
ValueError: ShopCx\Effort\Survey::questions(): Argument #1 ($locale) must be one of "nl", "en", "de", "fr" (optionally with a region)
TypeError: ShopCx\Effort\Survey::questions(): Argument #1 ($locale) must be of type ?string, array given
ArgumentCountError: ShopCx\Effort\Survey::toArray() expects exactly 0 arguments, 1 given
TypeError: ShopCx\Effort\Report::__construct(): Argument #1 ($survey) must be of type ShopCx\Effort\Survey, string given
TypeError: ShopCx\Effort\Report::__construct(): Argument #2 ($options) must be of type array, string given
ArgumentCountError: ShopCx\Effort\Report::add() expects at least 2 arguments, 1 given
TypeError: ShopCx\Effort\Report::add(): Argument #2 ($at) must be of type DateTimeInterface|int, string given
TypeError: ShopCx\Effort\Report::add(): Argument #2 ($at) must be of type DateTimeInterface|int, stdClass given
TypeError: ShopCx\Effort\Report::add(): Argument #3 ($segments) must be of type array, string given
TypeError: ShopCx\Effort\Report::merge(): Argument #1 ($other) must be of type ShopCx\Effort\Report, ShopCx\Effort\Survey given
ArgumentCountError: ShopCx\Effort\Report::count() expects exactly 0 arguments, 1 given
ArgumentCountError: ShopCx\Effort\Report::result() expects exactly 0 arguments, 1 given
TypeError: ShopCx\Effort\Report::fromString(): Argument #1 ($survey) must be of type ShopCx\Effort\Survey, string given
TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #1 ($interactions) must be of type array, string given
TypeError: ShopCx\Effort\Kpi::fromInteractions(): Argument #2 ($options) must be of type array, int given
TypeError: ShopCx\Effort\Kpi::badge(): Argument #2 ($now) must be of type DateTimeInterface|int, string given
ArgumentCountError: ShopCx\Effort\Kpi::badge() expects at least 2 arguments, 1 given
int(1)
