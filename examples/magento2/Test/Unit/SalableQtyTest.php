<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Catalog\Api\ProductRepositoryInterface;
use Magento\Catalog\Model\ResourceModel\Product as ProductResource;
use Magento\CatalogInventory\Api\StockRegistryInterface;
use Magento\Framework\DataObject;
use Magento\Framework\Exception\NoSuchEntityException;
use Magento\Framework\Module\Manager;
use Magento\Framework\ObjectManagerInterface;
use Magento\InventoryConfigurationApi\Api\GetStockItemConfigurationInterface;
use Magento\InventorySalesApi\Api\GetProductSalableQtyInterface;
use Magento\InventorySalesApi\Api\StockResolverInterface;
use Magento\Store\Api\WebsiteRepositoryInterface;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Promise\Index as PromiseEndpoint;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Stock\SalableQty;
use ShopCx\CustomerService\ViewModel\DeliveryPromise;
use ShopCx\CustomerService\ViewModel\StockLine;

/**
 * Model\Stock\SalableQty against MSI and the legacy stock registry as Magento 2.4.6-p1 and 2.4.7-p7
 * behave. Seen on 2.4.7-p7:
 * - for a SKU with no product, GetStockItemConfiguration answers the default configuration (managed)
 *   and GetProductSalableQty::execute() fails with "TypeError: IsSourceItemManagementAllowedForProductType::
 *   execute(): Argument #1 ($productType) must be of type string, null given" (the product type cache
 *   answers null for an unknown SKU): the promise endpoint answered 503 instead of 404;
 * - for a configurable product GetProductSalableQty throws "InputException: Can't check requested quantity
 *   for products without Source Items support.": the product page of every configurable product had no
 *   stock line (and that exception in exception.log on each view) and its promise answered 503.
 */
final class SalableQtyTest extends TestCase
{
    /** sku => [id, type, own quantity, managed, children ids] of the products the shop has */
    private const PRODUCTS = [
        'MUG' => [1, 'simple', 3.0, true, []],
        'GIFT' => [2, 'virtual', 0.0, false, []],
        'TEE' => [5, 'configurable', 0.0, true, [3, 4]],
        'TEE-S' => [3, 'simple', 2.0, true, []],
        'TEE-M' => [4, 'simple', 10.0, true, []],
        'SET' => [6, 'grouped', 0.0, true, [1, 3]],
        'BOX' => [7, 'bundle', 0.0, true, [1]],
        'MIXED' => [8, 'configurable', 0.0, true, [1, 2]],
    ];

    private static function products(): ProductRepositoryInterface
    {
        return new class (self::PRODUCTS) implements ProductRepositoryInterface {
            public function __construct(private array $products)
            {
            }

            public function get($sku, $editMode = false, $storeId = null, $forceReload = false)
            {
                if (!isset($this->products[$sku])) {
                    throw new NoSuchEntityException(new \Magento\Framework\Phrase('The product that was requested doesn\'t exist. Verify the product and try again.'));
                }
                [$id, $type, , , $children] = $this->products[$sku];
                // As Magento's product type models: configurable, grouped and bundle are composite;
                // getChildrenIds() answers [group => [id => id]].
                $instance = new class ($type, $children) {
                    public function __construct(private string $type, private array $children)
                    {
                    }

                    public function isComposite($product)
                    {
                        return in_array($this->type, ['configurable', 'grouped', 'bundle'], true);
                    }

                    public function getChildrenIds($parentId, $required = true)
                    {
                        return $this->children === [] ? [] : [0 => array_combine($this->children, $this->children)];
                    }
                };
                return new DataObject(['id' => $id, 'sku' => $sku, 'type_id' => $type, 'type_instance' => $instance]);
            }
        };
    }

    private static function resource(): ProductResource
    {
        return new class (self::PRODUCTS) extends ProductResource {
            public function __construct(private array $products)
            {
            }

            public function getProductsSku(array $productIds)
            {
                $rows = [];
                foreach ($this->products as $sku => $p) {
                    if (in_array($p[0], $productIds, true)) {
                        $rows[] = ['entity_id' => (string) $p[0], 'sku' => $sku];
                    }
                }
                return $rows;
            }
        };
    }

    private function msi(): SalableQty
    {
        $products = self::PRODUCTS;
        $services = [
            GetStockItemConfigurationInterface::class => new class ($products) implements GetStockItemConfigurationInterface {
                public function __construct(private array $products)
                {
                }

                // No product: the default configuration, which manages stock.
                public function execute(string $sku, int $stockId)
                {
                    return new class ($this->products[$sku][3] ?? true) {
                        public function __construct(private bool $managed)
                        {
                        }

                        public function isManageStock(): bool
                        {
                            return $this->managed;
                        }
                    };
                }
            },
            GetProductSalableQtyInterface::class => new class ($products) implements GetProductSalableQtyInterface {
                public function __construct(private array $products)
                {
                }

                public function execute(string $sku, int $stockId): float
                {
                    $type = $this->products[$sku][1] ?? null;
                    if ($type === null) {
                        // What IsSourceItemManagementAllowedForProductType::execute(string $productType) does with null.
                        throw new \TypeError('IsSourceItemManagementAllowedForProductType::execute(): Argument #1 ($productType) must be of type string, null given');
                    }
                    if (in_array($type, ['configurable', 'grouped', 'bundle'], true)) {
                        throw new \Magento\Framework\Exception\InputException(
                            new \Magento\Framework\Phrase('Can\'t check requested quantity for products without Source Items support.'));
                    }
                    return $this->products[$sku][2];
                }
            },
            StockResolverInterface::class => new class implements StockResolverInterface {
                public function execute(string $type, string $code)
                {
                    return new DataObject(['stock_id' => 1]);
                }
            },
            WebsiteRepositoryInterface::class => new class implements WebsiteRepositoryInterface {
                public function getById($id)
                {
                    return new DataObject(['code' => 'base']);
                }
            },
        ];
        $objects = new class ($services) implements ObjectManagerInterface {
            public function __construct(private array $services)
            {
            }

            public function create($type, array $arguments = [])
            {
                return $this->get($type);
            }

            public function get($type)
            {
                return $this->services[$type];
            }
        };
        $modules = new class extends Manager {
            public function isEnabled($moduleName)
            {
                return $moduleName === 'Magento_InventorySalesApi';
            }
        };
        $registry = new class implements StockRegistryInterface {
            public function getStockItemBySku($productSku, $scopeId = null)
            {
                throw new \LogicException('the legacy stock registry is not asked when MSI is enabled');
            }
        };
        return new SalableQty($modules, $objects, $registry, self::products(), self::resource());
    }

    /** Without MSI: the legacy stock item (a configurable's own item has quantity 0). */
    private function legacy(): SalableQty
    {
        $modules = new class extends Manager {
            public function isEnabled($moduleName)
            {
                return false;
            }
        };
        $objects = new class implements ObjectManagerInterface {
            public function create($type, array $arguments = [])
            {
                throw new \LogicException('MSI is not asked without MSI');
            }

            public function get($type)
            {
                throw new \LogicException('MSI is not asked without MSI');
            }
        };
        $registry = new class (self::PRODUCTS) implements StockRegistryInterface {
            public function __construct(private array $products)
            {
            }

            public function getStockItemBySku($productSku, $scopeId = null)
            {
                [, , $qty, $managed] = $this->products[$productSku];
                return new class ($qty, $managed) implements \Magento\CatalogInventory\Api\Data\StockItemInterface {
                    public function __construct(private float $qty, private bool $managed)
                    {
                    }

                    public function getManageStock()
                    {
                        return $this->managed;
                    }

                    public function getQty()
                    {
                        return $this->qty;
                    }

                    public function getBackorders()
                    {
                        return 0;
                    }
                };
            }
        };
        return new SalableQty($modules, $objects, $registry, self::products(), self::resource());
    }

    public static function stocks(): array
    {
        return ['MSI' => ['msi'], 'legacy stock' => ['legacy']];
    }

    /** @dataProvider stocks */
    public function testSalableQuantities(string $stock): void
    {
        $qty = $this->{$stock}();
        self::assertSame(3, $qty->get('MUG', 1));
        self::assertNull($qty->get('GIFT', 1));     // stock not managed
        self::assertSame(12, $qty->get('TEE', 1));  // S 2 + M 10
        self::assertSame(5, $qty->get('SET', 1));   // MUG 3 + TEE-S 2
        self::assertNull($qty->get('BOX', 1));      // a bundle sells what its chosen options can
        self::assertNull($qty->get('MIXED', 1));    // one child not managed: no limit to tell
    }

    /** @dataProvider stocks */
    public function testAnUnknownSkuIsNoSuchProduct(string $stock): void
    {
        $this->expectException(NoSuchEntityException::class);
        $this->{$stock}()->get('NOPE-404', 1);
    }

    public function testTheConfigurableProductPageHasAStockLineAndAPromise(): void
    {
        $config = new Config(new FakeScopeConfig());
        $clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $line = new StockLine($config, $this->msi(), new FakeStoreManager(), $clock, new \Magento\Framework\Escaper(), new FakeStockFacts());
        self::assertSame('<p class="shopcx-stock shopcx-stock--in">In stock</p>', $line->html('TEE'));
        $promise = new DeliveryPromise($config, $this->msi(), new FakeStoreManager(), $clock, new \Magento\Framework\Escaper(), new FakeStockFacts());
        $endpoint = fn(string $sku) => (new PromiseEndpoint(new FakeRequest(['sku' => $sku]),
            new \Magento\Framework\Controller\Result\JsonFactory(), $promise, new MemoryLogger()))->execute()->code();
        self::assertSame(200, $endpoint('TEE'));
        self::assertSame(200, $endpoint('MUG'));
        self::assertSame(404, $endpoint('NOPE-404'));
    }
}
