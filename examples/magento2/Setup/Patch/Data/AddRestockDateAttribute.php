<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Setup\Patch\Data;

use Magento\Catalog\Model\Product;
use Magento\Eav\Setup\EavSetupFactory;
use Magento\Framework\Setup\ModuleDataSetupInterface;
use Magento\Framework\Setup\Patch\DataPatchInterface;
use ShopCx\CustomerService\Api\StockFactsInterface;

/**
 * Product attribute "Back in stock on" (shopcx_restock_date, date, global, not required) in the default
 * attribute set's General group, for simple, virtual and configurable children alike: the stock line says
 * "Back in stock from Tuesday 15 December" and the delivery promise counts from it.
 */
class AddRestockDateAttribute implements DataPatchInterface
{
    public function __construct(
        private readonly ModuleDataSetupInterface $moduleDataSetup,
        private readonly EavSetupFactory $eavSetupFactory
    ) {
    }

    public function apply()
    {
        $this->moduleDataSetup->startSetup();
        $eavSetup = $this->eavSetupFactory->create(['setup' => $this->moduleDataSetup]);
        $eavSetup->addAttribute(Product::ENTITY, StockFactsInterface::RESTOCK_ATTRIBUTE, [
            'type' => 'datetime',
            'label' => 'Back in stock on',
            'input' => 'date',
            'backend' => \Magento\Eav\Model\Entity\Attribute\Backend\Datetime::class,
            'required' => false,
            'global' => \Magento\Eav\Model\Entity\Attribute\ScopedAttributeInterface::SCOPE_GLOBAL,
            'visible' => true,
            'user_defined' => false,
            'searchable' => false,
            'filterable' => false,
            'comparable' => false,
            'visible_on_front' => false,
            'used_in_product_listing' => false,
            'unique' => false,
            'apply_to' => 'simple,virtual',
            'group' => 'General',
            'sort_order' => 210,
            'note' => 'Shown as "Back in stock from ..." while the product is out of stock; leave empty when unknown.',
        ]);
        $this->moduleDataSetup->endSetup();
        return $this;
    }

    public static function getDependencies()
    {
        return [];
    }

    public function getAliases()
    {
        return [];
    }
}
