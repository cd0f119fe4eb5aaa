<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Catalog\Api\ProductRepositoryInterface;
use Magento\Framework\App\ResourceConnection;
use Magento\Review\Model\Review;
use Magento\Review\Model\ReviewFactory;
use ShopCx\CustomerService\Api\FeedbackStoreInterface;
use ShopCx\Effort\Report;
use ShopCx\Effort\Survey;

/**
 * Reviews go into Magento_Review (approved, pending or not saved, as ShopCX's moderator decided);
 * survey answers are folded into one ShopCx\Effort\Report per survey and store (table shopcx_report).
 */
class FeedbackStore implements FeedbackStoreInterface
{
    private const TABLE = 'shopcx_report';

    public function __construct(
        private readonly ResourceConnection $resource,
        private readonly ReviewFactory $reviewFactory,
        private readonly ProductRepositoryInterface $products
    ) {
    }

    public function saveReview(array $review): void
    {
        if ($review['decision'] === 'reject') {
            return;
        }
        $model = $this->reviewFactory->create();
        $model->setEntityId($model->getEntityIdByCode(Review::ENTITY_PRODUCT_CODE))
            ->setEntityPkValue((int) $this->products->get((string) $review['sku'])->getId())
            ->setStatusId($review['decision'] === 'approve' ? Review::STATUS_APPROVED : Review::STATUS_PENDING)
            ->setTitle($review['title'] !== '' ? $review['title'] : mb_substr($review['text'], 0, 50))
            ->setDetail($review['text'])
            ->setNickname((string) __('Verified buyer'))
            ->setStoreId((int) $review['store'])
            ->setStores([(int) $review['store']])
            ->save();
        // The star rating needs a Magento rating option id per shop: map $review['rating'] in a plugin.
    }

    public function addSurveyResponse(string $survey, int $storeId, array $answers, int $at): void
    {
        $db = $this->resource->getConnection();
        $table = $this->resource->getTableName(self::TABLE);
        $db->beginTransaction();
        try {
            // FOR UPDATE: two answers arriving together must not overwrite each other's report.
            $data = $db->fetchOne($db->select()->from($table, 'data')->where('survey = ?', $survey)
                ->where('store_id = ?', $storeId)->forUpdate(true));
            $report = $data ? Report::fromString($this->definition($survey), $data) : new Report($this->definition($survey));
            $report->add($answers, $at);
            $db->insertOnDuplicate($table, ['survey' => $survey, 'store_id' => $storeId, 'data' => $report->toString(),
                'updated_at' => $at], ['data', 'updated_at']);
            $db->commit();
        } catch (\Throwable $e) {
            $db->rollBack();
            throw $e;
        }
    }

    public function report(string $survey, int $storeId): ?Report
    {
        $db = $this->resource->getConnection();
        $data = $db->fetchOne($db->select()->from($this->resource->getTableName(self::TABLE), 'data')
            ->where('survey = ?', $survey)->where('store_id = ?', $storeId));
        return $data ? Report::fromString($this->definition($survey), $data) : null;
    }

    private function definition(string $survey): Survey
    {
        return match ($survey) {
            'nps' => Survey::nps(),
            'csat' => Survey::csat(),
            'effort' => Survey::effort(),
            default => Survey::ces(),
        };
    }
}
