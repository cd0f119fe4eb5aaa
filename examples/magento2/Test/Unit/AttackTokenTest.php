<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Checkout\Model\Session as CheckoutSession;
use Magento\Framework\App\Request\Http;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Controller\Result\RedirectFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;
use ShopCx\CustomerService\Model\Outreach\OptOutRequest;

/**
 * Issue 24: every signed link (review, survey, cart recovery, opt-out) against forged, rewritten (customer A's
 * link edited to B's order, cart or address: IDOR), expired, replayed and cross-purpose tokens, through the
 * real controllers: a plain message, nothing stored.
 */
final class AttackTokenTest extends TestCase
{
    private const FORM_KEY = 'fk-attack-tokens';
    private const NOW = ConfigTest::MONDAY_14H_AMS;
    private const INVALID = 'This link is not valid or has expired.';
    private const TEXT = 'Lovely soft shirt, fits really well.';

    private FakeScopeConfig $scope;
    private Config $config;
    private FixedClock $clock;
    private MemoryFeedback $feedback;
    private MemoryFeedbackClaims $claims;
    private MemoryOptOuts $optOuts;
    private MemoryCarts $carts;
    private RecordingMessages $messages;
    private array $session = [];

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->config = new Config($this->scope);
        $this->clock = new FixedClock(self::NOW);
        $this->feedback = new MemoryFeedback();
        $this->claims = new MemoryFeedbackClaims();
        $this->optOuts = new MemoryOptOuts();
        $this->carts = new MemoryCarts();
        $this->messages = new RecordingMessages();
    }

    /** The token with its claims changed and its signature kept: what a customer editing a link can make. */
    private static function rewrite(string $token, callable $change): string
    {
        $parts = explode('.', $token);
        self::assertCount(4, $parts, 'v1.<key>.<claims>.<signature>');
        $claims = json_decode((string) base64_decode(strtr($parts[2], '-_', '+/')), true, 8, JSON_THROW_ON_ERROR);
        $parts[2] = rtrim(strtr(base64_encode((string) json_encode($change($claims))), '+/', '-_'), '=');
        return implode('.', $parts);
    }

    private function reviewToken(string $order = '000000042', string $sku = 'TEE-M'): string
    {
        return $this->config->reviewInvitation(1)->issue($order, $sku, 'ann@example.nl', self::NOW - 86400);
    }

    private function surveyToken(string $order = '000000042'): string
    {
        return $this->config->tokens(1)->issue('survey', ['order' => $order], 30 * 86400, self::NOW);
    }

    private function cartToken(int $cart = 5): string
    {
        return $this->config->cartDetector(1)->recoveryToken($this->config->tokens(1), $cart, 1, self::NOW);
    }

    private function optOutToken(string $email = 'ann@example.nl', int $store = 1): string
    {
        return $this->config->tokens($store)->issue(OptOutLink::PURPOSE, ['a' => OptOutLink::hash($email), 's' => $store], OptOutLink::TTL, self::NOW);
    }

    /** Tokens signed with another shop's secret. */
    private function foreign(callable $issue): string
    {
        $other = (new FakeScopeConfig())->set('shopcx/security/token_secret', str_repeat('z', 40));
        $saved = $this->config;
        $this->config = new Config($other);
        try {
            return $issue();
        } finally {
            $this->config = $saved;
        }
    }

    /** @return list<string> tokens no link of this shop ever carried */
    private function forgeries(string $genuine, callable $issue): array
    {
        $parts = explode('.', $genuine);
        return ['', 'garbage', 'v1.k1.e30.', "v1.k1.\xff\xfe.x", str_repeat('A', 3000), substr($genuine, 0, -1) . (str_ends_with($genuine, 'A') ? 'B' : 'A'),
            $parts[0] . '.' . $parts[1] . '.' . $parts[2] . '.', 'v2.' . substr($genuine, 3), $this->foreign($issue)];
    }

    private function review(string $token): \Magento\Framework\Controller\Result\Json
    {
        $request = new FakeRequest(['form_key' => self::FORM_KEY, 'token' => $token, 'rating' => 5, 'text' => self::TEXT]);
        return (new Controller\Review\Submit($request, new JsonFactory(), new Validator(self::FORM_KEY), $this->config, new FakeStoreManager(),
            $this->feedback, $this->clock, new Escaper(), new \ShopCx\CustomerService\Model\Webhook\Publisher(new RecordingPublisher()),
            $this->claims, new MemoryLogger()))->execute();
    }

    private function survey(string $token): \Magento\Framework\Controller\Result\Json
    {
        $request = new FakeRequest(['form_key' => self::FORM_KEY, 'token' => $token, 'answers' => ['ces' => 6]]);
        return (new Controller\Survey\Submit($request, new JsonFactory(), new Validator(self::FORM_KEY), $this->config, new FakeStoreManager(),
            $this->feedback, $this->clock, new \ShopCx\CustomerService\Model\Webhook\Publisher(new RecordingPublisher()), $this->claims,
            new MemoryLogger()))->execute();
    }

    /** The one-click opt-out (JSON answer); the form's POST goes through the same OptOutRequest::read(). */
    private function optOut(string $token, bool $oneClick = true): mixed
    {
        $params = ['t' => $token] + ($oneClick ? [Controller\Optout\Index::ONE_CLICK_FIELD => Controller\Optout\Index::ONE_CLICK_VALUE]
            : ['form_key' => self::FORM_KEY]);
        return (new Controller\Optout\Index(new Http($params, 'POST'), new FakePageFactory(), new JsonFactory(), new RedirectFactory(),
            $this->messages, new Validator(self::FORM_KEY), new FakeStoreManager(), new OptOutRequest($this->config), $this->optOuts,
            $this->clock))->execute();
    }

    /**
     * Quotes 5 (Ann's, customer 11) and 6 (Bob's, customer 12) of store 1, 7 (a guest's) of store 2, 8 (a guest's) of store 1; the quote ids put
     * into the session. $customer: the customer session (logged in as Ann unless said otherwise).
     */
    private function recover(string $token, ?FakeCustomerSession $customer = null): \Magento\Framework\Controller\Result\Redirect
    {
        $session = &$this->session;
        $quotes = new FakeQuotes([5 => new FakeQuote([], ['id' => 5, 'store_id' => 1, 'is_active' => 1, 'customer_id' => 11]),
            6 => new FakeQuote([], ['id' => 6, 'store_id' => 1, 'is_active' => 1, 'customer_id' => 12]),
            7 => new FakeQuote([], ['id' => 7, 'store_id' => 2, 'is_active' => 1]), 8 => new FakeQuote([], ['id' => 8, 'store_id' => 1, 'is_active' => 1])]);
        return (new Controller\Cart\Recover(new FakeRequest(['t' => $token]), new RedirectFactory(), $this->config, new FakeStoreManager(),
            $quotes, new class ($session) extends CheckoutSession {
                public function __construct(private array &$session)
                {
                }

                public function replaceQuote($quote)
                {
                    $this->session[] = (int) $quote->getId();
                    return $this;
                }
            }, $this->carts, $this->messages, $this->clock, new MemoryLogger(), $customer ?? new FakeCustomerSession(11), new QueryUrl()))->execute();
    }

    private function assertRefused(\Magento\Framework\Controller\Result\Json $r, string $what): void
    {
        self::assertSame(403, $r->code(), $what);
        self::assertSame(['error' => self::INVALID], $r->data(), $what);
    }

    public function testTheReviewLinkRefusesForgedRewrittenExpiredCrossPurposeAndReplayedTokens(): void
    {
        $genuine = $this->reviewToken();
        $bad = $this->forgeries($genuine, fn() => $this->reviewToken());
        // Ann's link edited to Bob's order or another product.
        $bad[] = self::rewrite($genuine, fn(array $c) => ['c' => ['o' => '000000043'] + $c['c']] + $c);
        $bad[] = self::rewrite($genuine, fn(array $c) => ['c' => ['i' => 'JEANS-32'] + $c['c']] + $c);
        $bad[] = self::rewrite($genuine, fn(array $c) => ['exp' => $c['exp'] + 86400 * 365] + $c);
        // Another purpose's genuine tokens.
        array_push($bad, $this->surveyToken(), $this->cartToken(), $this->optOutToken());
        foreach ($bad as $i => $token) {
            $this->assertRefused($this->review($token), "review token $i");
        }
        self::assertSame([], $this->feedback->reviews);
        self::assertSame([], $this->claims->rows);
        // Expired: the link's 60 days are over.
        $this->clock->now += 60 * 86400;
        $this->assertRefused($this->review($genuine), 'expired');
        $this->clock->now = self::NOW;
        // Replayed: the first use stores, the second is told so and stores nothing.
        self::assertSame(200, $this->review($genuine)->code());
        $again = $this->review($genuine);
        self::assertSame(409, $again->code());
        self::assertSame(['error' => 'You have already reviewed this product. Thank you!'], $again->data());
        self::assertCount(1, $this->feedback->reviews);
    }

    public function testTheSurveyLinkRefusesForgedRewrittenExpiredCrossPurposeAndReplayedTokens(): void
    {
        $genuine = $this->surveyToken();
        $bad = $this->forgeries($genuine, fn() => $this->surveyToken());
        $bad[] = self::rewrite($genuine, fn(array $c) => ['c' => ['order' => '000000043']] + $c);
        $bad[] = self::rewrite($genuine, fn(array $c) => ['pur' => 'review'] + $c);
        array_push($bad, $this->reviewToken(), $this->cartToken(), $this->optOutToken(),
            $this->config->tokens(1)->issue('cart', ['order' => '000000042'], 86400, self::NOW));
        foreach ($bad as $i => $token) {
            $this->assertRefused($this->survey($token), "survey token $i");
        }
        self::assertSame([], $this->feedback->responses);
        $this->clock->now += 30 * 86400 + 1;
        $this->assertRefused($this->survey($genuine), 'expired');
        $this->clock->now = self::NOW;
        self::assertSame(200, $this->survey($genuine)->code());
        $again = $this->survey($genuine);
        self::assertSame(409, $again->code());
        self::assertSame(['error' => 'You have already answered this survey. Thank you!'], $again->data());
        // A fresh link for the same order is the same answer (claimed by order, not by token).
        self::assertSame(409, $this->survey($this->surveyToken())->code());
        self::assertCount(1, $this->feedback->responses);
    }

    public function testTheCartLinkRestoresOnlyItsOwnQuote(): void
    {
        $genuine = $this->cartToken(5);
        $bad = $this->forgeries($genuine, fn() => $this->cartToken(5));
        // Ann's link edited to Bob's cart (6), or to another store view's cart (7).
        $bad[] = self::rewrite($genuine, fn(array $c) => ['c' => ['cart' => 6] + $c['c']] + $c);
        $bad[] = self::rewrite($genuine, fn(array $c) => ['c' => ['cart' => '6'] + $c['c']] + $c);
        array_push($bad, $this->reviewToken(), $this->surveyToken(), $this->optOutToken(),
            $this->config->tokens(1)->issue('survey', ['cart' => 6, 'step' => 1], 86400, self::NOW));
        foreach ($bad as $i => $token) {
            self::assertSame('checkout/cart', $this->recover($token)->path, "cart token $i");
        }
        self::assertSame([], $this->session, 'no quote put into the session');
        self::assertSame([], $this->carts->rows, 'no recovery counted');
        self::assertSame(array_fill(0, count($bad), self::INVALID), $this->messages->errors);
        // A genuine link of store 2's cart 7, opened in store 1 (same secret): the cart stays where it is.
        $this->recover($this->config->cartDetector(1)->recoveryToken($this->config->tokens(1), 7, 1, self::NOW));
        self::assertSame([], $this->session);
        $this->clock->now += 604800 + 1;
        $this->recover($genuine);
        self::assertSame([], $this->session, 'expired');
        $this->clock->now = self::NOW;
        // The genuine link, twice (the customer clicks the mail again): Ann's cart, one recovery step.
        $this->recover($genuine);
        $this->recover($genuine);
        self::assertSame([5, 5], $this->session);
        self::assertSame([5 => ['recovered_step' => 1]], $this->carts->rows);
    }

    /**
     * Magento's checkout session drops a customer's quote from any other session on the next page (seen in a real
     * 2.4.7-p7: Ann, logged out, clicked her reminder and got "You have no items in your shopping cart", and the
     * reminder counted as a recovery). Logged out: the login page, and back to the link; as Bob: told so.
     */
    public function testACustomersCartLinkAsksForThatCustomersLogin(): void
    {
        $genuine = $this->cartToken(5);
        $loggedOut = new FakeCustomerSession(null);
        $r = $this->recover($genuine, $loggedOut);
        self::assertSame('customer/account/login', $r->path);
        self::assertSame(['Log in to see the cart you saved.'], $this->messages->notices);
        self::assertSame('https://shop.test/shopcx/cart/recover?' . http_build_query(['t' => $genuine]), $loggedOut->beforeAuthUrl);
        $r = $this->recover($genuine, new FakeCustomerSession(12));
        self::assertSame('checkout/cart', $r->path);
        self::assertSame(['This cart was saved in another account. Log out and open the link again to see it.'], $this->messages->errors);
        self::assertSame([], $this->session, 'a quote put into a session that is not its customer\'s');
        self::assertSame([], $this->carts->rows, 'a recovery counted that the customer never saw');
        // After the login Magento sends Ann back to the link: now it restores.
        self::assertSame('checkout/cart', $this->recover($genuine, new FakeCustomerSession(11))->path);
        self::assertSame([5], $this->session);
        self::assertSame([5 => ['recovered_step' => 1]], $this->carts->rows);
        // A guest's cart (8) is restored for whoever holds the link, logged out or not.
        $this->recover($this->cartToken(8), new FakeCustomerSession(null));
        self::assertSame([5, 8], $this->session);
    }

    public function testTheOptOutLinkOptsOutOnlyItsOwnAddressInItsOwnStore(): void
    {
        $genuine = $this->optOutToken();
        $bad = $this->forgeries($genuine, fn() => $this->optOutToken());
        // Ann's link edited to Bob's address, or to store view 2.
        $bad[] = self::rewrite($genuine, fn(array $c) => ['c' => ['a' => OptOutLink::hash('bob@example.nl')] + $c['c']] + $c);
        $bad[] = self::rewrite($genuine, fn(array $c) => ['c' => ['s' => 2] + $c['c']] + $c);
        array_push($bad, $this->reviewToken(), $this->surveyToken(), $this->cartToken(), $this->optOutToken('ann@example.nl', 2),
            $this->config->tokens(1)->issue('survey', ['a' => OptOutLink::hash('bob@example.nl'), 's' => 1], 86400, self::NOW));
        foreach ($bad as $i => $token) {
            $this->assertRefused($this->optOut($token), "opt-out token $i");
            $this->optOut($token, false);
        }
        self::assertSame([], $this->optOuts->rows);
        $this->clock->now += OptOutLink::TTL + 1;
        $this->assertRefused($this->optOut($genuine), 'expired');
        $this->clock->now = self::NOW;
        self::assertSame(200, $this->optOut($genuine)->code());
        $this->clock->now += 60;
        self::assertSame(200, $this->optOut($genuine)->code(), 'replayed: still opted out, nothing else');
        self::assertSame([OptOutLink::hash('ann@example.nl') => [1 => self::NOW]], $this->optOuts->rows);
    }
}
