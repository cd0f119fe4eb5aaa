<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Webhook;

use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\WebhookOutboxInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\Webhook\Client;

/**
 * One attempt at one event (shared by the queue consumer and the retry cron) and what follows from
 * it: delivered -> cleared from the outbox; retryable -> kept in the outbox until Result::$retryAt
 * with the same event id; not retryable, or the last attempt -> marked failed for the admin.
 */
class Delivery
{
    public const MAX_ATTEMPTS = 8;
    public const DELIVERED = 'delivered';
    public const RETRY = 'retry';
    public const FAILED = 'failed';
    public const DISABLED = 'disabled';

    public function __construct(
        private readonly Config $config,
        private readonly WebhookOutboxInterface $outbox,
        private readonly ClockInterface $clock,
        private readonly LoggerInterface $logger
    ) {
    }

    /** @param array $event a queue message: type, payload, store, attempt, eventId after the first attempt */
    public function attempt(array $event): string
    {
        $store = (int) $event['store'];
        if (!$this->config->flag('shopcx/webhook/enabled', $store)) {
            return self::DISABLED;   // an outbox row stays pending and goes out once webhooks are on again
        }
        $attempt = max(1, (int) ($event['attempt'] ?? 1));
        $now = $this->clock->now();
        $eventId = isset($event['eventId']) ? (string) $event['eventId'] : null;
        try {
            $client = new Client($this->config->value('shopcx/webhook/url', $store), $this->config->webhookSecret($store),
                $this->config->webhookClientOptions($store));
            $result = $client->send((string) $event['type'], (array) $event['payload'], $now,
                ['attempt' => $attempt] + ($eventId !== null ? ['id' => $eventId] : []));
        } catch (\ValueError|\TypeError $e) {
            // A bad URL, secret, type or payload will not get better by waiting.
            return $this->fail($eventId ?? bin2hex(random_bytes(16)), $event, $attempt, $e->getMessage(), $now);
        }
        $event['eventId'] = $result->eventId;
        if ($result->delivered) {
            $this->outbox->clear($result->eventId);
            return self::DELIVERED;
        }
        $error = $result->error ?? ('HTTP ' . $result->status);
        if ($result->retryable && $attempt < self::MAX_ATTEMPTS) {
            $this->outbox->retryLater($result->eventId, ['attempt' => $attempt + 1] + $event, $attempt,
                $result->retryAt ?? $now, $error, $now);
            $this->logger->warning(sprintf('shopcx.webhook: %s not delivered (%s), attempt %d of %d',
                $event['type'], $error, $attempt, self::MAX_ATTEMPTS));
            return self::RETRY;
        }
        return $this->fail($result->eventId, $event, $attempt, $error, $now);
    }

    private function fail(string $eventId, array $event, int $attempt, string $error, int $now): string
    {
        $this->outbox->markFailed($eventId, $event, $attempt, $error, $now);
        $this->logger->error(sprintf('shopcx.webhook: %s failed after %d attempt(s): %s', $event['type'], $attempt, $error));
        return self::FAILED;
    }
}
