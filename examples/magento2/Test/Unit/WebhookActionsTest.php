<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Framework\Controller\Result\Redirect;
use Magento\Framework\Data\Form\FormKey\Validator;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Adminhtml\Webhook\Delete;
use ShopCx\CustomerService\Controller\Adminhtml\FailedWebhookAction;
use ShopCx\CustomerService\Controller\Adminhtml\Webhook\Retry;

/** Retry and delete of failed webhook events from the report page: form key, ACL, unknown id, success. */
final class WebhookActionsTest extends TestCase
{
    private const NOW = ConfigTest::MONDAY_14H_AMS;
    private const FORM_KEY = 'fk-admin-123';
    private const MANAGER = ['ShopCx_CustomerService::reports', 'ShopCx_CustomerService::webhooks'];

    private MemoryOutbox $outbox;
    private RecordingMessages $messages;
    private FixedAuthorization $auth;

    protected function setUp(): void
    {
        $this->outbox = new MemoryOutbox();
        $this->outbox->markFailed('evt-1', ['type' => 'review.held', 'payload' => ['review' => 7], 'store' => 1, 'at' => self::NOW - 9000,
            'attempt' => 8], 8, 'HTTP 503', self::NOW - 600);
        $this->outbox->retryLater('evt-pending', ['type' => 'effort.low_score', 'payload' => [], 'store' => 1, 'at' => self::NOW,
            'attempt' => 2], 1, self::NOW + 60, 'HTTP 502', self::NOW);
        $this->messages = new RecordingMessages();
    }

    /** @param class-string<FailedWebhookAction> $class */
    private function post(string $class, array $params, array $allowed = self::MANAGER): mixed
    {
        $this->auth = new FixedAuthorization($allowed);
        $request = new FakeRequest($params);
        $action = new $class(new Context($request, $this->auth, $this->messages, new Validator(self::FORM_KEY)), $this->outbox,
            new FixedClock(self::NOW));
        return $action->dispatch($request);
    }

    /** @return array<string, array{class-string<FailedWebhookAction>}> */
    public static function actions(): array
    {
        return ['retry' => [Retry::class], 'delete' => [Delete::class]];
    }

    /** @dataProvider actions */
    public function testWithoutOrWithAWrongFormKeyNothingChanges(string $class): void
    {
        // POST only (Magento answers other methods with 404 for an action that only implements this interface).
        self::assertSame([\Magento\Framework\App\Action\HttpPostActionInterface::class => \Magento\Framework\App\Action\HttpPostActionInterface::class],
            array_filter(class_implements($class), fn($i) => str_starts_with($i, 'Magento\\Framework\\App\\Action\\Http')));
        $before = $this->outbox->rows;
        foreach ([['event_id' => 'evt-1'], ['event_id' => 'evt-1', 'form_key' => 'fk-stolen']] as $params) {
            $r = $this->post($class, $params);
            self::assertInstanceOf(Redirect::class, $r);
            self::assertSame('shopcx/report/index', $r->path);
        }
        self::assertSame($before, $this->outbox->rows);
        self::assertSame(array_fill(0, 2, 'Invalid form key. Please refresh the page.'), $this->messages->errors);
        self::assertSame([], $this->messages->successes);
    }

    /** @dataProvider actions */
    public function testSeeingTheReportIsNotEnough(string $class): void
    {
        $before = $this->outbox->rows;
        self::assertSame('denied', $this->post($class, ['event_id' => 'evt-1', 'form_key' => self::FORM_KEY],
            ['Magento_Backend::admin', 'ShopCx_CustomerService::reports']));
        self::assertSame(['ShopCx_CustomerService::webhooks'], $this->auth->asked);
        self::assertSame($before, $this->outbox->rows);
        // Declared in acl.xml, under the report's resource.
        $acl = simplexml_load_file(dirname(__DIR__, 2) . '/etc/acl.xml');
        self::assertCount(1, $acl->xpath('//resource[@id="ShopCx_CustomerService::reports"]/resource[@id="ShopCx_CustomerService::webhooks"]'));
    }

    /** @dataProvider actions */
    public function testUnknownOrPendingEventIsRefused(string $class): void
    {
        $before = $this->outbox->rows;
        foreach (['nope', 'evt-pending', '', str_repeat('x', 65), '<b>x</b>'] as $id) {
            self::assertInstanceOf(Redirect::class, $this->post($class, ['event_id' => $id, 'form_key' => self::FORM_KEY]));
        }
        self::assertSame($before, $this->outbox->rows);
        self::assertSame('There is no failed webhook event "nope".', $this->messages->errors[0]);
        self::assertSame('There is no failed webhook event "evt-pending".', $this->messages->errors[1]);
        self::assertCount(5, $this->messages->errors);
    }

    public function testRetryResetsAttemptsAndIsDueNowWithTheSameEventId(): void
    {
        $r = $this->post(Retry::class, ['event_id' => 'evt-1', 'form_key' => self::FORM_KEY, 'store' => '1',
            'from' => '2025-10-14', 'to' => '2026-01-05']);
        self::assertSame(['shopcx/report/index', ['store' => '1', 'from' => '2025-10-14', 'to' => '2026-01-05']], [$r->path, $r->params]);
        self::assertSame(['Webhook event evt-1 will be sent again within a minute.'], $this->messages->successes);
        self::assertSame([], $this->outbox->failed());
        // What the retry cron picks up next: the same event id, attempt 1 of a fresh series.
        $due = $this->outbox->due(self::NOW);
        self::assertSame(['evt-1'], array_column($due, 'event_id'));
        self::assertSame([0, self::NOW, 1, 'review.held', ['review' => 7]],
            [$due[0]['attempts'], $due[0]['next_attempt_at'], $due[0]['event']['attempt'], $due[0]['event']['type'], $due[0]['event']['payload']]);
        // A second click finds no failed event any more.
        $this->post(Retry::class, ['event_id' => 'evt-1', 'form_key' => self::FORM_KEY]);
        self::assertSame(['There is no failed webhook event "evt-1".'], $this->messages->errors);
    }

    public function testDeleteRemovesOnlyThatRow(): void
    {
        $r = $this->post(Delete::class, ['event_id' => 'evt-1', 'form_key' => self::FORM_KEY, 'store' => '<x>', 'from' => 'bad date']);
        self::assertSame(['shopcx/report/index', []], [$r->path, $r->params], 'odd filter values are not carried back');
        self::assertSame(['Webhook event evt-1 was deleted.'], $this->messages->successes);
        self::assertSame(['evt-pending'], array_keys($this->outbox->rows));
    }
}
