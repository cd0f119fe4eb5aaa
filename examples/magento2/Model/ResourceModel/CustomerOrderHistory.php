<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use ShopCx\CustomerService\Api\CustomerOrderHistoryInterface;

/** One indexed query on sales_order (customer_id): orders not cancelled, base grand totals less base refunds. */
class CustomerOrderHistory implements CustomerOrderHistoryInterface
{
    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    public function summary(int $customerId): array
    {
        $db = $this->resource->getConnection();
        $select = $db->select()
            ->from($this->resource->getTableName('sales_order'), [
                'orders' => 'COUNT(*)',
                'value' => 'COALESCE(SUM(base_grand_total - COALESCE(base_total_refunded, 0)), 0)',
            ])
            ->where('customer_id = ?', $customerId)
            ->where('state <> ?', 'canceled');
        $row = $db->fetchRow($select);
        return ['orders' => (int) ($row['orders'] ?? 0), 'lifetimeValue' => max(0.0, (float) ($row['value'] ?? 0))];
    }
}
