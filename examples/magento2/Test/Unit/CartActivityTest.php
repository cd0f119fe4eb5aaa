<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\DataObject;
use Magento\Framework\Event;
use Magento\Framework\Event\Observer;
use Magento\Newsletter\Model\Subscriber;
use Magento\Newsletter\Model\SubscriberFactory;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Cron\SendCartReminders;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\NewsletterConsent;
use ShopCx\CustomerService\Observer\MarkCartOrdered;
use ShopCx\CustomerService\Observer\RecordCartActivity;

/**
 * The cart rows as a real Magento 2.4.7-p7 quote fills them. Seen there: a guest's quote has no
 * customer_email until the order is placed (Luma's checkout keeps the address typed in the shipping
 * step on the quote's billing and shipping addresses), and nothing in Magento sets "shopcx_consent",
 * so every cart was ignored with reason no_consent and no reminder ever went out, even to a customer
 * subscribed to the newsletter.
 */
final class CartActivityTest extends TestCase
{
    private FakeScopeConfig $scope;
    private Config $config;
    private FixedClock $clock;
    private MemoryCarts $carts;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->scope->set('shopcx/cart/enabled', '1');
        $this->config = new Config($this->scope);
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $this->carts = new MemoryCarts();
        Subscriber::$rows = [];
    }

    /** A quote as Magento has it after the shopper added a product (no shopcx_consent: Magento never sets it). */
    private function save(int $id, array $data): void
    {
        $quote = new DataObject($data + ['id' => $id, 'store_id' => 1, 'items_qty' => 1, 'grand_total' => 54.0,
            'quote_currency_code' => 'EUR', 'is_active' => 1]);
        $observer = new RecordCartActivity($this->carts, $this->clock,
            new NewsletterConsent(new SubscriberFactory(), new FakeStoreManager()));
        $observer->execute(new Observer(['event' => new Event(['quote' => $quote])]));
    }

    private static function address(string $type, ?string $email): DataObject
    {
        return new DataObject(['address_type' => $type, 'email' => $email]);
    }

    private function remindersSent(): array
    {
        $sender = new RecordingSender();
        (new SendCartReminders($this->config, new FakeStoreManager([1]), $this->carts, new MemoryOutreachLog(), $sender,
            new QueryUrl(), $this->clock, new MemoryLogger(), new MemoryOptOuts()))->execute();
        return array_column($sender->sent, 'cart');
    }

    public function testAGuestCartTakesTheAddressFromTheCheckoutAddresses(): void
    {
        $this->save(1, ['customer_email' => null, 'customer_id' => null,
            'all_addresses' => [self::address('shipping', 'ship@example.nl'), self::address('billing', 'Gina@Example.nl ')]]);
        self::assertSame('Gina@Example.nl', $this->carts->rows[1]['email']);
        // Only a shipping address: its e-mail.
        $this->save(2, ['customer_email' => '', 'all_addresses' => [self::address('shipping', 'ship@example.nl')]]);
        self::assertSame('ship@example.nl', $this->carts->rows[2]['email']);
        // No address yet (just added to the cart): no e-mail, and no address is created for it.
        $this->save(3, ['customer_email' => null, 'all_addresses' => []]);
        self::assertNull($this->carts->rows[3]['email']);
        // A logged-in customer's own address wins over the addresses.
        $this->save(4, ['customer_email' => 'carl@example.nl', 'customer_id' => 7,
            'all_addresses' => [self::address('billing', 'other@example.nl')]]);
        self::assertSame('carl@example.nl', $this->carts->rows[4]['email']);
    }

    public function testNewsletterSubscribersHaveConsentAndGetTheReminder(): void
    {
        Subscriber::$rows = [
            ['subscriber_id' => 1, 'customer_id' => 7, 'subscriber_email' => 'carl@example.nl', 'website_id' => 1, 'subscriber_status' => 1],
            ['subscriber_id' => 2, 'customer_id' => 0, 'subscriber_email' => 'gina@example.nl', 'website_id' => 1, 'subscriber_status' => 1],
            ['subscriber_id' => 3, 'customer_id' => 8, 'subscriber_email' => 'ulla@example.nl', 'website_id' => 1, 'subscriber_status' => 3],
            ['subscriber_id' => 4, 'customer_id' => 0, 'subscriber_email' => 'otto@example.nl', 'website_id' => 2, 'subscriber_status' => 1],
        ];
        $this->save(10, ['customer_email' => 'carl@example.nl', 'customer_id' => 7]);             // subscribed customer
        $this->save(11, ['customer_email' => null, 'all_addresses' => [self::address('billing', 'GINA@example.nl')]]);   // subscribed guest
        $this->save(12, ['customer_email' => 'ulla@example.nl', 'customer_id' => 8]);             // unsubscribed
        $this->save(13, ['customer_email' => 'otto@example.nl', 'customer_id' => null]);          // subscribed on another website
        $this->save(14, ['customer_email' => 'nina@example.nl', 'customer_id' => 9]);             // never subscribed
        $this->save(15, ['customer_email' => 'nina@example.nl', 'customer_id' => 9, 'shopcx_consent' => 1]);   // the shop's own flag
        self::assertSame([10 => true, 11 => true, 12 => false, 13 => false, 14 => false, 15 => true],
            array_map(fn($r) => $r['consent'], $this->carts->rows));
        $this->clock->now += 2 * 3600;
        self::assertSame([10, 11, 15], $this->remindersSent());
    }

    public function testAGuestWithoutAnAddressYetIsNotLookedUp(): void
    {
        Subscriber::$rows = [['subscriber_id' => 1, 'customer_id' => 0, 'subscriber_email' => '', 'website_id' => 1, 'subscriber_status' => 1]];
        $this->save(20, ['customer_email' => null, 'customer_id' => null]);
        self::assertFalse($this->carts->rows[20]['consent']);
        self::assertNull($this->carts->rows[20]['email']);
    }

    /**
     * Magento's order of events (QuoteManagement::submitQuote()): sales_order_place_after, then the quote
     * is saved inactive. Seen on 2.4.7-p7: both ordered carts ended "closed" and the report counted them
     * as abandoned.
     */
    public function testTheQuoteSaveAfterThePlacedOrderKeepsTheCartOrdered(): void
    {
        $this->save(30, ['customer_email' => 'olga@example.nl']);
        (new MarkCartOrdered($this->carts, $this->clock))->execute(
            new Observer(['event' => new Event(['order' => new DataObject(['quote_id' => 30])])]));
        $this->save(30, ['customer_email' => 'olga@example.nl', 'is_active' => 0, 'reserved_order_id' => '000000001']);
        self::assertSame('ordered', $this->carts->rows[30]['status']);
        self::assertSame(ConfigTest::MONDAY_14H_AMS, $this->carts->rows[30]['ordered_at']);
        // An inactive quote without an order (merged into the customer's quote at login) is closed.
        $this->save(31, ['customer_email' => 'olga@example.nl', 'is_active' => 0]);
        self::assertSame('closed', $this->carts->rows[31]['status']);
        // The report's funnel: one converted, one abandoned (before: two abandoned, none converted).
        $metrics = $this->config->cartDetector(1)->metrics($this->carts->cartsCreatedBetween(1, 0, PHP_INT_MAX), $this->clock->now);
        self::assertSame([2, 1, 1], [$metrics->carts, $metrics->converted, $metrics->abandoned]);
    }
}

