<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Interaction;

use Magento\Framework\App\CacheInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\InteractionStoreInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\Effort\Kpi;

/**
 * The service KPIs of the stored interactions: per ISO week (store time zone) and channel for the admin
 * report (Kpi::fromInteractions), and the performance badge for the storefront (Kpi::badge), cached.
 */
class ServiceKpis
{
    public const BADGE_CACHE_SECONDS = 3600;

    public function __construct(
        private readonly InteractionStoreInterface $store,
        private readonly Config $config,
        private readonly ClockInterface $clock,
        private readonly CacheInterface $cache
    ) {
    }

    /** A shopcx_interaction row as a Kpi record (fields it does not have are left out, not null). */
    public static function record(array $row): array
    {
        return array_filter([
            'customer' => (string) $row['email'],
            'channel' => (string) $row['channel'],
            'case' => (string) ($row['case_ref'] ?? $row['event_id']),
            'resolved' => $row['resolved_at'] !== null,
            'firstResponse' => $row['first_response'] === null ? null : (int) $row['first_response'],
            'friendly' => $row['friendly'] === null ? null : (int) $row['friendly'],
            'csat' => $row['csat'] === null ? null : (int) $row['csat'],
            'at' => (int) $row['opened_at'],
        ], fn($v) => $v !== null);
    }

    /**
     * The rows as Kpi records, each case padded to the contacts it took: a helpdesk that reports a case once
     * with data.contacts 2 (stored in `contacts`) gets one more, unresolved contact of that case, so the case
     * is not counted as resolved at the first contact. A case reported once per contact (as many rows as it
     * says it took) gets nothing added. Seen on 2.4.7-p7: 17 of 35 cases with contacts 2, and the report said
     * "First-contact resolution 100 %".
     *
     * @return list<array>
     */
    public static function records(array $rows): array
    {
        $out = [];
        $rowsOf = [];      // case => rows reported
        $contactsOf = [];  // case => the most contacts a row of it says it took
        $firstOf = [];     // case => its earliest record
        foreach ($rows as $row) {
            $record = self::record($row);
            $out[] = $record;
            $case = $record['case'];
            $rowsOf[$case] = ($rowsOf[$case] ?? 0) + 1;
            $contactsOf[$case] = max($contactsOf[$case] ?? 1, (int) ($row['contacts'] ?? 1));
            if (!isset($firstOf[$case]) || $record['at'] < $firstOf[$case]['at']) {
                $firstOf[$case] = $record;
            }
        }
        foreach ($firstOf as $case => $first) {
            for ($i = $rowsOf[$case]; $i < $contactsOf[$case]; $i++) {
                $out[] = ['customer' => $first['customer'], 'channel' => $first['channel'], 'case' => $first['case'],
                    'resolved' => false, 'at' => $first['at']];
            }
        }
        return $out;
    }

    /**
     * @return array{weeks: list<array{week: string, start: int, channels: array<string, array>}>, total: ?array,
     *               shoppers: array{relational: int, transactional: int}}
     */
    public function weekly(int $storeId, int $from, int $until): array
    {
        $zone = new \DateTimeZone($this->config->timezone($storeId));
        $byWeek = [];
        $all = [];
        foreach (self::records($this->store->between($storeId, $from, $until)) as $record) {
            $day = (new \DateTimeImmutable('@' . $record['at']))->setTimezone($zone);
            $byWeek[$day->format('o-\WW')][] = $record;
            $all[] = $record;
        }
        $weeks = [];
        foreach ($byWeek as $week => $records) {
            $kpi = Kpi::fromInteractions($records, ['now' => $until]);
            $channels = [];
            foreach ($kpi->channels as $channel => $c) {
                $channels[$channel] = ['volume' => (int) $c['volume'], 'velocity' => $c['velocity'],
                    'firstContactResolution' => $c['firstContactResolution']];
            }
            ksort($channels);
            $monday = (new \DateTimeImmutable('now', $zone))->setISODate((int) substr($week, 0, 4), (int) substr($week, 6))->setTime(0, 0);
            $weeks[] = ['week' => $week, 'start' => $monday->getTimestamp(), 'channels' => $channels,
                'veryFriendlyShare' => $kpi->veryFriendlyShare, 'averageFirstResponse' => $kpi->averageFirstResponse];
        }
        $shoppers = ['relational' => 0, 'transactional' => 0];
        $total = null;
        if ($all !== []) {
            $kpi = Kpi::fromInteractions($all, ['now' => $until]);
            foreach ($kpi->shoppers as $s) {
                $shoppers[$s['type'] === 'relational' ? 'relational' : 'transactional']++;
            }
            $total = ['interactions' => $kpi->interactions, 'customers' => $kpi->customers,
                'firstContactResolution' => $kpi->firstContactResolution, 'averageFirstResponse' => $kpi->averageFirstResponse,
                'veryFriendlyShare' => $kpi->veryFriendlyShare];
        }
        return ['weeks' => $weeks, 'total' => $total, 'shoppers' => $shoppers];
    }

    /**
     * The badge for the storefront, or null: switched off (the default), or below the minimum sample.
     * Computed at most once an hour per store view (Magento's cache), over the last window_days days.
     *
     * @return array{satisfied: ?float, satisfiedSample: int, timely: ?float, timelySample: int, windowStart: int, windowEnd: int}|null
     */
    public function badge(int $storeId): ?array
    {
        if (!$this->config->flag('shopcx/badge/enabled', $storeId)) {
            return null;
        }
        $key = 'shopcx_badge_' . $storeId;
        $cached = $this->cache->load($key);
        if (is_string($cached) && $cached !== '') {
            $data = json_decode($cached, true);
            return is_array($data) && $data !== [] ? $data : null;
        }
        $now = $this->clock->now();
        $window = max(1, min(365, $this->config->int('shopcx/badge/window_days', $storeId))) * 86400;
        $records = self::records($this->store->between($storeId, $now - $window, $now + 1));
        $badge = Kpi::badge($records, $now, ['window' => $window, 'minSample' => max(1, $this->config->int('shopcx/badge/min_sample', $storeId))]);
        $data = $badge->show ? array_diff_key($badge->toArray(), ['show' => true]) : [];
        $this->cache->save((string) json_encode($data, JSON_PRESERVE_ZERO_FRACTION), $key, ['shopcx_badge'], self::BADGE_CACHE_SECONDS);
        return $data === [] ? null : $data;
    }
}
