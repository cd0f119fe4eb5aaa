<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Cron;

use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\WebhookOutboxInterface;
use ShopCx\CustomerService\Model\Webhook\Delivery;

/**
 * Every minute: sends the outbox's webhook events whose retry time has come (same event id, next
 * attempt number). Delivery updates each row: cleared, moved to the next retry time, or failed.
 */
class RetryWebhooks
{
    public function __construct(
        private readonly WebhookOutboxInterface $outbox,
        private readonly Delivery $delivery,
        private readonly ClockInterface $clock
    ) {
    }

    /** @return array<string, int> outcome => events */
    public function execute(): array
    {
        $outcomes = [];
        foreach ($this->outbox->due($this->clock->now()) as $row) {
            $event = ['eventId' => $row['event_id']] + $row['event'];
            $outcome = $this->delivery->attempt($event);
            $outcomes[$outcome] = ($outcomes[$outcome] ?? 0) + 1;
        }
        return $outcomes;
    }
}
