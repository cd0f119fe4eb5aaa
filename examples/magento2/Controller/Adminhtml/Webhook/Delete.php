<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Webhook;

/** POST shopcx/webhook/delete: a failed event the admin has dealt with leaves the outbox. */
class Delete extends FailedEventAction
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
