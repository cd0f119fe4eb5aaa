<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Cron;

use ShopCx\CustomerService\Model\Faq\Indexer;

/**
 * Nightly (crontab.xml shopcx_faq_reindex): rebuilds every language's FAQ index from its kept entries,
 * for settings changed without the admin form (bin/magento config:set, a deployed config.php).
 */
class RebuildFaqIndexes
{
    public function __construct(private readonly Indexer $indexer)
    {
    }

    public function execute(): void
    {
        $this->indexer->rebuildAll();
    }
}
