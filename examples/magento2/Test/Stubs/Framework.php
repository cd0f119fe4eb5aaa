<?php
/**
 * Minimal stand-ins for the Magento framework types this module uses, so its classes can run
 * under PHPUnit without a Magento installation (which cannot be installed from the registries
 * available here). Signatures follow Magento 2.4; behaviour is only what the tests need. Loaded
 * only by Test/bootstrap.php, never in a shop.
 */
declare(strict_types=1);

namespace Magento\Framework\Component {
    class ComponentRegistrar
    {
        public const MODULE = 'module';
        public static array $paths = [];

        public static function register($type, $componentName, $path)
        {
            self::$paths[$type][$componentName] = $path;
        }
    }
}

namespace Magento\Framework {
    class DataObject
    {
        protected array $_data;

        public function __construct(array $data = [])
        {
            $this->_data = $data;
        }

        public function getData($key = '', $index = null)
        {
            return $key === '' ? $this->_data : ($this->_data[$key] ?? null);
        }

        public function setData($key, $value = null)
        {
            is_array($key) ? $this->_data = $key : $this->_data[$key] = $value;
            return $this;
        }

        public function __call($method, $args)
        {
            $key = strtolower(preg_replace('/(.)([A-Z])/', '$1_$2', substr($method, 3)));
            return match (substr($method, 0, 3)) {
                'get' => $this->_data[$key] ?? null,
                'set' => $this->setData($key, $args[0] ?? null),
                default => throw new \BadMethodCallException($method),
            };
        }
    }

    class Phrase
    {
        public function __construct(private string $text, private array $arguments = [])
        {
        }

        public function render(): string
        {
            $out = $this->text;
            foreach ($this->arguments as $i => $arg) {
                $out = str_replace('%' . ($i + 1), (string) $arg, $out);
            }
            return $out;
        }

        public function __toString(): string
        {
            return $this->render();
        }
    }

    /**
     * Magento\Framework\Escaper 2.4.7 (framework 103.0.7-p7), written from its behaviour:
     * escapeHtml() without allowed tags is htmlspecialchars(ENT_QUOTES | ENT_SUBSTITUTE, no double
     * encoding) of the string (each item of an array); escapeHtmlAttr() is Laminas' escapeHtmlAttr
     * (everything but letters, digits and , . - _ as an entity: &quot; &amp; &lt; &gt; named, characters
     * undefined in HTML as &#xFFFD;, the rest as upper-case hex), inline translation being off;
     * escapeUrl() decodes entities, drops control characters, turns javascript:, data:, vbscript: (also
     * written \x3a or %3A, or "javascript"/"data" in \x escapes) into ":" until none is left, then
     * HTML-escapes: "javascript:alert(1)" becomes ":alert(1)", not "".
     */
    class Escaper
    {
        private const SCHEMES = '/(?:javascript|data|\\\\x6a\\\\x61\\\\x76\\\\x61\\\\x73\\\\x63\\\\x72\\\\x69\\\\x70\\\\x74|\\\\x64\\\\x61\\\\x74\\\\x61)(?:\\\\x3a|:|%3a)|vbscript:/i';

        public function escapeHtml($data, $allowedTags = null)
        {
            if (is_array($data)) {
                return array_map(fn($item) => $this->escapeHtml($item, $allowedTags), array_values($data));
            }
            return htmlspecialchars((string) $data, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', false);
        }

        public function escapeHtmlAttr($string, $escapeSingleQuote = true)
        {
            $string = (string) $string;
            if (!$escapeSingleQuote) {
                return htmlspecialchars($string, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', false);
            }
            if ($string === '' || ctype_digit($string)) {
                return $string;
            }
            return (string) preg_replace_callback('/[^a-z0-9,\.\-_]/iSu', static function (array $m): string {
                $chr = $m[0];
                $ord = ord($chr);
                if (($ord <= 0x1f && $chr !== "\t" && $chr !== "\n" && $chr !== "\r") || ($ord >= 0x7f && $ord <= 0x9f)) {
                    return '&#xFFFD;';
                }
                $code = strlen($chr) > 1 ? mb_ord($chr, 'UTF-8') : $ord;
                $named = [34 => 'quot', 38 => 'amp', 60 => 'lt', 62 => 'gt'];
                if (isset($named[$code])) {
                    return '&' . $named[$code] . ';';
                }
                return sprintf($code > 255 ? '&#x%04X;' : '&#x%02X;', $code);
            }, $string);
        }

        public function escapeUrl($string)
        {
            return $this->escapeHtml($this->escapeXssInUrl($string));
        }

        public function escapeXssInUrl($data)
        {
            $clean = function (string $s) use (&$clean): string {
                $s = (string) preg_replace('/[\x00-\x1F\x7F\xA0]/u', '', $s);
                if ($s === '') {
                    return '';
                }
                $s = (string) preg_replace(self::SCHEMES, ':', $s);
                return preg_match(self::SCHEMES, $s) ? $clean($s) : $s;
            };
            return htmlspecialchars($clean(html_entity_decode((string) $data)), ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5 | ENT_HTML401, 'UTF-8', false);
        }
    }

    /** What Observer::getEvent() returns: the event's data (shipment, quote, order, ...). */
    class Event extends DataObject
    {
    }

    interface AuthorizationInterface
    {
        public function isAllowed($resource, $privilege = null);
    }

    interface UrlInterface
    {
        public function getUrl($routePath = null, $routeParams = null);
    }
}

namespace Magento\Framework\Exception {
    class LocalizedException extends \Exception
    {
        public function __construct(private \Magento\Framework\Phrase $phrase, ?\Exception $cause = null, $code = 0)
        {
            parent::__construct($phrase->render(), (int) $code, $cause);
        }
    }
}

namespace Magento\Framework\App\Config {
    interface ScopeConfigInterface
    {
        public const SCOPE_TYPE_DEFAULT = 'default';

        public function getValue($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);

        public function isSetFlag($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);
    }

    /**
     * As Magento's config value model, whose getters and setters are DataObject magic.
     *
     * @method mixed getValue()
     * @method $this setValue($value)
     */
    class Value extends \Magento\Framework\DataObject
    {
        public function beforeSave()
        {
            return $this;
        }

        /**
         * Magento's reads the value stored for the field's path and scope from the scope config; the double
         * returns what a test gave as "old_value" (none: '').
         */
        public function getOldValue()
        {
            return (string) $this->getData('old_value');
        }
    }
}

namespace Magento\Store\Model {
    interface ScopeInterface
    {
        public const SCOPE_STORE = 'store';
        public const SCOPE_WEBSITE = 'website';
    }

    interface StoreManagerInterface
    {
        public function getStore($storeId = null);

        public function getStores($withDefault = false, $codeKey = false);
    }
}

namespace Magento\Framework\Encryption {
    interface EncryptorInterface
    {
        public function encrypt($data);

        public function decrypt($data);
    }
}

namespace Magento\Framework\Data {
    interface OptionSourceInterface
    {
        public function toOptionArray();
    }
}

namespace Magento\Framework\Data\Form\FormKey {
    /** Magento's validator compares the request's form_key with the session's. */
    class Validator
    {
        public function __construct(private string $sessionKey)
        {
        }

        public function validate(\Magento\Framework\App\RequestInterface $request)
        {
            $key = $request->getParam('form_key');
            return is_string($key) && $key !== '' && hash_equals($this->sessionKey, $key);
        }
    }
}

namespace Magento\Framework\Data\Form {
    /** The session's form key (the real one creates it on first use). */
    class FormKey
    {
        public function __construct(private string $key = 'fk-session')
        {
        }

        public function getFormKey()
        {
            return $this->key;
        }
    }
}

namespace Magento\Framework\View\Element\Block {
    interface ArgumentInterface
    {
    }
}

namespace Magento\Framework\App {
    interface RequestInterface
    {
        public function getParam($key, $defaultValue = null);

        public function getParams();
    }

    interface ActionInterface
    {
        public function execute();
    }

    /** Lets an action replace Magento's form-key check of POSTs (null: keep the default check). */
    interface CsrfAwareActionInterface extends ActionInterface
    {
        public function createCsrfValidationException(RequestInterface $request): ?Request\InvalidRequestException;

        public function validateForCsrf(RequestInterface $request): ?bool;
    }
}

namespace Magento\Framework\App\Filesystem {
    /** As Magento's: paths under the install root (Magento takes the root from the bootstrap); no custom config. */
    class DirectoryList
    {
        public const VAR_DIR = 'var';

        private string $root;

        public function __construct($root, array $config = [])
        {
            $this->root = rtrim((string) $root, '/');
        }

        /** @return string */
        public function getPath($code)
        {
            return $this->root . '/' . $code;
        }
    }
}

namespace Magento\Framework\App {
    /**
     * Magento's cache (the "config"/default frontend): load() answers false when nothing is stored or it
     * expired. The double keeps entries in memory with their lifetime against a settable clock.
     */
    interface CacheInterface
    {
        public function getFrontend();

        public function load($identifier);

        public function save($data, $identifier, $tags = [], $lifeTime = null);

        public function remove($identifier);

        public function clean($tags = []);
    }
}

namespace Magento\Framework\App\Request {
    class InvalidRequestException extends \RuntimeException
    {
    }

    /** The HTTP request (Magento's preference for RequestInterface): query and body parameters, method. */
    class Http implements \Magento\Framework\App\RequestInterface
    {
        public function __construct(private array $params = [], private string $method = 'GET')
        {
        }

        public function getParam($key, $default = null)
        {
            return $this->params[$key] ?? $default;
        }

        public function getParams()
        {
            return $this->params;
        }

        public function isPost()
        {
            return $this->method === 'POST';
        }

        /** Laminas\Http\Request::getMethod(): GET, POST, ... (Magento's HttpMethodValidator reads it). */
        public function getMethod()
        {
            return $this->method;
        }

        /** Laminas\Http\Request: the X-Requested-With header is "XMLHttpRequest" (Magento's CsrfValidator skips the form key then). */
        public function isXmlHttpRequest()
        {
            return $this->getHeader('X-Requested-With') === 'XMLHttpRequest';
        }

        private array $server = [];

        /** Laminas\Http\PhpEnvironment\Request::getServer(): one $_SERVER value ($default when absent), or all. */
        public function getServer($name = null, $default = null)
        {
            return $name === null ? $this->server : ($this->server[$name] ?? $default);
        }

        /** Double only: $_SERVER as PHP would fill it (REMOTE_ADDR, HTTP_X_FORWARDED_FOR, ...). */
        public function withServer(array $server): self
        {
            $this->server = $server + $this->server;
            return $this;
        }

        private string $route = '';
        private string $controller = '';
        private string $action = '';

        /** As Magento\Framework\App\Request\Http: the router sets route, controller and action names. */
        public function setRouteName($route)
        {
            $this->route = (string) $route;
            return $this;
        }

        public function setControllerName($value)
        {
            $this->controller = (string) $value;
            return $this;
        }

        public function setActionName($value)
        {
            $this->action = (string) $value;
            return $this;
        }

        private string $content = '';
        private array $headers = [];

        /** The raw body (Laminas\Http\Request::getContent()). */
        public function getContent()
        {
            return $this->content;
        }

        public function setContent($value)
        {
            $this->content = (string) $value;
            return $this;
        }

        /** Magento's Http::getHeader($name, $default = false): the header's value, $default when absent. */
        public function getHeader($name, $default = false)
        {
            return $this->headers[strtolower((string) $name)] ?? $default;
        }

        /** Double only: as the client sent it. */
        public function withHeader(string $name, string $value): self
        {
            $this->headers[strtolower($name)] = $value;
            return $this;
        }

        /** Magento: requested route . delimiter . controller . delimiter . action (the router's names), e.g. checkout_cart_index. */
        public function getFullActionName($delimiter = '_')
        {
            return $this->route . $delimiter . $this->controller . $delimiter . $this->action;
        }
    }
}

namespace Magento\Framework\App\Action {
    interface HttpGetActionInterface extends \Magento\Framework\App\ActionInterface
    {
    }

    interface HttpPostActionInterface extends \Magento\Framework\App\ActionInterface
    {
    }
}

namespace Magento\Framework\Controller\Result {
    class Json
    {
        private mixed $data = null;
        private array $headers = [];
        private int $code = 200;

        public function setData($data, $cycleCheck = false, $options = [])
        {
            $this->data = $data;
            return $this;
        }

        public function setHeader($name, $value, $replace = false)
        {
            $this->headers[$name] = $value;
            return $this;
        }

        public function setHttpResponseCode($httpCode)
        {
            $this->code = $httpCode;
            return $this;
        }

        /* Test accessors (the real class renders into the HTTP response instead). */
        public function data(): mixed
        {
            return $this->data;
        }

        public function header(string $name): ?string
        {
            return $this->headers[$name] ?? null;
        }

        public function code(): int
        {
            return $this->code;
        }

        /** The body as Magento's JSON serializer would send it. */
        public function body(): string
        {
            return json_encode($this->data, JSON_THROW_ON_ERROR);
        }
    }

    class JsonFactory
    {
        public function create(array $data = [])
        {
            return new Json();
        }
    }

    /** Records where it redirects to (the real class sets the Location header). */
    class Redirect
    {
        public ?string $path = null;
        public array $params = [];

        /** @return $this */
        public function setPath($path, array $params = [])
        {
            $this->path = $path;
            $this->params = $params;
            return $this;
        }
    }

    class RedirectFactory
    {
        /** @return Redirect */
        public function create(array $data = [])
        {
            return new Redirect();
        }
    }
}

namespace Magento\Framework\Event {
    interface ObserverInterface
    {
        public function execute(Observer $observer);
    }

    class Observer extends \Magento\Framework\DataObject
    {
        public function getEvent()
        {
            return $this->_data['event'];
        }
    }
}

namespace Magento\Framework\MessageQueue {
    interface PublisherInterface
    {
        public function publish($topicName, $data);
    }
}

namespace Magento\Backend\App\Action {
    class Context
    {
        public function __construct(
            private \Magento\Framework\App\RequestInterface $request,
            private \Magento\Framework\AuthorizationInterface $authorization,
            private ?\Magento\Framework\Message\ManagerInterface $messageManager = null,
            private ?\Magento\Framework\Data\Form\FormKey\Validator $formKeyValidator = null
        ) {
        }

        public function getMessageManager()
        {
            return $this->messageManager;
        }

        public function getResultRedirectFactory()
        {
            return new \Magento\Framework\Controller\Result\RedirectFactory();
        }

        public function getFormKeyValidator()
        {
            return $this->formKeyValidator;
        }

        public function getRequest()
        {
            return $this->request;
        }

        public function getAuthorization()
        {
            return $this->authorization;
        }
    }
}

namespace Magento\Backend\App {
    /** As Magento\Backend\App\AbstractAction: dispatch() refuses when the ACL resource is not allowed. */
    abstract class Action
    {
        public const ADMIN_RESOURCE = 'Magento_Backend::admin';
        protected $_authorization;
        /** @var \Magento\Framework\Message\ManagerInterface */
        protected $messageManager;
        /** @var \Magento\Framework\Controller\Result\RedirectFactory */
        protected $resultRedirectFactory;
        /** @var \Magento\Framework\Data\Form\FormKey\Validator */
        protected $_formKeyValidator;
        private $request;

        public function __construct(Action\Context $context)
        {
            $this->_authorization = $context->getAuthorization();
            $this->request = $context->getRequest();
            $this->messageManager = $context->getMessageManager();
            $this->resultRedirectFactory = $context->getResultRedirectFactory();
            $this->_formKeyValidator = $context->getFormKeyValidator();
        }

        public function getRequest()
        {
            return $this->request;
        }

        protected function _isAllowed()
        {
            return $this->_authorization->isAllowed(static::ADMIN_RESOURCE);
        }

        public function dispatch(\Magento\Framework\App\RequestInterface $request)
        {
            if (!$this->_isAllowed()) {
                return 'denied';
            }
            return $this->execute();
        }

        abstract public function execute();
    }
}

namespace Magento\Review\Model {
    /** Records what was saved; the tests read $saved. */
    class Review extends \Magento\Framework\DataObject
    {
        public const ENTITY_PRODUCT_CODE = 'product';
        public const STATUS_APPROVED = 1;
        public const STATUS_PENDING = 2;
        public static array $saved = [];
        public static int $aggregated = 0;

        public function getEntityIdByCode($entityCode)
        {
            return $entityCode === self::ENTITY_PRODUCT_CODE ? 1 : false;
        }

        public function getId()
        {
            return $this->_data['id'] ?? null;
        }

        public function save()
        {
            $this->_data['id'] = count(self::$saved) + 100;
            self::$saved[] = $this->_data;
            return $this;
        }

        public function aggregate()
        {
            self::$aggregated++;
            return $this;
        }
    }

    class ReviewFactory
    {
        public function create(array $data = [])
        {
            return new Review($data);
        }
    }

    /**
     * As Magento\Review\Model\Rating: load() by id, getOptions() (Rating\Option models), and
     * addOptionVote() which, in Magento, saves a rating_option_vote row for the review.
     */
    class Rating extends \Magento\Framework\DataObject
    {
        /** @var array<int, array<int, int>> rating id => option id => value, what the shop has */
        public static array $catalog = [];
        /** @var list<array{rating: int, review: int, option: int, product: int}> */
        public static array $votes = [];

        /** @var array<int, list<int>> rating id => store view ids; a rating not named here is in store 1 and 2 */
        public static array $stores = [];

        public function load($modelId, $field = null)
        {
            if (isset(self::$catalog[(int) $modelId])) {
                $this->_data['id'] = (int) $modelId;
                $this->_data['is_active'] = '1';
                $this->_data['stores'] = self::$stores[(int) $modelId] ?? [1, 2];
            }
            return $this;
        }

        public function getId()
        {
            return $this->_data['id'] ?? null;
        }

        public function getOptions()
        {
            $options = [];
            foreach (self::$catalog[(int) $this->getId()] ?? [] as $optionId => $value) {
                $options[] = new Rating\Option(['id' => $optionId, 'value' => $value, 'rating_id' => $this->getId()]);
            }
            return $options;
        }

        public function addOptionVote($optionId, $entityPkValue)
        {
            self::$votes[] = ['rating' => (int) $this->getData('rating_id'), 'review' => (int) $this->getData('review_id'),
                'option' => (int) $optionId, 'product' => (int) $entityPkValue];
            return $this;
        }
    }

    class RatingFactory
    {
        public function create(array $data = [])
        {
            return new Rating($data);
        }
    }
}

namespace Magento\Review\Model\Rating {
    class Option extends \Magento\Framework\DataObject
    {
        public function getId()
        {
            return $this->_data['id'] ?? null;
        }
    }
}

namespace Magento\Review\Model\ResourceModel\Rating {
    /** The ratings of Rating::$catalog, named "Rating <id>" unless Collection::$codes names them. */
    class Collection implements \IteratorAggregate
    {
        public static array $codes = [];
        private ?string $entity = null;

        public function addEntityFilter($entity)
        {
            $this->entity = (string) $entity;
            return $this;
        }

        public function setPositionOrder()
        {
            return $this;
        }

        public function getIterator(): \Iterator
        {
            $items = [];
            foreach ($this->entity === 'product' ? array_keys(\Magento\Review\Model\Rating::$catalog) : [] as $id) {
                $items[$id] = new \Magento\Review\Model\Rating(['id' => $id, 'rating_code' => self::$codes[$id] ?? 'Rating ' . $id]);
            }
            return new \ArrayIterator($items);
        }
    }

    class CollectionFactory
    {
        public function create(array $data = [])
        {
            return new Collection();
        }
    }
}

namespace Magento\Catalog\Api {
    interface ProductRepositoryInterface
    {
        public function get($sku, $editMode = false, $storeId = null, $forceReload = false);
    }
}

namespace Laminas\Mail\Header {
    /**
     * laminas-mail's header for any name it has no class for (List-Unsubscribe among them), with the
     * real encoding rules (laminas-mail 2.x as in Magento 2.4.6-p1 and 2.4.7-p7): UTF-8 writes the
     * value as an RFC 2047 encoded word, ASCII only holds for a printable value (else auto, which
     * encodes too); ASCII values are written as they are.
     */
    class GenericHeader
    {
        private ?string $encoding = null;

        private string $fieldName;
        private string $fieldValue;

        public function __construct($fieldName = null, $fieldValue = null)
        {
            $this->fieldName = (string) $fieldName;
            $this->fieldValue = (string) $fieldValue;
        }

        public function getFieldName()
        {
            return $this->fieldName;
        }

        public function getFieldValue($format = 'raw')
        {
            if ($format !== 'encoded' || $this->getEncoding() === 'ASCII') {
                return $this->fieldValue;
            }
            return '=?UTF-8?Q?' . strtr(quoted_printable_encode($this->fieldValue), ['?' => '=3F', ' ' => '=20', "=\r\n" => '']) . '?=';
        }

        public function setEncoding($encoding)
        {
            $encoding = $encoding === null ? null : strtoupper($encoding);
            $printable = !preg_match('/[^\x20-\x7e]/', $this->fieldValue);
            $this->encoding = $encoding === 'UTF-8' || ($encoding === 'ASCII' && $printable) ? $encoding : null;
            return $this;
        }

        public function getEncoding()
        {
            return $this->encoding ?? (preg_match('/[^\x20-\x7e]/', $this->fieldValue) ? 'UTF-8' : 'ASCII');
        }

        public function toString()
        {
            return $this->fieldName . ': ' . $this->getFieldValue('encoded');
        }
    }
}

namespace Laminas\Mail {
    /** laminas-mail's header list: addHeader() gives a header the list's encoding unless that is ASCII. */
    class Headers
    {
        /** @var list<Header\GenericHeader> */
        private array $headers = [];
        private string $encoding = 'ASCII';

        public function addHeader(Header\GenericHeader $header)
        {
            $this->headers[] = $header;
            if ($this->encoding !== 'ASCII') {
                $header->setEncoding($this->encoding);
            }
            return $this;
        }

        /** @return Header\GenericHeader|\ArrayIterator|false as laminas: one header, several, or none */
        public function get($name)
        {
            $found = array_values(array_filter($this->headers, static fn ($h) => strcasecmp($h->getFieldName(), $name) === 0));
            return match (count($found)) {
                0 => false,
                1 => $found[0],
                default => new \ArrayIterator($found),
            };
        }

        public function setEncoding($encoding)
        {
            $this->encoding = $encoding;
            foreach ($this->headers as $header) {
                $header->setEncoding($encoding);
            }
            return $this;
        }

        public function toString()
        {
            return implode('', array_map(static fn ($h) => $h->toString() . "\r\n", $this->headers));
        }
    }

    /** laminas-mail's message: setEncoding() passes the encoding on to every header. */
    class Message
    {
        private ?Headers $headers = null;

        public function getHeaders()
        {
            return $this->headers ??= new Headers();
        }

        public function setEncoding($encoding)
        {
            $this->getHeaders()->setEncoding($encoding);
            return $this;
        }
    }
}

namespace Laminas\Mail\Transport {
    interface TransportInterface
    {
        public function send(\Laminas\Mail\Message $message);
    }
}

namespace Magento\Framework\Mail {
    interface TransportInterface
    {
        /** @return void */
        public function sendMessage();

        /** @return \Magento\Framework\Mail\EmailMessageInterface */
        public function getMessage();
    }

    /**
     * Magento's mail message. From 2.4.8 (Symfony Mailer) Magento\Framework\Mail\EmailMessage also has
     * getSymfonyMessage(), a Symfony\Component\Mime\Message whose headers can be added to; the module
     * checks for that method before using it.
     */
    interface EmailMessageInterface
    {
    }

    /**
     * Magento 2.4.4 to 2.4.7's message: a Laminas\Mail\Message in the protected $zendMessage, with
     * its encoding set (Magento's is utf-8), and no way to add a header.
     */
    class Message
    {
        protected $zendMessage;

        public function __construct($charset = 'utf-8')
        {
            $this->zendMessage = new \Laminas\Mail\Message();
            $this->zendMessage->setEncoding($charset);
        }

        /* Test accessor (the real class has getRawMessage(), the whole message as a string). */
        public function headerLines(): string
        {
            return $this->zendMessage->getHeaders()->toString();
        }
    }

    /** 2.4.4 to 2.4.7's EmailMessage (the real constructor takes the body, addresses and factories). */
    class EmailMessage extends Message implements EmailMessageInterface
    {
    }
}

namespace Magento\Newsletter\Model {
    /**
     * As Magento_Newsletter's Subscriber: loadByCustomer() / loadBySubscriberEmail() per website fill the
     * model from newsletter_subscriber (no row: no id); isSubscribed() is "has an id and status 1".
     * The table is Subscriber::$rows (reset it in setUp()); the real constructor takes Magento's services.
     */
    class Subscriber extends \Magento\Framework\DataObject
    {
        public const STATUS_SUBSCRIBED = 1;
        public const STATUS_NOT_ACTIVE = 2;
        public const STATUS_UNSUBSCRIBED = 3;
        public const STATUS_UNCONFIRMED = 4;

        /** @var list<array{subscriber_id: int, customer_id: int, subscriber_email: string, website_id: int, subscriber_status: int}> */
        public static array $rows = [];

        public function getId()
        {
            return $this->_data['subscriber_id'] ?? null;
        }

        public function getStatus()
        {
            return $this->_data['subscriber_status'] ?? null;
        }

        public function isSubscribed()
        {
            return $this->getId() && (int) $this->getStatus() === self::STATUS_SUBSCRIBED;
        }

        public function loadByCustomer(int $customerId, int $websiteId): Subscriber
        {
            return $this->fill(static fn(array $r) => $r['customer_id'] === $customerId && $r['website_id'] === $websiteId);
        }

        /** Magento's resource model compares the address as MySQL does: case-insensitively. */
        public function loadBySubscriberEmail(string $email, int $websiteId): Subscriber
        {
            return $this->fill(static fn(array $r) => strcasecmp($r['subscriber_email'], $email) === 0 && $r['website_id'] === $websiteId);
        }

        private function fill(callable $match): Subscriber
        {
            foreach (self::$rows as $row) {
                if ($match($row)) {
                    $this->_data = $row + $this->_data;
                    break;
                }
            }
            return $this;
        }
    }

    /** Generated by Magento at setup:di:compile. */
    class SubscriberFactory
    {
        public function create(array $data = [])
        {
            return new Subscriber($data);
        }
    }
}

namespace Symfony\Component\Console\Input {
    /** Symfony Console 6.4 (Magento 2.4.7), whose interfaces have no native return types yet (7.0 added them). */
    interface InputInterface
    {
        public function getArgument(string $name);
    }

    class InputArgument
    {
        public const REQUIRED = 1;
        public const OPTIONAL = 2;
    }

    /** The double takes the arguments by name, as Symfony's ArrayInput after binding. */
    class ArrayInput implements InputInterface
    {
        public function __construct(private array $parameters, $definition = null)
        {
        }

        public function getArgument(string $name)
        {
            return $this->parameters[$name] ?? null;
        }
    }
}

namespace Symfony\Component\Console\Output {
    interface OutputInterface
    {
        public function writeln(string|iterable $messages, int $options = 0);
    }

    class BufferedOutput implements OutputInterface
    {
        private string $buffer = '';

        public function writeln(string|iterable $messages, int $options = 0)
        {
            foreach (is_string($messages) ? [$messages] : $messages as $m) {
                $this->buffer .= $m . "\n";
            }
        }

        public function fetch(): string
        {
            [$out, $this->buffer] = [$this->buffer, ''];
            return $out;
        }
    }
}

namespace Symfony\Component\Console\Command {
    /** As Symfony's Command: configure() from the constructor, run() calls execute() (no input binding here). */
    class Command
    {
        public const SUCCESS = 0;
        public const FAILURE = 1;
        private ?string $name = null;
        private array $arguments = [];

        public function __construct(?string $name = null)
        {
            $this->name = $name;
            $this->configure();
        }

        protected function configure()
        {
        }

        protected function execute(\Symfony\Component\Console\Input\InputInterface $input, \Symfony\Component\Console\Output\OutputInterface $output): int
        {
            throw new \LogicException('You must override the execute() method in the concrete command class.');
        }

        public function run(\Symfony\Component\Console\Input\InputInterface $input, \Symfony\Component\Console\Output\OutputInterface $output): int
        {
            return $this->execute($input, $output);
        }

        public function setName(string $name): static
        {
            $this->name = $name;
            return $this;
        }

        public function getName(): ?string
        {
            return $this->name;
        }

        public function setDescription(string $description): static
        {
            return $this;
        }

        // As symfony/console 6.4.x in Magento 2.4.7-p7: $suggestedValues is read with func_get_arg(4), not declared.
        public function addArgument(string $name, ?int $mode = null, string $description = '', mixed $default = null /* array|\Closure $suggestedValues = [] */): static
        {
            $this->arguments[$name] = $mode;
            return $this;
        }
    }
}

namespace Magento\Framework\Console {
    /** Magento collects bin/magento commands through di.xml arguments of this type. */
    interface CommandListInterface
    {
        public function getCommands();
    }
}

namespace Magento\Framework\HTTP\PhpEnvironment {
    /**
     * Magento 2.4.7's RemoteAddress, written from its behaviour: the first of the alternative headers
     * (di.xml; none by default) that the request's $_SERVER has, else REMOTE_ADDR; of a comma-separated
     * list the valid IP addresses; with trusted proxies configured the last address that is not one of
     * them, without the first (whatever the client wrote there); false when nothing is left. A test may
     * instead put an address in $address (false: none known), as the tests before the request's
     * $_SERVER was doubled did.
     */
    class RemoteAddress
    {
        public string|false|null $address = null;

        public function __construct(
            private \Magento\Framework\App\RequestInterface $httpRequest,
            private array $alternativeHeaders = [],
            private ?array $trustedProxies = null
        ) {
        }

        /** @return string|int|false */
        public function getRemoteAddress(bool $ipToLong = false)
        {
            $address = $this->address ?? $this->read();
            return $ipToLong && $address !== false ? ip2long($address) : $address;
        }

        private function read(): string|false
        {
            if (!$this->httpRequest instanceof \Magento\Framework\App\Request\Http) {
                return false;
            }
            $raw = null;
            foreach ($this->alternativeHeaders as $var) {
                if ($this->httpRequest->getServer($var, false)) {
                    $raw = $this->httpRequest->getServer($var);
                    break;
                }
            }
            $raw = $raw ?: $this->httpRequest->getServer('REMOTE_ADDR');
            if (!is_string($raw) || $raw === '') {
                return false;
            }
            $list = array_values(array_filter(array_map('trim', explode(',', $raw)),
                static fn(string $ip) => filter_var($ip, FILTER_VALIDATE_IP) !== false));
            if ($this->trustedProxies !== null) {
                $list = array_values(array_filter($list, fn(string $ip) => !in_array($ip, $this->trustedProxies, true)));
                $address = $list === [] ? '' : $list[count($list) - 1];
            } else {
                $address = $list[0] ?? '';
            }
            return $address === '' ? false : $address;
        }
    }
}

namespace Magento\Config\Model {
    /**
     * The admin's configuration save: Save controller builds it with section, website, store and the
     * posted groups (groups[<group>][fields][<field>][value|inherit]) as data, then calls save().
     * The double records that save() ran; the real one writes each field through its backend model.
     *
     * @method string getSection()
     * @method string getWebsite()
     * @method string getStore()
     * @method array|null getGroups()
     */
    class Config extends \Magento\Framework\DataObject
    {
        public bool $saved = false;

        public function save()
        {
            $this->saved = true;
            return $this;
        }
    }
}

namespace Psr\Log {
    interface LoggerInterface
    {
        public function error($message, array $context = []);

        public function warning($message, array $context = []);

        public function info($message, array $context = []);
    }
}

namespace {
    if (!function_exists('__')) {
        function __(...$argc)
        {
            $text = array_shift($argc);
            if (isset($argc[0]) && is_array($argc[0])) {
                $argc = $argc[0];
            }
            return new \Magento\Framework\Phrase((string) $text, $argc);
        }
    }
}

// Data patches (Setup\Patch\Data\AddRestockDateAttribute): as Magento 2.4's interfaces; EavSetup records
// what addAttribute() was given, the factory (generated by Magento) hands out that one object.
namespace Magento\Framework\Setup\Patch {
    interface DependentPatchInterface
    {
        public static function getDependencies();
    }

    interface PatchInterface extends DependentPatchInterface
    {
        public function getAliases();

        public function apply();
    }

    interface DataPatchInterface extends PatchInterface
    {
    }
}

namespace Magento\Framework\Setup {
    interface SetupInterface
    {
        /** @return \Magento\Framework\DB\Adapter\AdapterInterface */
        public function getConnection();

        /** @return $this */
        public function startSetup();

        /** @return $this */
        public function endSetup();
    }

    interface ModuleDataSetupInterface extends SetupInterface
    {
    }
}

namespace Magento\Eav\Setup {
    class EavSetup
    {
        /** @var array<string, array{0:mixed, 1:array}> attribute code => [entity type, definition] */
        public array $added = [];

        public function addAttribute($entityTypeId, $code, array $attr)
        {
            $this->added[$code] = [$entityTypeId, $attr];
            return $this;
        }
    }

    class EavSetupFactory
    {
        public function __construct(public EavSetup $setup = new EavSetup())
        {
        }

        public function create(array $data = [])
        {
            return $this->setup;
        }
    }
}

namespace Magento\Eav\Model\Entity\Attribute {
    interface ScopedAttributeInterface
    {
        public const SCOPE_STORE = 0;
        public const SCOPE_GLOBAL = 1;
        public const SCOPE_WEBSITE = 2;
    }
}

namespace Magento\Eav\Model\Entity\Attribute\Backend {
    class Datetime
    {
    }
}

namespace Magento\Catalog\Model {
    class Product extends \Magento\Framework\DataObject
    {
        public const ENTITY = 'catalog_product';
    }
}

