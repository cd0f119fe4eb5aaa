<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use ShopCx\CustomerService\Api\OutreachLogInterface;

class OutreachLog implements OutreachLogInterface
{
    private const TABLE = 'shopcx_outreach_log';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    private function table(): string
    {
        return $this->resource->getTableName(self::TABLE);
    }

    public function history(string $email, ?int $exceptId = null): array
    {
        $db = $this->resource->getConnection();
        $select = $db->select()->from($this->table(), ['kind', 'at' => 'COALESCE(sent_at, due_at)'])
            ->where('email = ?', strtolower($email))->where('status <> ?', 'cancelled')
            ->order('entity_id DESC')->limit(1000);
        if ($exceptId !== null) {
            $select->where('entity_id <> ?', $exceptId);
        }
        return array_map(fn($r) => ['kind' => (string) $r['kind'], 'at' => (int) $r['at']], $db->fetchAll($select));
    }

    public function has(string $email, string $kind, string $reference): bool
    {
        $db = $this->resource->getConnection();
        return (bool) $db->fetchOne($db->select()->from($this->table(), 'entity_id')
            ->where('email = ?', strtolower($email))->where('kind = ?', $kind)->where('reference = ?', $reference)->limit(1));
    }

    public function schedule(string $email, string $kind, string $reference, int $dueAt, int $storeId = 0): void
    {
        $this->resource->getConnection()->insert($this->table(), ['email' => strtolower($email), 'kind' => $kind,
            'reference' => $reference, 'due_at' => $dueAt, 'store_id' => $storeId]);
    }

    public function logSent(string $email, string $kind, string $reference, int $at, int $storeId = 0): void
    {
        $this->resource->getConnection()->insert($this->table(), ['email' => strtolower($email), 'kind' => $kind,
            'reference' => $reference, 'due_at' => $at, 'sent_at' => $at, 'status' => 'sent', 'store_id' => $storeId]);
    }

    public function due(array $kinds, int $now, int $limit = 500): array
    {
        $db = $this->resource->getConnection();
        $rows = $db->fetchAll($db->select()->from($this->table(),
            ['id' => 'entity_id', 'email', 'kind', 'reference', 'store_id', 'due_at'])
            ->where('status = ?', 'scheduled')->where('due_at <= ?', $now)->where('kind IN (?)', $kinds)
            ->order('due_at')->limit($limit));
        return array_map(fn($r) => ['id' => (int) $r['id'], 'email' => (string) $r['email'], 'kind' => (string) $r['kind'],
            'reference' => (string) $r['reference'], 'store_id' => (int) $r['store_id'], 'due_at' => (int) $r['due_at']], $rows);
    }

    public function markSent(int $id, int $at): void
    {
        $this->resource->getConnection()->update($this->table(), ['status' => 'sent', 'sent_at' => $at], ['entity_id = ?' => $id]);
    }

    public function reschedule(int $id, int $dueAt): void
    {
        $this->resource->getConnection()->update($this->table(), ['due_at' => $dueAt], ['entity_id = ?' => $id]);
    }

    public function cancel(int $id): void
    {
        $this->resource->getConnection()->update($this->table(), ['status' => 'cancelled'], ['entity_id = ?' => $id]);
    }
}
