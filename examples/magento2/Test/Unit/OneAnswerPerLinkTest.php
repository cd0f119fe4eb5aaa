<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Review\Submit as ReviewSubmit;
use ShopCx\CustomerService\Controller\Survey\Submit as SurveySubmit;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Webhook\Publisher;

/**
 * Seen on Magento 2.4.7-p7: the review link of one order item posted a second "Verified buyer" review
 * (both approved, both with stars, both counted in the report), and one survey link answered twice was
 * counted twice. The tokens are stateless and valid for weeks; the shop has to remember what was used.
 */
final class OneAnswerPerLinkTest extends TestCase
{
    private const FORM_KEY = 'fk-0123456789';

    private Config $config;
    private FixedClock $clock;
    private MemoryFeedback $feedback;
    private MemoryFeedbackClaims $claims;

    protected function setUp(): void
    {
        $this->config = new Config(new FakeScopeConfig());
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $this->feedback = new MemoryFeedback();
        $this->claims = new MemoryFeedbackClaims();
    }

    private function review(string $token, int $rating, string $text, int $store = 1): \Magento\Framework\Controller\Result\Json
    {
        return (new ReviewSubmit(new FakeRequest(['form_key' => self::FORM_KEY, 'token' => $token, 'rating' => $rating, 'text' => $text]),
            new JsonFactory(), new Validator(self::FORM_KEY), $this->config, new FakeStoreManager([$store]), $this->feedback,
            $this->clock, new Escaper(), new Publisher(new RecordingPublisher()), $this->claims, new MemoryLogger()))->execute();
    }

    private function survey(string $token, int $ces, int $store = 1): \Magento\Framework\Controller\Result\Json
    {
        return (new SurveySubmit(new FakeRequest(['form_key' => self::FORM_KEY, 'token' => $token, 'answers' => ['ces' => $ces]]),
            new JsonFactory(), new Validator(self::FORM_KEY), $this->config, new FakeStoreManager([$store]), $this->feedback,
            $this->clock, new Publisher(new RecordingPublisher()), $this->claims, new MemoryLogger()))->execute();
    }

    public function testAReviewLinkPostsOneReview(): void
    {
        $token = $this->config->reviewInvitation(1)->issue('000000002', 'SCX-TEAPOT', 'paula@example.nl', $this->clock->now - 60);
        self::assertSame(200, $this->review($token, 4, 'The teapot pours well and keeps the tea warm.')->code());
        $again = $this->review($token, 1, 'Second review from the same link, should be refused.');
        self::assertSame(409, $again->code());
        self::assertSame('You have already reviewed this product. Thank you!', $again->data()['error']);
        self::assertCount(1, $this->feedback->reviews);
        self::assertSame([['review', 1, ['rating' => 4], $this->clock->now]], $this->feedback->responses);
        // The same order's other item has its own link and its own review.
        $other = $this->config->reviewInvitation(1)->issue('000000002', 'SCX-MUG', 'paula@example.nl', $this->clock->now - 60);
        self::assertSame(200, $this->review($other, 5, 'A sturdy mug that keeps coffee hot.')->code());
        self::assertCount(2, $this->feedback->reviews);
    }

    public function testARejectedReviewDoesNotUseTheLinkUp(): void
    {
        $config = new Config((new FakeScopeConfig())->set('shopcx/review/deny_terms', 'dumpshop'));
        $this->config = $config;
        $token = $config->reviewInvitation(1)->issue('000000003', 'SCX-MUG', 'gina@example.nl', $this->clock->now - 60);
        self::assertSame('reject', $this->review($token, 1, 'What a dumpshop, never again here.')->data()['decision']);
        self::assertSame(200, $this->review($token, 3, 'The mug is fine, the delivery was slow.')->code());
        self::assertSame('approve', $this->feedback->reviews[1]['decision']);
    }

    public function testASurveyLinkIsAnsweredOnce(): void
    {
        $token = $this->config->tokens(1)->issue('survey', ['order' => '000000002'], 86400 * 30, $this->clock->now);
        self::assertSame(200, $this->survey($token, 6)->code());
        $again = $this->survey($token, 1);
        self::assertSame(409, $again->code());
        self::assertSame('You have already answered this survey. Thank you!', $again->data()['error']);
        self::assertCount(1, $this->feedback->responses);
        // A newer link for the same order (issued again) is the same survey: still one answer.
        $newer = $this->config->tokens(1)->issue('survey', ['order' => '000000002'], 86400 * 30, $this->clock->now - 30);
        self::assertSame(409, $this->survey($newer, 2)->code());
    }

    /**
     * The token secret is a website (or default) setting, so one link verifies in every store view of the
     * website (another language's URL, ___store=): the claim was per store view and let a second review in.
     */
    public function testOneLinkIsOneAnswerInEveryStoreView(): void
    {
        $token = $this->config->reviewInvitation(1)->issue('000000004', 'SCX-TEAPOT', 'paula@example.nl', $this->clock->now - 60);
        self::assertSame(200, $this->review($token, 5, 'The teapot pours well and keeps the tea warm.', 1)->code());
        self::assertSame(409, $this->review($token, 1, 'Second review from the same link, other store view.', 2)->code());
        self::assertCount(1, $this->feedback->reviews);
        $survey = $this->config->tokens(1)->issue('survey', ['order' => '000000004'], 86400 * 30, $this->clock->now);
        self::assertSame(200, $this->survey($survey, 6, 1)->code());
        self::assertSame(409, $this->survey($survey, 1, 2)->code());
        self::assertCount(2, $this->feedback->responses);   // the review's rating and one survey answer
    }

    /**
     * Two posts of one link at once: the second arrives while the first is still saving its review.
     * The claim is taken before the review is written, so the second finds it and stores nothing.
     */
    public function testAConcurrentSecondPostStoresNothing(): void
    {
        $token = $this->config->reviewInvitation(1)->issue('000000005', 'SCX-MUG', 'gina@example.nl', $this->clock->now - 60);
        $second = null;
        $this->feedback->duringSave = function () use (&$second, $token): void {
            $second = $this->review($token, 1, 'The same link posted again while the first is saving.');
        };
        self::assertSame(200, $this->review($token, 4, 'A sturdy mug that keeps coffee hot for long.')->code());
        self::assertNotNull($second);
        self::assertSame(409, $second->code());
        self::assertCount(1, $this->feedback->reviews);
        self::assertSame(4, $this->feedback->reviews[0]['rating']);
    }

    /** A failed save gives the claim back (the customer may try again); nothing half-stored stays claimed. */
    public function testAFailedSaveReleasesTheClaim(): void
    {
        $token = $this->config->reviewInvitation(1)->issue('000000006', 'SCX-MUG', 'gina@example.nl', $this->clock->now - 60);
        $this->feedback->duringSave = function (): void {
            throw new \RuntimeException('database gone');
        };
        try {
            $this->review($token, 4, 'A sturdy mug that keeps coffee hot for long.');
            self::fail('the save error should reach Magento');
        } catch (\RuntimeException) {
        }
        self::assertSame([], $this->claims->rows);
    }
}
