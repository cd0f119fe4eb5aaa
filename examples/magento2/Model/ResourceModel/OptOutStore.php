<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use ShopCx\CustomerService\Api\OptOutStoreInterface;

/** Table shopcx_outreach_optout: one row per (address hash, store view). */
class OptOutStore implements OptOutStoreInterface
{
    private const TABLE = 'shopcx_outreach_optout';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    public function isOptedOut(string $emailHash, int $storeId): bool
    {
        $db = $this->resource->getConnection();
        return (bool) $db->fetchOne($db->select()->from($this->resource->getTableName(self::TABLE), 'store_id')
            ->where('email_hash = ?', $emailHash)->where('store_id = ?', $storeId)->limit(1));
    }

    public function optOut(string $emailHash, int $storeId, int $at): void
    {
        // An empty update list: a repeated opt-out leaves the row (and its first time) as it is.
        $this->resource->getConnection()->insertOnDuplicate($this->resource->getTableName(self::TABLE),
            ['email_hash' => $emailHash, 'store_id' => $storeId, 'created_at' => $at], ['email_hash']);
    }
}
