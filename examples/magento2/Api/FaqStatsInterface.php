<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/**
 * What customers open in the FAQ, per language (the index is one per language): clicks per entry, fed to
 * Index::setPopularity(), and co-views (two entries opened in one visit), fed to Index::related().
 * Entry ids only: no session, customer or address is stored.
 */
interface FaqStatsInterface
{
    /** @param list<string> $viewedBefore entries opened earlier in this visit (at most 5 are counted) */
    public function click(string $lang, string $id, array $viewedBefore): void;

    /** @return array<string,int> id => clicks */
    public function popularity(string $lang): array;

    /** @return array<string,int> other id => visits that opened both */
    public function coViews(string $lang, string $id): array;
}
