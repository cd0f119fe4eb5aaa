<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** Table shopcx_cart_activity: one row per quote, in the shape ShopCx\Cart\Detector reads. */
interface CartActivityStoreInterface
{
    /** @param array $row quote_id, store_id, customer_id, email, items, value, currency, status, consent, updated_at */
    public function upsert(array $row): void;

    public function markOrdered(int $quoteId, int $at): void;

    /** @return iterable<array> open carts of a store as Detector rows (id, items, value, updated_at, reminders, ...) */
    public function openCarts(int $storeId): iterable;

    /** @return iterable<array> the carts of a store started in [$from, $until) (any status), for metrics */
    public function cartsCreatedBetween(int $storeId, int $from, int $until): iterable;

    public function recordReminder(int $quoteId, int $at): void;

    /** The recovery link of reminder $step was clicked. */
    public function markRecovered(int $quoteId, int $step): void;
}
