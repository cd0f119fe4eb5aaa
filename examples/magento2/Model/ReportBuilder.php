<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model;

use Magento\Store\Model\StoreManagerInterface;
use ShopCx\Cart\Funnel;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\FeedbackStoreInterface;
use ShopCx\CustomerService\Model\Feedback\Surveys;
use ShopCx\CustomerService\Model\Report\DateRange;

/**
 * The figures of Reports > ShopCX customer service for one store view and a
 * date range: survey weeks, review ratings and the cart funnel are limited to it; a survey's headline
 * totals ("responses", "questions") stay over all its answers.
 */
class ReportBuilder
{
    public function __construct(
        private readonly Config $config,
        private readonly FeedbackStoreInterface $feedback,
        private readonly CartActivityStoreInterface $carts,
        private readonly ClockInterface $clock,
        private readonly StoreManagerInterface $storeManager
    ) {
    }

    /**
     * The store view of ?store=N. Without one, the first store view: the figures are recorded per store
     * view, so store 0 (the admin scope) has none, and a shop with one store view saw only zeros when it
     * opened the report from the menu.
     */
    public function store(mixed $param): int
    {
        if ($param !== null && $param !== '' && is_scalar($param)) {
            return max(0, (int) $param);
        }
        foreach ($this->storeManager->getStores() as $store) {
            return (int) $store->getId();
        }
        return 0;
    }

    /** The last 12 weeks in the store view's timezone. */
    public function defaultRange(int $store): DateRange
    {
        return DateRange::lastWeeks($this->config->timezone($store), $this->clock->now());
    }

    /** @throws \InvalidArgumentException for dates an admin typed wrong, with the message to show */
    public function range(int $store, mixed $from, mixed $to): DateRange
    {
        return DateRange::fromInput($from, $to, $this->config->timezone($store), $this->clock->now());
    }

    public function build(int $store, ?DateRange $range = null): array
    {
        $range ??= $this->defaultRange($store);
        $surveys = [];
        foreach (['ces', 'nps', 'csat'] as $id) {
            $surveys[$id] = $this->inRange($this->feedback->report($id, $store)?->result()->toArray(), $range);
        }
        $metrics = $this->config->cartDetector($store)->metrics($this->cartsCreatedIn($store, $range), $this->clock->now());
        $funnel = Funnel::fromCounts(['carts' => $metrics->carts, 'abandoned' => $metrics->abandoned,
            'recovered' => $metrics->recovered]);
        $reviews = $this->inRange($this->feedback->report(Surveys::REVIEW_RATINGS, $store)?->result()->toArray(), $range);
        return ['range' => $range->toArray(), 'surveys' => $surveys, 'reviews' => $reviews,
            'ratings' => $this->ratings($reviews), 'cart' => $metrics->toArray(), 'funnel' => $funnel->toArray()];
    }

    /** The result with only the weekly buckets that have a day in the range. */
    private function inRange(?array $result, DateRange $range): ?array
    {
        if ($result !== null) {
            $result['buckets'] = array_values(array_filter($result['buckets'] ?? [],
                fn(array $b) => isset($b['start']) && $range->overlapsWeek((int) $b['start'])));
        }
        return $result;
    }

    /** @return array<int, int> stars (1-5) => reviews saved in the range's weeks */
    private function ratings(?array $reviews): array
    {
        $out = array_fill(1, 5, 0);
        foreach ($reviews['buckets'] ?? [] as $bucket) {
            foreach ($bucket['questions']['rating']['distribution'] ?? [] as $stars => $n) {
                if (isset($out[(int) $stars])) {
                    $out[(int) $stars] += (int) $n;
                }
            }
        }
        return $out;
    }

    /** The funnel counts the carts started in the range, each as it stands now (selected in SQL). */
    private function cartsCreatedIn(int $store, DateRange $range): iterable
    {
        return $this->carts->cartsCreatedBetween($store, $range->start, $range->end);
    }
}
