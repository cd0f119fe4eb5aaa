<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use ShopCx\CustomerService\Api\FaqStatsInterface;

/** shopcx_faq_click (lang, entry_id, clicks) and shopcx_faq_coview (lang, entry_id, other_id, views), both directions. */
class FaqStats implements FaqStatsInterface
{
    public const CLICKS = 'shopcx_faq_click';
    public const COVIEWS = 'shopcx_faq_coview';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    public function click(string $lang, string $id, array $viewedBefore): void
    {
        $db = $this->resource->getConnection();
        $db->insertOnDuplicate($this->resource->getTableName(self::CLICKS), ['lang' => $lang, 'entry_id' => $id, 'clicks' => 1],
            ['clicks' => new \Zend_Db_Expr('clicks + 1')]);
        $table = $this->resource->getTableName(self::COVIEWS);
        foreach (array_slice(array_values(array_unique(array_diff($viewedBefore, [$id]))), 0, 5) as $other) {
            foreach ([[$id, $other], [$other, $id]] as [$a, $b]) {
                $db->insertOnDuplicate($table, ['lang' => $lang, 'entry_id' => $a, 'other_id' => $b, 'views' => 1],
                    ['views' => new \Zend_Db_Expr('views + 1')]);
            }
        }
    }

    public function popularity(string $lang): array
    {
        $db = $this->resource->getConnection();
        $rows = $db->fetchAll($db->select()->from($this->resource->getTableName(self::CLICKS), ['entry_id', 'clicks'])
            ->where('lang = ?', $lang));
        return array_combine(array_map('strval', array_column($rows, 'entry_id')), array_map('intval', array_column($rows, 'clicks')));
    }

    public function coViews(string $lang, string $id): array
    {
        $db = $this->resource->getConnection();
        $rows = $db->fetchAll($db->select()->from($this->resource->getTableName(self::COVIEWS), ['other_id', 'views'])
            ->where('lang = ?', $lang)->where('entry_id = ?', $id)->order('views DESC')->limit(50));
        return array_combine(array_map('strval', array_column($rows, 'other_id')), array_map('intval', array_column($rows, 'views')));
    }
}
