<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

interface SalableQtyInterface
{
    /** The quantity a customer can still buy, or null when stock is not managed for the SKU. */
    public function get(string $sku, int $websiteId): ?int;
}
