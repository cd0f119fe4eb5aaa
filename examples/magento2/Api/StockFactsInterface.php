<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

interface StockFactsInterface
{
    /** Product attribute (date) "Back in stock on", added by Setup\Patch\Data\AddRestockDateAttribute. */
    public const RESTOCK_ATTRIBUTE = 'shopcx_restock_date';

    /**
     * What ShopCx\Stock\Indicator::describe() takes as $item besides the quantity: "backorders" (bool,
     * out of stock but orderable) and "availableOn" ("YYYY-MM-DD", the restock date, when set).
     *
     * @throws \Magento\Framework\Exception\NoSuchEntityException for a SKU with no product
     */
    public function item(string $sku, int $websiteId): array;

    /** The simple products of a configurable product, child id => SKU; [] for any other type. @return array<int,string> */
    public function variants(string $sku): array;
}
