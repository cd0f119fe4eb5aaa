<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Cron\RetryWebhooks;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Webhook\Consumer;
use ShopCx\CustomerService\Model\Webhook\Delivery;

/**
 * Delayed retries through shopcx_webhook_outbox, against a real HTTP receiver (`php -S` with
 * Helpdesk/router.php) so the real ShopCx\Webhook\Client makes every attempt.
 */
final class WebhookOutboxTest extends TestCase
{
    private const T0 = ConfigTest::MONDAY_14H_AMS;
    private const MESSAGE = '{"type":"cart.abandoned","payload":{"cart":10},"store":1,"at":1767618000,"attempt":1}';

    /** @var resource|null */
    private static $server = null;
    private static string $dir = '';
    private static int $port = 0;

    private FixedClock $clock;
    private MemoryOutbox $outbox;
    private MemoryLogger $logger;
    private Consumer $consumer;
    private RetryWebhooks $cron;

    public static function setUpBeforeClass(): void
    {
        self::$dir = sys_get_temp_dir() . '/shopcx-helpdesk-' . getmypid();
        @mkdir(self::$dir);
        for ($try = 0; $try < 5 && self::$server === null; $try++) {
            $port = random_int(20000, 60000);
            $proc = proc_open([PHP_BINARY, '-n', '-S', '127.0.0.1:' . $port, __DIR__ . '/Helpdesk/router.php'],
                [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']],
                $pipes, null, ['SHOPCX_HELPDESK_DIR' => self::$dir]);
            for ($wait = 0; $wait < 50; $wait++) {
                $socket = @fsockopen('127.0.0.1', $port, $errno, $errstr, 0.1);
                if ($socket) {
                    fclose($socket);
                    [self::$server, self::$port] = [$proc, $port];
                    break;
                }
                if (!proc_get_status($proc)['running']) {
                    break;   // port taken: try another
                }
                usleep(50000);
            }
            if (self::$server === null) {
                proc_terminate($proc);
                proc_close($proc);
            }
        }
        self::assertNotNull(self::$server, 'the stand-in helpdesk did not start');
        register_shutdown_function([self::class, 'tearDownAfterClass']);   // also when PHPUnit dies mid-run
    }

    public static function tearDownAfterClass(): void
    {
        if (self::$server !== null) {
            proc_terminate(self::$server);
            proc_close(self::$server);
            self::$server = null;
        }
        @unlink(self::$dir . '/requests.log');
        @unlink(self::$dir . '/status');
        @rmdir(self::$dir);
    }

    protected function setUp(): void
    {
        @unlink(self::$dir . '/requests.log');
        $this->answer(200);
        // The stand-in helpdesk listens on loopback, which the webhook client refuses unless allowed.
        $scope = (new FakeScopeConfig())->set('shopcx/webhook/enabled', '1')
            ->set('shopcx/webhook/url', 'http://127.0.0.1:' . self::$port . '/helpdesk')
            ->set('shopcx/webhook/allow_internal', "127.0.0.1\n");
        $this->clock = new FixedClock(self::T0);
        $this->outbox = new MemoryOutbox();
        $this->logger = new MemoryLogger();
        $delivery = new Delivery(new Config($scope), $this->outbox, $this->clock, $this->logger);
        $this->consumer = new Consumer($delivery, $this->logger);
        $this->cron = new RetryWebhooks($this->outbox, $delivery, $this->clock);
    }

    private function answer(int $status): void
    {
        file_put_contents(self::$dir . '/status', (string) $status);
    }

    /** @return list<string> the event ids the helpdesk received, in order */
    private function received(): array
    {
        $lines = @file(self::$dir . '/requests.log', FILE_IGNORE_NEW_LINES) ?: [];
        return array_map(fn($l) => json_decode($l, true)['id'], $lines);
    }

    public function testDeliveredAtOnceLeavesNothingInTheOutbox(): void
    {
        $this->consumer->process(self::MESSAGE);
        self::assertCount(1, $this->received());
        self::assertSame([], $this->outbox->rows);
        self::assertSame([], $this->logger->lines);
    }

    public function testRetryableFailureWaitsForRetryAtThenGoesOnceWithTheSameEventId(): void
    {
        $this->answer(503);
        $this->consumer->process(self::MESSAGE);
        self::assertCount(1, $first = $this->received());
        $row = $this->outbox->rows[$first[0]] ?? null;
        self::assertNotNull($row, 'the failed event is in the outbox under its event id');
        self::assertSame('pending', $row['status']);
        self::assertSame(self::T0 + 600, $row['next_attempt_at'], 'Retry-After: 600 from the helpdesk');
        self::assertSame(1, $row['attempts']);
        self::assertSame(2, $row['event']['attempt']);

        $this->answer(200);
        $this->clock->now = self::T0 + 599;
        self::assertSame([], $this->cron->execute(), 'not due yet');
        self::assertCount(1, $this->received());

        $this->clock->now = self::T0 + 600;
        self::assertSame([Delivery::DELIVERED => 1], $this->cron->execute());
        self::assertSame([$first[0], $first[0]], $this->received(), 'sent once more, same event id');
        self::assertSame([], $this->outbox->rows, 'success clears it');

        $this->clock->now = self::T0 + 3600;
        self::assertSame([], $this->cron->execute());
        self::assertCount(2, $this->received());
    }

    public function testMaximumAttemptsMarksTheEventFailedAndVisible(): void
    {
        $this->answer(503);
        $this->consumer->process(self::MESSAGE);
        for ($attempt = 2; $attempt <= Delivery::MAX_ATTEMPTS; $attempt++) {
            $this->clock->now += 600;
            $this->cron->execute();
        }
        $ids = $this->received();
        self::assertCount(Delivery::MAX_ATTEMPTS, $ids);
        self::assertSame([$ids[0]], array_values(array_unique($ids)), 'one event id on every attempt');
        $row = $this->outbox->rows[$ids[0]];
        self::assertSame('failed', $row['status']);
        self::assertSame(Delivery::MAX_ATTEMPTS, $row['attempts']);
        self::assertSame('HTTP 503', $row['last_error']);

        $this->clock->now += 86400;
        self::assertSame([], $this->cron->execute(), 'a failed event is not retried');
        self::assertCount(Delivery::MAX_ATTEMPTS, $this->received());
        self::assertSame([['event_id' => $ids[0], 'type' => 'cart.abandoned', 'store_id' => 1, 'attempts' => 8,
            'last_error' => 'HTTP 503', 'updated_at' => $this->clock->now - 86400]], $this->outbox->failed());
        self::assertStringStartsWith('error: shopcx.webhook: cart.abandoned failed after 8 attempt(s)', end($this->logger->lines));
    }

    public function testRefusedEventIsFailedWithoutRetry(): void
    {
        $this->answer(400);
        $this->consumer->process(self::MESSAGE);
        $ids = $this->received();
        self::assertSame('failed', $this->outbox->rows[$ids[0]]['status']);
        self::assertSame(1, $this->outbox->rows[$ids[0]]['attempts']);
        $this->clock->now += 86400;
        self::assertSame([], $this->cron->execute());
        self::assertCount(1, $this->received());
    }

    /** Without "Internal webhook hosts allowed" a URL on loopback (or any internal address) gets nothing. */
    public function testAnInternalHelpdeskIsRefusedUnlessAllowed(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/webhook/enabled', '1')
            ->set('shopcx/webhook/url', 'http://127.0.0.1:' . self::$port . '/helpdesk');
        $delivery = new Delivery(new Config($scope), $this->outbox, $this->clock, $this->logger);
        self::assertSame(Delivery::FAILED, $delivery->attempt(json_decode(self::MESSAGE, true)));
        self::assertSame([], $this->received(), 'nothing reached the internal receiver');
        self::assertStringContainsString('internal address', (string) end($this->logger->lines));
        // A list of names and ranges, comma- or line-separated, as the admin field takes it.
        $scope->set('shopcx/webhook/allow_internal', "helpdesk.internal, 10.0.0.0/8\n127.0.0.0/8");
        $delivery = new Delivery(new Config($scope), $this->outbox, $this->clock, $this->logger);
        self::assertSame(Delivery::DELIVERED, $delivery->attempt(json_decode(self::MESSAGE, true)));
        self::assertCount(1, $this->received());
    }

    public function testBadWebhookUrlIsFailedNotRetried(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/webhook/enabled', '1')->set('shopcx/webhook/url', 'ftp://helpdesk.test/');
        $delivery = new Delivery(new Config($scope), $this->outbox, $this->clock, $this->logger);
        self::assertSame(Delivery::FAILED, $delivery->attempt(json_decode(self::MESSAGE, true)));
        self::assertSame('failed', array_values($this->outbox->rows)[0]['status']);
        self::assertSame([], $this->received());
    }

    public function testDisabledWebhooksSendNothingAndKeepThePendingRow(): void
    {
        $this->answer(503);
        $this->consumer->process(self::MESSAGE);
        $scope = new FakeScopeConfig();   // webhooks off (the default)
        $cron = new RetryWebhooks($this->outbox, new Delivery(new Config($scope), $this->outbox,
            $this->clock, $this->logger), $this->clock);
        $this->clock->now += 600;
        self::assertSame([Delivery::DISABLED => 1], $cron->execute());
        // A new event while webhooks are off: not sent, not kept (as before the outbox existed).
        (new Consumer(new Delivery(new Config($scope), $this->outbox, $this->clock, $this->logger),
            $this->logger))->process(str_replace('"cart":10', '"cart":11', self::MESSAGE));
        self::assertCount(1, $this->outbox->rows);
        self::assertCount(1, $this->received());
        self::assertSame('pending', array_values($this->outbox->rows)[0]['status']);
    }

    public function testConsumerDropsMalformedMessages(): void
    {
        $this->consumer->process('{"type":');
        $this->consumer->process('{"type":"x","store":1}');
        $this->consumer->process('{"type":"x","payload":"text","store":1}');
        self::assertSame([], $this->received());
        self::assertSame(array_fill(0, 3, 'error: shopcx.webhook: dropped a malformed message'), $this->logger->lines);
    }
}
