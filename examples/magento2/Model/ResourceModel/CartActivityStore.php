<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;

class CartActivityStore implements CartActivityStoreInterface
{
    private const TABLE = 'shopcx_cart_activity';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    public function upsert(array $row): void
    {
        $db = $this->resource->getConnection();
        $row['created_at'] = $row['updated_at'];
        // created_at and reminders are kept on update: the detector needs the sequence so far.
        $db->insertOnDuplicate($this->resource->getTableName(self::TABLE), $row,
            ['store_id', 'customer_id', 'email', 'items', 'value', 'currency', 'status', 'consent', 'updated_at']);
    }

    public function markOrdered(int $quoteId, int $at): void
    {
        $this->resource->getConnection()->update($this->resource->getTableName(self::TABLE),
            ['status' => 'ordered', 'ordered_at' => $at], ['quote_id = ?' => $quoteId]);
    }

    public function openCarts(int $storeId): iterable
    {
        return $this->carts($storeId, true);
    }

    public function cartsCreatedBetween(int $storeId, int $from, int $until): iterable
    {
        return $this->carts($storeId, false, [$from, $until]);
    }

    /** @param array{0: int, 1: int}|null $created [from, until) of created_at, by the (store_id, created_at) index */
    private function carts(int $storeId, bool $openOnly, ?array $created = null): iterable
    {
        $db = $this->resource->getConnection();
        $select = $db->select()->from($this->resource->getTableName(self::TABLE), [
            'id' => 'quote_id', 'customer' => 'customer_id', 'email', 'items', 'value', 'currency', 'status',
            'consent', 'created_at', 'updated_at', 'ordered_at', 'reminders', 'recovered_step',
        ])->where('store_id = ?', $storeId);
        if ($openOnly) {
            $select->where('status = ?', 'open');
        }
        if ($created !== null) {
            $select->where('created_at >= ?', $created[0])->where('created_at < ?', $created[1]);
        }
        // Row by row: Detector::scan() pulls one cart at a time, so memory stays flat.
        $stmt = $db->query($select);
        while ($row = $stmt->fetch()) {
            yield $row;
        }
    }

    public function recordReminder(int $quoteId, int $at): void
    {
        $db = $this->resource->getConnection();
        $table = $this->resource->getTableName(self::TABLE);
        $json = (string) $db->fetchOne($db->select()->from($table, 'reminders')->where('quote_id = ?', $quoteId));
        $list = json_decode($json ?: '[]', true) ?: [];
        $list[] = $at;
        $db->update($table, ['reminders' => json_encode($list)], ['quote_id = ?' => $quoteId]);
    }

    public function markRecovered(int $quoteId, int $step): void
    {
        $this->resource->getConnection()->update($this->resource->getTableName(self::TABLE),
            ['recovered_step' => $step], ['quote_id = ?' => $quoteId]);
    }
}
