<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Checkout\Model\Session as CheckoutSession;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Controller\Result\RedirectFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Escaper;
use Magento\Quote\Api\CartRepositoryInterface;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Cart\Recover;
use ShopCx\CustomerService\Controller\Chat\Invite;
use ShopCx\CustomerService\Controller\Promise\Index as PromiseEndpoint;
use ShopCx\CustomerService\Controller\Review\Submit as ReviewSubmit;
use ShopCx\CustomerService\Controller\Survey\Submit as SurveySubmit;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ConfiguredChatTeam;
use ShopCx\CustomerService\Model\Webhook\Publisher;
use ShopCx\CustomerService\ViewModel\ChatInvitation;
use ShopCx\CustomerService\ViewModel\DeliveryPromise;

/**
 * Issue 24: what the extension says when it refuses (a ValueError about a setting, a survey answer, a
 * secret) is for the merchant's log, not for the visitor: it can name settings, paths and limits.
 * Every public endpoint answers a fixed, translated message and logs the detail.
 */
final class NoExtensionMessagesTest extends TestCase
{
    private const FORM_KEY = 'fk-0123456789';

    private FakeScopeConfig $scope;
    private FixedClock $clock;
    private MemoryLogger $logger;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $this->logger = new MemoryLogger();
    }

    private function survey(array $params): \Magento\Framework\Controller\Result\Json
    {
        return (new SurveySubmit(new FakeRequest(['form_key' => self::FORM_KEY] + $params), new JsonFactory(), new Validator(self::FORM_KEY),
            new Config($this->scope), new FakeStoreManager(), new MemoryFeedback(), $this->clock, new Publisher(new RecordingPublisher()),
            new MemoryFeedbackClaims(), $this->logger))->execute();
    }

    private function review(array $params): \Magento\Framework\Controller\Result\Json
    {
        return (new ReviewSubmit(new FakeRequest(['form_key' => self::FORM_KEY] + $params), new JsonFactory(), new Validator(self::FORM_KEY),
            new Config($this->scope), new FakeStoreManager(), new MemoryFeedback(), $this->clock, new Escaper(),
            new Publisher(new RecordingPublisher()), new MemoryFeedbackClaims(), $this->logger))->execute();
    }

    /** What the extension itself says about a refused value, to compare with what the visitor got. */
    private static function extensionMessage(callable $fn): string
    {
        try {
            $fn();
        } catch (\ValueError|\ShopCx\Exception $e) {
            return $e->getMessage();
        }
        self::fail('the extension accepted it');
    }

    public function testABadSurveyAnswerGetsAFixedMessage(): void
    {
        $token = (new Config($this->scope))->tokens(1)->issue('survey', ['order' => '7'], 86400, $this->clock->now);
        $detail = self::extensionMessage(fn() => (new Config($this->scope))->survey(1)->validate(['ces' => 9]));
        $r = $this->survey(['token' => $token, 'answers' => ['ces' => 9]]);
        self::assertSame(400, $r->code());
        self::assertSame('Please answer the questions on the form and send it again.', $r->data()['error']);
        self::assertStringNotContainsString($detail, $r->body());
        self::assertSame(["info: ShopCX survey answer refused: $detail"], $this->logger->lines);
    }

    public function testAMissingSecretIsLoggedForTheMerchant(): void
    {
        $token = (new Config($this->scope))->tokens(1)->issue('survey', ['order' => '7'], 86400, $this->clock->now);
        $this->scope->set('shopcx/security/token_secret', 'short');
        $detail = self::extensionMessage(fn() => (new Config($this->scope))->tokens(1));
        foreach ([$this->survey(['token' => $token, 'answers' => ['ces' => 5]]),
                  $this->review(['token' => $token, 'rating' => 5, 'text' => 'Lovely soft shirt, fits really well.'])] as $r) {
            self::assertSame(503, $r->code());
            self::assertSame('This form is not available right now.', $r->data()['error']);
            self::assertStringNotContainsString($detail, $r->body());
        }
        self::assertCount(2, $this->logger->lines);
        self::assertSame("error: ShopCX: the token secret cannot be used: $detail", $this->logger->lines[0]);
    }

    /** The cart link with a broken secret threw the ValueError into Magento's error page. */
    public function testTheCartLinkWithAMissingSecretRedirectsWithAFixedMessage(): void
    {
        $this->scope->set('shopcx/security/token_secret', '');
        $messages = new RecordingMessages();
        $quotes = new class implements CartRepositoryInterface {
            public function get($cartId)
            {
                throw new \LogicException('no quote may be loaded without a valid link');
            }
        };
        $redirect = (new Recover(new FakeRequest(['t' => 'v1.anything']), new RedirectFactory(), new Config($this->scope), new FakeStoreManager(),
            $quotes, new CheckoutSession(), new MemoryCarts(), $messages, $this->clock, $this->logger, new FakeCustomerSession(null), new QueryUrl()))->execute();
        self::assertSame('checkout/cart', $redirect->path);
        self::assertSame(['This link cannot be used right now. Your cart is still here.'], $messages->errors);
        self::assertCount(1, $this->logger->lines);
        self::assertStringStartsWith('error: ShopCX: the token secret cannot be used: ', $this->logger->lines[0]);
    }

    public function testABrokenDeliverySettingIsLoggedNotShown(): void
    {
        $this->scope->set('shopcx/delivery/carriers', 'not json');
        $config = new Config($this->scope);
        $promise = new DeliveryPromise($config, new FakeSalableQty(['TEE-M' => 40]), new FakeStoreManager(), $this->clock, new Escaper(), new FakeStockFacts());
        $r = (new PromiseEndpoint(new FakeRequest(['sku' => 'TEE-M']), new JsonFactory(), $promise, $this->logger))->execute();
        self::assertSame(503, $r->code());
        self::assertSame(['error' => 'no delivery promise available'], $r->data());
        self::assertCount(1, $this->logger->lines);
        self::assertStringStartsWith('error: ShopCX delivery promise failed: ', $this->logger->lines[0]);
    }

    public function testBrokenChatRulesAreLoggedNotShown(): void
    {
        $this->scope->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', '{"version":2}');
        $config = new Config($this->scope);
        $r = (new Invite(new FakeRequest(['visit' => '{"pageType":"checkout"}']), new JsonFactory(),
            new ChatInvitation($config, new FakeStoreManager(), $this->clock), new ConfiguredChatTeam($config), new FakeStoreManager(),
            $this->logger, guestVisits()))->execute();
        self::assertSame(['invitation' => null, 'askAgainIn' => null], $r->data());
        self::assertCount(1, $this->logger->lines);
        self::assertStringStartsWith('error: ShopCX chat invitation failed: ', $this->logger->lines[0]);
    }
}
