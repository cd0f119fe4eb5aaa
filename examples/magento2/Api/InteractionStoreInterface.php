<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** Service interactions (one row per customer contact): table shopcx_interaction. */
interface InteractionStoreInterface
{
    /** Stores one row (Model\Interaction\Normalizer's shape). False when its event id is already stored (a retry). */
    public function record(array $row): bool;

    /** The store view's rows opened in [$from, $until), oldest first. @return list<array> */
    public function between(int $storeId, int $from, int $until): array;

    /** Every row of this customer (by e-mail, lower case), oldest first: for a data export. @return list<array> */
    public function forCustomer(string $email): array;

    /** Deletes this customer's rows (by e-mail, and by customer id when given). @return int rows deleted */
    public function erase(string $email, ?int $customerId = null): int;
}
