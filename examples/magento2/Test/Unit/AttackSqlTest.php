<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Request\Http;
use Magento\Framework\App\ResourceConnection;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\DB\Adapter\AdapterInterface;
use Magento\Framework\DB\Select;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Controller;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ResourceModel;
use ShopCx\Faq\Index;
use ShopCx\Webhook\Client;

/**
 * Issue 24: hostile strings in request parameters and in what the module stores reach the database only as
 * bound values. The connection double records, per call, the SQL text the module wrote (table, column and
 * condition strings, order specs, a raw query) apart from the values it bound (the "?" of where(), the values
 * of insert/update rows and of array conditions); no hostile string may appear in the text.
 */
final class AttackSqlTest extends TestCase
{
    public const HOSTILE = [
        "x' OR '1'='1",
        "1; DROP TABLE shopcx_report; --",
        "a\\' UNION SELECT password FROM admin_user -- ",
        '`store_id` = 0 OR 1',
    ];
    private const MARKERS = ["OR '1'='1", 'DROP TABLE', 'UNION SELECT', '`store_id` = 0'];

    private RecordingDb $db;
    private ResourceConnection $resource;

    protected function setUp(): void
    {
        $this->db = new RecordingDb();
        $db = $this->db;
        $this->resource = new class ($db) extends ResourceConnection {
            public function __construct(private AdapterInterface $db)
            {
            }

            public function getConnection($resourceName = 'default'): AdapterInterface
            {
                return $this->db;
            }

            public function getTableName($modelEntity, $connectionName = 'default'): string
            {
                return 'pfx_' . $modelEntity;
            }
        };
    }

    /** No hostile string in any SQL text the connection got; $bound of them reached it as values. */
    private function assertOnlyBound(int $bound, string $what): void
    {
        self::assertNotSame([], $this->db->calls, "$what: reached the connection");
        foreach ($this->db->calls as [$method, $texts]) {
            foreach ($texts as $text) {
                foreach (self::MARKERS as $marker) {
                    self::assertStringNotContainsString($marker, $text, "$what: $method wrote the value into the SQL");
                }
            }
        }
        $found = 0;
        foreach ($this->db->calls as [, , $values]) {
            foreach ($values as $value) {
                foreach (self::HOSTILE as $h) {
                    $found += (int) (is_string($value) && str_contains($value, $h));
                }
            }
        }
        self::assertGreaterThanOrEqual($bound, $found, "$what: the hostile values were bound (else the check proves nothing)");
    }

    public function testEveryStoreBindsWhatItIsGiven(): void
    {
        $r = $this->resource;
        $cases = [
            'cart upsert' => fn(string $h) => (new ResourceModel\CartActivityStore($r))->upsert(['quote_id' => 1, 'store_id' => 1, 'customer_id' => null,
                'email' => $h, 'items' => 1, 'value' => '1', 'currency' => $h, 'status' => 'open', 'consent' => 1, 'updated_at' => 1]),
            'faq log' => function (string $h) use ($r) {
                $log = new ResourceModel\FaqSearchLog($r);
                $log->record(1, $h, [$h], 1);
                $log->top(1, $h);
            },
            'faq stats' => function (string $h) use ($r) {
                $stats = new ResourceModel\FaqStats($r);
                $stats->click($h, $h, [$h]);
                $stats->popularity($h);
                $stats->coViews($h, $h);
            },
            'claims' => function (string $h) use ($r) {
                (new ResourceModel\FeedbackClaims($r))->claim($h, $h, 1);
                (new ResourceModel\FeedbackClaims($r))->release($h, $h);
            },
            'interactions' => function (string $h) use ($r) {
                $store = new ResourceModel\InteractionStore($r);
                $store->record(['event_id' => $h, 'email' => $h, 'case_ref' => $h]);
                $store->forCustomer($h);
                $store->erase($h, 3);
            },
            'opt-outs' => function (string $h) use ($r) {
                (new ResourceModel\OptOutStore($r))->isOptedOut($h, 1);
                (new ResourceModel\OptOutStore($r))->optOut($h, 1, 1);
            },
            'outreach log' => function (string $h) use ($r) {
                $log = new ResourceModel\OutreachLog($r);
                $log->history($h);
                $log->has($h, $h, $h);
                $log->schedule($h, $h, $h, 1);
                $log->logSent($h, $h, $h, 1);
                $log->due([$h], 1);
            },
            'webhook outbox' => function (string $h) use ($r) {
                $box = new ResourceModel\WebhookOutbox($r);
                $box->markFailed($h, ['type' => $h, 'store' => 1], 1, $h, 1);
                $box->retryFailed($h, 1);
                $box->deleteFailed($h);
                $box->clear($h);
            },
            'survey report' => function (string $h) use ($r) {
                $store = new ResourceModel\FeedbackStore($r, new \Magento\Review\Model\ReviewFactory(),
                    new class implements \Magento\Catalog\Api\ProductRepositoryInterface {
                        public function get($sku, $editMode = false, $storeId = null, $forceReload = false)
                        {
                            throw new \LogicException('not used');
                        }
                    }, new Config(new FakeScopeConfig()), new \ShopCx\CustomerService\Model\Review\RatingVote(new Config(new FakeScopeConfig()),
                        new \Magento\Review\Model\RatingFactory(), new MemoryLogger()));
                $store->report($h, 1);
            },
        ];
        foreach ($cases as $what => $case) {
            foreach (self::HOSTILE as $h) {
                $this->db->calls = [];
                $case($h);
                $this->assertOnlyBound(1, "$what, $h");
            }
        }
    }

    private function faqProvider(): FaqIndexProviderInterface
    {
        $index = Index::build([['id' => 'returns', 'question' => 'How do I return an item?', 'answer' => 'With the label.']], ['lang' => 'en']);
        return new class ($index) implements FaqIndexProviderInterface {
            public function __construct(private Index $index)
            {
            }

            public function get(string $lang): ?Index
            {
                return $this->index;
            }
        };
    }

    /** Through the controllers: every parameter a visitor or helpdesk sends that reaches a table. */
    public function testRequestParametersReachTheDatabaseOnlyAsBoundValues(): void
    {
        $secret = str_repeat('i', 40);
        $scope = (new FakeScopeConfig())->set('shopcx/interaction/enabled', '1')->set('shopcx/interaction/secret', $secret);
        $config = new Config($scope);
        $clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        foreach (self::HOSTILE as $h) {
            // FAQ search, settled: the unanswered query and its unknown words are logged.
            $this->db->calls = [];
            (new Controller\Faq\Search(new FakeRequest(['q' => "cadeaubon $h", 'log' => '1']), new JsonFactory(), $this->faqProvider(), $config,
                new FakeStoreManager(), new Escaper(), new ResourceModel\FaqSearchLog($this->resource), $clock))->execute();
            self::assertNotSame([], $this->db->calls);
            $this->assertOnlyBound(0, "faq search $h");
            // The helpdesk's signed report: id, e-mail and case as values.
            $this->db->calls = [];
            $body = (string) json_encode(['id' => "evt $h", 'type' => 'interaction.contact', 'time' => $clock->now,
                'data' => ['email' => 'ann@example.com', 'channel' => 'email', 'case' => "T-1 $h", 'opened' => $clock->now - 60]]);
            $request = (new Http([], 'POST'))->setContent($body)->withHeader('X-ShopCx-Signature', Client::sign($secret, $body, $clock->now));
            $r = (new Controller\Interaction\Report($request, new JsonFactory(), $config, new FakeStoreManager(), $clock,
                new ResourceModel\InteractionStore($this->resource), new MemoryLogger()))->execute();
            if ($r->code() === 200) {
                $this->assertOnlyBound(1, "interaction report $h");
            } else {
                self::assertSame([], $this->db->calls, 'refused before the database');
            }
            // The admin's retry/delete of a failed event and the clear of the FAQ log (store as int).
            foreach ([Controller\Adminhtml\Webhook\Delete::class, Controller\Adminhtml\Webhook\Retry::class] as $class) {
                $this->db->calls = [];
                $request = new FakeRequest(['event_id' => $h, 'form_key' => 'fk', 'store' => $h]);
                (new $class(new Context($request, new FixedAuthorization(['ShopCx_CustomerService::webhooks']), new RecordingMessages(), new Validator('fk')),
                    new ResourceModel\WebhookOutbox($this->resource), $clock))->dispatch($request);
                $this->assertOnlyBound(1, "$class $h");
            }
            $this->db->calls = [];
            $request = new FakeRequest(['store' => $h, 'form_key' => 'fk']);
            (new Controller\Adminhtml\Faq\Clear(new Context($request, new FixedAuthorization(['ShopCx_CustomerService::faq_searches']), new RecordingMessages(),
                new Validator('fk')), new ResourceModel\FaqSearchLog($this->resource)))->dispatch($request);
            $this->assertOnlyBound(0, "faq clear $h");
        }
    }
}

/** A Select that records its SQL text and bound values instead of building SQL. */
final class RecordingSelect extends Select
{
    public array $texts = [];
    public array $values = [];

    public function from($name, $cols = '*', $schema = null): self
    {
        array_push($this->texts, ...RecordingDb::texts($name), ...RecordingDb::texts($cols));
        return $this;
    }

    public function where($cond, $value = null, $type = null): self
    {
        $this->texts[] = (string) $cond;
        array_push($this->values, ...(is_array($value) ? array_values($value) : [$value]));
        return $this;
    }

    public function order($spec): self
    {
        array_push($this->texts, ...RecordingDb::texts($spec));
        return $this;
    }

    public function limit($count = null, $offset = null): self
    {
        $this->texts[] = (string) (int) $count . ' ' . (int) $offset;
        return $this;
    }

    public function forUpdate($flag = true): self
    {
        return $this;
    }
}

/** Records [method, SQL texts, bound values] per call; reads find nothing, writes change one row. */
final class RecordingDb implements AdapterInterface
{
    /** @var list<array{string, list<string>, list<mixed>}> */
    public array $calls = [];

    /** Table, column or expression names of a from()/order() argument: keys (aliases) and values. */
    public static function texts(mixed $spec): array
    {
        if (!is_array($spec)) {
            return [(string) $spec];
        }
        $out = [];
        foreach ($spec as $k => $v) {
            if (is_string($k)) {
                $out[] = $k;
            }
            $out[] = (string) $v;
        }
        return $out;
    }

    /** An insert/update row: column names are SQL, values bound unless a Zend_Db_Expr (written as it is). */
    private static function row(array $bind): array
    {
        $texts = array_map('strval', array_keys($bind));
        $values = [];
        foreach ($bind as $v) {
            if ($v instanceof \Zend_Db_Expr) {
                $texts[] = (string) $v;
            } else {
                $values[] = $v;
            }
        }
        return [$texts, $values];
    }

    /** A where of update()/delete(): a string is SQL; an array's keys are SQL with ?, its values bound. */
    private static function condition(mixed $where): array
    {
        if (!is_array($where)) {
            return [[(string) $where], []];
        }
        $texts = $values = [];
        foreach ($where as $k => $v) {
            if (is_int($k)) {
                $texts[] = (string) $v;
            } else {
                $texts[] = $k;
                array_push($values, ...(is_array($v) ? array_values($v) : [$v]));
            }
        }
        return [$texts, $values];
    }

    private function read(string $method, $sql, $bind): void
    {
        if ($sql instanceof RecordingSelect) {
            $this->calls[] = [$method, $sql->texts, array_merge($sql->values, array_values((array) $bind))];
        } else {
            $this->calls[] = [$method, [(string) $sql], array_values((array) $bind)];
        }
    }

    public function select()
    {
        return new RecordingSelect();
    }

    public function fetchOne($sql, $bind = [])
    {
        $this->read('fetchOne', $sql, $bind);
        return false;
    }

    public function fetchAll($sql, $bind = [], $fetchMode = null)
    {
        $this->read('fetchAll', $sql, $bind);
        return [];
    }

    public function fetchRow($sql, $bind = [], $fetchMode = null)
    {
        $this->read('fetchRow', $sql, $bind);
        return false;
    }

    public function query($sql, $bind = [])
    {
        $this->read('query', $sql, $bind);
        return new class implements \Zend_Db_Statement_Interface {
            public function fetch($style = null, $cursor = null, $offset = null)
            {
                return false;
            }
        };
    }

    public function insert($table, array $bind)
    {
        [$texts, $values] = self::row($bind);
        $this->calls[] = ['insert', array_merge([(string) $table], $texts), $values];
        return 1;
    }

    public function insertOnDuplicate($table, array $data, array $fields = [])
    {
        [$texts, $values] = self::row($data);
        $this->calls[] = ['insertOnDuplicate', array_merge([(string) $table], $texts, self::texts($fields)), $values];
        return 1;
    }

    public function update($table, array $bind, $where = '')
    {
        [$texts, $values] = self::row($bind);
        [$wt, $wv] = self::condition($where);
        $this->calls[] = ['update', array_merge([(string) $table], $texts, $wt), array_merge($values, $wv)];
        return 1;
    }

    public function delete($table, $where = '')
    {
        [$wt, $wv] = self::condition($where);
        $this->calls[] = ['delete', array_merge([(string) $table], $wt), $wv];
        return 1;
    }

    public function beginTransaction()
    {
        return $this;
    }

    public function commit()
    {
        return $this;
    }

    public function rollBack()
    {
        return $this;
    }
}
