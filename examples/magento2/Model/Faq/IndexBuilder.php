<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Faq;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\App\Filesystem\DirectoryList;
use ShopCx\Faq\Index;

/**
 * Builds var/shopcx/faq-<lang>.idx from the shop's FAQ entries: run on a change (the import command),
 * never from a storefront request. Index::save() writes a temporary file and renames it, so visitors
 * keep searching the old index until the new one is complete, and a failed build leaves it in place.
 */
class IndexBuilder
{
    public function __construct(
        private readonly DirectoryList $directoryList,
        private readonly CacheInterface $cache
    ) {
    }

    /**
     * @param iterable<array> $entries as Index::build() takes them (id, question, answer, tags, category, ...)
     * @return int the number of entries indexed
     * @throws \InvalidArgumentException for a language that is not two lowercase letters
     * @throws \ValueError|\ShopCx\ConfigException|\ShopCx\IndexException from the extension (bad entry, unwritable file)
     */
    public function build(string $lang, iterable $entries, array $options = []): int
    {
        if (!preg_match('/^[a-z]{2}$/', $lang)) {
            throw new \InvalidArgumentException('the language must be two lowercase letters, e.g. nl');
        }
        $list = is_array($entries) ? $entries : iterator_to_array($entries, false);
        $index = Index::build($list, ['lang' => $lang] + $options);
        $path = IndexProvider::path($this->directoryList, $lang);
        if (!is_dir(dirname($path)) && !@mkdir(dirname($path), 0775, true) && !is_dir(dirname($path))) {
            throw new \ShopCx\IndexException('cannot create ' . dirname($path));
        }
        $index->save($path);
        // A later missing or broken index is news again: log it.
        $this->cache->remove(IndexProvider::LOGGED_PREFIX . $lang);
        return count($list);
    }
}
