<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\RateLimit;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\HTTP\PhpEnvironment\RemoteAddress;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * Requests per client address and endpoint group in a fixed window (default 60 a minute), counted in
 * Magento's cache. The cache has no atomic increment, so a burst of parallel requests can get a few past
 * the limit: it bounds what one client costs the shop, it is not an exact quota.
 */
class Limiter
{
    public const CACHE_TAG = 'SHOPCX_RATE_LIMIT';
    private const DEFAULT_LIMIT = 60;
    private const DEFAULT_WINDOW = 60;

    public function __construct(
        private readonly CacheInterface $cache,
        private readonly RemoteAddress $remoteAddress,
        private readonly Config $config,
        private readonly ClockInterface $clock
    ) {
    }

    /**
     * Counts this request; null when it may go on, else the seconds until the client may try again.
     * Counted per website, the scope of the settings (system.xml): one allowance across a website's store views.
     */
    public function hit(string $group, int $storeId, int $websiteId = 0): ?int
    {
        if (!$this->config->flag('shopcx/rate_limit/enabled', $storeId)) {
            return null;
        }
        $client = $this->client();
        if ($client === null) {
            return null;   // no address to count against (CLI, a broken proxy setup): not ours to block
        }
        $limit = $this->config->int('shopcx/rate_limit/requests', $storeId) ?: self::DEFAULT_LIMIT;
        $window = max(1, $this->config->int('shopcx/rate_limit/window', $storeId) ?: self::DEFAULT_WINDOW);
        $now = $this->clock->now();
        $start = intdiv($now, $window) * $window;
        // Cache ids allow [A-Za-z0-9_] only: the address goes in hashed.
        $id = 'SHOPCX_RL_' . $group . '_' . $websiteId . '_' . hash('sha256', $client) . '_' . $start;
        $count = (int) $this->cache->load($id);
        if ($count >= $limit) {
            return max(1, $start + $window - $now);
        }
        $this->cache->save((string) ($count + 1), $id, [self::CACHE_TAG], $start + $window - $now + 1);
        return null;
    }

    /** The client's address; an IPv6 client counts per /64, since one host gets a whole /64 to rotate through. */
    private function client(): ?string
    {
        $address = $this->remoteAddress->getRemoteAddress();
        $packed = is_string($address) && $address !== '' ? @inet_pton($address) : false;
        if ($packed === false) {
            return null;
        }
        if (strlen($packed) === 16 && !str_starts_with($packed, str_repeat("\0", 10) . "\xff\xff")) {
            $packed = substr($packed, 0, 8) . str_repeat("\0", 8);
        }
        return $packed;
    }
}
