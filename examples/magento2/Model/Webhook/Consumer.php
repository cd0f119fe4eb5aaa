<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Webhook;

use Psr\Log\LoggerInterface;

/**
 * Handler of queue shopcx.webhook: the first attempt of each event. A retryable failure goes to the
 * outbox (shopcx_webhook_outbox) with its Result::$retryAt; Cron\RetryWebhooks sends it when due.
 */
class Consumer
{
    public function __construct(private readonly Delivery $delivery, private readonly LoggerInterface $logger)
    {
    }

    public function process(string $message): void
    {
        $event = json_decode($message, true);
        if (!is_array($event) || !isset($event['type'], $event['payload'], $event['store']) || !is_array($event['payload'])) {
            $this->logger->error('shopcx.webhook: dropped a malformed message');
            return;
        }
        $this->delivery->attempt($event);
    }
}
