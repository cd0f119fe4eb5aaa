<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Stock;

use Magento\Catalog\Api\ProductRepositoryInterface;
use Magento\Catalog\Model\ResourceModel\Product as ProductResource;
use Magento\CatalogInventory\Api\StockRegistryInterface;
use ShopCx\CustomerService\Api\StockFactsInterface;

/**
 * Backorders from the product's stock item (cataloginventory_stock_item, which MSI keeps for the default
 * stock too: "Backorders" on the product form), the restock date from the product attribute
 * shopcx_restock_date ("Back in stock on"; Magento stores a date attribute as "YYYY-MM-DD 00:00:00").
 */
class StockFacts implements StockFactsInterface
{
    public function __construct(
        private readonly ProductRepositoryInterface $products,
        private readonly StockRegistryInterface $stockRegistry,
        private readonly ProductResource $productResource
    ) {
    }

    public function item(string $sku, int $websiteId): array
    {
        $product = $this->products->get($sku);
        $item = ['backorders' => (int) $this->stockRegistry->getStockItemBySku($sku, $websiteId)->getBackorders() > 0];
        $date = substr((string) $product->getData(self::RESTOCK_ATTRIBUTE), 0, 10);
        if (preg_match('/^\d{4}-\d{2}-\d{2}$/', $date) && checkdate((int) substr($date, 5, 2), (int) substr($date, 8, 2), (int) substr($date, 0, 4))) {
            $item['availableOn'] = $date;
        }
        return $item;
    }

    public function variants(string $sku): array
    {
        $product = $this->products->get($sku);
        if ((string) $product->getTypeId() !== 'configurable') {
            return [];
        }
        $ids = [];
        foreach ($product->getTypeInstance()->getChildrenIds((int) $product->getId(), false) as $group) {
            foreach ((array) $group as $id) {
                $ids[(int) $id] = (int) $id;
            }
        }
        $out = [];
        foreach ($ids === [] ? [] : $this->productResource->getProductsSku(array_values($ids)) as $row) {
            $out[(int) $row['entity_id']] = (string) $row['sku'];
        }
        ksort($out);
        return $out;
    }
}
