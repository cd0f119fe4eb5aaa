<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use ShopCx\CustomerService\Api\FaqSearchLogInterface;

/** shopcx_faq_unanswered: (store_id, kind, term) unique, with a count and the first and last time seen. */
class FaqSearchLog implements FaqSearchLogInterface
{
    public const TABLE = 'shopcx_faq_unanswered';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    public function record(int $storeId, ?string $query, array $unknownWords, int $at): void
    {
        $terms = $query === null ? [] : [[self::KIND_QUERY, $query]];
        foreach (array_unique($unknownWords) as $word) {
            $terms[] = [self::KIND_WORD, $word];
        }
        $db = $this->resource->getConnection();
        $table = $this->resource->getTableName(self::TABLE);
        foreach ($terms as [$kind, $term]) {
            $known = $db->update($table, ['hits' => new \Zend_Db_Expr('hits + 1'), 'last_seen' => $at],
                ['store_id = ?' => $storeId, 'kind = ?' => $kind, 'term = ?' => $term]);
            if ($known > 0) {
                continue;
            }
            $count = (int) $db->fetchOne($db->select()->from($table, 'COUNT(*)')->where('store_id = ?', $storeId)->where('kind = ?', $kind));
            if ($count < self::CAP) {
                // Two first searches at once: the unique key keeps one row, the other adds to it.
                $db->insertOnDuplicate($table, ['store_id' => $storeId, 'kind' => $kind, 'term' => $term, 'hits' => 1,
                    'first_seen' => $at, 'last_seen' => $at], ['last_seen']);
            }
        }
    }

    public function top(int $storeId, string $kind, int $limit = 100): array
    {
        $db = $this->resource->getConnection();
        $rows = $db->fetchAll($db->select()->from($this->resource->getTableName(self::TABLE), ['kind', 'term', 'hits', 'last_seen'])
            ->where('store_id = ?', $storeId)->where('kind = ?', $kind)->order(['hits DESC', 'last_seen DESC'])->limit($limit));
        return array_map(static fn(array $r) => ['kind' => (string) $r['kind'], 'term' => (string) $r['term'],
            'count' => (int) $r['hits'], 'last_seen' => (int) $r['last_seen']], $rows);
    }

    public function clear(int $storeId): int
    {
        return $this->resource->getConnection()->delete($this->resource->getTableName(self::TABLE), ['store_id = ?' => $storeId]);
    }
}
