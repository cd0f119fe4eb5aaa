<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** Table shopcx_outreach_log: what was (or will be) sent to whom, for ShopCx\Outreach\Policy. */
interface OutreachLogInterface
{
    /**
     * Messages sent or still scheduled for this address (cancelled ones do not count).
     *
     * @param int|null $exceptId leave this entry out (the one being re-checked at send time)
     * @return list<array{kind: string, at: int}>
     */
    public function history(string $email, ?int $exceptId = null): array;

    /** Whether a message of this kind for this reference (order, quote) is already logged. */
    public function has(string $email, string $kind, string $reference): bool;

    public function schedule(string $email, string $kind, string $reference, int $dueAt, int $storeId = 0): void;

    /** A message that went out right away (cart reminders). */
    public function logSent(string $email, string $kind, string $reference, int $at, int $storeId = 0): void;

    /** @return list<array{id: int, email: string, kind: string, reference: string, store_id: int, due_at: int}> scheduled and due */
    public function due(array $kinds, int $now, int $limit = 500): array;

    public function markSent(int $id, int $at): void;

    public function reschedule(int $id, int $dueAt): void;

    public function cancel(int $id): void;
}
