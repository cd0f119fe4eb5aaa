<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Webhook;

use Magento\Framework\MessageQueue\PublisherInterface;

/**
 * Puts a helpdesk event on Magento's message queue (topic shopcx.webhook: the MySQL queue by
 * default, RabbitMQ when env.php configures AMQP); the consumer signs and sends it.
 */
class Publisher
{
    public const TOPIC = 'shopcx.webhook';

    public function __construct(private readonly PublisherInterface $publisher)
    {
    }

    public function publish(string $type, array $payload, int $storeId, int $at): void
    {
        $this->publisher->publish(self::TOPIC, json_encode(
            ['type' => $type, 'payload' => $payload, 'store' => $storeId, 'at' => $at, 'attempt' => 1],
            JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
        ));
    }
}
