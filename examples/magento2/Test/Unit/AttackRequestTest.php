<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Checkout\Model\Session as CheckoutSession;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\App\ActionInterface;
use Magento\Framework\App\CsrfAwareActionInterface;
use Magento\Framework\App\Request\Http;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Controller\Result\RedirectFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Controller;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;
use ShopCx\CustomerService\Model\Outreach\OptOutRequest;
use ShopCx\Faq\Index;
use ShopCx\Webhook\Client;

/**
 * Issue 24, the attack pass CI can run: CSRF, HTTP method and ACL of every controller in Controller/,
 * through the real classes and what Magento 2.4.7's front controller does before execute() (see dispatch()).
 * A controller added without a decision in DECISIONS fails testEveryControllerHasADecision.
 */
final class AttackRequestTest extends TestCase
{
    private const FORM_KEY = 'fk-attack-0123456789';
    private const NOW = ConfigTest::MONDAY_14H_AMS;
    private const INTERACTION_SECRET = 'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii';

    /**
     * Per controller: the HTTP methods it takes and how a state-changing request is authenticated.
     * read: changes nothing (Faq\Search adds to the bounded log of unanswered searches, as a GET
     * like any search); form_key: Magento's CsrfValidator checks the form key of the POST (Review and
     * Survey, and every admin action, check it again themselves); hmac: exempt from the form key
     * (CsrfAwareActionInterface), the signed body is checked in execute(); token: a GET from an e-mail
     * link, authenticated by the signed token in it; form_key+one_click: the form's POST needs the
     * form key, the RFC 8058 one-click POST (no session) only the signed token.
     */
    private const DECISIONS = [
        Controller\Cart\Recover::class => [['GET'], 'token'],
        Controller\Chat\Accept::class => [['POST'], 'form_key'],
        Controller\Chat\Invite::class => [['GET'], 'read'],
        Controller\Faq\Click::class => [['POST'], 'form_key'],
        Controller\Faq\Index::class => [['GET'], 'read'],
        Controller\Faq\Related::class => [['GET'], 'read'],
        Controller\Faq\Search::class => [['GET'], 'read'],
        Controller\Faq\Suggest::class => [['GET'], 'read'],
        Controller\Interaction\Report::class => [['POST'], 'hmac'],
        Controller\Optout\Index::class => [['GET', 'POST'], 'form_key+one_click'],
        Controller\Promise\Index::class => [['GET'], 'read'],
        Controller\Review\Index::class => [['GET'], 'read'],
        Controller\Review\Submit::class => [['POST'], 'form_key'],
        Controller\Survey\Index::class => [['GET'], 'read'],
        Controller\Survey\Submit::class => [['POST'], 'form_key'],
        Controller\Adminhtml\Faq\Clear::class => [['POST'], 'form_key'],
        Controller\Adminhtml\Faq\Searches::class => [['GET'], 'read'],
        Controller\Adminhtml\Faq\Starter::class => [['POST'], 'form_key'],
        Controller\Adminhtml\Report\Data::class => [['GET'], 'read'],
        Controller\Adminhtml\Report\Index::class => [['GET'], 'read'],
        Controller\Adminhtml\Webhook\Delete::class => [['POST'], 'form_key'],
        Controller\Adminhtml\Webhook\Retry::class => [['POST'], 'form_key'],
    ];

    private FakeScopeConfig $scope;
    private FixedClock $clock;
    private MemoryFeedback $feedback;
    private MemoryFeedbackClaims $claims;
    private MemoryInteractions $interactions;
    private MemoryFaqStats $stats;
    private MemoryOptOuts $optOuts;
    private MemoryCarts $carts;
    private RecordingMessages $messages;
    /** @var list<int> quote ids put into the checkout session */
    private array $replaced = [];

    protected function setUp(): void
    {
        $this->scope = (new FakeScopeConfig())->set('shopcx/interaction/enabled', '1')
            ->set('shopcx/interaction/secret', self::INTERACTION_SECRET);
        $this->clock = new FixedClock(self::NOW);
        $this->feedback = new MemoryFeedback();
        $this->claims = new MemoryFeedbackClaims();
        $this->interactions = new MemoryInteractions();
        $this->stats = new MemoryFaqStats();
        $this->optOuts = new MemoryOptOuts();
        $this->carts = new MemoryCarts();
        $this->messages = new RecordingMessages();
    }

    /** @return list<class-string> every concrete class under Controller/ */
    public static function controllers(): array
    {
        $root = dirname(__DIR__, 2);
        $found = [];
        $it = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator("$root/Controller", \FilesystemIterator::SKIP_DOTS));
        foreach ($it as $file) {
            if ($file->getExtension() !== 'php') {
                continue;
            }
            $class = 'ShopCx\\CustomerService\\' . str_replace('/', '\\', substr($file->getPathname(), strlen($root) + 1, -4));
            if (!(new \ReflectionClass($class))->isAbstract()) {
                $found[] = $class;
            }
        }
        sort($found);
        return $found;
    }

    /**
     * What Magento 2.4.7's front controller checks before execute() (App\FrontController::processRequest()
     * runs App\Request\ValidatorInterface, i.e. CompositeValidator: HttpMethodValidator, then CsrfValidator):
     * - HttpMethodValidator: an action implementing any Http<Method>ActionInterface takes only those methods
     *   (else 404, "method");
     * - CsrfValidator (frontend and adminhtml): validateForCsrf() of a CsrfAwareActionInterface decides;
     *   when that says null, or the action is not CsrfAware, the request is valid when it is not a POST,
     *   or is an XMLHttpRequest, or carries the session's form key (else "csrf", a redirect with "Invalid Form Key").
     */
    private static function dispatch(ActionInterface $action, Http $request, Validator $formKeys, ?callable $run = null): mixed
    {
        $map = ['GET' => HttpGetActionInterface::class, 'POST' => HttpPostActionInterface::class];
        $limited = array_intersect($map, class_implements($action)) !== [];
        if (!isset($map[$request->getMethod()]) || ($limited && !$action instanceof $map[$request->getMethod()])) {
            return 'method';
        }
        $valid = $action instanceof CsrfAwareActionInterface ? $action->validateForCsrf($request) : null;
        if ($valid === null) {
            $valid = !$request->isPost() || $request->isXmlHttpRequest() || $formKeys->validate($request);
        }
        if (!$valid) {
            return 'csrf';
        }
        return $run !== null ? $run() : $action->execute();
    }

    /** @return list<string> */
    private static function methods(string $class): array
    {
        $out = [];
        foreach (['GET' => HttpGetActionInterface::class, 'POST' => HttpPostActionInterface::class] as $method => $interface) {
            if (is_subclass_of($class, $interface)) {
                $out[] = $method;
            }
        }
        return $out;
    }

    public function testEveryControllerHasADecision(): void
    {
        $decided = array_keys(self::DECISIONS);
        sort($decided);
        self::assertSame($decided, self::controllers(), 'a controller without a CSRF/method decision (or a decision for a removed one)');
        foreach (self::DECISIONS as $class => [$methods, $how]) {
            self::assertSame($methods, self::methods($class), "$class: its Http*ActionInterface");
            // Only the signed routes may replace Magento's form-key check.
            self::assertSame(in_array($how, ['hmac', 'form_key+one_click'], true), is_subclass_of($class, CsrfAwareActionInterface::class), $class);
            if ($how === 'form_key') {
                self::assertNotContains('GET', $methods, "$class changes state: POST only");
            }
        }
    }

    // ---- the frontend actions, built with their real collaborators where the test can have them

    private function faqProvider(): FaqIndexProviderInterface
    {
        $index = Index::build([['id' => 'returns', 'question' => 'How do I return an item?', 'answer' => 'With the label.'],
            ['id' => 'delivery', 'question' => 'When is my order delivered?', 'answer' => 'Next working day.']], ['lang' => 'en']);
        return new class ($index) implements FaqIndexProviderInterface {
            public function __construct(private Index $index)
            {
            }

            public function get(string $lang): ?Index
            {
                return $this->index;
            }
        };
    }

    /** The frontend action of $class on $request, a valid link or signature in $request's parameters where it needs one. */
    private function action(string $class, Http $request): ActionInterface
    {
        $config = new Config($this->scope);
        $json = new JsonFactory();
        $keys = new Validator(self::FORM_KEY);
        $stores = new FakeStoreManager();
        $logger = new MemoryLogger();
        $publisher = new \ShopCx\CustomerService\Model\Webhook\Publisher(new RecordingPublisher());
        $replaced = &$this->replaced;
        return match ($class) {
            Controller\Review\Submit::class => new Controller\Review\Submit($request, $json, $keys, $config, $stores, $this->feedback,
                $this->clock, new Escaper(), $publisher, $this->claims, $logger),
            Controller\Survey\Submit::class => new Controller\Survey\Submit($request, $json, $keys, $config, $stores, $this->feedback,
                $this->clock, $publisher, $this->claims, $logger),
            Controller\Chat\Accept::class => new Controller\Chat\Accept($json, new FakeShopper(customer: 7), $this->interactions, $config,
                $stores, $this->clock),
            Controller\Faq\Click::class => new Controller\Faq\Click($request, $json, $this->stats, $this->faqProvider(), $config, $stores),
            Controller\Interaction\Report::class => new Controller\Interaction\Report($request, $json, $config, $stores, $this->clock,
                $this->interactions, $logger),
            Controller\Optout\Index::class => new Controller\Optout\Index($request, new FakePageFactory(), $json, new RedirectFactory(),
                $this->messages, $keys, $stores, new OptOutRequest($config), $this->optOuts, $this->clock),
            Controller\Cart\Recover::class => new Controller\Cart\Recover($request, new RedirectFactory(), $config, $stores,
                new FakeQuotes([5 => new FakeQuote([], ['store_id' => 1, 'is_active' => 1])]),
                new class ($replaced) extends CheckoutSession {
                    public function __construct(private array &$replaced)
                    {
                    }

                    public function replaceQuote($quote)
                    {
                        $this->replaced[] = 5;
                        return $this;
                    }
                }, $this->carts, $this->messages, $this->clock, $logger, new FakeCustomerSession(null), new QueryUrl()),
        };
    }

    /** The valid request parameters (form key aside) of each state-changing frontend action, and what it stored. */
    private function validParams(string $class): array
    {
        $config = new Config($this->scope);
        return match ($class) {
            Controller\Review\Submit::class => ['token' => $config->reviewInvitation(1)->issue('000000042', 'TEE-M', 'ann@example.nl', self::NOW - 86400),
                'rating' => 5, 'text' => 'Lovely soft shirt, fits really well.'],
            Controller\Survey\Submit::class => ['token' => $config->tokens(1)->issue('survey', ['order' => '000000042'], 86400, self::NOW),
                'answers' => ['ces' => 6]],
            Controller\Chat\Accept::class => [],
            Controller\Faq\Click::class => ['id' => 'returns'],
            Controller\Optout\Index::class => ['t' => $config->tokens(1)->issue(OptOutLink::PURPOSE, ['a' => OptOutLink::hash('ann@example.nl'), 's' => 1],
                86400, self::NOW)],
        };
    }

    private function stored(): array
    {
        return ['reviews' => $this->feedback->reviews, 'responses' => $this->feedback->responses, 'interactions' => $this->interactions->rows,
            'clicks' => $this->stats->clicks, 'optouts' => $this->optOuts->rows, 'carts' => $this->carts->rows, 'session' => $this->replaced];
    }

    /** @return array<string, array{class-string}> */
    public static function formKeyActions(): array
    {
        return ['review' => [Controller\Review\Submit::class], 'survey' => [Controller\Survey\Submit::class],
            'chat accept' => [Controller\Chat\Accept::class], 'faq click' => [Controller\Faq\Click::class],
            'opt-out form' => [Controller\Optout\Index::class]];
    }

    /** @dataProvider formKeyActions */
    public function testAStateChangingFrontendActionRefusesGetAndAPostWithoutTheFormKey(string $class): void
    {
        $params = $this->validParams($class);
        $empty = $this->stored();
        $keys = new Validator(self::FORM_KEY);
        if ($class !== Controller\Optout\Index::class) {
            $get = new Http($params + ['form_key' => self::FORM_KEY], 'GET');
            self::assertSame('method', self::dispatch($this->action($class, $get), $get, $keys), 'GET is refused');
        }
        foreach ([$params, $params + ['form_key' => 'fk-from-another-session'], $params + ['form_key' => ['x']]] as $p) {
            $post = new Http($p, 'POST');
            self::assertSame('csrf', self::dispatch($this->action($class, $post), $post, $keys), 'a cross-site POST');
        }
        self::assertSame($empty, $this->stored(), 'nothing stored');
        // With the session's form key the same request goes through and stores (so the refusals above were the form key's).
        $post = new Http($params + ['form_key' => self::FORM_KEY], 'POST');
        self::dispatch($this->action($class, $post), $post, $keys);
        self::assertNotSame($empty, $this->stored(), 'the genuine POST stored');
    }

    /** Review and survey check the form key themselves too: an XMLHttpRequest skips Magento's check, not theirs. */
    public function testReviewAndSurveyCheckTheFormKeyThemselvesToo(): void
    {
        foreach ([Controller\Review\Submit::class, Controller\Survey\Submit::class] as $class) {
            $post = (new Http($this->validParams($class), 'POST'))->withHeader('X-Requested-With', 'XMLHttpRequest');
            $r = self::dispatch($this->action($class, $post), $post, new Validator(self::FORM_KEY));
            self::assertSame(403, $r->code(), $class);
            self::assertSame(['error' => 'Invalid form key. Please refresh the page.'], $r->data());
        }
        self::assertSame([], $this->feedback->reviews);
        self::assertSame([], $this->feedback->responses);
    }

    public function testTheSignedInteractionRouteNeedsNoFormKeyButItsSignature(): void
    {
        $body = (string) json_encode(['id' => 'evt-9', 'type' => 'interaction.contact', 'time' => self::NOW,
            'data' => ['email' => 'ann@example.com', 'channel' => 'chat', 'opened' => self::NOW - 60]]);
        $keys = new Validator(self::FORM_KEY);
        $get = (new Http([], 'GET'))->setContent($body);
        self::assertSame('method', self::dispatch($this->action(Controller\Interaction\Report::class, $get), $get, $keys));
        foreach (['', 't=' . self::NOW . ',v1=' . str_repeat('0', 64), Client::sign(str_repeat('x', 40), $body, self::NOW)] as $signature) {
            $post = (new Http([], 'POST'))->setContent($body)->withHeader('X-ShopCx-Signature', $signature);
            $r = self::dispatch($this->action(Controller\Interaction\Report::class, $post), $post, $keys);
            self::assertSame(401, $r->code(), "signature '$signature': past the form key, stopped by the signature");
            self::assertSame(['error' => 'bad or stale signature'], $r->data());
        }
        self::assertSame([], $this->interactions->rows);
        $post = (new Http([], 'POST'))->setContent($body)->withHeader('X-ShopCx-Signature', Client::sign(self::INTERACTION_SECRET, $body, self::NOW));
        self::assertSame(['stored' => true], self::dispatch($this->action(Controller\Interaction\Report::class, $post), $post, $keys)->data());
    }

    public function testTheOneClickOptOutNeedsNoFormKeyButAValidToken(): void
    {
        $keys = new Validator(self::FORM_KEY);
        $oneClick = [Controller\Optout\Index::ONE_CLICK_FIELD => Controller\Optout\Index::ONE_CLICK_VALUE];
        $valid = $this->validParams(Controller\Optout\Index::class);
        foreach (['', 'v1.k1.forged.sig', substr($valid['t'], 0, -3) . 'AAA'] as $t) {
            $post = new Http(['t' => $t] + $oneClick, 'POST');
            $r = self::dispatch($this->action(Controller\Optout\Index::class, $post), $post, $keys);
            self::assertSame(403, $r->code());
            self::assertSame(['error' => 'This link is not valid or has expired.'], $r->data());
        }
        // A GET of the link (a mail scanner) only shows the page.
        $get = new Http($valid, 'GET');
        self::dispatch($this->action(Controller\Optout\Index::class, $get), $get, $keys);
        self::assertSame([], $this->optOuts->rows);
        $post = new Http($valid + $oneClick, 'POST');
        self::assertSame(200, self::dispatch($this->action(Controller\Optout\Index::class, $post), $post, $keys)->code());
        self::assertCount(1, $this->optOuts->rows);
    }

    /** The cart link is a GET from an e-mail: only a valid signed token of this store's active quote changes the session. */
    public function testTheCartLinkChangesNothingWithoutAValidToken(): void
    {
        $keys = new Validator(self::FORM_KEY);
        $config = new Config($this->scope);
        $survey = $config->tokens(1)->issue('survey', ['order' => '5'], 86400, self::NOW);
        foreach (['', 'v1.k1.forged.sig', $survey] as $t) {
            $get = new Http(['t' => $t], 'GET');
            self::dispatch($this->action(Controller\Cart\Recover::class, $get), $get, $keys);
        }
        self::assertSame([], $this->replaced);
        self::assertSame([], $this->carts->rows);
        self::assertSame(array_fill(0, 3, 'This link is not valid or has expired.'), $this->messages->errors);
        $get = new Http(['t' => $config->cartDetector(1)->recoveryToken($config->tokens(1), 5, 1, self::NOW)], 'GET');
        self::dispatch($this->action(Controller\Cart\Recover::class, $get), $get, $keys);
        self::assertSame([5], $this->replaced);
    }

    // ---- admin

    public function testEveryAdminControllerNamesAResourceOfAclXml(): void
    {
        $acl = simplexml_load_file(dirname(__DIR__, 2) . '/etc/acl.xml');
        $ids = array_map('strval', $acl->xpath('//resource/@id'));
        $admin = array_filter(self::controllers(), fn($c) => str_contains($c, '\\Adminhtml\\'));
        self::assertCount(7, $admin);
        foreach ($admin as $class) {
            $resource = (new \ReflectionClassConstant($class, 'ADMIN_RESOURCE'));
            self::assertStringStartsWith('ShopCx\\CustomerService\\', $resource->getDeclaringClass()->getName(),
                "$class declares its own ADMIN_RESOURCE (Magento_Backend::admin would let every admin in)");
            self::assertStringStartsWith('ShopCx_CustomerService::', $resource->getValue(), $class);
            self::assertContains($resource->getValue(), $ids, "$class: " . $resource->getValue() . ' is in etc/acl.xml');
        }
    }

    /** @return array<string, array{class-string, list<string>}> the state-changing admin actions and the resources that allow them */
    public static function adminActions(): array
    {
        return [
            'webhook retry' => [Controller\Adminhtml\Webhook\Retry::class, ['ShopCx_CustomerService::webhooks']],
            'webhook delete' => [Controller\Adminhtml\Webhook\Delete::class, ['ShopCx_CustomerService::webhooks']],
            'faq clear' => [Controller\Adminhtml\Faq\Clear::class, ['ShopCx_CustomerService::faq_searches']],
            'faq starter' => [Controller\Adminhtml\Faq\Starter::class, ['ShopCx_CustomerService::faq_starter']],
        ];
    }

    /**
     * @dataProvider adminActions
     * @param list<string> $allowed
     */
    public function testAStateChangingAdminActionNeedsPostTheFormKeyAndItsAclResource(string $class, array $allowed): void
    {
        $root = sys_get_temp_dir() . '/shopcx-attack-' . bin2hex(random_bytes(4));
        $outbox = new MemoryOutbox();
        $outbox->markFailed('evt-1', ['type' => 'review.held', 'payload' => [], 'store' => 1, 'at' => self::NOW - 900, 'attempt' => 8],
            8, 'HTTP 503', self::NOW - 600);
        $log = new MemoryFaqSearchLog();
        $log->record(1, 'where is my parcel', [], self::NOW);
        $state = function () use ($outbox, $log, $root): array {
            return [$outbox->rows, $log->rows, glob("$root/var/shopcx/*") ?: []];
        };
        $before = $state();
        $run = function (Http $request, array $resources) use ($class, $outbox, $log, $root): mixed {
            $context = new Context($request, new FixedAuthorization($resources), $this->messages, new Validator(self::FORM_KEY));
            $action = match ($class) {
                Controller\Adminhtml\Faq\Clear::class => new $class($context, $log),
                Controller\Adminhtml\Faq\Starter::class => new $class($context, FaqSynonymsTest::indexer($root, new MemoryCache($this->clock),
                    (new FakeScopeConfig())->set('general/locale/code', 'en_US')), new Config(new FakeScopeConfig())),
                default => new $class($context, $outbox, $this->clock),
            };
            return self::dispatch($action, $request, new Validator(self::FORM_KEY), fn() => $action->dispatch($request));
        };
        try {
            $params = ['event_id' => 'evt-1', 'store' => '1'];
            self::assertSame('method', $run(new Http($params + ['form_key' => self::FORM_KEY], 'GET'), $allowed));
            self::assertSame('csrf', $run(new Http($params, 'POST'), $allowed));
            // Past Magento's check (an XMLHttpRequest) the action checks the form key itself.
            $run((new Http($params, 'POST'))->withHeader('X-Requested-With', 'XMLHttpRequest'), $allowed);
            self::assertSame('denied', $run(new Http($params + ['form_key' => self::FORM_KEY], 'POST'), ['ShopCx_CustomerService::reports']));
            self::assertSame($before, $state(), 'nothing changed');
            $run(new Http($params + ['form_key' => self::FORM_KEY], 'POST'), $allowed);
            self::assertNotSame($before, $state(), 'the admin with the resource and the form key changed it');
        } finally {
            array_map('unlink', glob("$root/var/shopcx/*") ?: []);
            @rmdir("$root/var/shopcx");
            @rmdir("$root/var");
            @rmdir($root);
        }
    }
}
