<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Request\Http;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use Magento\Framework\HTTP\PhpEnvironment\RemoteAddress;
use Magento\Store\Model\StoreManagerInterface;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Controller;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ConfiguredChatTeam;
use ShopCx\CustomerService\Model\RateLimit\Limiter;
use ShopCx\CustomerService\Plugin\Controller\RateLimit;
use ShopCx\CustomerService\ViewModel\ChatInvitation;
use ShopCx\CustomerService\ViewModel\DeliveryPromise;
use ShopCx\Webhook\Client;

/**
 * Issue 24: error answers leak nothing (no exception message, path, class name or SQL, no echo of the hostile
 * value), and the per-client rate limit cannot be reset by a spoofed X-Forwarded-For, counts IPv6 per /64 and
 * counts per website, the scope its settings have in etc/adminhtml/system.xml.
 */
final class AttackLeakRateTest extends TestCase
{
    private const NOW = ConfigTest::MONDAY_14H_AMS;
    private const LEAKS = '~/work/|/var/|/tmp/|\.php|\.json|ShopCx\\\\|Magento\\\\|SQLSTATE|\bSELECT\b|\bINSERT\b|Exception|ValueError|TypeError|Stack trace|#0 |line \d+~i';
    private const HOSTILE = "<script>alert(1)</script>' OR '1'='1";

    private static function assertClean(mixed $answer, string $what): void
    {
        $body = is_string($answer) ? $answer : json_encode($answer, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        self::assertDoesNotMatchRegularExpression(self::LEAKS, (string) $body, "$what: internals in the answer");
        if (str_starts_with($what, 'admin')) {
            // The admin's JSON report quotes the date the admin typed ("<x>" is not a date ...): application/json, not a page.
            return;
        }
        self::assertStringNotContainsString('<script>', (string) $body, "$what: the hostile value echoed");
        self::assertStringNotContainsString("OR '1'='1", (string) $body, "$what: the hostile value echoed");
    }

    public function testErrorAnswersCarryNoInternals(): void
    {
        $h = self::HOSTILE;
        $broken = (new FakeScopeConfig())->set('shopcx/delivery/carriers', '{"PostNL": ' . $h)->set('shopcx/security/token_secret', 'short')
            ->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', '{"version": 1, "rules": "' . $h . '"}')
            ->set('shopcx/interaction/enabled', '1')->set('shopcx/interaction/secret', str_repeat('i', 40));
        $config = new Config($broken);
        $clock = new FixedClock(self::NOW);
        $logger = new MemoryLogger();
        $json = new JsonFactory();
        $faq = new class implements FaqIndexProviderInterface {
            public function get(string $lang): ?\ShopCx\Faq\Index
            {
                return \ShopCx\Faq\Index::build([['id' => 'a', 'question' => 'Return?', 'answer' => 'Yes.']], ['lang' => 'en']);
            }
        };
        $answers = [];
        $answers['promise, broken carriers'] = (new Controller\Promise\Index(new FakeRequest(['sku' => 'TEE-M']), $json, new DeliveryPromise($config,
            new FakeSalableQty(['TEE-M' => 3]), new FakeStoreManager(), $clock, new Escaper(), new FakeStockFacts()), $logger))->execute();
        $answers['promise, hostile sku'] = (new Controller\Promise\Index(new FakeRequest(['sku' => str_repeat($h, 3)]), $json, new DeliveryPromise($config,
            new FakeSalableQty([]), new FakeStoreManager(), $clock, new Escaper(), new FakeStockFacts()), $logger))->execute();
        $answers['review, short secret'] = (new Controller\Review\Submit(new FakeRequest(['form_key' => 'fk', 'token' => "v1.k1.$h.x", 'rating' => 5,
            'text' => $h]), $json, new Validator('fk'), $config, new FakeStoreManager(), new MemoryFeedback(), $clock, new Escaper(),
            new \ShopCx\CustomerService\Model\Webhook\Publisher(new RecordingPublisher()), new MemoryFeedbackClaims(), $logger))->execute();
        $good = new Config((new FakeScopeConfig()));
        $token = $good->tokens(1)->issue('survey', ['order' => '1'], 86400, self::NOW);
        foreach ([['ces' => $h], ['ces' => [$h]], ['ces' => 99, 'comment' => [$h]], [$h => 1]] as $i => $bad) {
            $answers["survey answers $i"] = (new Controller\Survey\Submit(new FakeRequest(['form_key' => 'fk', 'token' => $token, 'answers' => $bad]),
                $json, new Validator('fk'), $good, new FakeStoreManager(), new MemoryFeedback(), $clock,
                new \ShopCx\CustomerService\Model\Webhook\Publisher(new RecordingPublisher()), new MemoryFeedbackClaims(), $logger))->execute();
        }
        foreach (['{"pageType": ["' . $h . '"]}', '{"secondsOnPage": "' . $h . '"}', '[' . str_repeat('[', 20) . ']', $h] as $i => $visit) {
            $answers["chat visit $i"] = (new Controller\Chat\Invite(new FakeRequest(['visit' => $visit]), $json, new ChatInvitation($config, new FakeStoreManager(), $clock),
                new ConfiguredChatTeam($config), new FakeStoreManager(), $logger, guestVisits()))->execute();
        }
        foreach (['q' => $h . "\xff", 'id' => $h] as $param => $value) {
            $answers["faq $param"] = (new Controller\Faq\Search(new FakeRequest([$param => $value]), $json, $faq, $config, new FakeStoreManager(), new Escaper(),
                new MemoryFaqSearchLog(), $clock))->execute();
            $answers["faq related $param"] = (new Controller\Faq\Related(new FakeRequest([$param => $value]), $json, $faq, new MemoryFaqStats(), $config,
                new FakeStoreManager(), new Escaper()))->execute();
            $answers["faq click $param"] = (new Controller\Faq\Click(new FakeRequest([$param => $value]), $json, new MemoryFaqStats(), $faq, $config,
                new FakeStoreManager()))->execute();
        }
        foreach ([['id' => $h], ['email' => $h], ['channel' => $h], ['case' => $h], ['opened' => $h], ['rating' => $h], ['contacts' => $h]] as $i => $field) {
            $body = (string) json_encode(['id' => 'evt-1', 'type' => 'interaction.contact', 'time' => self::NOW,
                'data' => ['email' => 'ann@example.com', 'channel' => 'chat', 'opened' => self::NOW - 60]]);
            $event = json_decode($body, true);
            isset($field['id']) ? $event['id'] = $field['id'] : $event['data'] = $field + $event['data'];
            $body = (string) json_encode($event);
            $request = (new Http([], 'POST'))->setContent($body)->withHeader('X-ShopCx-Signature', Client::sign(str_repeat('i', 40), $body, self::NOW));
            $answers["interaction field $i"] = (new Controller\Interaction\Report($request, $json, $config, new FakeStoreManager(), $clock,
                new MemoryInteractions(), $logger))->execute();
        }
        $admin = new FakeRequest(['store' => '1', 'from' => $h, 'to' => '2026-01-31']);
        $answers['admin report data'] = (new Controller\Adminhtml\Report\Data(new Context($admin, new FixedAuthorization(['ShopCx_CustomerService::reports'])),
            $json, new \ShopCx\CustomerService\Model\ReportBuilder($good, new MemoryFeedback(), new MemoryCarts(), $clock, new FakeStoreManager()),
            noServiceKpis()))->dispatch($admin);
        $refused = 0;
        foreach ($answers as $what => $r) {
            self::assertInstanceOf(\Magento\Framework\Controller\Result\Json::class, $r, $what);
            $refused += (int) ($r->code() >= 400 || (is_array($r->data()) && array_key_exists('invitation', $r->data()) && $r->data()['invitation'] === null));
            self::assertClean($r->data(), $what);
        }
        self::assertGreaterThanOrEqual(count($answers) - 2, $refused, 'the hostile requests were refused (else nothing was checked)');
        // What failed went to the merchant's log instead, and no logged exception message is in any answer.
        self::assertNotSame([], $logger->lines);
        $messages = [];
        foreach ($logger->lines as $line) {
            if (str_starts_with($line, 'info: ShopCX interaction refused: ')) {
                continue;   // the route's own field messages (Normalizer), which it answers by design: checked above
            }
            $detail = trim((string) preg_replace('/^\w+: ShopCX [^:]*: (the token secret cannot be used: )?/', '', $line));
            if (strlen($detail) >= 12) {
                $messages[] = $detail;
            }
        }
        self::assertNotSame([], $messages);
        foreach ($answers as $what => $r) {
            foreach ($messages as $message) {
                self::assertStringNotContainsString($message, (string) json_encode($r->data(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
                    "$what: a logged exception message is in the answer");
            }
        }
    }

    // ---- rate limit

    private MemoryCache $cache;
    private int $ran = 0;

    /** A request (its address from $remote) through the plugin to the FAQ suggestions of $storeId; the answer's status. */
    private function hit(RemoteAddress $remote, FakeScopeConfig $scope, int $storeId = 1, ?StoreManagerInterface $stores = null): int
    {
        $this->cache ??= new MemoryCache(new FixedClock(self::NOW));
        $stores ??= new FakeStoreManager([$storeId]);
        $config = new Config($scope);
        $controller = new Controller\Faq\Suggest(new FakeRequest(['q' => 're']), new JsonFactory(), new class implements FaqIndexProviderInterface {
            public function get(string $lang): ?\ShopCx\Faq\Index
            {
                return null;
            }
        }, $config, $stores);
        $plugin = new RateLimit(new Limiter($this->cache, $remote, $config, new FixedClock(self::NOW)), new JsonFactory(), $stores, new FakeRequest([]));
        return $plugin->aroundExecute($controller, function () use ($controller) {
            $this->ran++;
            return $controller->execute();
        })->code();
    }

    private static function remote(Http $request, array $headers = [], ?array $proxies = null): RemoteAddress
    {
        return new RemoteAddress($request, $headers, $proxies);
    }

    public function testASpoofedForwardedForDoesNotResetTheLimit(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/rate_limit/requests', '5');
        $request = new Http([], 'GET');
        // Magento's default (no alternative headers in di.xml): REMOTE_ADDR counts, whatever the client writes.
        $codes = [];
        for ($i = 0; $i < 7; $i++) {
            $request->withServer(['REMOTE_ADDR' => '203.0.113.7', 'HTTP_X_FORWARDED_FOR' => "198.51.100.$i"]);
            $codes[] = $this->hit(self::remote($request), $scope);
        }
        self::assertSame([200, 200, 200, 200, 200, 429, 429], $codes);
        // Behind a load balancer with its address trusted: the address it appended counts, not what the client put before it.
        $this->cache = new MemoryCache(new FixedClock(self::NOW));
        $codes = [];
        for ($i = 0; $i < 7; $i++) {
            $request->withServer(['REMOTE_ADDR' => '10.0.0.2', 'HTTP_X_FORWARDED_FOR' => "198.51.100.$i, 203.0.113.7"]);
            $codes[] = $this->hit(self::remote($request, ['HTTP_X_FORWARDED_FOR'], ['10.0.0.2']), $scope);
        }
        self::assertSame([200, 200, 200, 200, 200, 429, 429], $codes);
        // Two visitors behind that balancer are two clients.
        $request->withServer(['REMOTE_ADDR' => '10.0.0.2', 'HTTP_X_FORWARDED_FOR' => '203.0.113.8']);
        self::assertSame(200, $this->hit(self::remote($request, ['HTTP_X_FORWARDED_FOR'], ['10.0.0.2']), $scope));
        // Alternative headers without trusted proxies: Magento takes the header's first address, which the client
        // writes: spoofable. The README says to configure trustedProxies with them; this is what happens without.
        $this->cache = new MemoryCache(new FixedClock(self::NOW));
        $codes = [];
        for ($i = 0; $i < 7; $i++) {
            $request->withServer(['REMOTE_ADDR' => '10.0.0.2', 'HTTP_X_FORWARDED_FOR' => "198.51.100.$i, 203.0.113.7"]);
            $codes[] = $this->hit(self::remote($request, ['HTTP_X_FORWARDED_FOR']), $scope);
        }
        self::assertSame(array_fill(0, 7, 200), $codes);
    }

    /** The code counts an IPv6 client per /64 (one host gets a whole /64), an IPv4 client per address. */
    public function testIpv6IsCountedPerSlash64(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/rate_limit/requests', '3');
        $request = new Http([], 'GET');
        $codes = [];
        foreach (['2001:db8:aa:bb::1', '2001:db8:aa:bb:1::2', '2001:DB8:AA:BB:ffff:ffff:ffff:ffff', '2001:db8:aa:bb::9'] as $address) {
            $request->withServer(['REMOTE_ADDR' => $address]);
            $codes[] = $this->hit(self::remote($request), $scope);
        }
        self::assertSame([200, 200, 200, 429], $codes, 'one /64');
        $request->withServer(['REMOTE_ADDR' => '2001:db8:aa:bc::1']);
        self::assertSame(200, $this->hit(self::remote($request), $scope), 'the next /64');
        foreach (['203.0.113.7', '203.0.113.7', '203.0.113.7', '203.0.113.8'] as $i => $address) {
            $request->withServer(['REMOTE_ADDR' => $address]);
            self::assertSame(200, $this->hit(self::remote($request), $scope), "IPv4 $i");
        }
        // No usable address (a broken proxy header): not counted rather than all such visitors in one bucket.
        $request->withServer(['REMOTE_ADDR' => 'unknown']);
        self::assertSame(200, $this->hit(self::remote($request), $scope));
    }

    /**
     * etc/adminhtml/system.xml gives the rate limit default and website scope (not store view): its count is
     * per website, so a client's requests to one website's store views share one allowance and do not use up another website's.
     */
    public function testTheLimitCountsPerWebsiteAsItsSettingsAre(): void
    {
        $group = simplexml_load_file(dirname(__DIR__, 2) . '/etc/adminhtml/system.xml')->xpath('//group[@id="rate_limit"]')[0];
        self::assertSame(['1', '1', '0'], [(string) $group['showInDefault'], (string) $group['showInWebsite'], (string) $group['showInStore']]);
        $stores = new class implements StoreManagerInterface {
            public ?int $current = null;

            public function getStore($storeId = null)
            {
                $id = $storeId ?? $this->current;
                return new DataObject(['id' => $id, 'website_id' => $id === 3 ? 2 : 1]);
            }

            public function getStores($withDefault = false, $codeKey = false)
            {
                return [$this->getStore(1), $this->getStore(2), $this->getStore(3)];
            }
        };
        $scope = (new FakeScopeConfig())->set('shopcx/rate_limit/requests', '2', 1)->set('shopcx/rate_limit/requests', '2', 2)
            ->set('shopcx/rate_limit/requests', '2', 3);
        $request = (new Http([], 'GET'))->withServer(['REMOTE_ADDR' => '203.0.113.7']);
        $codes = [];
        foreach ([1, 2, 1, 3, 3, 3] as $store) {
            $stores->current = $store;
            $codes[] = $this->hit(self::remote($request), $scope, $store, $stores);
        }
        // Stores 1 and 2 (website 1) share 2 requests; store 3 (website 2) has its own 2.
        self::assertSame([200, 200, 429, 200, 200, 429], $codes);
    }
}
