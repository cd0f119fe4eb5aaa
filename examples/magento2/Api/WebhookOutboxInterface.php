<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/**
 * Webhook events waiting for a later attempt (table shopcx_webhook_outbox), keyed by event id so
 * every attempt of one event is one row. The MySQL queue cannot delay a message; this table can.
 */
interface WebhookOutboxInterface
{
    public const PENDING = 'pending';
    public const FAILED = 'failed';

    /** Keeps $event (the queue message, with its next attempt number) for another try at $nextAttemptAt. */
    public function retryLater(string $eventId, array $event, int $attempts, int $nextAttemptAt, string $error, int $now): void;

    /** No more attempts: the row stays, status failed, for the admin to see. */
    public function markFailed(string $eventId, array $event, int $attempts, string $error, int $now): void;

    /** Delivered: the event leaves the outbox. */
    public function clear(string $eventId): void;

    /** @return list<array{event_id: string, event: array, attempts: int, next_attempt_at: int}> pending rows due at $now, oldest first */
    public function due(int $now, int $limit = 100): array;

    /** @return list<array{event_id: string, type: string, store_id: int, attempts: int, last_error: string, updated_at: int}> newest first */
    public function failed(int $limit = 50): array;

    /**
     * An admin's "retry": a failed event becomes pending again, due at $now, with its attempts reset
     * (attempt 1 of a fresh series) and the same event id, so the helpdesk can still de-duplicate.
     *
     * @return bool false when no failed event has this id
     */
    public function retryFailed(string $eventId, int $now): bool;

    /** @return bool false when no failed event has this id (pending ones are not the admin's to delete) */
    public function deleteFailed(string $eventId): bool;
}
