<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/**
 * Addresses that asked for no more outreach e-mails (cart reminders, review invitations, surveys),
 * per store view. Kept as a SHA-256 of the lower-cased address: enough to honour the request, without
 * keeping a readable list of people who left.
 */
interface OptOutStoreInterface
{
    /** @param string $emailHash Model\Outreach\OptOutLink::hash() of the address */
    public function isOptedOut(string $emailHash, int $storeId): bool;

    /** Idempotent: a second opt-out of the same address and store keeps the first one's time. */
    public function optOut(string $emailHash, int $storeId, int $at): void;
}
