<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Catalog\Api\ProductRepositoryInterface;
use Magento\Catalog\Model\ResourceModel\Product as ProductResource;
use Magento\CatalogInventory\Api\StockRegistryInterface;
use Magento\Eav\Setup\EavSetupFactory;
use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use Magento\Framework\Exception\NoSuchEntityException;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\StockFactsInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Stock\StockFacts;
use ShopCx\CustomerService\Setup\Patch\Data\AddRestockDateAttribute;
use ShopCx\CustomerService\ViewModel\DeliveryPromise;
use ShopCx\CustomerService\ViewModel\StockLine;

/** Issue 21: the item's facts (backorders, restock date) reach the stock line and the delivery promise. */
final class StockFactsTest extends TestCase
{
    public const MONDAY = 1796637600; // 2026-12-07 10:00 UTC, 11:00 in Amsterdam

    /** sku => [id, type, backorders (0/1/2), restock date as Magento stores it, children] */
    private const PRODUCTS = [
        'LAMP' => [1, 'simple', 0, '2026-12-15 00:00:00', []],
        'VASE' => [2, 'simple', 1, null, []],
        'BOWL' => [3, 'simple', 0, null, []],
        'ODD' => [4, 'simple', 0, '15-12-2026', []],
        'TEE' => [5, 'configurable', 0, null, [6, 7]],
        'TEE-S' => [6, 'simple', 0, '2026-12-15 00:00:00', []],
        'TEE-M' => [7, 'simple', 0, null, []],
    ];

    private FakeScopeConfig $scope;
    private FakeSalableQty $qty;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->qty = new FakeSalableQty(['LAMP' => 0, 'VASE' => 0, 'BOWL' => 0, 'ODD' => 0, 'TEE' => 8, 'TEE-S' => 0, 'TEE-M' => 8]);
    }

    public static function facts(): StockFacts
    {
        $products = new class (self::PRODUCTS) implements ProductRepositoryInterface {
            public function __construct(private array $products)
            {
            }

            public function get($sku, $editMode = false, $storeId = null, $forceReload = false)
            {
                if (!isset($this->products[$sku])) {
                    throw new NoSuchEntityException(new \Magento\Framework\Phrase('The product that was requested doesn\'t exist.'));
                }
                [$id, $type, , $date, $children] = $this->products[$sku];
                $instance = new class ($children) {
                    public function __construct(private array $children)
                    {
                    }

                    public function getChildrenIds($parentId, $required = true)
                    {
                        return $this->children === [] ? [] : [0 => array_combine($this->children, $this->children)];
                    }
                };
                return new DataObject(['id' => $id, 'sku' => $sku, 'type_id' => $type, 'type_instance' => $instance,
                    StockFactsInterface::RESTOCK_ATTRIBUTE => $date]);
            }
        };
        $registry = new class (self::PRODUCTS) implements StockRegistryInterface {
            public function __construct(private array $products)
            {
            }

            public function getStockItemBySku($productSku, $scopeId = null)
            {
                $backorders = $this->products[$productSku][2];
                return new class ($backorders) implements \Magento\CatalogInventory\Api\Data\StockItemInterface {
                    public function __construct(private int $backorders)
                    {
                    }

                    public function getManageStock()
                    {
                        return true;
                    }

                    public function getQty()
                    {
                        return 0.0;
                    }

                    public function getBackorders()
                    {
                        return (string) $this->backorders;   // Magento's stock item returns the column as a string
                    }
                };
            }
        };
        $resource = new class (self::PRODUCTS) extends ProductResource {
            public function __construct(private array $products)
            {
            }

            public function getProductsSku(array $productIds)
            {
                $rows = [];
                foreach ($this->products as $sku => [$id]) {
                    if (in_array($id, $productIds, true)) {
                        $rows[] = ['entity_id' => (string) $id, 'sku' => $sku];
                    }
                }
                return $rows;
            }
        };
        return new StockFacts($products, $registry, $resource);
    }

    private function line(): StockLine
    {
        return new StockLine(new Config($this->scope), $this->qty, new FakeStoreManager(), new FixedClock(self::MONDAY), new Escaper(), self::facts());
    }

    private function promise(): DeliveryPromise
    {
        return new DeliveryPromise(new Config($this->scope), $this->qty, new FakeStoreManager(), new FixedClock(self::MONDAY), new Escaper(), self::facts());
    }

    public function testTheFactsComeFromTheStockItemAndTheAttribute(): void
    {
        $facts = self::facts();
        self::assertSame(['backorders' => false, 'availableOn' => '2026-12-15'], $facts->item('LAMP', 1));
        self::assertSame(['backorders' => true], $facts->item('VASE', 1));
        self::assertSame(['backorders' => false], $facts->item('ODD', 1), 'a date that is not YYYY-MM-DD is left out');
        self::assertSame([6 => 'TEE-S', 7 => 'TEE-M'], $facts->variants('TEE'));
        self::assertSame([], $facts->variants('LAMP'));
        $this->expectException(NoSuchEntityException::class);
        $facts->item('NOPE', 1);
    }

    public function testTheStockLineSaysWhenItIsBackInStock(): void
    {
        self::assertSame('<p class="shopcx-stock shopcx-stock--out">Out of stock, back on Tuesday 15 December</p>', $this->line()->html('LAMP'));
        self::assertSame('Available on backorder', $this->line()->status('VASE')->label);
        self::assertSame('Out of stock', $this->line()->status('BOWL')->label);
        $this->scope->set('general/locale/code', 'nl_NL');
        self::assertSame('Uitverkocht, weer op voorraad vanaf dinsdag 15 december', $this->line()->status('LAMP')->label);
        $this->scope->set('general/locale/code', 'de_DE');
        self::assertStringContainsString('Dienstag, 15. Dezember', $this->line()->status('LAMP')->label);
    }

    public function testAConfigurableProductCarriesTheLineOfEachSimpleProduct(): void
    {
        $html = $this->line()->html('TEE');
        self::assertStringStartsWith('<p class="shopcx-stock shopcx-stock--in" data-shopcx-stock aria-live="polite">In stock</p>', $html);
        self::assertSame(1, preg_match('~<script type="text/x-magento-init">(.*)</script>~', $html, $m));
        self::assertStringNotContainsString('<', $m[1]);
        $variants = json_decode($m[1], true)['*']['ShopCx_CustomerService/js/stock-line']['variants'];
        self::assertSame(['label' => 'Out of stock, back on Tuesday 15 December', 'css' => 'out', 'sku' => 'TEE-S'], $variants[6]);
        self::assertSame('in', $variants[7]['css']);
        $js = file_get_contents(dirname(__DIR__, 2) . '/view/frontend/web/js/stock-line.js');
        self::assertStringContainsString('selected_configurable_option', $js);
        self::assertStringContainsString('.text(variant.label)', $js, 'labels set as text');
    }

    public function testThePromiseDropsTheCutOffWhereNoneApplies(): void
    {
        $restock = $this->promise()->data('LAMP');
        self::assertSame('Delivered on Wednesday 16 December', $restock['label']);
        self::assertNull($restock['deadline']);
        self::assertSame('2026-12-15', $restock['dispatchDate']);
        $backorder = $this->promise()->data('VASE');
        self::assertStringNotContainsString('Order before', $backorder['label']);
        self::assertNull($backorder['deadline']);
        self::assertTrue($backorder['orderable']);
        $none = $this->promise()->data('BOWL');
        self::assertSame(['', false, null], [$none['label'], $none['orderable'], $none['deadline']]);
        self::assertStringContainsString('<span class="shopcx-promise__label"></span>', $this->promise()->html('BOWL'));
        $inStock = $this->promise()->data('TEE-M');
        self::assertSame('Order before 17:00, delivered tomorrow', $inStock['label']);
        self::assertSame(self::MONDAY + 6 * 3600, $inStock['deadline']);
        // The chosen simple product's promise: js/promise.js asks again with its SKU.
        self::assertSame('Delivered on Wednesday 16 December', $this->promise()->data('TEE-S')['label']);
        self::assertStringContainsString("'shopcx:variant'", file_get_contents(dirname(__DIR__, 2) . '/view/frontend/web/js/promise.js'));
    }

    public function testARestockDateThatHasPassedPromisesNothingWithoutBackorders(): void
    {
        $promise = new DeliveryPromise(new Config($this->scope), $this->qty, new FakeStoreManager(), new FixedClock(self::MONDAY + 9 * 86400),
            new Escaper(), self::facts());
        self::assertFalse($promise->data('LAMP')['orderable']);
    }

    public function testTheDataPatchAddsADateAttribute(): void
    {
        $factory = new EavSetupFactory();
        $setup = new class implements \Magento\Framework\Setup\ModuleDataSetupInterface {
            public array $calls = [];

            public function getConnection()
            {
                throw new \LogicException('not needed');
            }

            public function startSetup()
            {
                $this->calls[] = 'start';
                return $this;
            }

            public function endSetup()
            {
                $this->calls[] = 'end';
                return $this;
            }
        };
        $patch = new AddRestockDateAttribute($setup, $factory);
        self::assertSame($patch, $patch->apply());
        [$entity, $attr] = $factory->setup->added[StockFactsInterface::RESTOCK_ATTRIBUTE];
        self::assertSame('catalog_product', $entity);
        self::assertSame(['datetime', 'date', 'Back in stock on', false], [$attr['type'], $attr['input'], $attr['label'], $attr['required']]);
        self::assertSame(['start', 'end'], $setup->calls);
        self::assertSame([], AddRestockDateAttribute::getDependencies());
        self::assertContains(\Magento\Framework\Setup\Patch\DataPatchInterface::class, class_implements($patch));
    }
}
