<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Catalog\Api\ProductRepositoryInterface;
use Magento\Framework\App\ResourceConnection;
use Magento\Review\Model\Review;
use Magento\Review\Model\ReviewFactory;
use ShopCx\CustomerService\Api\FeedbackStoreInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Feedback\Surveys;
use ShopCx\CustomerService\Model\Review\RatingVote;
use ShopCx\Effort\Report;

/**
 * Reviews go into Magento_Review (approved, pending or not saved, as ShopCX's moderator decided),
 * with their stars as votes on the mapped rating (Model\Review\RatingVote);
 * survey answers are folded into one ShopCx\Effort\Report per survey and store (table shopcx_report).
 */
class FeedbackStore implements FeedbackStoreInterface
{
    private const TABLE = 'shopcx_report';

    public function __construct(
        private readonly ResourceConnection $resource,
        private readonly ReviewFactory $reviewFactory,
        private readonly ProductRepositoryInterface $products,
        private readonly Config $config,
        private readonly RatingVote $ratingVote
    ) {
    }

    public function saveReview(array $review): void
    {
        if ($review['decision'] === 'reject') {
            return;
        }
        $model = $this->reviewFactory->create();
        $productId = (int) $this->products->get((string) $review['sku'])->getId();
        $model->setEntityId($model->getEntityIdByCode(Review::ENTITY_PRODUCT_CODE))
            ->setEntityPkValue($productId)
            ->setStatusId($review['decision'] === 'approve' ? Review::STATUS_APPROVED : Review::STATUS_PENDING)
            ->setTitle($review['title'] !== '' ? $review['title'] : mb_substr($review['text'], 0, 50))
            ->setDetail($review['text'])
            ->setNickname((string) __('Verified buyer'))
            ->setStoreId((int) $review['store'])
            ->setStores([(int) $review['store']])
            ->save();
        // The stars: votes on the mapped rating(s), then Magento's summary (rating_option_vote_aggregated).
        if ($this->ratingVote->write((int) $model->getId(), $productId, (int) $review['rating'], (int) $review['store']) > 0) {
            $model->aggregate();
        }
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
            // Reports stored before weekly buckets existed keep their totals but draw no trend.
            $report = $data ? Report::fromString($this->config->surveyById($survey, $storeId), $data)
                : new Report($this->config->surveyById($survey, $storeId), ['bucket' => Surveys::BUCKET, 'timezone' => $this->config->timezone($storeId)]);
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
        return $data ? Report::fromString($this->config->surveyById($survey, $storeId), $data) : null;
    }
}
