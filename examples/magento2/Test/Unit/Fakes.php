<?php
/** In-memory doubles of Magento services and of this module's storage interfaces. */
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\DataObject;
use Magento\Framework\Encryption\EncryptorInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api;
use ShopCx\CustomerService\Model\Feedback\Surveys;

/**
 * Scope config over the module's own etc/config.xml defaults, with per-store overrides, following
 * Magento 2.4's semantics for secrets: a path that config.xml marks
 * backend_model="Magento\Config\Model\Config\Backend\Encrypted" is stored encrypted (as the
 * Encrypted backend saves it to core_config_data), and getValue() returns it DECRYPTED
 * (Magento\Framework\App\Config\MetadataConfigTypeProcessor runs the backend's processValue(),
 * i.e. decrypt(), on every scope's data). Values given as environment variables
 * (CONFIG__DEFAULT__SHOPCX__...) are not processed: they arrive as given, in clear.
 */
final class FakeScopeConfig implements ScopeConfigInterface
{
    /** @var array<string, string> as stored: encrypted paths hold ciphertext */
    public array $defaults = [];
    /** @var array<int, array<string, string>> as stored: encrypted paths hold ciphertext */
    public array $store = [];
    /** @var array<string, string> environment variables, in clear */
    public array $env = [];
    /** @var array<string, true> paths config.xml declares with the Encrypted backend model */
    public array $encrypted = [];
    public readonly EncryptorInterface $encryptor;

    public const TOKEN_SECRET = 'ssssssssssssssssssssssssssssssssssssssss';
    public const WEBHOOK_SECRET = 'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww';

    public function __construct(?EncryptorInterface $encryptor = null)
    {
        $this->encryptor = $encryptor ?? new FakeEncryptor();
        $xml = simplexml_load_file(dirname(__DIR__, 2) . '/etc/config.xml');
        foreach ($xml->default->children() as $section) {
            foreach ($section->children() as $group) {
                foreach ($group->children() as $field) {
                    $path = $section->getName() . '/' . $group->getName() . '/' . $field->getName();
                    $this->defaults[$path] = (string) $field;
                    if (ltrim((string) $field['backend_model'], '\\') === 'Magento\Config\Model\Config\Backend\Encrypted') {
                        $this->encrypted[$path] = true;
                    }
                }
            }
        }
        $this->defaults['general/locale/code'] = 'en_US';
        $this->defaults['general/locale/timezone'] = 'Europe/Amsterdam';
        $this->defaults['shopcx/security/token_secret'] = $this->stored('shopcx/security/token_secret', self::TOKEN_SECRET);
        $this->defaults['shopcx/webhook/secret'] = $this->stored('shopcx/webhook/secret', self::WEBHOOK_SECRET);
    }

    /** The value as the admin saves it (the Encrypted backend encrypts before saving). */
    public function set(string $path, string $value, int $store = 1): self
    {
        $this->store[$store][$path] = $this->stored($path, $value);
        return $this;
    }

    /** A value given as an environment variable: never decrypted by Magento. */
    public function setEnv(string $path, string $value): self
    {
        $this->env[$path] = $value;
        return $this;
    }

    private function stored(string $path, string $value): string
    {
        return isset($this->encrypted[$path]) && $value !== '' ? $this->encryptor->encrypt($value) : $value;
    }

    public function getValue($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null)
    {
        if (isset($this->env[$path])) {
            return $this->env[$path];
        }
        $value = $this->store[(int) $scopeCode][$path] ?? $this->defaults[$path] ?? null;
        return isset($this->encrypted[$path]) ? $this->encryptor->decrypt((string) $value) : $value;
    }

    public function isSetFlag($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null)
    {
        return (bool) $this->getValue($path, $scopeType, $scopeCode);
    }
}

/**
 * Not the identity, so decrypting twice shows: ciphertext looks like Magento's ("0:3:" + base64),
 * and like Magento's Encryptor, decrypting something that is not ciphertext gives garbage rather
 * than an error (here: 32 bytes derived from the input) and '' for ''.
 */
final class FakeEncryptor implements EncryptorInterface
{
    private const PREFIX = '0:3:';

    public function encrypt($data)
    {
        return self::PREFIX . base64_encode(strrev(str_rot13((string) $data)));
    }

    public function decrypt($data)
    {
        $data = (string) $data;
        if ($data === '') {
            return '';
        }
        if (!str_starts_with($data, self::PREFIX) || ($raw = base64_decode(substr($data, strlen(self::PREFIX)), true)) === false) {
            return hash('sha256', $data, true);
        }
        return str_rot13(strrev($raw));
    }
}

final class FakeStoreManager implements StoreManagerInterface
{
    /** @param list<int> $ids */
    public function __construct(private array $ids = [1])
    {
    }

    public function getStore($storeId = null)
    {
        return new DataObject(['id' => $storeId ?? $this->ids[0], 'website_id' => 1]);
    }

    public function getStores($withDefault = false, $codeKey = false)
    {
        return array_map(fn($id) => new DataObject(['id' => $id, 'website_id' => 1]), $this->ids);
    }
}

final class FixedClock implements Api\ClockInterface
{
    public function __construct(public int $now)
    {
    }

    public function now(): int
    {
        return $this->now;
    }
}

final class FakeRequest implements RequestInterface
{
    public function __construct(private array $params = [])
    {
    }

    public function getParam($key, $defaultValue = null)
    {
        return $this->params[$key] ?? $defaultValue;
    }

    public function getParams()
    {
        return $this->params;
    }
}

/**
 * SKU => salable quantity, null for a product whose stock is not managed. Like Magento's stock
 * registry and MSI, a SKU with no product is a NoSuchEntityException, not "not managed".
 */
final class FakeSalableQty implements Api\SalableQtyInterface
{
    /** @param array<string, ?int> $qty */
    public function __construct(public array $qty = [])
    {
    }

    public function get(string $sku, int $websiteId): ?int
    {
        if (!array_key_exists($sku, $this->qty)) {
            throw new \Magento\Framework\Exception\NoSuchEntityException(
                new \Magento\Framework\Phrase('The Product with the "%1" SKU doesn\'t exist.', [$sku]));
        }
        return $this->qty[$sku];
    }
}

final class MemoryCarts implements Api\CartActivityStoreInterface
{
    public array $rows = [];

    public function upsert(array $row): void
    {
        $old = $this->rows[$row['quote_id']] ?? ['reminders' => '[]', 'created_at' => $row['updated_at']];
        $this->rows[$row['quote_id']] = $row + $old;
    }

    public function markOrdered(int $quoteId, int $at): void
    {
        $this->rows[$quoteId]['status'] = 'ordered';
        $this->rows[$quoteId]['ordered_at'] = $at;
    }

    public function openCarts(int $storeId): iterable
    {
        foreach ($this->storeCarts($storeId) as $row) {
            if ($row['status'] === 'open') {
                yield $row;
            }
        }
    }

    public function cartsCreatedBetween(int $storeId, int $from, int $until): iterable
    {
        foreach ($this->storeCarts($storeId) as $row) {
            if ($row['created_at'] >= $from && $row['created_at'] < $until) {
                yield $row;
            }
        }
    }

    private function storeCarts(int $storeId): iterable
    {
        foreach ($this->rows as $r) {
            if ($r['store_id'] === $storeId) {
                // As the SQL select renames them.
                yield ['id' => $r['quote_id'], 'customer' => $r['customer_id']] + $r;
            }
        }
    }

    public function markRecovered(int $quoteId, int $step): void
    {
        $this->rows[$quoteId]['recovered_step'] = $step;
    }

    public function recordReminder(int $quoteId, int $at): void
    {
        $list = json_decode($this->rows[$quoteId]['reminders'], true);
        $list[] = $at;
        $this->rows[$quoteId]['reminders'] = json_encode($list);
    }
}

final class MemoryOutreachLog implements Api\OutreachLogInterface
{
    /** @var array<int, array> rows by id (1, 2, ...) */
    public array $rows = [];

    public function history(string $email, ?int $exceptId = null): array
    {
        $out = [];
        foreach ($this->rows as $id => $r) {
            if ($r['email'] === strtolower($email) && $r['status'] !== 'cancelled' && $id !== $exceptId) {
                $out[] = ['kind' => $r['kind'], 'at' => $r['sent_at'] ?? $r['at']];
            }
        }
        return $out;
    }

    public function has(string $email, string $kind, string $reference): bool
    {
        foreach ($this->rows as $r) {
            if ($r['email'] === strtolower($email) && $r['kind'] === $kind && $r['reference'] === $reference) {
                return true;
            }
        }
        return false;
    }

    public function schedule(string $email, string $kind, string $reference, int $dueAt, int $storeId = 0): void
    {
        $this->rows[count($this->rows) + 1] = ['email' => strtolower($email), 'kind' => $kind, 'reference' => $reference,
            'at' => $dueAt, 'store' => $storeId, 'status' => 'scheduled', 'sent_at' => null];
    }

    public function logSent(string $email, string $kind, string $reference, int $at, int $storeId = 0): void
    {
        $this->schedule($email, $kind, $reference, $at, $storeId);
        $this->markSent(count($this->rows), $at);
    }

    public function due(array $kinds, int $now, int $limit = 500): array
    {
        $out = [];
        foreach ($this->rows as $id => $r) {
            if ($r['status'] === 'scheduled' && $r['at'] <= $now && in_array($r['kind'], $kinds, true)) {
                $out[] = ['id' => $id, 'email' => $r['email'], 'kind' => $r['kind'], 'reference' => $r['reference'],
                    'store_id' => $r['store'], 'due_at' => $r['at']];
            }
        }
        return array_slice($out, 0, $limit);
    }

    public function markSent(int $id, int $at): void
    {
        $this->rows[$id]['status'] = 'sent';
        $this->rows[$id]['sent_at'] = $at;
    }

    public function reschedule(int $id, int $dueAt): void
    {
        $this->rows[$id]['at'] = $dueAt;
    }

    public function cancel(int $id): void
    {
        $this->rows[$id]['status'] = 'cancelled';
    }
}

final class MemoryFeedback implements Api\FeedbackStoreInterface
{
    public array $reviews = [];
    public array $responses = [];
    /** Runs once inside the next saveReview(), before the review is stored: another request at that moment, or a failure. */
    public ?\Closure $duringSave = null;

    /** @param ?\ShopCx\Effort\Survey $custom the store's custom survey, as FeedbackStore gets it from Config::surveyById() */
    public function __construct(public ?\ShopCx\Effort\Survey $custom = null)
    {
    }

    public function saveReview(array $review): void
    {
        if ($during = $this->duringSave) {
            $this->duringSave = null;
            $during();
        }
        $this->reviews[] = $review;
    }

    public function addSurveyResponse(string $survey, int $storeId, array $answers, int $at): void
    {
        $this->responses[] = [$survey, $storeId, $answers, $at];
    }

    public function report(string $survey, int $storeId): ?\ShopCx\Effort\Report
    {
        $mine = array_filter($this->responses, fn($r) => $r[0] === $survey && $r[1] === $storeId);
        if ($mine === []) {
            return null;
        }
        $report = new \ShopCx\Effort\Report(Surveys::get($survey, $this->custom), ['bucket' => Surveys::BUCKET, 'timezone' => 'Europe/Amsterdam']);
        foreach ($mine as $r) {
            $report->add($r[2], $r[3]);
        }
        return $report;
    }
}

final class RecordingSender implements Api\CartReminderSenderInterface
{
    public array $sent = [];

    public function send(array $cart, int $step, string $recoveryUrl, int $storeId): void
    {
        $this->sent[] = ['cart' => $cart['id'], 'step' => $step, 'url' => $recoveryUrl, 'store' => $storeId];
    }
}

final class RecordingOutreachSender implements Api\OutreachSenderInterface
{
    public array $sent = [];

    public function send(array $entry): void
    {
        $this->sent[] = $entry['kind'] . ':' . $entry['reference'];
    }
}

final class RecordingPublisher implements \Magento\Framework\MessageQueue\PublisherInterface
{
    public array $messages = [];

    public function publish($topicName, $data)
    {
        $this->messages[] = [$topicName, $data];
    }
}

final class MemoryLogger implements \Psr\Log\LoggerInterface
{
    public array $lines = [];

    public function error($message, array $context = [])
    {
        $this->lines[] = 'error: ' . $message;
    }

    public function warning($message, array $context = [])
    {
        $this->lines[] = 'warning: ' . $message;
    }

    public function info($message, array $context = [])
    {
        $this->lines[] = 'info: ' . $message;
    }
}

/** Magento\Framework\Url's shape: the route, then "?query" only when there is one. */
final class QueryUrl implements \Magento\Framework\UrlInterface
{
    public function getUrl($routePath = null, $routeParams = null)
    {
        $query = http_build_query($routeParams['_query'] ?? []);
        return 'https://shop.test/' . $routePath . ($query === '' ? '' : '?' . $query);
    }
}

final class FixedAuthorization implements \Magento\Framework\AuthorizationInterface
{
    public array $asked = [];

    public function __construct(private array $allowed)
    {
    }

    public function isAllowed($resource, $privilege = null)
    {
        $this->asked[] = $resource;
        return in_array($resource, $this->allowed, true);
    }
}

/** shopcx_webhook_outbox in memory, with the same semantics as Model\ResourceModel\WebhookOutbox. */
final class MemoryOutbox implements Api\WebhookOutboxInterface
{
    /** @var array<string, array> rows by event id */
    public array $rows = [];

    public function retryLater(string $eventId, array $event, int $attempts, int $nextAttemptAt, string $error, int $now): void
    {
        $this->rows[$eventId] = ['event' => $event, 'attempts' => $attempts, 'next_attempt_at' => $nextAttemptAt,
            'last_error' => $error, 'status' => self::PENDING, 'updated_at' => $now];
    }

    public function markFailed(string $eventId, array $event, int $attempts, string $error, int $now): void
    {
        $this->rows[$eventId] = ['event' => $event, 'attempts' => $attempts, 'next_attempt_at' => null,
            'last_error' => $error, 'status' => self::FAILED, 'updated_at' => $now];
    }

    public function clear(string $eventId): void
    {
        unset($this->rows[$eventId]);
    }

    public function due(int $now, int $limit = 100): array
    {
        $out = [];
        foreach ($this->rows as $id => $r) {
            if ($r['status'] === self::PENDING && $r['next_attempt_at'] <= $now) {
                $out[] = ['event_id' => (string) $id, 'event' => $r['event'], 'attempts' => $r['attempts'],
                    'next_attempt_at' => $r['next_attempt_at']];
            }
        }
        usort($out, fn($a, $b) => $a['next_attempt_at'] <=> $b['next_attempt_at']);
        return array_slice($out, 0, $limit);
    }

    public function failed(int $limit = 50): array
    {
        $out = [];
        foreach ($this->rows as $id => $r) {
            if ($r['status'] === self::FAILED) {
                $out[] = ['event_id' => (string) $id, 'type' => (string) $r['event']['type'], 'store_id' => (int) $r['event']['store'],
                    'attempts' => $r['attempts'], 'last_error' => $r['last_error'], 'updated_at' => $r['updated_at']];
            }
        }
        return array_slice(array_reverse($out), 0, $limit);
    }

    public function retryFailed(string $eventId, int $now): bool
    {
        if (($this->rows[$eventId]['status'] ?? null) !== self::FAILED) {
            return false;
        }
        $this->rows[$eventId] = ['event' => ['attempt' => 1] + $this->rows[$eventId]['event'], 'attempts' => 0,
            'next_attempt_at' => $now, 'status' => self::PENDING, 'updated_at' => $now] + $this->rows[$eventId];
        return true;
    }

    public function deleteFailed(string $eventId): bool
    {
        if (($this->rows[$eventId]['status'] ?? null) !== self::FAILED) {
            return false;
        }
        unset($this->rows[$eventId]);
        return true;
    }
}

/** shopcx_outreach_optout in memory: address hash => store ids => time of the (first) opt-out. */
final class MemoryOptOuts implements Api\OptOutStoreInterface
{
    /** @var array<string, array<int, int>> */
    public array $rows = [];

    public function isOptedOut(string $emailHash, int $storeId): bool
    {
        return isset($this->rows[$emailHash][$storeId]);
    }

    public function optOut(string $emailHash, int $storeId, int $at): void
    {
        $this->rows[$emailHash][$storeId] ??= $at;
    }
}

final class RecordingMessages implements \Magento\Framework\Message\ManagerInterface
{
    public array $errors = [];
    public array $successes = [];
    public array $notices = [];

    public function addErrorMessage($message, $group = null)
    {
        $this->errors[] = (string) $message;
        return $this;
    }

    public function addSuccessMessage($message, $group = null)
    {
        $this->successes[] = (string) $message;
        return $this;
    }

    public function addNoticeMessage($message, $group = null)
    {
        $this->notices[] = (string) $message;
        return $this;
    }
}

/** Headers of a Symfony Mime message, as Magento 2.4.8's EmailMessage::getSymfonyMessage() exposes them. */
final class RecordingMailHeaders
{
    public array $added = [];

    public function addTextHeader(string $name, string $value): self
    {
        $this->added[$name] = $value;
        return $this;
    }
}

/** A Magento 2.4.8 mail message: getSymfonyMessage() gives the headers. */
final class SymfonyBackedMessage implements \Magento\Framework\Mail\EmailMessageInterface
{
    public RecordingMailHeaders $headers;

    public function __construct()
    {
        $this->headers = new RecordingMailHeaders();
    }

    public function getSymfonyMessage(): self
    {
        return $this;
    }

    public function getHeaders(): RecordingMailHeaders
    {
        return $this->headers;
    }
}

/** A message of neither kind Magento sends (another mail module's): no way to add a header. */
final class PlainMessage implements \Magento\Framework\Mail\EmailMessageInterface
{
}

/** laminas-mail's Sendmail or Smtp transport: records the header lines it would write. */
final class RecordingLaminasTransport implements \Laminas\Mail\Transport\TransportInterface
{
    /** @var list<string> */
    public array $sent = [];

    public function send(\Laminas\Mail\Message $message)
    {
        $this->sent[] = $message->getHeaders()->toString();
    }
}

final class RecordingTransport implements \Magento\Framework\Mail\TransportInterface
{
    public int $sent = 0;

    public function __construct(public \Magento\Framework\Mail\EmailMessageInterface $message)
    {
    }

    public function sendMessage()
    {
        $this->sent++;
    }

    public function getMessage()
    {
        return $this->message;
    }
}

/** Magento's transport builder, recording what the module sets; getTransport() hands out $transport. */
final class RecordingTransportBuilder extends \Magento\Framework\Mail\Template\TransportBuilder
{
    public array $set = [];

    public function __construct(public RecordingTransport $transport)
    {
    }

    public function setTemplateIdentifier($templateIdentifier)
    {
        $this->set['template'] = $templateIdentifier;
        return $this;
    }

    public function setTemplateOptions($templateOptions)
    {
        $this->set['options'] = $templateOptions;
        return $this;
    }

    public function setTemplateVars($templateVars)
    {
        $this->set['vars'] = $templateVars;
        return $this;
    }

    public function setFromByScope($from, $scopeId = null)
    {
        $this->set['from'] = [$from, $scopeId];
        return $this;
    }

    public function addTo($address, $name = '')
    {
        $this->set['to'][] = $address;
        return $this;
    }

    public function getTransport()
    {
        return $this->transport;
    }
}

/** A result page whose title (Page\Config\Title::set()) is recorded. */
final class FakeTitle extends \Magento\Framework\View\Page\Title
{
    public ?string $title = null;

    public function set($title)
    {
        $this->title = (string) $title;
        return $this;
    }
}

final class FakePageConfig extends \Magento\Framework\View\Page\Config
{
    public function __construct(public readonly FakeTitle $title = new FakeTitle())
    {
    }

    public function getTitle()
    {
        return $this->title;
    }
}

final class FakePage extends \Magento\Framework\View\Result\Page
{
    public function __construct(public readonly FakePageConfig $config = new FakePageConfig())
    {
    }

    public function getConfig()
    {
        return $this->config;
    }
}

final class FakePageFactory extends \Magento\Framework\View\Result\PageFactory
{
    public function create($isView = false, array $arguments = [])
    {
        return new FakePage();
    }
}

/** Magento's cache in memory: entries with their lifetime (seconds) against the test's clock. */
final class MemoryCache implements \Magento\Framework\App\CacheInterface
{
    /** @var array<string, array{string, ?int, list<string>}> id => [data, expires at, tags] */
    public array $entries = [];

    public function __construct(public FixedClock $clock)
    {
    }

    public function getFrontend()
    {
        throw new \LogicException('not doubled');
    }

    public function load($identifier)
    {
        $e = $this->entries[$identifier] ?? null;
        if ($e === null || ($e[1] !== null && $e[1] <= $this->clock->now)) {
            return false;
        }
        return $e[0];
    }

    public function save($data, $identifier, $tags = [], $lifeTime = null)
    {
        $this->entries[$identifier] = [(string) $data, $lifeTime ? $this->clock->now + (int) $lifeTime : null, $tags];
        return true;
    }

    public function remove($identifier)
    {
        unset($this->entries[$identifier]);
        return true;
    }

    public function clean($tags = [])
    {
        $this->entries = $tags === [] ? [] : array_filter($this->entries, fn($e) => array_intersect($tags, $e[2]) === []);
        return true;
    }
}

/** The visitor's sessions: a cart and, when logged in, a customer id. */
final class FakeShopper implements Api\ShopperContextInterface
{
    public function __construct(public array $cart = ['value' => 0.0, 'items' => 0, 'productIds' => []], public ?int $customer = null)
    {
    }

    public function cart(): array
    {
        return $this->cart;
    }

    public function customerId(): ?int
    {
        return $this->customer;
    }

    public function customerEmail(): ?string
    {
        return $this->customer === null ? null : "customer{$this->customer}@example.com";
    }
}

/** customer id => orders and lifetime value, as sales_order would sum them; a customer without orders has none. */
final class FakeOrderHistory implements Api\CustomerOrderHistoryInterface
{
    public int $calls = 0;

    public function __construct(public array $customers = [])
    {
    }

    public function summary(int $customerId): array
    {
        $this->calls++;
        return $this->customers[$customerId] ?? ['orders' => 0, 'lifetimeValue' => 0.0];
    }
}

/** A VisitBuilder for a guest with an empty cart. */
function guestVisits(): \ShopCx\CustomerService\Model\Chat\VisitBuilder
{
    return new \ShopCx\CustomerService\Model\Chat\VisitBuilder(new FakeShopper(), new FakeOrderHistory());
}

/** shopcx_interaction in memory: unique per event id, as the table's unique key. */
final class MemoryInteractions implements Api\InteractionStoreInterface
{
    /** @var array<string, array> by event id */
    public array $rows = [];

    public function record(array $row): bool
    {
        if (isset($this->rows[$row['event_id']])) {
            return false;
        }
        $this->rows[$row['event_id']] = $row;
        return true;
    }

    public function between(int $storeId, int $from, int $until): array
    {
        $mine = array_values(array_filter($this->rows, fn($r) => $r['store_id'] === $storeId && $r['opened_at'] >= $from && $r['opened_at'] < $until));
        usort($mine, fn($a, $b) => $a['opened_at'] <=> $b['opened_at']);
        return $mine;
    }

    public function forCustomer(string $email): array
    {
        $mine = array_values(array_filter($this->rows, fn($r) => $r['email'] === strtolower($email)));
        usort($mine, fn($a, $b) => $a['opened_at'] <=> $b['opened_at']);
        return $mine;
    }

    public function erase(string $email, ?int $customerId = null): int
    {
        $before = count($this->rows);
        $this->rows = array_filter($this->rows, fn($r) => $r['email'] !== strtolower($email)
            && ($customerId === null || $r['customer_id'] !== $customerId));
        return $before - count($this->rows);
    }
}

/** Service KPIs over no interactions. */
function noServiceKpis(?MemoryInteractions $rows = null, int $now = 1767618000): \ShopCx\CustomerService\Model\Interaction\ServiceKpis
{
    $clock = new FixedClock($now);
    return new \ShopCx\CustomerService\Model\Interaction\ServiceKpis($rows ?? new MemoryInteractions(), new \ShopCx\CustomerService\Model\Config(new FakeScopeConfig()),
        $clock, new MemoryCache($clock));
}

/** As Model\ResourceModel\FaqSearchLog: unique (store, kind, term), a count, the cap per store view and kind. */
final class MemoryFaqSearchLog implements Api\FaqSearchLogInterface
{
    /** @var array<int, array<string, array{kind:string, term:string, count:int, last_seen:int}>> */
    public array $rows = [];

    public function record(int $storeId, ?string $query, array $unknownWords, int $at): void
    {
        $terms = $query === null ? [] : [[self::KIND_QUERY, $query]];
        foreach (array_unique($unknownWords) as $word) {
            $terms[] = [self::KIND_WORD, $word];
        }
        foreach ($terms as [$kind, $term]) {
            $key = "$kind:$term";
            if (isset($this->rows[$storeId][$key])) {
                $this->rows[$storeId][$key]['count']++;
                $this->rows[$storeId][$key]['last_seen'] = $at;
            } elseif (count(array_filter($this->rows[$storeId] ?? [], fn(array $r) => $r['kind'] === $kind)) < self::CAP) {
                $this->rows[$storeId][$key] = ['kind' => $kind, 'term' => $term, 'count' => 1, 'last_seen' => $at];
            }
        }
    }

    public function top(int $storeId, string $kind, int $limit = 100): array
    {
        $rows = array_values(array_filter($this->rows[$storeId] ?? [], fn(array $r) => $r['kind'] === $kind));
        usort($rows, fn(array $a, array $b) => [$b['count'], $b['last_seen']] <=> [$a['count'], $a['last_seen']]);
        return array_slice($rows, 0, $limit);
    }

    public function clear(int $storeId): int
    {
        $n = count($this->rows[$storeId] ?? []);
        unset($this->rows[$storeId]);
        return $n;
    }
}

/** As Model\ResourceModel\FaqStats: clicks per entry, co-views both ways, per language. */
final class MemoryFaqStats implements Api\FaqStatsInterface
{
    public array $clicks = [];
    public array $coViews = [];
    public int $popularityReads = 0;

    public function click(string $lang, string $id, array $viewedBefore): void
    {
        $this->clicks[$lang][$id] = ($this->clicks[$lang][$id] ?? 0) + 1;
        foreach (array_slice(array_values(array_unique(array_diff($viewedBefore, [$id]))), 0, 5) as $other) {
            $this->coViews[$lang][$id][$other] = ($this->coViews[$lang][$id][$other] ?? 0) + 1;
            $this->coViews[$lang][$other][$id] = ($this->coViews[$lang][$other][$id] ?? 0) + 1;
        }
    }

    public function popularity(string $lang): array
    {
        $this->popularityReads++;
        return $this->clicks[$lang] ?? [];
    }

    public function coViews(string $lang, string $id): array
    {
        $views = $this->coViews[$lang][$id] ?? [];
        arsort($views);
        return $views;
    }
}

/** Item facts by SKU (backorders, availableOn) and configurable children; a SKU not listed has none. */
final class FakeStockFacts implements Api\StockFactsInterface
{
    public function __construct(public array $items = [], public array $variants = [])
    {
    }

    public function item(string $sku, int $websiteId): array
    {
        return $this->items[$sku] ?? ['backorders' => false];
    }

    public function variants(string $sku): array
    {
        return $this->variants[$sku] ?? [];
    }
}

/** Magento\Quote\Model\Quote as the quote repository loads it: its visible items. */
final class FakeQuote extends \Magento\Quote\Model\Quote
{
    public function __construct(private array $items, array $data = [])
    {
        parent::__construct($data);
    }

    public function getAllVisibleItems()
    {
        return $this->items;
    }
}

/** A quote item; getProduct() gives the product, or throws as Magento's does for a product deleted since. */
final class FakeQuoteItem extends \Magento\Quote\Model\Quote\Item
{
    public function __construct(array $data, private mixed $product)
    {
        parent::__construct($data);
    }

    public function getProduct()
    {
        if ($this->product instanceof \Throwable) {
            throw $this->product;
        }
        return $this->product;
    }
}

/** Quotes by id; an unknown id throws NoSuchEntityException like Magento's QuoteRepository::get(). */
final class FakeQuotes implements \Magento\Quote\Api\CartRepositoryInterface
{
    public function __construct(public array $quotes = [])
    {
    }

    public function get($cartId)
    {
        return $this->quotes[$cartId] ?? throw new \Magento\Framework\Exception\NoSuchEntityException(
            __('No such entity with %1 = %2', 'cartId', $cartId));
    }
}

/** The catalog image helper: the URL of the product's small image in a cache folder; records each init(). */
final class FakeImageHelper extends \Magento\Catalog\Helper\Image
{
    public array $inits = [];
    private ?\Magento\Catalog\Model\Product $product = null;

    public function init($product, $imageId, $attributes = [])
    {
        $this->inits[] = [$product->getId(), $imageId];
        $this->product = $product;
        return $this;
    }

    public function getUrl()
    {
        $file = (string) ($this->product?->getData('small_image') ?: $this->product?->getData('thumbnail'));
        return 'https://shop.test/media/catalog/product/cache/0f1e/' . ltrim($file, '/');
    }
}

/** Formats like Magento's PriceCurrency for en_US (symbol first, 2 decimals); records scope and currency. */
final class FakePriceCurrency implements \Magento\Framework\Pricing\PriceCurrencyInterface
{
    public array $calls = [];

    public function format($amount, $includeContainer = true, $precision = self::DEFAULT_PRECISION, $scope = null, $currency = null)
    {
        $this->calls[] = [(float) $amount, $includeContainer, $scope, $currency];
        $symbol = ['EUR' => '€', 'USD' => '$', 'GBP' => '£'][$currency ?? 'EUR'] ?? $currency . ' ';
        return $symbol . number_format((float) $amount, (int) $precision, '.', ',');
    }
}

/** Magento\Store\Model\App\Emulation, recording start and stop. */
final class RecordingEmulation extends \Magento\Store\Model\App\Emulation
{
    public array $calls = [];

    public function startEnvironmentEmulation($storeId, $area = \Magento\Framework\App\Area::AREA_FRONTEND, $force = false)
    {
        $this->calls[] = "start $storeId $area" . ($force ? ' force' : '');
    }

    public function stopEnvironmentEmulation()
    {
        $this->calls[] = 'stop';
        return $this;
    }
}

/** A customer session: logged in as $customerId, or logged out (null); remembers the page to return to after login. */
final class FakeCustomerSession extends \Magento\Customer\Model\Session
{
    public ?string $beforeAuthUrl = null;

    public function __construct(private ?int $customerId = null)
    {
    }

    public function isLoggedIn()
    {
        return $this->customerId !== null;
    }

    public function getCustomerId()
    {
        return $this->customerId;
    }

    public function setBeforeAuthUrl($url)
    {
        $this->beforeAuthUrl = (string) $url;
        return $this;
    }
}
