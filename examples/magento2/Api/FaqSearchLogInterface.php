<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/**
 * Unanswered FAQ searches and the words the index did not know, per store view: the normalized text
 * (Model\Faq\QueryNormalizer) and a count, nothing about who searched. At most CAP terms per store view
 * and kind: once full, known terms still count up and new ones are not added.
 */
interface FaqSearchLogInterface
{
    public const CAP = 1000;
    public const KIND_QUERY = 'query';
    public const KIND_WORD = 'word';

    /** @param list<string> $unknownWords */
    public function record(int $storeId, ?string $query, array $unknownWords, int $at): void;

    /** Most frequent first. @return list<array{kind:string, term:string, count:int, last_seen:int}> */
    public function top(int $storeId, string $kind, int $limit = 100): array;

    /** Deletes the store view's log. @return int rows deleted */
    public function clear(int $storeId): int;
}
