<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Faq;

use Magento\Framework\App\Filesystem\DirectoryList;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * Keeps each language's FAQ entries as var/shopcx/faq-<lang>.json (the source the import wrote) and builds
 * var/shopcx/faq-<lang>.idx from it with the synonyms of every store view in that language. Rebuilt on an
 * import, when the FAQ settings are saved (Observer\RebuildFaqIndexes) and nightly by cron. Both files are
 * written new and renamed over the old (Index::save() does so for the index): a mapped index is never
 * rewritten in place.
 */
class Indexer
{
    public function __construct(
        private readonly IndexBuilder $builder,
        private readonly DirectoryList $directoryList,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly LoggerInterface $logger
    ) {
    }

    public function sourcePath(string $lang): string
    {
        return $this->directoryList->getPath(DirectoryList::VAR_DIR) . "/shopcx/faq-$lang.json";
    }

    /**
     * Builds the index from these entries and, once that worked, keeps them as the language's source.
     *
     * @return int entries indexed
     * @throws \InvalidArgumentException|\ValueError|\ShopCx\IndexException as IndexBuilder::build()
     */
    public function import(string $lang, array $entries): int
    {
        $count = $this->builder->build($lang, $entries, $this->options($lang));
        $this->writeSource($lang, array_values($entries));
        return $count;
    }

    /** The kept entries of a language ([] without a source). @return list<array> */
    public function entries(string $lang): array
    {
        $path = $this->sourcePath($lang);
        $data = is_file($path) ? json_decode((string) file_get_contents($path), true) : null;
        return is_array($data) && array_is_list($data) ? $data : [];
    }

    /** Rebuilds one language from its source; false (and logged) when there is none or it fails. */
    public function rebuild(string $lang): bool
    {
        $entries = $this->entries($lang);
        if ($entries === []) {
            return false;
        }
        try {
            $this->builder->build($lang, $entries, $this->options($lang));
            return true;
        } catch (\InvalidArgumentException|\ValueError|\ShopCx\IndexException $e) {
            $this->logger->error("ShopCX FAQ: the $lang index was not rebuilt (the previous one is kept): " . $e->getMessage());
            return false;
        }
    }

    /** @return list<string> the languages rebuilt */
    public function rebuildAll(): array
    {
        return array_values(array_filter(Config::LOCALES, fn(string $lang) => $this->rebuild($lang)));
    }

    /**
     * Adds the entries whose id the source does not have yet, then rebuilds. @return int entries added
     * @throws \InvalidArgumentException|\ValueError|\ShopCx\IndexException
     */
    public function add(string $lang, array $entries): int
    {
        $current = $this->entries($lang);
        $ids = array_map(static fn(array $e) => (string) ($e['id'] ?? ''), $current);
        $new = array_values(array_filter($entries, static fn(array $e) => !in_array((string) $e['id'], $ids, true)));
        if ($new !== []) {
            $this->import($lang, array_merge($current, $new));
        }
        return count($new);
    }

    /** Index options of a language: the synonym groups of every store view in it, merged. */
    public function options(string $lang): array
    {
        $sets = [];
        foreach ($this->storeManager->getStores() as $store) {
            $id = (int) $store->getId();
            if ($this->config->locale($id) === $lang) {
                try {
                    $sets[] = $this->config->faqSynonyms($id);
                } catch (\InvalidArgumentException $e) {
                    // Set with config:set (the admin form checks on save): the starter set still counts.
                    $sets[] = $this->config->faqStarterSynonyms($id);
                    $this->logger->error("ShopCX FAQ: the own synonyms of store view $id are ignored: " . $e->getMessage());
                }
            }
        }
        $synonyms = Synonyms::merge(...$sets);
        return $synonyms === [] ? [] : ['synonyms' => $synonyms];
    }

    private function writeSource(string $lang, array $entries): void
    {
        $path = $this->sourcePath($lang);
        $tmp = $path . '.' . bin2hex(random_bytes(4)) . '.tmp';
        $json = json_encode($entries, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
        if (@file_put_contents($tmp, $json . "\n") === false || !@rename($tmp, $path)) {
            @unlink($tmp);
            throw new \ShopCx\IndexException("cannot write $path");
        }
    }
}
