<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Faq;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\App\Filesystem\DirectoryList;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Api\FaqStatsInterface;
use ShopCx\Faq\Index;
use ShopCx\IndexException;

/**
 * FAQ indexes live in var/shopcx/faq-<lang>.idx, written by `bin/magento shopcx:faq:import` (IndexBuilder);
 * they are memory-mapped. A storefront request only reads: it never builds, so a missing or broken file
 * answers no hits (the FAQ page then offers the chat) and is logged once, not on every search. The clicks
 * customers made (Api\FaqStatsInterface) become the index's popularity prior (Index::setPopularity()).
 */
class IndexProvider implements FaqIndexProviderInterface
{
    /** Cache entry that remembers a language's missing index was logged; removed by the import. */
    public const LOGGED_PREFIX = 'shopcx_faq_unavailable_';
    private const LOG_AGAIN_AFTER = 86400;
    public const POPULARITY_PREFIX = 'shopcx_faq_popularity_';
    private const POPULARITY_TTL = 600;

    private array $loaded = [];

    public function __construct(
        private readonly DirectoryList $directoryList,
        private readonly LoggerInterface $logger,
        private readonly CacheInterface $cache,
        private readonly FaqStatsInterface $stats
    ) {
    }

    public static function path(DirectoryList $directoryList, string $lang): string
    {
        return $directoryList->getPath(DirectoryList::VAR_DIR) . "/shopcx/faq-$lang.idx";
    }

    public function get(string $lang): ?Index
    {
        if (!preg_match('/^[a-z]{2}$/', $lang)) {
            return null;
        }
        if (array_key_exists($lang, $this->loaded)) {
            return $this->loaded[$lang];
        }
        $path = self::path($this->directoryList, $lang);
        try {
            $index = is_file($path) ? Index::load($path) : $this->unavailable($lang, null);
            $index?->setPopularity($this->popularity($lang));
            return $this->loaded[$lang] = $index;
        } catch (IndexException $e) {
            return $this->loaded[$lang] = $this->unavailable($lang, $e);
        }
    }

    /** Clicks per entry (Controller\Faq\Click), read from the database at most every 10 minutes per language. */
    private function popularity(string $lang): array
    {
        $key = self::POPULARITY_PREFIX . $lang;
        $cached = $this->cache->load($key);
        if (is_string($cached) && is_array($data = json_decode($cached, true))) {
            return $data;
        }
        $data = $this->stats->popularity($lang);
        $this->cache->save((string) json_encode($data), $key, [], self::POPULARITY_TTL);
        return $data;
    }

    private function unavailable(string $lang, ?IndexException $e): null
    {
        if ($this->cache->load(self::LOGGED_PREFIX . $lang) === false) {
            $this->cache->save('1', self::LOGGED_PREFIX . $lang, [], self::LOG_AGAIN_AFTER);
            $hint = "build it with: bin/magento shopcx:faq:import $lang <file.json>";
            $e === null
                ? $this->logger->warning("ShopCX FAQ: no index faq-$lang.idx, the FAQ search answers nothing; $hint")
                : $this->logger->error("ShopCX FAQ: index faq-$lang.idx cannot be read ({$e->getMessage()}); $hint");
        }
        return null;
    }
}
