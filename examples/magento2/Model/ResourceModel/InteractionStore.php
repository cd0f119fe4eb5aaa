<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\DuplicateException;
use ShopCx\CustomerService\Api\InteractionStoreInterface;

/** Table shopcx_interaction: one row per reported contact, unique per event id (a retried delivery is one row). */
class InteractionStore implements InteractionStoreInterface
{
    private const TABLE = 'shopcx_interaction';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    public function record(array $row): bool
    {
        try {
            $this->resource->getConnection()->insert($this->resource->getTableName(self::TABLE), $row);
            return true;
        } catch (DuplicateException) {
            return false;
        }
    }

    public function between(int $storeId, int $from, int $until): array
    {
        $db = $this->resource->getConnection();
        return $db->fetchAll($db->select()->from($this->resource->getTableName(self::TABLE))
            ->where('store_id = ?', $storeId)->where('opened_at >= ?', $from)->where('opened_at < ?', $until)
            ->order('opened_at ASC'));
    }

    public function forCustomer(string $email): array
    {
        $db = $this->resource->getConnection();
        return $db->fetchAll($db->select()->from($this->resource->getTableName(self::TABLE))
            ->where('email = ?', strtolower($email))->order('opened_at ASC'));
    }

    public function erase(string $email, ?int $customerId = null): int
    {
        $db = $this->resource->getConnection();
        $table = $this->resource->getTableName(self::TABLE);
        $n = $db->delete($table, ['email = ?' => strtolower($email)]);
        return $customerId === null ? $n : $n + $db->delete($table, ['customer_id = ?' => $customerId]);
    }
}
