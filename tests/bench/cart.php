<?php
/**
 * Abandoned-cart benchmark: ShopCx\Cart\Detector against an idiomatic PHP implementation of the
 * same rules (same validation, same decisions, quiet hours through DateTimeImmutable).
 *   php -d extension=modules/shopcx.so tests/bench/cart.php
 * Carts of every kind (active, due, waiting, ordered, ignored ...) classified 1,000,000 times per
 * round and side, then scan() over a 1,000,000-row generator with its peak memory.
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';

use ShopCxBench\Bench;

final class PhpDecision
{
    public function __construct(
        public readonly string|int $cartId,
        public readonly string $state,
        public readonly ?int $step = null,
        public readonly ?int $dueAt = null,
        public readonly ?string $reason = null,
    ) {}

    public function toArray(): array
    {
        return get_object_vars($this);
    }
}

/** What a shop developer would write: the same rules in plain PHP. */
final class PhpDetector
{
    private array $delays;
    private ?DateTimeZone $tz = null;
    private int $quietStart = 0;
    private int $quietEnd = 0;

    public function __construct(
        private int $idle = 3600,
        array $reminders = [3600, 86400, 259200],
        private int $expiry = 604800,
        private float $minValue = 0.0,
        private bool $consentRequired = true,
        ?array $quietHours = null,
        string $timezone = 'UTC',
        private int $skew = 300,
    ) {
        $this->delays = $reminders;
        if ($quietHours !== null) {
            $this->tz = new DateTimeZone($timezone);
            [$h, $m] = explode(':', $quietHours[0]);
            $this->quietStart = $h * 3600 + $m * 60;
            [$h, $m] = explode(':', $quietHours[1]);
            $this->quietEnd = $h * 3600 + $m * 60;
        }
    }

    private static function time(array $cart, string $field, mixed $v): int
    {
        if (is_int($v)) {
            return $v;
        }
        if (is_string($v) && preg_match('/^-?\d+$/', $v)) {
            return (int) $v;
        }
        throw new TypeError("cart \"{$cart['id']}\" field \"$field\" must be of type int (Unix timestamp), " . get_debug_type($v) . " given");
    }

    private static function bool(array $cart, string $field, mixed $v): bool
    {
        return match ($v) {
            true, 1, '1' => true,
            false, 0, '0' => false,
            default => throw new TypeError("cart \"{$cart['id']}\" field \"$field\" must be of type bool"),
        };
    }

    /** Returns the end of the quiet period when $at falls inside it. */
    private function quietEnd(int $at): ?int
    {
        if ($this->tz === null) {
            return null;
        }
        $local = (new DateTimeImmutable('@' . $at))->setTimezone($this->tz);
        $sod = (int) $local->format('G') * 3600 + (int) $local->format('i') * 60 + (int) $local->format('s');
        if ($this->quietStart < $this->quietEnd) {
            if ($sod < $this->quietStart || $sod >= $this->quietEnd) {
                return null;
            }
            $day = $local;
        } elseif ($sod >= $this->quietStart) {
            $day = $local->modify('+1 day');
        } elseif ($sod < $this->quietEnd) {
            $day = $local;
        } else {
            return null;
        }
        $end = $day->setTime(intdiv($this->quietEnd, 3600), intdiv($this->quietEnd % 3600, 60))->getTimestamp();
        return max($end, $at + 1);
    }

    public function classify(array $cart, int $now): PhpDecision
    {
        $id = $cart['id'] ?? throw new ValueError('cart field "id" is missing');
        $status = $cart['status'] ?? 'open';
        if (!in_array($status, ['open', 'ordered', 'closed'], true)) {
            throw new ValueError("cart \"$id\" field \"status\" must be \"open\", \"ordered\" or \"closed\"");
        }
        $customer = $cart['customer'] ?? null;
        $guest = $customer === null || $customer === 0 || $customer === '';
        $email = $cart['email'] ?? '';
        $consent = isset($cart['consent']) ? self::bool($cart, 'consent', $cart['consent']) : null;
        $optedOut = isset($cart['opted_out']) && self::bool($cart, 'opted_out', $cart['opted_out']);
        $hasOrder = isset($cart['has_order']) && self::bool($cart, 'has_order', $cart['has_order']);
        $ticket = isset($cart['open_ticket']) && self::bool($cart, 'open_ticket', $cart['open_ticket']);
        $items = $cart['items'] ?? throw new ValueError("cart \"$id\" field \"items\" is missing");
        $items = is_array($items) ? count($items) : (int) $items;
        $value = $cart['value'] ?? throw new ValueError("cart \"$id\" field \"value\" is missing");
        if (!is_numeric($value) || ($value = (float) $value) < 0 || !is_finite($value)) {
            throw new ValueError("cart \"$id\" field \"value\" must be a finite number greater than or equal to 0");
        }
        $updated = self::time($cart, 'updated_at', $cart['updated_at'] ?? throw new ValueError("cart \"$id\" field \"updated_at\" is missing"));
        $created = isset($cart['created_at']) ? self::time($cart, 'created_at', $cart['created_at']) : $updated;
        $orderedAt = isset($cart['ordered_at']) ? self::time($cart, 'ordered_at', $cart['ordered_at']) : null;
        $sent = [];
        foreach ($cart['reminders'] ?? [] as $i => $at) {
            $sent[] = self::time($cart, 'reminders', $at);
        }
        $recoveredStep = (int) ($cart['recovered_step'] ?? 0);
        $limit = $now + $this->skew;
        if ($updated < 0 || $created < 0 || $updated > $limit || $created > $limit || $updated < $created
            || ($orderedAt !== null && ($orderedAt < $created || $orderedAt > $limit))) {
            throw new ValueError("cart \"$id\" has an impossible timestamp");
        }
        foreach ($sent as $i => $at) {
            if ($at < $created || $at > $limit || ($i > 0 && $at < $sent[$i - 1])) {
                throw new ValueError("cart \"$id\" field \"reminders\" entry " . ($i + 1) . " is out of order");
            }
        }
        if ($recoveredStep > count($sent)) {
            throw new ValueError("cart \"$id\" field \"recovered_step\" must be between 1 and the number of reminders sent");
        }

        if ($status === 'ordered') {
            $before = 0;
            foreach ($sent as $i => $at) {
                if ($orderedAt === null || $at <= $orderedAt) {
                    $before = $i + 1;
                }
            }
            if ($recoveredStep > 0) {
                return new PhpDecision($id, 'recovered', $recoveredStep);
            }
            return $before > 0 ? new PhpDecision($id, 'recovered', $before) : new PhpDecision($id, 'converted');
        }
        $reason = match (true) {
            $status === 'closed' => 'closed',
            $hasOrder => 'ordered_elsewhere',
            $items === 0 => 'empty',
            default => null,
        };
        if ($reason !== null) {
            return new PhpDecision($id, 'ignored', reason: $reason);
        }
        if ($now - $updated < $this->idle) {
            return new PhpDecision($id, 'active');
        }
        $reason = match (true) {
            $optedOut => 'opted_out',
            $consent === false || ($guest && $this->consentRequired && $consent !== true) => 'no_consent',
            $email === '' => 'no_email',
            $value < $this->minValue => 'below_minimum',
            $ticket => 'open_ticket',
            $now - $updated >= $this->expiry => 'expired',
            count($sent) >= count($this->delays) => 'sequence_done',
            default => null,
        };
        if ($reason !== null) {
            return new PhpDecision($id, 'ignored', reason: $reason);
        }
        $next = count($sent);
        $due = $updated + $this->delays[$next];
        if ($next > 0) {
            $due = max($due, $sent[$next - 1] + $this->delays[$next] - $this->delays[$next - 1]);
        }
        $due = $this->quietEnd($due) ?? $due;
        if ($now >= $due && ($end = $this->quietEnd($now)) !== null) {
            return new PhpDecision($id, 'waiting', $next + 1, $end);
        }
        return new PhpDecision($id, $now >= $due ? 'due' : 'waiting', $next + 1, $due);
    }

    public function scan(iterable $carts, int $now): Generator
    {
        foreach ($carts as $cart) {
            $decision = $this->classify($cart, $now);
            if ($decision->state === 'due') {
                yield $cart => $decision;
            }
        }
    }
}

$now = 1767268800;   // 2026-01-01 12:00 UTC
function makeCart(int $i, int $now): array
{
    $ago = [60, 1800, 3600, 5400, 7200, 50000, 90000, 200000, 300000, 700000][$i % 10];
    $updated = $now - $ago - ($i % 97) * 13;
    $sent = [];
    for ($s = 0; $s < ($i >> 3) % 4; $s++) {
        $at = $updated + [3600, 86400, 259200][$s] + ($i % 7) * 11;
        if ($at <= $now) {
            $sent[] = $at;
        }
    }
    return [
        'id' => "cart-$i", 'customer' => $i % 4 ? 1000 + $i : null, 'email' => $i % 53 ? "c$i@example.nl" : '',
        'consent' => $i % 6 !== 0, 'opted_out' => $i % 89 === 0, 'items' => $i % 31 ? 1 + $i % 5 : 0,
        'value' => 5 + ($i % 200) * 0.75, 'currency' => 'EUR', 'created_at' => $updated - 600, 'updated_at' => $updated,
        'status' => $i % 17 === 0 ? 'ordered' : ($i % 43 === 0 ? 'closed' : 'open'), 'reminders' => $sent,
        'has_order' => $i % 71 === 0, 'open_ticket' => $i % 83 === 0,
    ];
}
// 1,000 distinct carts stay in the CPU caches, as a row the database driver has just built does;
// 100,000 (about 100 MB) do not: every row is a cache miss for both sides.
$hot = [];
for ($i = 0; $i < 1000; $i++) {
    $hot[] = makeCart($i, $now);
}
$cold = [];
for ($i = 0; $i < 100000; $i++) {
    $cold[] = makeCart($i, $now);
}

$quiet = ['quietHours' => ['21:00', '08:00'], 'timezone' => 'Europe/Amsterdam'];
$plain = [new ShopCx\Cart\Detector(), new PhpDetector()];
$night = [new ShopCx\Cart\Detector($quiet + ['minValue' => 10]), new PhpDetector(...$quiet + ['minValue' => 10.0])];

// Same answers on every cart at several instants (some inside the quiet hours) before timing.
foreach (['no quiet hours' => $plain, 'quiet hours' => $night] as $label => [$shopcx, $php]) {
    $states = [];
    foreach ([$now, $now + 9 * 3600 + 1234, $now + 86400 * 2 + 77] as $t) {
        foreach (array_slice($cold, 0, 20000) as $cart) {
            $a = $shopcx->classify($cart, $t)->toArray();
            if ($a !== $php->classify($cart, $t)->toArray()) {
                fwrite(STDERR, "decisions differ for {$cart['id']} at $t:\n" . var_export([$a, $php->classify($cart, $t)->toArray()], true) . "\n");
                exit(1);
            }
            $states[$a['state']] = ($states[$a['state']] ?? 0) + 1;
        }
    }
    ksort($states);
    echo "same decisions on 60,000 classifications ($label): ", json_encode($states), "\n";
}

// A batch job's loop: each timed call classifies 1,000 carts in a plain foreach (a closure call per
// cart would add the same ~100 ns to both sides); 1,000 calls = 1,000,000 carts.
$slices = [];
for ($o = 0; $o < 100000; $o += 1000) {
    $slices[] = array_slice($cold, $o, 1000);
}
$loop = function (object $detector, array $carts) use ($now): int {
    $due = 0;
    foreach ($carts as $cart) {
        $due += $detector->classify($cart, $now)->state === 'due' ? 1 : 0;
    }
    return $due;
};

// The machine may be shared: rounds alternate between the two sides and each side's median
// round counts, so a burst of load elsewhere does not land on one side only.
$bench = new Bench(1);
$interleaved = function (string $name, callable $shopcxFn, callable $phpFn, int $calls, int $carts, string $note = '') use ($bench): void {
    $a = $b = [];
    $shopcxFn(0);
    $phpFn(0);
    for ($r = 0; $r < 3; $r++) {
        $t = hrtime(true);
        for ($i = 0; $i < $calls; $i++) {
            $bench->consume($shopcxFn($i));
        }
        $a[] = (hrtime(true) - $t) / $carts;
        $t = hrtime(true);
        for ($i = 0; $i < $calls; $i++) {
            $bench->consume($phpFn($i));
        }
        $b[] = (hrtime(true) - $t) / $carts;
    }
    sort($a);
    sort($b);
    printf("%-44s %12.1f %12.1f %7.1fx%s\n", $name, $a[1], $b[1], $b[1] / $a[1], $note !== '' ? "  ($note)" : '');
};
$bench->header('ShopCx\Cart\Detector::classify() vs plain PHP, 1,000,000 carts per round, ns per cart');
[$shopcx, $php] = $plain;
$interleaved('classify (1,000 distinct carts, UTC)', fn($i) => $loop($shopcx, $hot), fn($i) => $loop($php, $hot), 1000, 1000000);
[$shopcx, $php] = $night;
$interleaved('classify (1,000 distinct, quiet hours)', fn($i) => $loop($shopcx, $hot), fn($i) => $loop($php, $hot), 1000, 1000000);
$interleaved('classify (100,000 distinct, quiet hours)', fn($i) => $loop($shopcx, $slices[$i % 100]),
    fn($i) => $loop($php, $slices[$i % 100]), 1000, 1000000);
$interleaved('one call per closure (quiet hours)', fn($i) => $shopcx->classify($hot[$i % 1000], $now)->state,
    fn($i) => $php->classify($hot[$i % 1000], $now)->state, 200000, 200000, 'harness overhead on both');

// scan(): 1,000,000 rows from a generator (a database cursor); both sides count the due ones.
$cursor = function (int $n) use ($hot): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield $hot[$i % 1000];
    }
};
$measure = function (callable $scan, int $n) use ($cursor, $now): array {
    gc_collect_cycles();
    memory_reset_peak_usage();
    $base = memory_get_usage();
    $start = hrtime(true);
    $due = 0;
    foreach ($scan($cursor($n), $now) as $row => $decision) {
        $due++;
    }
    return [$due, (hrtime(true) - $start) / 1e9, memory_get_peak_usage() - $base];
};
[$dueSmall, , $peakSmall] = $measure(fn($rows, $t) => $shopcx->scan($rows, $t), 10000);
$runs = [];
for ($r = 0; $r < 3; $r++) {
    $runs[] = [$measure(fn($rows, $t) => $shopcx->scan($rows, $t), 1000000), $measure(fn($rows, $t) => $php->scan($rows, $t), 1000000)];
}
usort($runs, fn($a, $b) => $a[0][1] <=> $b[0][1]);
[[$dueC, $secC, $peakC], [$duePhp, $secPhp, $peakPhp]] = $runs[1];
if ($dueC !== $duePhp) {
    fwrite(STDERR, "scan results differ: $dueC vs $duePhp\n");
    exit(1);
}
printf("\n# scan() over a 1,000,000-row generator, quiet hours (%d due; median of 3)\n", $dueC);
printf("%-44s %10.3f s %10.3f s %7.1fx\n", 'scan 1,000,000 rows (shopcx, php)', $secC, $secPhp, $secPhp / $secC);
printf("%-44s %10d B  (10,000 rows: %d B) -> %s\n", 'scan() peak memory above baseline', $peakC, $peakSmall,
    $peakC - $peakSmall < 65536 ? 'flat' : 'GROWS');
printf("%-44s %10d B\n", 'PHP generator peak memory above baseline', $peakPhp);
$bench->footer();
