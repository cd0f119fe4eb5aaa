<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use ShopCx\CustomerService\Model\Faq\Indexer;

/**
 * admin_system_config_changed_section_shopcx: when a FAQ setting (synonyms) changed, every language's
 * index is rebuilt from its kept entries, so the new synonyms work at once. Other changes rebuild nothing.
 */
class RebuildFaqIndexes implements ObserverInterface
{
    public function __construct(private readonly Indexer $indexer)
    {
    }

    public function execute(Observer $observer)
    {
        $changed = (array) ($observer->getEvent()->getData('changed_paths') ?? []);
        foreach ($changed as $path) {
            if (str_starts_with((string) $path, 'shopcx/faq/')) {
                $this->indexer->rebuildAll();
                return;
            }
        }
    }
}
