<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** Table shopcx_outreach_log: what was (or will be) sent to whom, for ShopCx\Outreach\Policy. */
interface OutreachLogInterface
{
    /** @return list<array{kind: string, at: int}> messages sent or scheduled for this address */
    public function history(string $email): array;

    /** Whether a message of this kind for this reference (order, quote) is already logged. */
    public function has(string $email, string $kind, string $reference): bool;

    public function schedule(string $email, string $kind, string $reference, int $dueAt): void;
}
