<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Promise\Index as PromiseEndpoint;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\ViewModel\ChatInvitation;
use ShopCx\CustomerService\ViewModel\DeliveryPromise;
use ShopCx\CustomerService\ViewModel\StockLine;

final class ViewModelTest extends TestCase
{
    private FakeScopeConfig $scope;
    private FakeSalableQty $qty;
    private FixedClock $clock;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->qty = new FakeSalableQty(['TEE-S' => 3, 'TEE-M' => 40, 'TEE-L' => 0, 'GIFT-CARD' => null]);
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
    }

    private function config(): Config
    {
        return new Config($this->scope);
    }

    private function stock(): StockLine
    {
        return new StockLine($this->config(), $this->qty, new FakeStoreManager(), $this->clock, new Escaper(), new FakeStockFacts());
    }

    private function promise(): DeliveryPromise
    {
        return new DeliveryPromise($this->config(), $this->qty, new FakeStoreManager(), $this->clock, new Escaper(), new FakeStockFacts());
    }

    public function testStockLineUsesSalableQuantity(): void
    {
        self::assertSame('<p class="shopcx-stock shopcx-stock--low">Only 3 left!</p>', $this->stock()->html('TEE-S'));
        self::assertSame('in_stock', $this->stock()->status('TEE-M')->level);
        self::assertSame('out_of_stock', $this->stock()->status('TEE-L')->level);
        // Stock not managed: never "out of stock".
        self::assertSame('not_managed', $this->stock()->status('GIFT-CARD')->level);
        self::assertSame('in', $this->stock()->cssClass($this->stock()->status('GIFT-CARD')));
    }

    public function testStockLineSpeaksTheStoreViewLanguage(): void
    {
        $this->scope->set('general/locale/code', 'nl_NL');
        self::assertSame('Nog maar 3 over!', $this->stock()->status('TEE-S')->label);
    }

    public function testPromiseDataAndDeadline(): void
    {
        $d = $this->promise()->data('TEE-M');
        self::assertSame('Order before 17:00, delivered tomorrow', $d['label']);
        self::assertSame('2026-01-06', $d['earliest']);
        self::assertSame(ConfigTest::MONDAY_14H_AMS + 10800, $d['deadline']);
        // Sold out, no backorders, no restock date: no promise at all (StockFactsTest has the other cases).
        self::assertSame(['label' => '', 'orderable' => false, 'deadline' => null],
            array_intersect_key($this->promise()->data('TEE-L'), ['label' => 1, 'orderable' => 1, 'deadline' => 1]));
    }

    public function testCarrierNameFromAdminIsEscaped(): void
    {
        $this->scope->set('shopcx/delivery/carriers', '{"<img src=x onerror=alert(1)>":{"transit":1}}');
        $html = $this->promise()->html('TEE-M');
        self::assertStringNotContainsString('<img', $html);
        self::assertStringContainsString('&lt;img src=x onerror=alert(1)&gt;', $html);
    }

    public function testCountdownConfigCannotCloseTheScriptTag(): void
    {
        $json = $this->promise()->config('</script><script>alert(1)</script>', 'https://shop.test/shopcx/promise');
        self::assertStringNotContainsString('<', $json);
        self::assertSame('</script><script>alert(1)</script>',
            json_decode($json, true)['[data-shopcx-promise]']['ShopCx_CustomerService/js/promise']['sku']);
    }

    public function testPromiseEndpointIsUncachedAndValidatesSku(): void
    {
        $endpoint = fn(array $p) => (new PromiseEndpoint(new FakeRequest($p), new JsonFactory(), $this->promise(), new MemoryLogger()))->execute();
        $ok = $endpoint(['sku' => 'TEE-M']);
        self::assertSame(200, $ok->code());
        self::assertSame('no-store, max-age=0', $ok->header('Cache-Control'));
        self::assertSame(10800, $ok->data()['orderWithinSeconds']);
        self::assertSame(400, $endpoint(['sku' => str_repeat('x', 65)])->code());
        self::assertSame(400, $endpoint(['sku' => "\xff"])->code());
        self::assertSame(400, $endpoint([])->code());
        $this->scope->set('shopcx/delivery/carriers', 'not json');
        $broken = $endpoint(['sku' => 'TEE-M']);
        self::assertSame(503, $broken->code());
        self::assertSame('no-store, max-age=0', $broken->header('Cache-Control'));
    }

    /** An unknown SKU is the client's mistake (404), not the shop's (503); other failures stay 503. */
    public function testPromiseEndpointAnswers404ForAnUnknownSku(): void
    {
        $result = (new PromiseEndpoint(new FakeRequest(['sku' => 'NO-SUCH-SKU']), new JsonFactory(), $this->promise(), new MemoryLogger()))->execute();
        self::assertSame(404, $result->code());
        self::assertSame('no-store, max-age=0', $result->header('Cache-Control'));
        self::assertSame(['error' => 'no product with this sku'], $result->data());
        $this->scope->set('shopcx/delivery/carriers', 'not json');
        $broken = (new PromiseEndpoint(new FakeRequest(['sku' => 'TEE-M']), new JsonFactory(), $this->promise(), new MemoryLogger()))->execute();
        self::assertSame(503, $broken->code());
    }

    public function testChatInvitationFollowsTheRules(): void
    {
        $chat = new ChatInvitation($this->config(), new FakeStoreManager(), $this->clock);
        $team = ['agentsOnline' => 2, 'openChats' => 0];
        self::assertNull($chat->evaluate(['pageType' => 'checkout', 'secondsOnPage' => 40], $team));
        $this->scope->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', ConfigTest::RULES);
        self::assertSame('checkout-stuck', $chat->evaluate(['pageType' => 'checkout', 'secondsOnPage' => 40], $team)['rule']);
        self::assertNull($chat->evaluate(['pageType' => 'checkout', 'secondsOnPage' => 5], $team));
    }
}
