<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Webhook;

use Magento\Framework\MessageQueue\PublisherInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\Webhook\Client;

/** Handler of queue shopcx.webhook: one signed delivery per message, retried through the queue. */
class Consumer
{
    private const MAX_ATTEMPTS = 8;

    public function __construct(
        private readonly Config $config,
        private readonly PublisherInterface $publisher,
        private readonly ClockInterface $clock,
        private readonly LoggerInterface $logger
    ) {
    }

    public function process(string $message): void
    {
        $event = json_decode($message, true);
        if (!is_array($event) || !isset($event['type'], $event['payload'], $event['store'])) {
            $this->logger->error('shopcx.webhook: dropped a malformed message');
            return;
        }
        $store = (int) $event['store'];
        if (!$this->config->flag('shopcx/webhook/enabled', $store)) {
            return;
        }
        $client = new Client($this->config->value('shopcx/webhook/url', $store), $this->config->webhookSecret($store));
        $attempt = (int) ($event['attempt'] ?? 1);
        $result = $client->send((string) $event['type'], (array) $event['payload'], $this->clock->now(),
            ['attempt' => $attempt] + (isset($event['eventId']) ? ['id' => (string) $event['eventId']] : []));
        if ($result->delivered) {
            return;
        }
        if ($result->retryable && $attempt < self::MAX_ATTEMPTS) {
            // Same event id on the retry, so the helpdesk can de-duplicate. The MySQL queue has no
            // delayed delivery: Result::$retryAt is not honoured (RabbitMQ with a delay exchange could).
            $event['attempt'] = $attempt + 1;
            $event['eventId'] = $result->eventId;
            $this->publisher->publish(Publisher::TOPIC, json_encode($event, JSON_THROW_ON_ERROR));
        }
        $this->logger->warning(sprintf('shopcx.webhook: %s not delivered (%s)', $event['type'], $result->error ?? $result->status));
    }
}
