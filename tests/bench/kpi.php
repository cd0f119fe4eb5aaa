<?php
/**
 * KPI benchmark: ShopCx\Effort\Kpi::fromInteractions() against an idiomatic PHP implementation of
 * the same figures (shares, case resolution overall and per channel, repeat contacts within 14 days,
 * the four V's and net value per channel, relational shoppers by medians, churn per 30 days and
 * retention after a contact from an order history) on the same records.
 * Both must agree on every figure before anything is timed.
 *   php -d extension=modules/shopcx.so tests/bench/kpi.php [records]
 * Default: 200,000 contacts of 20,000 customers over 4 channels, a year of times, 0-6 orders per customer.
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';

use ShopCxBench\Bench;
use ShopCx\Effort\Kpi;

/** What a shop would write by hand: one pass into arrays, then the figures. */
function reference_kpis(array $records, float $cost, array $history, int $now, int $window = 14 * 86400,
    int $retentionWindow = 30 * 86400): array
{
    $customers = $channels = $cases = [];
    $n = $complaining = $rated = $veryFriendly = $prospects = $converted = $existing = $retained = 0;
    $frSum = 0.0;
    $frN = $abandoned = 0;
    $auto = 0;
    foreach ($records as $r) {
        $n++;
        $c = &$customers[$r['customer']];
        $c ??= ['questions' => 0, 'topics' => [], 'duration' => 0.0, 'value' => 0.0, 'complained' => false, 'times' => [], 'contacts' => []];
        $ch = &$channels[$r['channel']];
        $ch ??= ['volume' => 0, 'topics' => [], 'frSum' => 0.0, 'frN' => 0, 'valueSum' => 0.0, 'valueN' => 0, 'cost' => 0.0,
            'abandoned' => 0, 'cases' => 0, 'fcr' => 0, 'retBase' => 0, 'retKept' => 0];
        $c['questions']++;
        $ch['volume']++;
        $ch['cost'] += $cost;
        if (isset($r['topic'])) {
            $c['topics'][$r['topic']] = true;
            $ch['topics'][$r['topic']] = true;
        }
        $c['duration'] += $r['duration'] ?? 0;
        if (isset($r['at'])) {
            $c['times'][] = $r['at'];
            $c['contacts'][] = [$r['at'], $r['channel']];
        }
        if (isset($r['orderValue'])) {
            $c['value'] += $r['orderValue'];
            $ch['valueSum'] += $r['orderValue'];
            $ch['valueN']++;
        }
        if (!empty($r['complaint']) && !$c['complained']) {
            $c['complained'] = true;
            $complaining++;
        }
        if (isset($r['firstResponse'])) {
            $frSum += $r['firstResponse'];
            $frN++;
            $ch['frSum'] += $r['firstResponse'];
            $ch['frN']++;
        }
        if (!empty($r['abandoned'])) {
            $abandoned++;
            $ch['abandoned']++;
        }
        if (isset($r['friendly'])) {
            $rated++;
            $veryFriendly += $r['friendly'] === 5 ? 1 : 0;
        }
        if (($r['prospect'] ?? null) === true) {
            $prospects++;
            $converted += !empty($r['converted']) ? 1 : 0;
        } elseif (($r['prospect'] ?? null) === false) {
            $existing++;
            $retained += !empty($r['converted']) ? 1 : 0;
        }
        $key = isset($r['case']) ? 'k' . $r['case'] : 'a' . $auto++;
        $k = &$cases[$key];
        $k ??= ['contacts' => 0, 'resolved' => false, 'cost' => 0.0, 'at' => null, 'customer' => $r['customer'], 'channel' => $r['channel']];
        $k['contacts']++;
        $k['cost'] += $cost;
        if (!empty($r['resolved'])) {
            $k['resolved'] = true;
            if (isset($r['at']) && ($k['at'] === null || $r['at'] > $k['at'])) {
                $k['at'] = $r['at'];
            }
        }
        unset($c, $ch, $k);
    }
    foreach ($customers as &$c) {
        sort($c['times']);
    }
    unset($c);
    $resolved = $firstContact = $contacts = $timed = $repeated = 0;
    $resolveCost = 0.0;
    foreach ($cases as $k) {
        $channels[$k['channel']]['cases']++;
        if (!$k['resolved']) {
            continue;
        }
        $resolved++;
        $contacts += $k['contacts'];
        $resolveCost += $k['cost'];
        if ($k['contacts'] === 1) {
            $firstContact++;
            $channels[$k['channel']]['fcr']++;
        }
        if ($k['at'] !== null) {
            $timed++;
            foreach ($customers[$k['customer']]['times'] as $t) {
                if ($t > $k['at']) {
                    $repeated += $t - $k['at'] <= $window ? 1 : 0;
                    break;
                }
            }
        }
    }
    // Retention after a contact: each customer's last contact whose window has ended, if they had
    // ordered before it; per channel the same with that channel's contacts.
    $within = static function (array $times, int $after, int $w): bool {
        foreach ($times as $t) {
            if ($t > $after) {
                return $t - $after <= $w;
            }
        }
        return false;
    };
    foreach ($history as &$orders) {
        sort($orders);
    }
    unset($orders);
    $retBase = $retKept = 0;
    foreach ($customers as $id => $c) {
        $orders = $history[$id] ?? [];
        if (!$orders) {
            continue;
        }
        usort($c['contacts'], static fn ($a, $b) => $a[0] <=> $b[0]);
        $counted = false;
        $seen = [];
        for ($i = count($c['contacts']) - 1; $i >= 0; $i--) {
            [$at, $channel] = $c['contacts'][$i];
            if ($at > $now - $retentionWindow || $orders[0] > $at) {
                continue;
            }
            $kept = $within($orders, $at, $retentionWindow) ? 1 : 0;
            if (!$counted) {
                $retBase++;
                $retKept += $kept;
                $counted = true;
            }
            if (!isset($seen[$channel])) {
                $seen[$channel] = true;
                $channels[$channel]['retBase']++;
                $channels[$channel]['retKept'] += $kept;
            }
        }
    }
    $churnBase = $churned = 0;
    foreach ($history as $orders) {
        if ($within($orders, $now - 2 * $retentionWindow, $retentionWindow)) {
            $churnBase++;
            $churned += $within($orders, $now - $retentionWindow, $retentionWindow) ? 0 : 1;
        }
    }
    $share = static fn ($a, $b) => $b ? $a / $b : null;
    $out = ['interactions' => $n, 'customers' => count($customers), 'complainingShare' => $share($complaining, count($customers)),
        'firstContactResolution' => $share($firstContact, count($cases)), 'contactsToResolve' => $share($contacts, $resolved),
        'costToResolution' => $share($resolveCost, $resolved), 'veryFriendlyShare' => $share($veryFriendly, $rated),
        'veryFriendlyShareOfAll' => $share($veryFriendly, $n), 'acquisitionConversion' => $share($converted, $prospects),
        'retentionConversion' => $share($retained, $existing), 'repeatContactShare' => $share($repeated, $timed),
        'churn' => $share($churned, $churnBase), 'retentionAfterContact' => $share($retKept, $retBase),
        'averageFirstResponse' => $share($frSum, $frN), 'abandonment' => $share($abandoned, $n), 'cartAbandonment' => null,
        'channels' => [], 'shoppers' => []];
    foreach ($channels as $name => $ch) {
        $out['channels'][$name] = ['volume' => $ch['volume'], 'variety' => count($ch['topics']), 'velocity' => $share($ch['frSum'], $ch['frN']),
            'value' => $share($ch['valueSum'], $ch['valueN']), 'netValue' => $ch['valueN'] ? ($ch['valueSum'] - $ch['cost']) / $ch['volume'] : null,
            'abandonment' => $share($ch['abandoned'], $ch['volume']), 'cases' => $ch['cases'], 'firstContactResolution' => $share($ch['fcr'], $ch['cases']),
            'retentionAfterContact' => $share($ch['retKept'], $ch['retBase'])];
    }
    $measures = ['mostQuestions' => [], 'widestVariety' => [], 'longestInteractions' => [], 'highestValue' => []];
    foreach ($customers as $id => $c) {
        $measures['mostQuestions'][$id] = (float) $c['questions'];
        $measures['widestVariety'][$id] = (float) count($c['topics']);
        $measures['longestInteractions'][$id] = $c['duration'];
        $measures['highestValue'][$id] = $c['value'];
    }
    $medians = [];
    foreach ($measures as $trait => $values) {
        sort($values);
        $m = count($values);
        $medians[$trait] = $m % 2 ? $values[intdiv($m, 2)] : ($values[$m / 2 - 1] + $values[$m / 2]) / 2;
    }
    foreach ($customers as $id => $c) {
        $traits = [];
        foreach ($measures as $trait => $values) {
            if ($values[$id] > $medians[$trait]) {
                $traits[] = $trait;
            }
        }
        $out['shoppers'][$id] = ['type' => count($traits) >= 3 ? 'relational' : 'transactional', 'traits' => $traits,
            'questions' => $c['questions'], 'topics' => count($c['topics']), 'duration' => $c['duration'], 'value' => $c['value']];
    }
    return $out;
}

$total = (int) ($argv[1] ?? 200000);
mt_srand(42);
$channelNames = ['chat', 'email', 'phone', 'whatsapp'];
$topics = ['delivery', 'returns', 'payment', 'sizes', 'order-status', 'warranty', 'invoice', 'privacy'];
$t0 = 1780000000;
$records = [];
for ($i = 0; $i < $total; $i++) {
    $customer = 'c' . mt_rand(1, intdiv($total, 10) ?: 1);
    $r = ['customer' => $customer, 'channel' => $channelNames[mt_rand(0, 3)], 'case' => $customer . '-' . mt_rand(1, 3),
        'topic' => $topics[mt_rand(0, 7)], 'at' => $t0 + mt_rand(0, 365 * 86400), 'firstResponse' => mt_rand(5, 7200),
        'duration' => mt_rand(30, 1800), 'resolved' => mt_rand(0, 2) > 0];
    if (mt_rand(0, 3) === 0) {
        $r['friendly'] = mt_rand(1, 5);
    }
    if (mt_rand(0, 4) === 0) {
        $r['orderValue'] = mt_rand(500, 25000) / 100;
    }
    if (mt_rand(0, 9) === 0) {
        $r['complaint'] = true;
    }
    if (mt_rand(0, 19) === 0) {
        $r['abandoned'] = true;
    }
    $p = mt_rand(0, 5);
    if ($p < 2) {
        $r['prospect'] = $p === 0;
        $r['converted'] = mt_rand(0, 2) === 0;
    }
    $records[] = $r;
}
$now = $t0 + 365 * 86400;
$history = [];
for ($i = 1, $customers = intdiv($total, 10) ?: 1; $i <= $customers; $i++) {
    for ($j = mt_rand(0, 6); $j > 0; $j--) {
        $history['c' . $i][] = $t0 - 60 * 86400 + mt_rand(0, 425 * 86400);
    }
}
$options = ['costPerContact' => 2.5, 'orderHistory' => $history, 'now' => $now];

$shopcx = Kpi::fromInteractions($records, $options)->toArray();
$php = reference_kpis($records, 2.5, $history, $now);
$round = static function ($v) use (&$round) {
    return is_array($v) ? array_map($round, $v) : (is_int($v) || is_float($v) ? round((float) $v, 9) : $v);
};
if ($round($shopcx) !== $round($php)) {
    foreach ($shopcx as $k => $v) {
        if ($round($v) !== $round($php[$k])) {
            fwrite(STDERR, "the two disagree on $k\n");
        }
    }
    exit(1);
}

$bench = new Bench(5);
$bench->header(sprintf('ShopCx\Effort\Kpi::fromInteractions() vs PHP arrays: %s contacts, %s customers, %s orders, 4 channels (figures agree)',
    number_format($total), number_format(count($shopcx['shoppers'])), number_format(array_sum(array_map('count', $history)))));
$bench->compare('fromInteractions(), all figures', fn () => Kpi::fromInteractions($records, $options)->interactions,
    fn () => reference_kpis($records, 2.5, $history, $now)['interactions'], 1, 'ns per call of ' . number_format($total) . ' records');
$bench->footer();
