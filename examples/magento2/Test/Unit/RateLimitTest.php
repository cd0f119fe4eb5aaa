<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\Filesystem\DirectoryList;
use Magento\Framework\App\Request\Http;
use Magento\Framework\Controller\Result\RedirectFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Escaper;
use Magento\Framework\HTTP\PhpEnvironment\RemoteAddress;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Chat\Invite;
use ShopCx\CustomerService\Controller\Faq\Search;
use ShopCx\CustomerService\Controller\Optout\Index as OptOutController;
use ShopCx\CustomerService\Model\Outreach\OptOutRequest;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ConfiguredChatTeam;
use ShopCx\CustomerService\Model\Faq\IndexProvider;
use ShopCx\CustomerService\Model\RateLimit\Limiter;
use ShopCx\CustomerService\Plugin\Controller\RateLimit;
use ShopCx\CustomerService\ViewModel\ChatInvitation;

/**
 * Issue 24: no public route had a throttle; one client could make the shop search, compute promises or
 * check tokens as fast as it could send. Now 60 requests a minute per client address and group (config).
 */
final class RateLimitTest extends TestCase
{
    private FakeScopeConfig $scope;
    private FixedClock $clock;
    private MemoryCache $cache;
    private RemoteAddress $remote;
    private int $ran = 0;
    private Http $optOutRequest;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $this->cache = new MemoryCache($this->clock);
        $this->remote = new RemoteAddress(new FakeRequest([]));
        $this->remote->address = '203.0.113.7';
    }

    /** One request through the plugin to a real controller (the FAQ search, no index built). */
    private function request(?object $controller = null): mixed
    {
        $config = new Config($this->scope);
        $controller ??= new Search(new FakeRequest(['q' => 'retour']), new JsonFactory(),
            new IndexProvider(new DirectoryList(sys_get_temp_dir() . '/shopcx-none'), new MemoryLogger(), $this->cache, new MemoryFaqStats()),
            $config, new FakeStoreManager(), new Escaper(), new MemoryFaqSearchLog(), $this->clock);
        $plugin = new RateLimit(new Limiter($this->cache, $this->remote, $config, $this->clock), new JsonFactory(), new FakeStoreManager(),
            $controller instanceof OptOutController ? $this->optOutRequest : new FakeRequest([]));
        return $plugin->aroundExecute($controller, function () use ($controller) {
            $this->ran++;
            return $controller->execute();
        });
    }

    public function testThe61stRequestInAMinuteGets429WithRetryAfter(): void
    {
        $this->clock->now = intdiv($this->clock->now, 60) * 60 + 15;   // 15 s into the minute
        for ($i = 1; $i <= 60; $i++) {
            self::assertSame(200, $this->request()->code(), "request $i");
        }
        $refused = $this->request();
        self::assertSame(429, $refused->code());
        self::assertSame('45', $refused->header('Retry-After'));
        self::assertSame('no-store, max-age=0', $refused->header('Cache-Control'));
        self::assertSame(['error' => 'Too many requests. Please try again in a minute.'], $refused->data());
        self::assertSame(60, $this->ran, 'the refused request did not reach the controller');
        // Another client is not affected, nor is another group of the same client.
        $this->remote->address = '203.0.113.8';
        self::assertSame(200, $this->request()->code());
        $this->remote->address = '203.0.113.7';
        $config = new Config($this->scope);
        $chat = new Invite(new FakeRequest(['visit' => '{}']), new JsonFactory(), new ChatInvitation($config, new FakeStoreManager(), $this->clock),
            new ConfiguredChatTeam($config), new FakeStoreManager(), new MemoryLogger(), guestVisits());
        self::assertSame('chat', RateLimit::group($chat));
        self::assertSame(200, $this->request($chat)->code(), 'the chat has its own allowance');
        self::assertSame(429, $this->request()->code());
        // The next minute starts afresh.
        $this->clock->now += 45;
        self::assertSame(200, $this->request()->code());
    }

    public function testTheLimitAndWindowComeFromTheConfiguration(): void
    {
        $this->scope->set('shopcx/rate_limit/requests', '3')->set('shopcx/rate_limit/window', '600');
        $this->clock->now = intdiv($this->clock->now, 600) * 600;
        for ($i = 0; $i < 3; $i++) {
            self::assertSame(200, $this->request()->code());
        }
        self::assertSame('600', $this->request()->header('Retry-After'));
        $this->scope->set('shopcx/rate_limit/enabled', '0');
        self::assertSame(200, $this->request()->code());
    }

    public function testAnIpv6ClientCountsPerSlash64(): void
    {
        $this->scope->set('shopcx/rate_limit/requests', '2');
        $this->remote->address = '2001:db8:1:2::1';
        $this->request();
        $this->remote->address = '2001:db8:1:2:ffff::99';
        $this->request();
        self::assertSame(429, $this->request()->code(), 'same /64');
        $this->remote->address = '2001:db8:1:3::1';
        self::assertSame(200, $this->request()->code(), 'another /64');
        $this->remote->address = false;   // no address known: not counted
        self::assertSame(200, $this->request()->code());
    }

    /** The mail provider's one-click opt-outs are never refused; the opt-out page and form are limited. */
    public function testOneClickOptOutsAreNotLimited(): void
    {
        $config = new Config($this->scope);
        $optOut = function (array $params, string $method) use ($config): OptOutController {
            $this->optOutRequest = new Http($params, $method);
            return new OptOutController($this->optOutRequest, new FakePageFactory(), new JsonFactory(), new RedirectFactory(),
                new RecordingMessages(), new Validator('fk'), new FakeStoreManager(), new OptOutRequest($config), new MemoryOptOuts(), $this->clock);
        };
        for ($i = 0; $i < 70; $i++) {
            $r = $this->request($optOut(['t' => 'v1.forged', OptOutController::ONE_CLICK_FIELD => OptOutController::ONE_CLICK_VALUE], 'POST'));
            self::assertSame(403, $r->code(), 'answered by the controller (forged token), never 429');
        }
        for ($i = 0; $i < 60; $i++) {
            $this->request($optOut(['t' => 'v1.forged'], 'GET'));
        }
        self::assertSame(429, $this->request($optOut(['t' => 'v1.forged'], 'GET'))->code());
    }

    /** Every public controller (not Adminhtml) has the plugin in etc/frontend/di.xml. */
    public function testEveryPublicControllerIsLimited(): void
    {
        $root = dirname(__DIR__, 2);
        $public = [];
        foreach (glob("$root/Controller/*/*.php") as $file) {
            $class = 'ShopCx\\CustomerService\\' . str_replace('/', '\\', substr($file, strlen($root) + 1, -4));
            if (!str_contains($class, '\\Adminhtml\\') && !(new \ReflectionClass($class))->isAbstract()) {
                $public[] = $class;
            }
        }
        self::assertGreaterThanOrEqual(10, count($public));
        $limited = [];
        foreach (simplexml_load_file("$root/etc/frontend/di.xml")->type as $t) {
            if ((string) $t->plugin['type'] === RateLimit::class) {
                $limited[] = (string) $t['name'];
            }
        }
        sort($public);
        sort($limited);
        self::assertSame($public, $limited);
        self::assertFileDoesNotExist("$root/etc/webapi.xml", 'a REST route would need its own limit');
    }
}
