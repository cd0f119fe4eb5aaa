<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Controller\Result\JsonFactory;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Chat\Invite;
use ShopCx\CustomerService\Model\Chat\VisitBuilder;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ConfiguredChatTeam;
use ShopCx\CustomerService\ViewModel\ChatInvitation;

final class ChatInviteTest extends TestCase
{
    /** Monday 2026-01-05 14:00 in Amsterdam. */
    private const MONDAY_14H = ConfigTest::MONDAY_14H_AMS;

    private FakeShopper $shopper;
    private FakeOrderHistory $orders;

    protected function setUp(): void
    {
        $this->shopper = new FakeShopper();
        $this->orders = new FakeOrderHistory();
    }

    private function invite(FakeScopeConfig $scope, array $params, int $now = self::MONDAY_14H): \Magento\Framework\Controller\Result\Json
    {
        $config = new Config($scope);
        $clock = new FixedClock($now);
        return (new Invite(new FakeRequest($params), new JsonFactory(), new ChatInvitation($config, new FakeStoreManager(), $clock),
            new ConfiguredChatTeam($config), new FakeStoreManager(), new MemoryLogger(),
            new VisitBuilder($this->shopper, $this->orders)))->execute();
    }

    private function ask(FakeScopeConfig $scope, array $visit, int $now = self::MONDAY_14H): array
    {
        return $this->invite($scope, ['visit' => json_encode($visit)], $now)->data();
    }

    /** The charter's presets switched on in the admin, with their default thresholds: no JSON. */
    private function presets(): FakeScopeConfig
    {
        return (new FakeScopeConfig())->set('shopcx/chat/enabled', '1')
            ->set('shopcx/chat/preset_product_dwell', '1')->set('shopcx/chat/preset_cart_dwell', '1')
            ->set('shopcx/chat/preset_faq_search', '1')->set('shopcx/chat/preset_vip_returning', '1');
    }

    public function testInvitesByTheRulesUncached(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', ConfigTest::RULES);
        $r = $this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":45}']);
        self::assertSame('Need a hand?', $r->data()['invitation']['message']);
        self::assertSame('no-store, max-age=0', $r->header('Cache-Control'));
        // No agent online: no invitation.
        $scope->set('shopcx/chat/agents_online', '0');
        self::assertNull($this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":45}'])->data()['invitation']);
    }

    public function testBadVisitAndBrokenRules(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', ConfigTest::RULES);
        self::assertSame(400, $this->invite($scope, ['visit' => '"x"'])->code());
        self::assertSame(400, $this->invite($scope, ['visit' => str_repeat(' ', 4097) . '{}'])->code());
        // Fields the browser may not set are dropped, a wrongly typed one yields no invitation rather than an error page.
        self::assertNull($this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":"soon","customerGroup":1}'])->data()['invitation']);
        $scope->set('shopcx/chat/rules', '{"version":1,');
        self::assertNull($this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":45}'])->data()['invitation']);
    }

    public function testProductPageDwellOf120SecondsWithoutAddingToTheCart(): void
    {
        $scope = $this->presets();
        $r = $this->ask($scope, ['pageType' => 'product', 'secondsOnPage' => 119, 'productId' => 7]);
        self::assertNull($r['invitation']);
        self::assertSame(1, $r['askAgainIn'], 'the page asks again when the rule can become true, not at a fixed time');
        self::assertSame('product-dwell', $this->ask($scope, ['pageType' => 'product', 'secondsOnPage' => 120, 'productId' => 7])['invitation']['rule']);
        // The product is in the cart (the session says so, whatever the page claims): no "hesitating" invitation.
        $this->shopper->cart = ['value' => 49.5, 'items' => 1, 'productIds' => [7]];
        $r = $this->ask($scope, ['pageType' => 'product', 'secondsOnPage' => 150, 'productId' => 7, 'addedToCart' => false]);
        self::assertNull($r['invitation']);
        self::assertSame('product-dwell', $this->ask($scope, ['pageType' => 'product', 'secondsOnPage' => 150, 'productId' => 8])['invitation']['rule']);
        // A fresh product page asks after the threshold, and the threshold is the merchant's.
        self::assertSame(120, $this->ask($scope, ['pageType' => 'product', 'secondsOnPage' => 0, 'productId' => 8])['askAgainIn']);
        $scope->set('shopcx/chat/product_dwell_seconds', '90');
        self::assertSame(90, $this->ask($scope, ['pageType' => 'product', 'secondsOnPage' => 0, 'productId' => 8])['askAgainIn']);
    }

    public function testCartDwellOf60Seconds(): void
    {
        $scope = $this->presets();
        $this->shopper->cart = ['value' => 120.0, 'items' => 2, 'productIds' => [7, 9]];
        self::assertNull($this->ask($scope, ['pageType' => 'cart', 'secondsOnPage' => 59])['invitation']);
        self::assertSame('cart-dwell', $this->ask($scope, ['pageType' => 'cart', 'secondsOnPage' => 60])['invitation']['rule']);
        self::assertSame(60, $this->ask($scope, ['pageType' => 'cart', 'secondsOnPage' => 0])['askAgainIn']);
        // Only the ticked presets run.
        $scope->set('shopcx/chat/preset_cart_dwell', '0');
        self::assertNull($this->ask($scope, ['pageType' => 'cart', 'secondsOnPage' => 60])['invitation']);
    }

    public function testReturningHighValueCustomerFromTheShopsOwnOrders(): void
    {
        $scope = $this->presets();
        $entering = ['pageType' => 'home', 'secondsOnPage' => 0, 'pagesViewed' => 1];
        // A guest who claims to be a VIP is not one: the segment is never taken from the page.
        $r = $this->ask($scope, $entering + ['lifetimeValue' => 5000, 'visitCount' => 9, 'segment' => 'vip']);
        self::assertNull($r['invitation']);
        // A logged-in customer with 3 orders worth 740: returning, and over the 500 threshold.
        $this->shopper->customer = 42;
        $this->orders->customers[42] = ['orders' => 3, 'lifetimeValue' => 740.0];
        self::assertSame('vip-returning', $this->ask($scope, $entering)['invitation']['rule']);
        // Under the threshold (from the orders), no invitation.
        $this->orders->customers[42] = ['orders' => 1, 'lifetimeValue' => 499.99];
        self::assertNull($this->ask($scope, $entering + ['lifetimeValue' => 5000])['invitation']);
        // A customer without orders is not returning.
        $this->orders->customers[42] = ['orders' => 0, 'lifetimeValue' => 0.0];
        self::assertNull($this->ask($scope, $entering)['invitation']);
    }

    public function testNobodyIsInvitedOutsideOpeningHoursOrOnAHoliday(): void
    {
        $scope = $this->presets();
        $cart = ['pageType' => 'cart', 'secondsOnPage' => 600];
        // Default hours Monday to Friday 09:00-17:00 in the store's zone (Europe/Amsterdam).
        self::assertNotNull($this->ask($scope, $cart)['invitation']);
        self::assertNull($this->ask($scope, $cart, self::MONDAY_14H + 3 * 3600)['invitation'], 'Monday 17:00');
        self::assertNull($this->ask($scope, $cart, self::MONDAY_14H + 5 * 86400)['invitation'], 'Saturday');
        $r = $this->ask($scope, ['pageType' => 'cart', 'secondsOnPage' => 0], self::MONDAY_14H + 3 * 3600 - 30);
        self::assertNull($r['askAgainIn'], 'closing in 30 s: waiting brings nothing');
        // The merchant opens on Saturday morning.
        $scope->set('shopcx/chat/hours_sat', '10:00-12:30, 13:30-16:00');
        self::assertNotNull($this->ask($scope, $cart, self::MONDAY_14H + 5 * 86400 - 3 * 3600)['invitation'], 'Saturday 11:00');
        self::assertNull($this->ask($scope, $cart, self::MONDAY_14H + 5 * 86400 - 3600)['invitation'], 'Saturday 13:00, lunch');
        // 2026-04-27 (King's Day, a Monday) is a holiday of the delivery calendar (NL).
        $kingsDay = (new \DateTimeImmutable('2026-04-27 14:00', new \DateTimeZone('Europe/Amsterdam')))->getTimestamp();
        self::assertNull($this->ask($scope, $cart, $kingsDay)['invitation']);
        $scope->set('shopcx/chat/use_holidays', '0');
        self::assertNotNull($this->ask($scope, $cart, $kingsDay)['invitation']);
        // No agent on duty: nobody.
        $scope->set('shopcx/chat/agents_online', '0');
        self::assertNull($this->ask($scope, $cart)['invitation']);
    }

    public function testFaqSearchingTime(): void
    {
        $scope = $this->presets();
        self::assertNull($this->ask($scope, ['pageType' => 'faq', 'secondsOnPage' => 44, 'searchResults' => 3])['invitation']);
        self::assertSame('faq-search', $this->ask($scope, ['pageType' => 'faq', 'secondsOnPage' => 45, 'searchResults' => 3])['invitation']['rule']);
    }

    public function testTheServerFillsInCartAndSegment(): void
    {
        $this->shopper->cart = ['value' => 80.456, 'items' => 3, 'productIds' => [5]];
        $this->shopper->customer = 7;
        $this->orders->customers[7] = ['orders' => 2, 'lifetimeValue' => 310.0];
        $visit = (new VisitBuilder($this->shopper, $this->orders))->build(['pageType' => 'product', 'productId' => 5, 'secondsOnPage' => 3,
            'cartValue' => 9999, 'cartItems' => 99, 'segment' => 'vip', 'lifetimeValue' => 1e6, 'visitCount' => 50, 'addedToCart' => false]);
        self::assertEquals(['pageType' => 'product', 'secondsOnPage' => 3, 'cartValue' => 80.46, 'cartItems' => 3, 'addedToCart' => true,
            'segment' => 'returning', 'lifetimeValue' => 310.0, 'visitCount' => 3], $visit);
    }

    public function testExpertJsonAddsItsRulesAfterThePresets(): void
    {
        $scope = $this->presets()->set('shopcx/chat/rules', ConfigTest::RULES);
        self::assertSame(['cart-dwell', 'checkout-stuck', 'product-dwell', 'faq-search', 'vip-returning'],
            (new Config($scope))->chatRules(1)->ruleNames());
        // Its hours (Monday 08:00-22:00) replace the settings': open at 19:00.
        self::assertNotNull($this->ask($scope, ['pageType' => 'cart', 'secondsOnPage' => 600], self::MONDAY_14H + 5 * 3600)['invitation']);
    }

    public function testNoLookupsWhileChatInvitationsAreOff(): void
    {
        $this->shopper->customer = 42;
        self::assertSame(['invitation' => null, 'askAgainIn' => null], $this->ask(new FakeScopeConfig(), ['pageType' => 'cart', 'secondsOnPage' => 60]));
        self::assertSame(0, $this->orders->calls);
        self::assertNotNull($this->ask($this->presets(), ['pageType' => 'cart', 'secondsOnPage' => 60])['invitation']);
        self::assertSame(1, $this->orders->calls);
    }

    public function testExpertHolidaysReplaceTheDeliveryCalendars(): void
    {
        // Before: "$.holidays and the $holidays argument are both given" for any document naming its holidays.
        $scope = $this->presets()->set('shopcx/chat/rules', '{"holidays":"DE-BY"}');
        $cart = ['pageType' => 'cart', 'secondsOnPage' => 600];
        $kingsDay = (new \DateTimeImmutable('2026-04-27 14:00', new \DateTimeZone('Europe/Amsterdam')))->getTimestamp();
        self::assertNotNull($this->ask($scope, $cart, $kingsDay)['invitation'], 'a Dutch holiday, not a Bavarian one');
        $epiphany = (new \DateTimeImmutable('2026-01-06 14:00', new \DateTimeZone('Europe/Amsterdam')))->getTimestamp();
        self::assertNull($this->ask($scope, $cart, $epiphany)['invitation'], 'Heilige Drei Koenige in Bavaria');
    }
}
