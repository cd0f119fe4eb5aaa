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

    public function history(string $email): array
    {
        $db = $this->resource->getConnection();
        $rows = $db->fetchAll($db->select()
            ->from($this->resource->getTableName(self::TABLE), ['kind', 'at' => 'COALESCE(sent_at, due_at)'])
            ->where('email = ?', strtolower($email))->order('entity_id DESC')->limit(1000));
        return array_map(fn($r) => ['kind' => (string) $r['kind'], 'at' => (int) $r['at']], $rows);
    }

    public function has(string $email, string $kind, string $reference): bool
    {
        $db = $this->resource->getConnection();
        return (bool) $db->fetchOne($db->select()->from($this->resource->getTableName(self::TABLE), 'entity_id')
            ->where('email = ?', strtolower($email))->where('kind = ?', $kind)->where('reference = ?', $reference)->limit(1));
    }

    public function schedule(string $email, string $kind, string $reference, int $dueAt): void
    {
        $this->resource->getConnection()->insert($this->resource->getTableName(self::TABLE),
            ['email' => strtolower($email), 'kind' => $kind, 'reference' => $reference, 'due_at' => $dueAt]);
    }
}
