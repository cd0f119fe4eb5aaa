<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Webhook;

use ShopCx\CustomerService\Controller\Adminhtml\FailedWebhookAction;

/** POST shopcx/webhook/retry: a failed event goes out again with the next cron run, same event id, attempts from 1. */
class Retry extends FailedWebhookAction
{
    protected function apply(string $eventId): bool
    {
        return $this->outbox->retryFailed($eventId, $this->clock->now());
    }

    protected function doneMessage(string $eventId): string
    {
        return (string) __('Webhook event %1 will be sent again within a minute.', $eventId);
    }
}
