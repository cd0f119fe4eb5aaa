<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\Request\Http;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\DataObject;
use Magento\Framework\Event;
use Magento\Framework\Event\Observer;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Interaction\Report;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Observer\EraseCustomerInteractions;
use ShopCx\CustomerService\Observer\RecordContactForm;
use ShopCx\Webhook\Client;

/** POST shopcx/interaction/report: signed contacts from a helpdesk, stored once, erased with the customer. */
final class InteractionTest extends TestCase
{
    private const SECRET = 'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii';
    private const NOW = ConfigTest::MONDAY_14H_AMS;

    private FakeScopeConfig $scope;
    private MemoryInteractions $store;
    private MemoryLogger $logger;

    protected function setUp(): void
    {
        $this->scope = (new FakeScopeConfig())->set('shopcx/interaction/enabled', '1')->set('shopcx/interaction/secret', self::SECRET);
        $this->store = new MemoryInteractions();
        $this->logger = new MemoryLogger();
    }

    private static function body(array $data, string $id = 'evt-1', string $type = 'interaction.contact'): string
    {
        return (string) json_encode(['id' => $id, 'type' => $type, 'time' => self::NOW, 'data' => $data]);
    }

    private function post(string $body, ?string $signature = null, int $now = self::NOW): \Magento\Framework\Controller\Result\Json
    {
        $request = (new Http([], 'POST'))->setContent($body)
            ->withHeader('X-ShopCx-Signature', $signature ?? Client::sign(self::SECRET, $body, self::NOW));
        return (new Report($request, new JsonFactory(), new Config($this->scope), new FakeStoreManager(), new FixedClock($now),
            $this->store, $this->logger))->execute();
    }

    private const CHAT = ['email' => 'Ann@Example.com', 'channel' => 'chat', 'case' => 'T-881', 'opened' => '2026-01-05T12:40:00Z',
        'firstResponseAt' => '2026-01-05T12:40:18Z', 'resolved' => 1767617400, 'contacts' => 1, 'rating' => 5, 'friendly' => 4];

    public function testASignedContactIsStoredOnce(): void
    {
        $r = $this->post(self::body(self::CHAT));
        self::assertSame(200, $r->code());
        self::assertSame(['stored' => true], $r->data());
        self::assertSame('no-store, max-age=0', $r->header('Cache-Control'));
        self::assertSame(['event_id' => 'evt-1', 'store_id' => 1, 'source' => 'helpdesk', 'email' => 'ann@example.com', 'customer_id' => null,
            'channel' => 'chat', 'case_ref' => 'T-881', 'opened_at' => 1767616800, 'first_response' => 18, 'resolved_at' => 1767617400,
            'contacts' => 1, 'csat' => 5, 'friendly' => 4, 'created_at' => self::NOW], $this->store->rows['evt-1']);
        // The helpdesk retries with the same id: one row.
        self::assertSame(['stored' => false], $this->post(self::body(self::CHAT))->data());
        self::assertCount(1, $this->store->rows);
    }

    public function testUnsignedStaleOrOffIsRefused(): void
    {
        $body = self::body(self::CHAT);
        self::assertSame(401, $this->post($body, 't=' . self::NOW . ',v1=' . str_repeat('0', 64))->code());
        self::assertSame(401, $this->post($body, '')->code());
        self::assertSame(401, $this->post($body, Client::sign('another secret that is long enough!!', $body, self::NOW))->code());
        self::assertSame(401, $this->post($body, null, self::NOW + 301)->code(), 'replayed after 5 minutes');
        // Signed over another body.
        self::assertSame(401, $this->post(self::body(['rating' => 1] + self::CHAT), Client::sign(self::SECRET, $body, self::NOW))->code());
        $this->scope->set('shopcx/interaction/enabled', '0');
        self::assertSame(404, $this->post($body)->code());
        $this->scope->set('shopcx/interaction/enabled', '1')->set('shopcx/interaction/secret', 'short');
        self::assertSame(404, $this->post($body)->code(), 'no usable secret: off');
        self::assertSame([], $this->store->rows);
    }

    public function testABadPayloadNamesTheField(): void
    {
        $bad = $this->post(self::body(['channel' => 'chat', 'email' => 'not an address']));
        self::assertSame(400, $bad->code());
        self::assertSame(['error' => "data.email must be the customer's e-mail address"], $bad->data());
        self::assertSame(['error' => 'data.rating must be an integer from 1 to 5'], $this->post(self::body(['rating' => 6] + self::CHAT))->data());
        self::assertSame(['error' => 'data.channel must be a lower-case name such as chat, email, phone'],
            $this->post(self::body(['channel' => 'Chat!'] + self::CHAT))->data());
        self::assertSame(400, $this->post(self::body(self::CHAT, 'evt-2', 'effort.low_score'))->code());
        self::assertSame(400, $this->post(self::body(self::CHAT, 'a b'))->code());
        self::assertSame([], $this->store->rows);
    }

    public function testTheContactFormIsRecordedAndTheCustomerErasedWithTheAccount(): void
    {
        $observer = new RecordContactForm($this->store, new Config($this->scope), new FakeStoreManager(), new FixedClock(self::NOW));
        $observer->execute(new Observer(['event' => new Event(['request' => new FakeRequest(['email' => 'ann@example.com', 'comment' => 'Where is my order?'])])]));
        $row = array_values($this->store->rows)[0];
        self::assertSame(['contact_form', 'contact_form', 'ann@example.com', self::NOW], [$row['source'], $row['channel'], $row['email'], $row['opened_at']]);
        self::assertArrayNotHasKey('comment', $row, 'what the customer wrote is not stored');
        $this->post(self::body(self::CHAT));
        $this->post(self::body(['email' => 'bob@example.com'] + self::CHAT, 'evt-9'));
        self::assertCount(2, $this->store->forCustomer('ANN@example.com'));
        (new EraseCustomerInteractions($this->store))->execute(new Observer(['event' => new Event(['customer' =>
            new DataObject(['email' => 'Ann@Example.com', 'id' => 12])])]));
        self::assertSame([], $this->store->forCustomer('ann@example.com'));
        self::assertCount(1, $this->store->rows, "another customer's contacts stay");
        // Switched off: the shop records nothing.
        $this->scope->set('shopcx/interaction/enabled', '0');
        $observer->execute(new Observer(['event' => new Event(['request' => new FakeRequest(['email' => 'cy@example.com'])])]));
        self::assertSame([], $this->store->forCustomer('cy@example.com'));
    }

    public function testAnAcceptedChatInvitationIsRecordedForACustomer(): void
    {
        $accept = fn(FakeShopper $shopper) => (new \ShopCx\CustomerService\Controller\Chat\Accept(new JsonFactory(), $shopper, $this->store,
            new Config($this->scope), new FakeStoreManager(), new FixedClock(self::NOW)))->execute();
        self::assertSame(['recorded' => false], $accept(new FakeShopper())->data(), 'a guest has no address to count it under');
        self::assertSame(['recorded' => true], $accept(new FakeShopper(customer: 12))->data());
        $row = array_values($this->store->rows)[0];
        self::assertSame(['chat_invitation', 'chat', 'customer12@example.com', 12, self::NOW],
            [$row['source'], $row['channel'], $row['email'], $row['customer_id'], $row['opened_at']]);
        $this->scope->set('shopcx/interaction/enabled', '0');
        self::assertSame(['recorded' => false], $accept(new FakeShopper(customer: 12))->data());
        self::assertCount(1, $this->store->rows);
    }
}
