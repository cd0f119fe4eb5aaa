<?php
/**
 * Outreach benchmark: Policy::decide() over a 1,000-entry contact history against an idiomatic
 * PHP implementation of the same policy (cool-downs, rolling cap, quiet hours via DateTime,
 * suppressions), on the same data, checked to agree first.
 *   php -d extension=modules/shopcx.so tests/bench/outreach.php
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';

use ShopCxBench\Bench;

/** What a shop would write by hand for the same rules. */
final class ReferencePolicy
{
    public function __construct(
        private array $cooldowns,
        private int $capMax,
        private int $capWindow,
        private DateTimeZone $tz,
        private string $quietStart,
        private string $quietEnd,
        private int $complaintWithin,
        private int $ratingBelow,
        private int $ratingWithin,
    ) {}

    private function isQuiet(int $t): bool
    {
        $clock = (new DateTimeImmutable('@' . $t))->setTimezone($this->tz)->format('H:i');
        return $this->quietStart < $this->quietEnd
            ? $clock >= $this->quietStart && $clock < $this->quietEnd
            : $clock >= $this->quietStart || $clock < $this->quietEnd;
    }

    private function quietEnd(int $t): int
    {
        $local = (new DateTimeImmutable('@' . $t))->setTimezone($this->tz);
        [$h, $m] = array_map('intval', explode(':', $this->quietEnd));
        $end = $local->setTime($h, $m);
        if ($local->format('H:i') >= $this->quietEnd) {
            $end = $local->modify('+1 day')->setTime($h, $m);
        }
        return $end->getTimestamp();
    }

    public function decide(string $kind, array $history, int $now, array $context): array
    {
        $reasons = [];
        $at = $now;
        if (!empty($context['optedOut'])) {
            return ['allowed' => false, 'notBefore' => null, 'reason' => 'opted_out'];
        }
        if (isset($context['complaintAt']) && $context['complaintAt'] <= $now && $now < $context['complaintAt'] + $this->complaintWithin) {
            $reasons[] = 'complaint';
            $at = max($at, $context['complaintAt'] + $this->complaintWithin);
        }
        if (isset($context['rating']) && $context['rating'] < $this->ratingBelow && $context['ratingAt'] <= $now
            && $now < $context['ratingAt'] + $this->ratingWithin) {
            $reasons[] = 'low_rating';
            $at = max($at, $context['ratingAt'] + $this->ratingWithin);
        }
        $last = null;
        $inWindow = [];
        foreach ($history as $entry) {
            if ($entry['at'] > $now) {
                continue;
            }
            if ($entry['kind'] === $kind && ($last === null || $entry['at'] > $last)) {
                $last = $entry['at'];
            }
            if ($entry['at'] > $now - $this->capWindow) {
                $inWindow[] = $entry['at'];
            }
        }
        $cooldown = $this->cooldowns[$kind] ?? 0;
        if ($cooldown > 0 && $last !== null && $now < $last + $cooldown) {
            $reasons[] = 'cooldown';
            $at = max($at, $last + $cooldown);
        }
        if (count($inWindow) >= $this->capMax) {
            sort($inWindow);
            $reasons[] = 'cap';
            $at = max($at, $inWindow[count($inWindow) - $this->capMax] + $this->capWindow);
        }
        if ($this->isQuiet($now)) {
            $reasons[] = 'quiet_hours';
        }
        for ($i = 0; $i < 4 && $this->isQuiet($at); $i++) {
            $at = $this->quietEnd($at);
            $reasons[] = 'quiet_hours';
        }
        return $reasons === []
            ? ['allowed' => true, 'notBefore' => $now, 'reason' => 'allowed']
            : ['allowed' => false, 'notBefore' => $at, 'reason' => $reasons[0]];
    }
}

$tzName = 'Europe/Amsterdam';
$cooldowns = ['survey' => 90 * 86400, 'review' => 30 * 86400, 'cart' => 2 * 86400, 'chat' => 3600];
$shopcx = new ShopCx\Outreach\Policy([
    'timezone' => $tzName,
    'cooldowns' => $cooldowns,
    'cap' => ['max' => 4, 'window' => 30 * 86400],
    'quietHours' => ['start' => '21:00', 'end' => '08:00'],
    'complaintWithin' => 14 * 86400,
    'lowRating' => ['below' => 3, 'within' => 30 * 86400],
    'consentRequired' => [],
]);
$php = new ReferencePolicy($cooldowns, 4, 30 * 86400, new DateTimeZone($tzName), '21:00', '08:00', 14 * 86400, 3, 30 * 86400);

// 1,000 contacts over two years before 2026-06-01, one customer, mixed kinds (also another tool's).
mt_srand(20261123);
$end = 1780272000;   // 2026-06-01 00:00 UTC
$kinds = ['survey', 'review', 'cart', 'chat', 'sms'];
$history = [];
for ($i = 0; $i < 1000; $i++) {
    $history[] = ['kind' => $kinds[mt_rand(0, 4)], 'at' => $end - mt_rand(0, 730 * 86400)];
}
$nows = [];
$contexts = [];
for ($i = 0; $i < 1000; $i++) {
    $nows[] = $end + mt_rand(0, 60 * 86400);
    $contexts[] = match ($i % 4) {
        0 => [],
        1 => ['complaintAt' => $end - mt_rand(0, 20 * 86400)],
        2 => ['rating' => mt_rand(1, 5), 'ratingAt' => $end - mt_rand(0, 40 * 86400)],
        3 => ['optedOut' => $i % 40 === 3],
    };
}

// Same answers on the data before timing.
for ($i = 0; $i < 1000; $i++) {
    $kind = $kinds[$i % 4];
    $a = $shopcx->decide($kind, $history, $nows[$i], $contexts[$i]);
    $b = $php->decide($kind, $history, $nows[$i], $contexts[$i]);
    if ([$a->allowed, $a->notBefore, $a->reason] !== [$b['allowed'], $b['notBefore'], $b['reason']]) {
        fwrite(STDERR, "decision $i differs: " . json_encode($a->toArray()) . ' vs ' . json_encode($b) . "\n");
        exit(1);
    }
}

$bench = new Bench();
$bench->header('ShopCx\Outreach\Policy::decide() vs PHP (1,000-entry history, cap + cool-down + quiet hours)');
$bench->compare('decide, 1,000-entry history', fn($i) => $shopcx->decide($kinds[$i % 4], $history, $nows[$i % 1000], $contexts[$i % 1000])->notBefore,
    fn($i) => $php->decide($kinds[$i % 4], $history, $nows[$i % 1000], $contexts[$i % 1000])['notBefore'], 2000);
$short = array_slice($history, 0, 20);
$bench->compare('decide, 20-entry history', fn($i) => $shopcx->decide($kinds[$i % 4], $short, $nows[$i % 1000], $contexts[$i % 1000])->notBefore,
    fn($i) => $php->decide($kinds[$i % 4], $short, $nows[$i % 1000], $contexts[$i % 1000])['notBefore'], 20000);
$bench->footer();
