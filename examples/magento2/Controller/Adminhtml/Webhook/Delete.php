<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Webhook;

use ShopCx\CustomerService\Controller\Adminhtml\FailedWebhookAction;

/** POST shopcx/webhook/delete: a failed event the admin has dealt with leaves the outbox. */
class Delete extends FailedWebhookAction
{
    protected function apply(string $eventId): bool
    {
        return $this->outbox->deleteFailed($eventId);
    }

    protected function doneMessage(string $eventId): string
    {
        return (string) __('Webhook event %1 was deleted.', $eventId);
    }
}
