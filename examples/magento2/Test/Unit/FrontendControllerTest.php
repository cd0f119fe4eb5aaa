<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Controller\Faq\Search;
use ShopCx\CustomerService\Controller\Review\Submit as ReviewSubmit;
use ShopCx\CustomerService\Controller\Survey\Submit as SurveySubmit;
use ShopCx\CustomerService\Model\Config;
use ShopCx\Faq\Index;

final class FrontendControllerTest extends TestCase
{
    private const FORM_KEY = 'fk-0123456789';

    private FakeScopeConfig $scope;
    private Config $config;
    private FixedClock $clock;
    private MemoryFeedback $feedback;
    private RecordingPublisher $queue;
    private ?MemoryFaqSearchLog $faqLog = null;
    private MemoryFeedbackClaims $claims;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->config = new Config($this->scope);
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $this->feedback = new MemoryFeedback();
        $this->queue = new RecordingPublisher();
        $this->claims = new MemoryFeedbackClaims();
    }

    private function search(array $params, ?Index $index): \Magento\Framework\Controller\Result\Json
    {
        $provider = new class($index) implements FaqIndexProviderInterface {
            public function __construct(private ?Index $index)
            {
            }

            public function get(string $lang): ?Index
            {
                return $this->index;
            }
        };
        return (new Search(new FakeRequest($params), new JsonFactory(), $provider, $this->config, new FakeStoreManager(),
            new Escaper(), $this->faqLog ??= new MemoryFaqSearchLog(), new FixedClock(ConfigTest::MONDAY_14H_AMS)))->execute();
    }

    private static function index(): Index
    {
        return Index::build([
            ['id' => 'returns', 'question' => 'How do I return an item?', 'answer' => 'Use the return label in your parcel within 30 days.', 'category' => 'Returns & <refunds>'],
            ['id' => 'delivery', 'question' => 'When will my order be delivered?', 'answer' => 'Orders before 17:00 arrive the next working day.', 'category' => 'Delivery'],
        ], ['lang' => 'en']);
    }

    public function testFaqSearchFindsAndEscapes(): void
    {
        $r = $this->search(['q' => 'return item <script>alert(1)</script>'], self::index());
        $data = $r->data();
        self::assertSame('returns', $data['hits'][0]['id']);
        self::assertSame('return item &lt;script&gt;alert(1)&lt;/script&gt;', $data['query']);
        self::assertSame('Returns &amp; &lt;refunds&gt;', $data['hits'][0]['category']);
        self::assertStringContainsString('<mark>', $data['hits'][0]['question']);
        self::assertStringNotContainsString('<script', $r->body());
    }

    public function testFaqSearchBounds(): void
    {
        self::assertSame(400, $this->search(['q' => str_repeat('a', 201)], self::index())->code());
        self::assertSame(400, $this->search(['q' => "\xc3"], self::index())->code());
        self::assertSame([], $this->search(['q' => 'return'], null)->data()['hits']);
        self::assertFalse($this->search(['q' => '   '], self::index())->data()['answered']);
    }

    private function review(array $params): \Magento\Framework\Controller\Result\Json
    {
        return (new ReviewSubmit(new FakeRequest($params), new JsonFactory(), new Validator(self::FORM_KEY), $this->config,
            new FakeStoreManager(), $this->feedback, $this->clock, new Escaper(),
            new \ShopCx\CustomerService\Model\Webhook\Publisher($this->queue), $this->claims, new MemoryLogger()))->execute();
    }

    private function reviewToken(): string
    {
        return $this->config->reviewInvitation(1)->issue('000000042', 'TEE-M', 'ann@example.nl', $this->clock->now - 86400);
    }

    public function testReviewNeedsTheFormKey(): void
    {
        $params = ['token' => $this->reviewToken(), 'rating' => 5, 'text' => 'Lovely soft shirt, fits really well.'];
        foreach ([$params, $params + ['form_key' => 'wrong'], $params + ['form_key' => ['x']]] as $p) {
            $r = $this->review($p);
            self::assertSame(403, $r->code());
            self::assertSame('Invalid form key. Please refresh the page.', $r->data()['error']);
        }
        self::assertSame([], $this->feedback->reviews);
    }

    public function testTamperedReviewTokenIsRefused(): void
    {
        $token = $this->reviewToken();
        $tampered = substr($token, 0, -2) . (substr($token, -2) === 'AA' ? 'AB' : 'AA');
        foreach ([$tampered, '', 'garbage', "\xff\xfe", str_repeat('x', 3000)] as $t) {
            $r = $this->review(['form_key' => self::FORM_KEY, 'token' => $t, 'rating' => 5, 'text' => 'Lovely soft shirt, fits really well.']);
            self::assertSame(403, $r->code());
            self::assertSame('This link is not valid or has expired.', $r->data()['error']);
        }
        // Signed with another shop's secret.
        $this->scope->set('shopcx/security/token_secret', str_repeat('z', 40));
        $other = (new Config($this->scope))->reviewInvitation(1)->issue('1', 'X', 'a@b.nl', $this->clock->now);
        $this->scope->store = [];
        self::assertSame(403, $this->review(['form_key' => self::FORM_KEY, 'token' => $other, 'rating' => 4, 'text' => 'Fine shirt, good value for money.'])->code());
        self::assertSame([], $this->feedback->reviews);
    }

    public function testMissingTokenSecretIsA503NotACrash(): void
    {
        $token = $this->reviewToken();
        $this->scope->set('shopcx/security/token_secret', '');
        $this->config = new Config($this->scope);
        $r = $this->review(['form_key' => self::FORM_KEY, 'token' => $token, 'rating' => 5, 'text' => 'Lovely soft shirt, fits really well.']);
        self::assertSame(503, $r->code());
        self::assertSame('This form is not available right now.', $r->data()['error']);
        self::assertSame(503, $this->survey(['form_key' => self::FORM_KEY, 'token' => $token, 'answers' => ['ces' => 5]])->code());
    }

    public function testExpiredReviewTokenIsRefused(): void
    {
        $token = $this->reviewToken();
        $this->clock->now += 61 * 86400;
        self::assertSame(403, $this->review(['form_key' => self::FORM_KEY, 'token' => $token, 'rating' => 5, 'text' => 'Lovely soft shirt, fits really well.'])->code());
    }

    public function testVerifiedReviewIsModeratedAndEscaped(): void
    {
        $r = $this->review(['form_key' => self::FORM_KEY, 'token' => $this->reviewToken(), 'rating' => 5,
            'text' => 'Lovely soft shirt <script>alert(1)</script> fits really well.']);
        self::assertSame(200, $r->code());
        self::assertStringNotContainsString('<script>', $r->data()['preview']);
        self::assertStringContainsString('&lt;script&gt;', $r->data()['preview']);
        self::assertSame('000000042', $this->feedback->reviews[0]['order']);
        self::assertSame('TEE-M', $this->feedback->reviews[0]['sku']);
        self::assertSame(5, $this->feedback->reviews[0]['rating']);
        // Counted for the admin report's rating distribution.
        self::assertSame([['review', 1, ['rating' => 5], ConfigTest::MONDAY_14H_AMS]], $this->feedback->responses);
    }

    public function testHeldReviewIsReportedToTheHelpdesk(): void
    {
        $this->scope->set('shopcx/webhook/enabled', '1')->set('shopcx/review/hold_terms', "refund\n");
        $r = $this->review(['form_key' => self::FORM_KEY, 'token' => $this->reviewToken(), 'rating' => 2,
            'text' => 'Still waiting for my refund after three weeks.']);
        self::assertSame('hold', $r->data()['decision']);
        $event = json_decode($this->queue->messages[0][1], true);
        self::assertSame('review.held', $event['type']);
        self::assertSame(['000000042', 'TEE-M', 2], [$event['payload']['order'], $event['payload']['sku'], $event['payload']['rating']]);
        self::assertNotSame([], $event['payload']['reasons']);
    }

    public function testRejectedReviewIsNotCountedInTheRatingDistribution(): void
    {
        $this->scope->set('shopcx/review/deny_terms', "rubbish\n");
        $r = $this->review(['form_key' => self::FORM_KEY, 'token' => $this->reviewToken(), 'rating' => 1,
            'text' => 'Total rubbish, do not buy this shirt.']);
        self::assertSame('reject', $r->data()['decision']);
        self::assertSame([], $this->feedback->responses);
    }

    public function testReviewRatingMustBeOneToFive(): void
    {
        foreach ([0, 6, 'abc'] as $rating) {
            self::assertSame(400, $this->review(['form_key' => self::FORM_KEY, 'token' => $this->reviewToken(), 'rating' => $rating, 'text' => 'Lovely soft shirt, fits really well.'])->code());
        }
    }

    private function survey(array $params): \Magento\Framework\Controller\Result\Json
    {
        return (new SurveySubmit(new FakeRequest($params), new JsonFactory(), new Validator(self::FORM_KEY), $this->config,
            new FakeStoreManager(), $this->feedback, $this->clock, new \ShopCx\CustomerService\Model\Webhook\Publisher($this->queue),
            $this->claims, new MemoryLogger()))->execute();
    }

    public function testSurveyAnswersWithAValidToken(): void
    {
        $token = $this->config->tokens(1)->issue('survey', ['order' => '000000042'], 86400 * 30, $this->clock->now);
        $r = $this->survey(['form_key' => self::FORM_KEY, 'token' => $token, 'answers' => ['ces' => 6, 'comment' => '  quick  ']]);
        self::assertSame(200, $r->code());
        self::assertSame('000000042', $r->data()['order']);
        self::assertSame([['ces', 1, ['ces' => 6, 'comment' => 'quick'], ConfigTest::MONDAY_14H_AMS]], $this->feedback->responses);
    }

    public function testLowSurveyScoreGoesToTheHelpdeskQueue(): void
    {
        // One answer per order's link: three orders.
        $token = fn(string $order) => $this->config->tokens(1)->issue('survey', ['order' => $order], 86400, $this->clock->now);
        $this->survey(['form_key' => self::FORM_KEY, 'token' => $token('000000040'), 'answers' => ['ces' => 2, 'comment' => 'slow']]);
        self::assertSame([], $this->queue->messages);   // webhook off by default
        $this->scope->set('shopcx/webhook/enabled', '1');
        $this->survey(['form_key' => self::FORM_KEY, 'token' => $token('000000041'), 'answers' => ['ces' => 3]]);
        self::assertSame([], $this->queue->messages);   // 3 of 1-7 is not in the lowest third
        $this->survey(['form_key' => self::FORM_KEY, 'token' => $token('000000042'), 'answers' => ['ces' => 2, 'comment' => 'slow']]);
        self::assertSame('shopcx.webhook', $this->queue->messages[0][0]);
        $event = json_decode($this->queue->messages[0][1], true);
        self::assertSame(['survey' => 'ces', 'order' => '000000042', 'scores' => ['ces' => 2], 'comment' => 'slow'], $event['payload']);
        self::assertSame('effort.low_score', $event['type']);
    }

    public function testSurveyRefusesWrongPurposeMissingKeyAndBadAnswers(): void
    {
        $review = $this->reviewToken();
        self::assertSame(403, $this->survey(['form_key' => self::FORM_KEY, 'token' => $review, 'answers' => ['ces' => 6]])->code());
        $token = $this->config->tokens(1)->issue('survey', ['order' => '1'], 86400, $this->clock->now);
        self::assertSame(403, $this->survey(['token' => $token, 'answers' => ['ces' => 6]])->code());
        $bad = $this->survey(['form_key' => self::FORM_KEY, 'token' => $token, 'answers' => ['ces' => 9]]);
        self::assertSame(400, $bad->code());
        self::assertSame('Please answer the questions on the form and send it again.', $bad->data()['error']);
        self::assertSame([], $this->feedback->responses);
    }
}
