<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model;

use ShopCx\Cart\Funnel;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\FeedbackStoreInterface;
use ShopCx\CustomerService\Model\Feedback\Surveys;

/** The figures of Reports > ShopCX customer service for one store view (0: all of default scope). */
class ReportBuilder
{
    public function __construct(
        private readonly Config $config,
        private readonly FeedbackStoreInterface $feedback,
        private readonly CartActivityStoreInterface $carts,
        private readonly ClockInterface $clock
    ) {
    }

    public function build(int $store): array
    {
        $surveys = [];
        foreach (['ces', 'nps', 'csat'] as $id) {
            $surveys[$id] = $this->feedback->report($id, $store)?->result()->toArray();
        }
        $metrics = $this->config->cartDetector($store)->metrics($this->carts->allCarts($store), $this->clock->now());
        $funnel = Funnel::fromCounts(['carts' => $metrics->carts, 'abandoned' => $metrics->abandoned,
            'recovered' => $metrics->recovered]);
        $reviews = $this->feedback->report(Surveys::REVIEW_RATINGS, $store)?->result()->toArray();
        return ['surveys' => $surveys, 'reviews' => $reviews, 'cart' => $metrics->toArray(), 'funnel' => $funnel->toArray()];
    }
}
