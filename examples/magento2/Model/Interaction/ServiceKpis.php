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
     * @return array{weeks: list<array{week: string, start: int, channels: array<string, array>}>, total: ?array,
     *               shoppers: array{relational: int, transactional: int}}
     */
    public function weekly(int $storeId, int $from, int $until): array
    {
        $zone = new \DateTimeZone($this->config->timezone($storeId));
        $byWeek = [];
        $all = [];
        foreach ($this->store->between($storeId, $from, $until) as $row) {
            $record = self::record($row);
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
        $records = array_map([self::class, 'record'], $this->store->between($storeId, $now - $window, $now + 1));
        $badge = Kpi::badge($records, $now, ['window' => $window, 'minSample' => max(1, $this->config->int('shopcx/badge/min_sample', $storeId))]);
        $data = $badge->show ? array_diff_key($badge->toArray(), ['show' => true]) : [];
        $this->cache->save((string) json_encode($data, JSON_PRESERVE_ZERO_FRACTION), $key, ['shopcx_badge'], self::BADGE_CACHE_SECONDS);
        return $data === [] ? null : $data;
    }
}
