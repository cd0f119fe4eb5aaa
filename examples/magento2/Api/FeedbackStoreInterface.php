<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

use ShopCx\Effort\Report;

/** Where verified reviews and survey answers go (Magento_Review / table shopcx_report). */
interface FeedbackStoreInterface
{
    public function saveReview(array $review): void;

    public function addSurveyResponse(string $survey, int $storeId, array $answers, int $at): void;

    public function report(string $survey, int $storeId): ?Report;
}
