<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Faq;

use Magento\Framework\App\Filesystem\DirectoryList;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\Faq\Index;

/** FAQ indexes live in var/shopcx/faq-<lang>.idx (built by the merchant's import); they are memory-mapped. */
class IndexProvider implements FaqIndexProviderInterface
{
    private array $loaded = [];

    public function __construct(private readonly DirectoryList $directoryList)
    {
    }

    public function get(string $lang): ?Index
    {
        if (!preg_match('/^[a-z]{2}$/', $lang)) {
            return null;
        }
        $path = $this->directoryList->getPath(DirectoryList::VAR_DIR) . "/shopcx/faq-$lang.idx";
        return $this->loaded[$lang] ??= (is_file($path) ? Index::load($path) : null);
    }
}
