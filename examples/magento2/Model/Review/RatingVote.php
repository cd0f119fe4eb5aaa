<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Review;

use Magento\Review\Model\RatingFactory;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * Writes a review's 1-5 stars as Magento rating votes, for the rating(s) the merchant mapped in
 * Stores > Configuration > ShopCX > Review invitations > "Star rating goes to" (per store view).
 * Option ids differ per shop, so each is looked up among the rating's options by its value. When the
 * mapping is missing or any mapped rating cannot take the value, no vote is written at all and a
 * warning says why: a wrong star count is worse than none.
 */
class RatingVote
{
    public const CONFIG_PATH = 'shopcx/review/rating_ids';

    public function __construct(
        private readonly Config $config,
        private readonly RatingFactory $ratingFactory,
        private readonly LoggerInterface $logger
    ) {
    }

    /** @return int votes written */
    public function write(int $reviewId, int $productId, int $stars, int $storeId): int
    {
        $options = $this->resolve($stars, $storeId, $reviewId);
        foreach ($options as $ratingId => $optionId) {
            $this->ratingFactory->create()->setRatingId($ratingId)->setReviewId($reviewId)
                ->addOptionVote($optionId, $productId);
        }
        return count($options);
    }

    /** @return array<int, int> rating id => option id, or [] (logged) when the mapping cannot be used */
    private function resolve(int $stars, int $storeId, int $reviewId): array
    {
        $raw = $this->config->value(self::CONFIG_PATH, $storeId);
        $refuse = function (string $why) use ($reviewId, $storeId): array {
            $this->logger->warning(sprintf('ShopCX review %d (store %d) saved without a star rating: %s', $reviewId, $storeId, $why));
            return [];
        };
        if ($raw === '') {
            return $refuse('no rating is mapped in ' . self::CONFIG_PATH);
        }
        if ($stars < 1 || $stars > 5) {
            return $refuse('the rating ' . $stars . ' is not 1-5');
        }
        $out = [];
        foreach (explode(',', $raw) as $id) {
            $id = trim($id);
            if (!ctype_digit($id) || (int) $id < 1) {
                return $refuse(sprintf('%s is not a list of rating ids: "%s"', self::CONFIG_PATH, mb_substr($raw, 0, 64)));
            }
            $rating = $this->ratingFactory->create()->load((int) $id);
            if (!$rating->getId()) {
                return $refuse('rating ' . $id . ' does not exist');
            }
            // Magento loads a rating's store views into "stores" and has an is_active flag: a vote on a
            // rating the store view does not show would never appear in its summary.
            $stores = $rating->getStores();
            if ($rating->getIsActive() === '0' || $rating->getIsActive() === 0
                || (is_array($stores) && !in_array($storeId, array_map('intval', $stores), true))) {
                return $refuse(sprintf('rating %s is not active for store view %d', $id, $storeId));
            }
            $optionId = null;
            foreach ($rating->getOptions() as $option) {
                if ((int) $option->getValue() === $stars) {
                    $optionId = (int) $option->getId();
                }
            }
            if ($optionId === null) {
                return $refuse(sprintf('rating %s has no option with the value %d', $id, $stars));
            }
            $out[(int) $id] = $optionId;
        }
        return $out;
    }
}
