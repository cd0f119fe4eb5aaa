<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\ResourceConnection;
use Magento\Framework\DB\Adapter\AdapterInterface;
use Magento\Framework\DB\Adapter\DuplicateException;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Model\ResourceModel\FeedbackClaims;

/**
 * Model\ResourceModel\FeedbackClaims against a table double that, like MySQL, refuses a second row with
 * the same primary key (read from etc/db_schema.xml) with Magento's DuplicateException: the insert is the
 * check, so there is no moment between "not claimed yet" and "claimed" for a second post to slip into.
 */
final class FeedbackClaimsTableTest extends TestCase
{
    public function testTheInsertIsTheCheckAndHoldsInEveryStoreView(): void
    {
        $schema = simplexml_load_file(dirname(__DIR__, 2) . '/etc/db_schema.xml');
        $pk = array_map('strval', $schema->xpath('//table[@name="shopcx_feedback_claim"]/constraint[@xsi:type="primary"]/column/@name'));
        self::assertSame(['kind', 'claim_key', 'store_id'], $pk);
        $db = new class ($pk) implements AdapterInterface {
            public array $rows = [];
            public array $calls = [];

            public function __construct(private array $pk)
            {
            }

            public function insert($table, array $bind)
            {
                $this->calls[] = 'insert';
                $key = implode('|', array_map(fn($c) => (string) $bind[$c], $this->pk));
                if (isset($this->rows[$key])) {
                    throw new DuplicateException("SQLSTATE[23000]: Duplicate entry '$key' for key 'PRIMARY'");
                }
                $this->rows[$key] = $bind;
                return 1;
            }

            public function delete($table, $where = '')
            {
                $this->calls[] = 'delete';
                $before = count($this->rows);
                $this->rows = array_filter($this->rows, fn($r) => !($r['kind'] === $where['kind = ?']
                    && $r['claim_key'] === $where['claim_key = ?'] && $r['store_id'] === $where['store_id = ?']));
                return $before - count($this->rows);
            }

            public function select()
            {
                throw new \LogicException('a claim must not read first');
            }

            public function fetchOne($sql, $bind = [])
            {
                throw new \LogicException('a claim must not read first');
            }

            public function fetchAll($sql, $bind = [], $fetchMode = null)
            {
                throw new \LogicException('a claim must not read first');
            }

            public function fetchRow($sql, $bind = [], $fetchMode = null)
            {
                throw new \LogicException('a claim must not read first');
            }

            public function query($sql, $bind = [])
            {
                throw new \LogicException('not used');
            }

            public function insertOnDuplicate($table, array $data, array $fields = [])
            {
                throw new \LogicException('an upsert would let the second claim through');
            }

            public function update($table, array $bind, $where = '')
            {
                throw new \LogicException('not used');
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
        };
        $resource = new class ($db) extends ResourceConnection {
            public function __construct(private AdapterInterface $db)
            {
            }

            public function getConnection($resourceName = 'default'): AdapterInterface
            {
                return $this->db;
            }

            public function getTableName($modelEntity, $connectionName = 'default'): string
            {
                return (string) $modelEntity;
            }
        };
        $claims = new FeedbackClaims($resource);
        self::assertTrue($claims->claim('review', '000000002:SCX-TEAPOT', 1000));
        self::assertFalse($claims->claim('review', '000000002:SCX-TEAPOT', 1001));
        self::assertTrue($claims->claim('survey', 'order:000000002', 1002), 'another kind, its own claim');
        self::assertSame(['insert', 'insert', 'insert'], $db->calls);
        self::assertSame([0, 0], array_column(array_values($db->rows), 'store_id'), 'one claim for every store view');
        $claims->release('review', '000000002:SCX-TEAPOT');
        self::assertCount(1, $db->rows);
        self::assertTrue($claims->claim('review', '000000002:SCX-TEAPOT', 1003), 'released: the customer may try again');
    }
}
