<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\ResourceModel;

use Magento\Framework\App\ResourceConnection;
use ShopCx\CustomerService\Api\WebhookOutboxInterface;

/** Table shopcx_webhook_outbox: one row per event id (unique), updated on every attempt. */
class WebhookOutbox implements WebhookOutboxInterface
{
    private const TABLE = 'shopcx_webhook_outbox';

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    private function table(): string
    {
        return $this->resource->getTableName(self::TABLE);
    }

    public function retryLater(string $eventId, array $event, int $attempts, int $nextAttemptAt, string $error, int $now): void
    {
        $this->write($eventId, $event, $attempts, $nextAttemptAt, $error, $now, self::PENDING);
    }

    public function markFailed(string $eventId, array $event, int $attempts, string $error, int $now): void
    {
        $this->write($eventId, $event, $attempts, null, $error, $now, self::FAILED);
    }

    private function write(string $eventId, array $event, int $attempts, ?int $next, string $error, int $now, string $status): void
    {
        $this->resource->getConnection()->insertOnDuplicate($this->table(), [
            'event_id' => $eventId,
            'type' => mb_substr((string) ($event['type'] ?? ''), 0, 64),
            'store_id' => (int) ($event['store'] ?? 0),
            'payload' => json_encode($event, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
            'attempts' => $attempts,
            'next_attempt_at' => $next,
            'last_error' => mb_substr($error, 0, 255),
            'status' => $status,
            'created_at' => $now,
            'updated_at' => $now,
        ], ['payload', 'attempts', 'next_attempt_at', 'last_error', 'status', 'updated_at']);
    }

    public function clear(string $eventId): void
    {
        $this->resource->getConnection()->delete($this->table(), ['event_id = ?' => $eventId]);
    }

    public function due(int $now, int $limit = 100): array
    {
        $db = $this->resource->getConnection();
        $rows = $db->fetchAll($db->select()->from($this->table(), ['event_id', 'payload', 'attempts', 'next_attempt_at'])
            ->where('status = ?', self::PENDING)->where('next_attempt_at <= ?', $now)
            ->order('next_attempt_at ASC')->limit($limit));
        $out = [];
        foreach ($rows as $r) {
            $event = json_decode((string) $r['payload'], true);
            if (is_array($event)) {
                $out[] = ['event_id' => (string) $r['event_id'], 'event' => $event, 'attempts' => (int) $r['attempts'],
                    'next_attempt_at' => (int) $r['next_attempt_at']];
            }
        }
        return $out;
    }

    public function retryFailed(string $eventId, int $now): bool
    {
        $db = $this->resource->getConnection();
        $payload = $db->fetchOne($db->select()->from($this->table(), 'payload')
            ->where('event_id = ?', $eventId)->where('status = ?', self::FAILED)->limit(1));
        $event = is_string($payload) ? json_decode($payload, true) : null;
        if (!is_array($event)) {
            return false;
        }
        $event['attempt'] = 1;
        // The status condition again: a cron or a second admin click in between must not double it.
        return $db->update($this->table(), [
            'payload' => json_encode($event, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
            'attempts' => 0, 'next_attempt_at' => $now, 'status' => self::PENDING, 'updated_at' => $now,
        ], ['event_id = ?' => $eventId, 'status = ?' => self::FAILED]) > 0;
    }

    public function deleteFailed(string $eventId): bool
    {
        return $this->resource->getConnection()->delete($this->table(), ['event_id = ?' => $eventId, 'status = ?' => self::FAILED]) > 0;
    }

    public function failed(int $limit = 50): array
    {
        $db = $this->resource->getConnection();
        $rows = $db->fetchAll($db->select()->from($this->table(), ['event_id', 'type', 'store_id', 'attempts', 'last_error', 'updated_at'])
            ->where('status = ?', self::FAILED)->order('updated_at DESC')->limit($limit));
        return array_map(fn(array $r) => ['event_id' => (string) $r['event_id'], 'type' => (string) $r['type'],
            'store_id' => (int) $r['store_id'], 'attempts' => (int) $r['attempts'], 'last_error' => (string) $r['last_error'],
            'updated_at' => (int) $r['updated_at']], $rows);
    }
}
