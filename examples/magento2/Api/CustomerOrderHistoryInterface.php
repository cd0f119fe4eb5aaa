<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** A customer's orders in this shop, for the chat's customer segment. */
interface CustomerOrderHistoryInterface
{
    /** @return array{orders: int, lifetimeValue: float} orders not cancelled, and their base totals less refunds */
    public function summary(int $customerId): array;
}
