<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use ShopCx\CustomerService\Api\FeedbackClaimInterface;

/** As Model\ResourceModel\FeedbackClaims: the table's primary key (kind, claim_key, store_id 0) as array keys. */
final class MemoryFeedbackClaims implements FeedbackClaimInterface
{
    /** @var array<string, int> "kind|key" => created_at */
    public array $rows = [];

    public function claim(string $kind, string $key, int $at): bool
    {
        $id = "$kind|$key";
        if (isset($this->rows[$id])) {
            return false;
        }
        $this->rows[$id] = $at;
        return true;
    }

    public function release(string $kind, string $key): void
    {
        unset($this->rows["$kind|$key"]);
    }
}
