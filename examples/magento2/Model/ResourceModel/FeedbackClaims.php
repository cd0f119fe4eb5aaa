<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\DuplicateException;
use ShopCx\CustomerService\Api\FeedbackClaimInterface;

/**
 * Table shopcx_feedback_claim: its primary key (kind, claim_key, store_id) lets one answer in per link.
 * Claims are written with store_id 0 (every store view): one per store view let the same link answer
 * again through another store view of the website. Rows written per store view before that are not read.
 */
class FeedbackClaims implements FeedbackClaimInterface
{
    private const TABLE = 'shopcx_feedback_claim';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    private const ALL_STORES = 0;

    public function claim(string $kind, string $key, int $at): bool
    {
        try {
            // The insert is the check: two posts of the same link at once cannot both get in.
            $this->resource->getConnection()->insert($this->resource->getTableName(self::TABLE),
                ['kind' => $kind, 'claim_key' => $key, 'store_id' => self::ALL_STORES, 'created_at' => $at]);
            return true;
        } catch (DuplicateException) {
            return false;
        }
    }

    public function release(string $kind, string $key): void
    {
        $db = $this->resource->getConnection();
        $db->delete($this->resource->getTableName(self::TABLE),
            ['kind = ?' => $kind, 'claim_key = ?' => $key, 'store_id = ?' => self::ALL_STORES]);
    }
}
