<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\CatalogInventory\Api\StockRegistryInterface;
use Magento\Framework\DataObject;
use Magento\Framework\Exception\NoSuchEntityException;
use Magento\Framework\Module\Manager;
use Magento\Framework\ObjectManagerInterface;
use Magento\InventoryCatalogApi\Model\GetProductTypesBySkusInterface;
use Magento\InventoryConfigurationApi\Api\GetStockItemConfigurationInterface;
use Magento\InventorySalesApi\Api\GetProductSalableQtyInterface;
use Magento\InventorySalesApi\Api\StockResolverInterface;
use Magento\Store\Api\WebsiteRepositoryInterface;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Promise\Index as PromiseEndpoint;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Stock\SalableQty;
use ShopCx\CustomerService\ViewModel\DeliveryPromise;

/**
 * Model\Stock\SalableQty against MSI as Magento 2.4.6-p1 and 2.4.7-p7 behave. Seen on 2.4.7-p7: for a
 * SKU with no product, GetStockItemConfiguration answers the default configuration (managed), and
 * GetProductSalableQty::execute() fails with "TypeError: IsSourceItemManagementAllowedForProductType::
 * execute(): Argument #1 ($productType) must be of type string, null given", because the product type
 * cache in front of GetProductTypesBySkus answers [sku => null] for an unknown SKU. The promise
 * endpoint answered 503 instead of 404.
 */
final class SalableQtyTest extends TestCase
{
    /** sku => [type, quantity, managed] of the products the shop has */
    private const PRODUCTS = ['MUG' => ['simple', 3.0, true], 'GIFT' => ['virtual', 0.0, false]];

    private function msi(): SalableQty
    {
        $products = self::PRODUCTS;
        $services = [
            GetProductTypesBySkusInterface::class => new class ($products) implements GetProductTypesBySkusInterface {
                public function __construct(private array $products)
                {
                }

                // GetProductTypesBySkusCache: every SKU asked for is a key, null when there is no product.
                public function execute(array $skus)
                {
                    $out = [];
                    foreach ($skus as $sku) {
                        $out[$sku] = $this->products[$sku][0] ?? null;
                    }
                    return $out;
                }
            },
            GetStockItemConfigurationInterface::class => new class ($products) implements GetStockItemConfigurationInterface {
                public function __construct(private array $products)
                {
                }

                // No product: the default configuration, which manages stock.
                public function execute(string $sku, int $stockId)
                {
                    return new class ($this->products[$sku][2] ?? true) {
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
                    $type = $this->products[$sku][0] ?? null;
                    if ($type === null) {
                        // What IsSourceItemManagementAllowedForProductType::execute(string $productType) does with null.
                        throw new \TypeError('IsSourceItemManagementAllowedForProductType::execute(): Argument #1 ($productType) must be of type string, null given');
                    }
                    return $this->products[$sku][1];
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
        return new SalableQty($modules, $objects, $registry);
    }

    public function testSalableQuantityFromMsi(): void
    {
        self::assertSame(3, $this->msi()->get('MUG', 1));
        self::assertNull($this->msi()->get('GIFT', 1));   // stock not managed
    }

    public function testAnUnknownSkuIsNoSuchProduct(): void
    {
        $this->expectException(NoSuchEntityException::class);
        $this->msi()->get('NOPE-404', 1);
    }

    public function testThePromiseEndpointAnswers404ForAnUnknownSkuWithMsi(): void
    {
        $promise = new DeliveryPromise(new Config(new FakeScopeConfig()), $this->msi(), new FakeStoreManager(),
            new FixedClock(ConfigTest::MONDAY_14H_AMS), new \Magento\Framework\Escaper());
        $request = new FakeRequest(['sku' => 'NOPE-404']);
        $result = (new PromiseEndpoint($request, new \Magento\Framework\Controller\Result\JsonFactory(), $promise))->execute();
        self::assertSame(404, $result->code());
        $request = new FakeRequest(['sku' => 'MUG']);
        $result = (new PromiseEndpoint($request, new \Magento\Framework\Controller\Result\JsonFactory(), $promise))->execute();
        self::assertSame(200, $result->code());
    }
}
