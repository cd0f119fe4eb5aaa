<?php
/**
 * Stock and delivery benchmark: ShopCx\Stock\Indicator::describe() and
 * ShopCx\Delivery\Estimator::estimate() against idiomatic PHP doing the same job: a readonly value
 * object with strtr() templates, and DateTimeImmutable in the warehouse zone with a holiday table
 * (a 'Y-m-d' => true array built once, as a shop would cache it).
 *   bash tests/bench/run.sh stock_delivery
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';

use ShopCxBench\Bench;
use ShopCx\Delivery\{Calendar, Estimator};
use ShopCx\Stock\Indicator;

final class RefStatus
{
    public function __construct(
        public readonly string $level,
        public readonly ?int $quantity,
        public readonly string $label,
        public readonly ?string $availableOn,
        public readonly bool $urgent,
    ) {}
}

/** The stock line a theme would write: the same levels, thresholds and Dutch texts. */
final class RefIndicator
{
    private const DAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
    private const MONTHS = [1 => 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

    public function __construct(private int $low = 5, private int $showBelow = 6) {}

    public function describe(?int $qty, array $item = []): RefStatus
    {
        $low = $item['lowThreshold'] ?? $this->low;
        if ($qty === null) {
            return new RefStatus('not_managed', null, 'Op voorraad', null, false);
        }
        if ($qty > 0) {
            $show = $qty < $this->showBelow;
            if ($qty <= $low) {
                return new RefStatus('low', $show ? $qty : null, $show ? strtr('Nog maar {qty} over!', ['{qty}' => $qty]) : 'Bijna uitverkocht', null, true);
            }
            return new RefStatus('in_stock', $show ? $qty : null, $show ? strtr('{qty} op voorraad', ['{qty}' => $qty]) : 'Op voorraad', null, false);
        }
        $date = $item['availableOn'] ?? null;
        if ($date !== null) {
            $d = new DateTimeImmutable($date, new DateTimeZone('UTC'));
            $words = self::DAYS[(int) $d->format('w')] . ' ' . $d->format('j') . ' ' . self::MONTHS[(int) $d->format('n')];
            return new RefStatus('out_of_stock', null, strtr('Uitverkocht, weer op voorraad vanaf {date}', ['{date}' => $words]), $date, false);
        }
        return new RefStatus('out_of_stock', null, 'Uitverkocht', null, false);
    }
}

final class RefPromise
{
    public function __construct(
        public readonly string $dispatchDate,
        public readonly string $earliest,
        public readonly string $latest,
        public readonly int $orderWithinSeconds,
        public readonly string $carrier,
        public readonly string $label,
    ) {}
}

/** Delivery promise with DateTimeImmutable in the warehouse zone and a holiday table. */
final class RefEstimator
{
    private const DAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
    private const SHORT_DAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
    private const MONTHS = [1 => 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    private const SHORT_MONTHS = [1 => 'jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    private DateTimeZone $tz;

    /**
     * @param array<string,true> $holidays 'Y-m-d' => true
     * @param array<int,string> $cutoffs ISO weekday (1-7) => 'H:i'
     * @param list<int> $carrierDays ISO weekdays the carrier delivers
     */
    public function __construct(string $zone, private array $holidays, private array $cutoffs, private array $carrierDays, private int $tmin, private int $tmax)
    {
        $this->tz = new DateTimeZone($zone);
    }

    private function warehouseOpen(DateTimeImmutable $d): bool
    {
        return (int) $d->format('N') <= 5 && !isset($this->holidays[$d->format('Y-m-d')]);
    }

    private function carrierOpen(DateTimeImmutable $d): bool
    {
        return in_array((int) $d->format('N'), $this->carrierDays, true) && !isset($this->holidays[$d->format('Y-m-d')]);
    }

    private function addCarrierDays(DateTimeImmutable $d, int $n): DateTimeImmutable
    {
        if ($n === 0) {
            while (!$this->carrierOpen($d)) {
                $d = $d->modify('+1 day');
            }
            return $d;
        }
        while ($n > 0) {
            $d = $d->modify('+1 day');
            if ($this->carrierOpen($d)) {
                $n--;
            }
        }
        return $d;
    }

    public function estimate(int $now): RefPromise
    {
        $local = (new DateTimeImmutable('@' . $now))->setTimezone($this->tz);
        $day = $local->setTime(0, 0);
        $cutoffAt = null;
        for ($i = 0; $i < 400; $i++, $day = $day->modify('+1 day')) {
            $cut = $this->cutoffs[(int) $day->format('N')] ?? null;
            if ($cut === null || !$this->warehouseOpen($day)) {
                continue;
            }
            [$h, $m] = explode(':', $cut);
            $at = $day->setTime((int) $h, (int) $m);
            if ($now < $at->getTimestamp()) {
                $cutoffAt = $at;
                break;
            }
        }
        $dispatch = $day;
        $earliest = $this->addCarrierDays($dispatch, $this->tmin);
        $latest = $this->addCarrierDays($dispatch, $this->tmax);
        $today = $local->format('Y-m-d');
        $tomorrow = $local->setTime(0, 0)->modify('+1 day')->format('Y-m-d');
        if ($earliest == $latest) {
            $e = $earliest->format('Y-m-d');
            $when = $e === $today ? 'vandaag' : ($e === $tomorrow ? 'morgen'
                : self::DAYS[(int) $earliest->format('w')] . ' ' . $earliest->format('j') . ' ' . self::MONTHS[(int) $earliest->format('n')]);
        } else {
            $sameMonth = $earliest->format('Y-m') === $latest->format('Y-m');
            $when = 'tussen ' . self::SHORT_DAYS[(int) $earliest->format('w')] . ' ' . $earliest->format('j')
                . ($sameMonth ? '' : ' ' . self::SHORT_MONTHS[(int) $earliest->format('n')])
                . ' en ' . self::SHORT_DAYS[(int) $latest->format('w')] . ' ' . $latest->format('j') . ' ' . self::SHORT_MONTHS[(int) $latest->format('n')];
        }
        $label = $dispatch->format('Y-m-d') === $today
            ? strtr('Voor {cutoff} besteld, {when} in huis', ['{cutoff}' => $cutoffAt->format('H:i'), '{when}' => $when])
            : ucfirst(strtr('{when} in huis', ['{when}' => $when]));
        return new RefPromise($dispatch->format('Y-m-d'), $earliest->format('Y-m-d'), $latest->format('Y-m-d'),
            $cutoffAt->getTimestamp() - $now, 'postnl', $label);
    }
}

// ---- data ----
$holidays = [];
$nl = new Calendar('NL');
foreach ([2026, 2027] as $y) {
    foreach ($nl->holidays($y) as $d => $name) {
        $holidays[$d] = true;
    }
}
$cutoffs = [1 => '22:00', 2 => '22:00', 3 => '22:00', 4 => '22:00', 5 => '17:30'];
$shopcx = new Estimator([
    'timezone' => 'Europe/Amsterdam',
    'warehouse' => $nl,
    'cutoff' => ['mon' => '22:00', 'tue' => '22:00', 'wed' => '22:00', 'thu' => '22:00', 'fri' => '17:30'],
    'carriers' => ['postnl' => ['transit' => [1, 2], 'calendar' => new Calendar('NL', ['workdays' => [1, 2, 3, 4, 5, 6]])]],
    'locale' => 'nl',
]);
$php = new RefEstimator('Europe/Amsterdam', $holidays, $cutoffs, [1, 2, 3, 4, 5, 6], 1, 2);

// 1,000 order times spread over 2026 (every ~8h45m, so all weekdays, cut-off sides, DST days and holidays occur).
$times = [];
for ($i = 0; $i < 1000; $i++) {
    $times[] = 1767225600 + $i * 31500 + ($i * 7919) % 3600;
}
foreach ($times as $t) {
    $a = $shopcx->estimate($t);
    $b = $php->estimate($t);
    if ([$a->dispatchDate, $a->earliest, $a->latest, $a->orderWithinSeconds, $a->label] !== [$b->dispatchDate, $b->earliest, $b->latest, $b->orderWithinSeconds, $b->label]) {
        fwrite(STDERR, "estimate differs at $t: " . json_encode($a->toArray()) . ' vs ' . json_encode((array) $b) . "\n");
        exit(1);
    }
}

$indicator = new Indicator(['locale' => 'nl']);
$refIndicator = new RefIndicator();
$stock = [];
for ($i = 0; $i < 1000; $i++) {
    $q = [null, 0, 1, 2, 5, 6, 40, 250][$i % 8];
    $item = $i % 8 === 1 && $i % 3 === 0 ? ['availableOn' => '2026-12-' . (10 + $i % 18)] : [];
    $stock[] = [$q, $item];
}
foreach ($stock as [$q, $item]) {
    $a = $indicator->describe($q, $item);
    $b = $refIndicator->describe($q, $item);
    if ([$a->level, $a->quantity, $a->label, $a->availableOn, $a->urgent] !== [$b->level, $b->quantity, $b->label, $b->availableOn, $b->urgent]) {
        fwrite(STDERR, "describe differs for " . json_encode([$q, $item]) . ': ' . json_encode($a->toArray()) . ' vs ' . json_encode((array) $b) . "\n");
        exit(1);
    }
}

// Results are consumed as their label (a property read), so the harness hashes a string, not an object.
$bench = new Bench();
$bench->header('Stock and delivery: ShopCx vs DateTimeImmutable + holiday table (1,000 inputs each)');
$bench->compare('Indicator::describe (8 stock situations)', fn($i) => $indicator->describe($stock[$i % 1000][0], $stock[$i % 1000][1])->label,
    fn($i) => $refIndicator->describe($stock[$i % 1000][0], $stock[$i % 1000][1])->label, 200000);
$bench->compare('Indicator::describe(7) in stock, no item', fn($i) => $indicator->describe(7)->label, fn($i) => $refIndicator->describe(7)->label, 200000);
$bench->compare('Estimator::estimate (2026, NL, 1-2 days)', fn($i) => $shopcx->estimate($times[$i % 1000])->label, fn($i) => $php->estimate($times[$i % 1000])->label, 20000);
$bench->compare('Calendar::isOpen', fn($i) => $nl->isOpen('2026-12-' . (10 + $i % 20)), fn($i) => isset($holidays['2026-12-' . (10 + $i % 20)]) === false
    && (int) (new DateTimeImmutable('2026-12-' . (10 + $i % 20)))->format('N') <= 5, 200000);
$bench->footer();
