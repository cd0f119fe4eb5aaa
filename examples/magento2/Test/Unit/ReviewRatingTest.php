<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DataObject;
use Magento\Review\Model\Rating;
use Magento\Review\Model\RatingFactory;
use Magento\Review\Model\ResourceModel\Rating\Collection;
use Magento\Review\Model\ResourceModel\Rating\CollectionFactory;
use Magento\Review\Model\Review;
use Magento\Review\Model\ReviewFactory;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Config\Source\Ratings;
use ShopCx\CustomerService\Model\ResourceModel\FeedbackStore;
use ShopCx\CustomerService\Model\Review\RatingVote;

/** A verified review saved into Magento_Review gets its stars as a vote on the mapped rating(s), or none. */
final class ReviewRatingTest extends TestCase
{
    private FakeScopeConfig $scope;
    private MemoryLogger $logger;

    protected function setUp(): void
    {
        Review::$saved = [];
        Review::$aggregated = 0;
        Rating::$votes = [];
        // Two product ratings as Magento creates them: option ids differ per shop, values are 1-5.
        Rating::$catalog = [4 => [16 => 1, 17 => 2, 18 => 3, 19 => 4, 20 => 5], 7 => [31 => 1, 32 => 2, 33 => 3, 34 => 4, 35 => 5],
            9 => [41 => 1, 42 => 2, 43 => 3]];
        Collection::$codes = [4 => 'Quality', 7 => 'Value', 9 => 'Three stars'];
        Rating::$stores = [7 => [2]];   // "Value" is shown in store view 2 only
        $this->scope = new FakeScopeConfig();
        $this->logger = new MemoryLogger();
    }

    private function save(int $rating, string $decision = 'approve', int $storeId = 1): void
    {
        $products = new class implements \Magento\Catalog\Api\ProductRepositoryInterface {
            public function get($sku, $editMode = false, $storeId = null, $forceReload = false)
            {
                return new DataObject(['id' => $sku === 'TEE-M' ? 501 : 0]);
            }
        };
        $config = new Config($this->scope);
        $store = new FeedbackStore(new ResourceConnection(), new ReviewFactory(), $products, $config,
            new RatingVote($config, new RatingFactory(), $this->logger));
        $store->saveReview(['sku' => 'TEE-M', 'rating' => $rating, 'title' => '', 'text' => 'Lovely soft shirt, fits really well.',
            'decision' => $decision, 'store' => $storeId]);
    }

    public function testMappedRatingsGetTheOptionOfTheStarValue(): void
    {
        $this->scope->set(RatingVote::CONFIG_PATH, '4,7', 2);
        $this->save(4, 'approve', 2);
        self::assertCount(1, Review::$saved);
        self::assertSame(Review::STATUS_APPROVED, Review::$saved[0]['status_id']);
        self::assertSame([   // store view 2 shows both ratings
            ['rating' => 4, 'review' => 100, 'option' => 19, 'product' => 501],
            ['rating' => 7, 'review' => 100, 'option' => 34, 'product' => 501],
        ], Rating::$votes);
        self::assertSame(1, Review::$aggregated);
        self::assertSame([], $this->logger->lines);
    }

    public function testMappingIsPerStoreView(): void
    {
        $this->scope->set(RatingVote::CONFIG_PATH, '4', 1)->set(RatingVote::CONFIG_PATH, '7', 2);
        $this->save(1);
        $this->save(1, 'approve', 2);
        self::assertSame([['rating' => 4, 'review' => 100, 'option' => 16, 'product' => 501],
            ['rating' => 7, 'review' => 101, 'option' => 31, 'product' => 501]], Rating::$votes);
    }

    public function testNoMappingSavesTheReviewWithoutVoteAndWarns(): void
    {
        $this->save(5, 'hold');
        self::assertCount(1, Review::$saved);
        self::assertSame(Review::STATUS_PENDING, Review::$saved[0]['status_id']);
        self::assertSame([], Rating::$votes);
        self::assertSame(0, Review::$aggregated);
        self::assertSame(['warning: ShopCX review 100 (store 1) saved without a star rating: no rating is mapped in shopcx/review/rating_ids'],
            $this->logger->lines);
    }

    /** @return array<string, array{string, string}> */
    public static function invalidMappings(): array
    {
        return [
            'unknown rating' => ['4,12', 'rating 12 does not exist'],
            'not an id' => ['4,<b>x</b>', 'shopcx/review/rating_ids is not a list of rating ids: "4,<b>x</b>"'],
            'no option for 5 stars' => ['9', 'rating 9 has no option with the value 5'],
            'not in this store view' => ['4,7', 'rating 7 is not active for store view 1'],
        ];
    }

    /** @dataProvider invalidMappings */
    public function testInvalidMappingSavesTheReviewWithoutAnyVoteAndWarns(string $mapping, string $why): void
    {
        $this->scope->set(RatingVote::CONFIG_PATH, $mapping);
        $this->save(5);
        self::assertCount(1, Review::$saved);
        self::assertSame([], Rating::$votes, 'no partial vote either');
        self::assertSame(['warning: ShopCX review 100 (store 1) saved without a star rating: ' . $why], $this->logger->lines);
    }

    public function testRejectedReviewIsNotSaved(): void
    {
        $this->scope->set(RatingVote::CONFIG_PATH, '4');
        $this->save(1, 'reject');
        self::assertSame([], Review::$saved);
        self::assertSame([], Rating::$votes);
    }

    public function testSourceModelListsTheProductRatings(): void
    {
        self::assertSame([['value' => '4', 'label' => 'Quality'], ['value' => '7', 'label' => 'Value'], ['value' => '9', 'label' => 'Three stars']],
            (new Ratings(new CollectionFactory()))->toOptionArray());
    }
}
