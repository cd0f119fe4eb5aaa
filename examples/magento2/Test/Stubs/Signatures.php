<?php
/**
 * Declarations of the remaining Magento 2.4 types this module uses, written from Magento's public
 * API documentation: only the methods the module calls, with their documented parameters and
 * return types. The unit tests never run them (the code paths that need a database, a mailer or a
 * session are outside what can be tested without Magento); they exist so phpstan can check those
 * calls and so the static test can confirm every class named in etc/*.xml is known. Every body
 * throws: if a test ever reaches one, it fails loudly instead of pretending.
 */
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Stubs {
    final class NotDoubled extends \LogicException
    {
        public static function call(string $method): self
        {
            return new self($method . ' is a signature only; the unit tests cannot run it');
        }
    }
}

namespace Magento\Framework\DB {
    class Select
    {
        /** @param string|array $name @param string|array $cols */
        public function from($name, $cols = '*', $schema = null): self
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @param string $cond @param mixed $value */
        public function where($cond, $value = null, $type = null): self
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @param string|array $spec */
        public function order($spec): self
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        public function limit($count = null, $offset = null): self
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        public function forUpdate($flag = true): self
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Framework\DB\Adapter {
    interface AdapterInterface
    {
        /** @return \Magento\Framework\DB\Select */
        public function select();

        /** @param string|\Magento\Framework\DB\Select $sql @return string|false */
        public function fetchOne($sql, $bind = []);

        /** @param string|\Magento\Framework\DB\Select $sql @return array */
        public function fetchAll($sql, $bind = [], $fetchMode = null);

        /** @param string|\Magento\Framework\DB\Select $sql @return array|false */
        public function fetchRow($sql, $bind = [], $fetchMode = null);

        /** @param string|\Magento\Framework\DB\Select $sql @return \Zend_Db_Statement_Interface */
        public function query($sql, $bind = []);

        /** @return int */
        public function insert($table, array $bind);

        /** @return int */
        public function insertOnDuplicate($table, array $data, array $fields = []);

        /** @return int */
        public function update($table, array $bind, $where = '');

        /** @return int */
        public function delete($table, $where = '');

        /** @return $this */
        public function beginTransaction();

        /** @return $this */
        public function commit();

        /** @return $this */
        public function rollBack();
    }
}

namespace {
    interface Zend_Db_Statement_Interface
    {
        /** @return mixed */
        public function fetch($style = null, $cursor = null, $offset = null);
    }
}

namespace Magento\Framework\App {
    class ResourceConnection
    {
        public function getConnection($resourceName = 'default'): \Magento\Framework\DB\Adapter\AdapterInterface
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @param string|string[] $modelEntity */
        public function getTableName($modelEntity, $connectionName = 'default'): string
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }

    class Area
    {
        public const AREA_FRONTEND = 'frontend';
        public const AREA_ADMINHTML = 'adminhtml';
    }
}

namespace Magento\Framework\View\Page {
    class Title
    {
        /** @param string|\Magento\Framework\Phrase $title @return $this */
        public function set($title)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return void */
        public function prepend($prefix)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }

    class Config
    {
        /** @return Title */
        public function getTitle()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Framework\View\Result {
    class Page
    {
        /** @return \Magento\Framework\View\Page\Config */
        public function getConfig()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }

    class PageFactory
    {
        /** @return Page */
        public function create($isView = false, array $arguments = [])
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Backend\Model\View\Result {
    class Page extends \Magento\Framework\View\Result\Page
    {
        /** @return $this */
        public function setActiveMenu($itemId)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Quote\Api\Data {
    interface CartInterface
    {
        /** @return int|null */
        public function getStoreId();

        /** @return bool|null */
        public function getIsActive();
    }
}

namespace Magento\Quote\Api {
    interface CartRepositoryInterface
    {
        /**
         * @return \Magento\Quote\Api\Data\CartInterface
         * @throws \Magento\Framework\Exception\NoSuchEntityException
         */
        public function get($cartId);
    }
}

namespace Magento\Quote\Model\Quote {
    class Item extends \Magento\Framework\DataObject
    {
        /** @return int|null (data field product_id) */
        public function getProductId()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Quote\Model {
    class Quote extends \Magento\Framework\DataObject
    {
        /** @return \Magento\Quote\Model\Quote\Item[] */
        public function getAllVisibleItems()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return float|null */
        public function getItemsQty()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return float|null (data field base_subtotal) */
        public function getBaseSubtotal()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Customer\Api\Data {
    interface CustomerInterface
    {
        /** @return string */
        public function getEmail();
    }
}

namespace Magento\Customer\Model {
    class Session
    {
        /** @return bool */
        public function isLoggedIn()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return int|null */
        public function getCustomerId()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return \Magento\Customer\Api\Data\CustomerInterface */
        public function getCustomerData()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** The page Magento's login sends the customer to afterwards (Model\Account\Redirect). @return $this */
        public function setBeforeAuthUrl($url)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Checkout\Model {
    class Session
    {
        /** @return int|null the quote id kept in the session (no quote is loaded or created) */
        public function getQuoteId()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return \Magento\Quote\Model\Quote */
        public function getQuote()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return $this */
        public function replaceQuote($quote)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Framework\Message {
    interface ManagerInterface
    {
        /** @return $this */
        public function addErrorMessage($message, $group = null);

        /** @return $this */
        public function addSuccessMessage($message, $group = null);

        /** @return $this */
        public function addNoticeMessage($message, $group = null);
    }
}

namespace Magento\Framework\Exception {
    class NoSuchEntityException extends LocalizedException
    {
    }

    /** What TransportInterface::sendMessage() throws when the mail cannot be sent. */
    class MailException extends LocalizedException
    {
    }

    class InputException extends LocalizedException
    {
    }
}

namespace Magento\Email\Model {
    /**
     * Magento 2.4.4 to 2.4.7's transport: sendMessage() parses getMessage()'s raw message into a
     * Laminas\Mail\Message, calls setEncoding('utf-8') on it and hands it to getTransport()->send().
     */
    class Transport implements \Magento\Framework\Mail\TransportInterface
    {
        public function getTransport(): \Laminas\Mail\Transport\TransportInterface
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        public function sendMessage()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        public function getMessage()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Framework\Mail\Template {
    class TransportBuilder
    {
        /** @return $this */
        public function setTemplateIdentifier($templateIdentifier)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return $this */
        public function setTemplateOptions($templateOptions)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return $this */
        public function setTemplateVars($templateVars)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @param string|array $from @return $this */
        public function setFromByScope($from, $scopeId = null)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @param array|string $address @return $this */
        public function addTo($address, $name = '')
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return \Magento\Framework\Mail\TransportInterface */
        public function getTransport()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Framework\Api {
    interface SearchCriteriaInterface
    {
    }

    interface SearchResultsInterface
    {
        /** @return \Magento\Framework\DataObject[] */
        public function getItems();
    }

    class SearchCriteriaBuilder
    {
        /** @return $this */
        public function addFilter($field, $value, $conditionType = 'eq')
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return SearchCriteriaInterface */
        public function create()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Sales\Model\Order {
    class Item
    {
        /** @return string|null */
        public function getSku()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return string|null */
        public function getName()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Sales\Model {
    class Order
    {
        /** @return \Magento\Sales\Model\Order\Item[] */
        public function getAllVisibleItems()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Sales\Api\Data {
    interface OrderSearchResultInterface
    {
        /** @return \Magento\Sales\Model\Order[] the order models (OrderInterface, implemented by Order) */
        public function getItems();
    }
}

namespace Magento\Sales\Api {
    interface OrderRepositoryInterface
    {
        /** @return \Magento\Sales\Api\Data\OrderSearchResultInterface */
        public function getList(\Magento\Framework\Api\SearchCriteriaInterface $searchCriteria);
    }
}

namespace Magento\Framework\Module {
    class Manager
    {
        /** @return bool */
        public function isEnabled($moduleName)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Framework {
    interface ObjectManagerInterface
    {
        /** @return mixed */
        public function create($type, array $arguments = []);

        /** @return mixed */
        public function get($type);
    }
}

namespace Magento\CatalogInventory\Api\Data {
    interface StockItemInterface
    {
        /** @return bool */
        public function getManageStock();

        /** @return float */
        public function getQty();

        /** @return int 0 no backorders, 1 allowed, 2 allowed and the customer is told */
        public function getBackorders();
    }
}

namespace Magento\CatalogInventory\Api {
    interface StockRegistryInterface
    {
        /** @return \Magento\CatalogInventory\Api\Data\StockItemInterface */
        public function getStockItemBySku($productSku, $scopeId = null);
    }
}

namespace Magento\InventorySalesApi\Api {
    interface GetProductSalableQtyInterface
    {
        public function execute(string $sku, int $stockId): float;
    }

    interface StockResolverInterface
    {
        /** @return \Magento\Framework\DataObject the stock (StockInterface) */
        public function execute(string $type, string $code);
    }
}

namespace {
    class Zend_Db_Adapter_Exception extends \Exception
    {
    }
}

namespace Magento\Framework\DB\Adapter {
    /** What Pdo\Mysql throws for error 1062 (a duplicate key). */
    class DuplicateException extends \Zend_Db_Adapter_Exception
    {
    }
}

namespace Magento\Catalog\Model\ResourceModel {
    class Product
    {
        /** @return array rows of entity_id and sku */
        public function getProductsSku(array $productIds)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\InventoryCatalogApi\Model {
    interface GetProductTypesBySkusInterface
    {
        /** @param array $skus @return array sku => product type */
        public function execute(array $skus);
    }
}

namespace Magento\InventoryConfigurationApi\Api {
    interface GetStockItemConfigurationInterface
    {
        /** @return \Magento\Framework\DataObject the configuration (StockItemConfigurationInterface) */
        public function execute(string $sku, int $stockId);
    }
}

namespace Magento\Store\Api {
    interface WebsiteRepositoryInterface
    {
        /** @return \Magento\Framework\DataObject the website (WebsiteInterface) */
        public function getById($id);
    }
}

/* Named only in etc/adminhtml/system.xml and etc/di.xml; Magento_Config provides them. */
namespace Magento\Config\Model\Config\Source {
    class Yesno implements \Magento\Framework\Data\OptionSourceInterface
    {
        public function toOptionArray()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Config\Model\Config\Source\Email {
    class Template implements \Magento\Framework\Data\OptionSourceInterface
    {
        public function toOptionArray()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Config\Model\Config\Backend {
    class Encrypted extends \Magento\Framework\App\Config\Value
    {
    }
}

namespace Magento\Config\Model\Config {
    class TypePool
    {
    }
}

// Block classes named in the layout XML; the templates only call getData('view_model').
namespace Magento\Framework\View\Element {
    class Template extends \Magento\Framework\DataObject
    {
    }
}

namespace Magento\Backend\Block {
    class Template extends \Magento\Framework\View\Element\Template
    {
    }
}

namespace Magento\Catalog\Block\Product {
    class View extends \Magento\Framework\View\Element\Template
    {
    }
}

namespace {
    /** A piece of SQL the adapter does not quote ("hits + 1"): as Zend_Db_Expr, it keeps the text and gives it back. */
    class Zend_Db_Expr
    {
        protected $_expression;

        public function __construct($expression)
        {
            $this->_expression = (string) $expression;
        }

        public function __toString()
        {
            return $this->_expression;
        }
    }
}

// Cart reminder mails (Model\Cart\ReminderContent), from Magento 2.4.7: the catalog image helper,
// the price formatter and the store environment emulation. The tests subclass them.
namespace Magento\Catalog\Helper {
    class Image
    {
        /** @param \Magento\Catalog\Model\Product $product @param string $imageId an image id of the theme's etc/view.xml @return $this */
        public function init($product, $imageId, $attributes = [])
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return string */
        public function getUrl()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}

namespace Magento\Framework\Pricing {
    interface PriceCurrencyInterface
    {
        public const DEFAULT_PRECISION = 2;

        /**
         * @param float $amount
         * @param bool $includeContainer
         * @param int $precision
         * @param null|string|bool|int $scope a store (id) in Magento also a ScopeInterface
         * @param string|null $currency a currency code (in Magento also a Currency model)
         * @return string
         */
        public function format($amount, $includeContainer = true, $precision = self::DEFAULT_PRECISION, $scope = null, $currency = null);
    }
}

namespace Magento\Store\Model\App {
    class Emulation extends \Magento\Framework\DataObject
    {
        /** @param int $storeId @param string $area @param bool $force @return void */
        public function startEnvironmentEmulation($storeId, $area = \Magento\Framework\App\Area::AREA_FRONTEND, $force = false)
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }

        /** @return $this */
        public function stopEnvironmentEmulation()
        {
            throw \ShopCx\CustomerService\Test\Stubs\NotDoubled::call(__METHOD__);
        }
    }
}
