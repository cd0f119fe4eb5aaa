<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Stock;

use Magento\CatalogInventory\Api\StockRegistryInterface;
use Magento\Framework\Module\Manager as ModuleManager;
use Magento\Framework\ObjectManagerInterface;
use ShopCx\CustomerService\Api\SalableQtyInterface;

/**
 * Salable quantity from MSI (reservations included) when Magento_InventorySalesApi is enabled,
 * else the legacy stock item quantity. MSI classes are looked up lazily so the module also
 * installs on a shop with MSI removed.
 */
class SalableQty implements SalableQtyInterface
{
    public function __construct(
        private readonly ModuleManager $moduleManager,
        private readonly ObjectManagerInterface $objectManager,
        private readonly StockRegistryInterface $stockRegistry
    ) {
    }

    public function get(string $sku, int $websiteId): ?int
    {
        if ($this->moduleManager->isEnabled('Magento_InventorySalesApi')) {
            $isManaged = $this->objectManager->get(\Magento\InventoryConfigurationApi\Api\GetStockItemConfigurationInterface::class);
            $stockResolver = $this->objectManager->get(\Magento\InventorySalesApi\Api\StockResolverInterface::class);
            $websites = $this->objectManager->get(\Magento\Store\Api\WebsiteRepositoryInterface::class);
            $code = $websites->getById($websiteId)->getCode();
            $stockId = (int) $stockResolver->execute('website', $code)->getStockId();
            if (!$isManaged->execute($sku, $stockId)->isManageStock()) {
                return null;
            }
            $salable = $this->objectManager->get(\Magento\InventorySalesApi\Api\GetProductSalableQtyInterface::class);
            return max(0, (int) floor($salable->execute($sku, $stockId)));
        }
        $item = $this->stockRegistry->getStockItemBySku($sku, $websiteId);
        return $item->getManageStock() ? max(0, (int) floor((float) $item->getQty())) : null;
    }
}
