<?php

/**
 * ShopCX FAQ search: an embedded, typo-tolerant, multilingual search engine for FAQ pages.
 *
 * @generate-class-entries
 */

namespace ShopCx\Faq {

/**
 * A read-only search index over FAQ entries, built in memory or mapped from a file.
 *
 * @strict-properties
 * @not-serializable
 */
final class Index
{
    /** Use Index::build() or Index::load(). */
    private function __construct() {}

    /**
     * Builds an index. Each entry is an array with "id" (string|int, unique), "question", "answer"
     * (HTML allowed), and optionally "tags" (list of strings), "category", "popularity" (>= 0) and "lang".
     *
     * Options: "lang" (nl|en|de|fr, default shopcx.default_locale), "weights" (["question" => 3.0,
     * "tags" => 2.0, "answer" => 1.0], each 0 to 100), "synonyms" (list of lists of single words),
     * "stopWords" (bool, default true), "stemming" (bool, default true).
     *
     * @throws \ShopCx\ConfigException for bad synonyms
     */
    public static function build(iterable $entries, array $options = []): Index {}

    /**
     * Maps an index file written by save(). Each worker keeps up to shopcx.faq_cache_size files
     * mapped, keyed by path, inode, mtime and size: later loads of an unchanged file cost one stat().
     *
     * @throws \ShopCx\IndexException when the file is missing, truncated, corrupt or of another version
     */
    public static function load(string $path): Index {}

    /**
     * Writes the index atomically: a temporary file in the same directory, then rename().
     *
     * @throws \ShopCx\IndexException when the file cannot be written
     */
    public function save(string $path): void {}

    /**
     * Searches. Options: "category" (string), "typos" (bool, default true), "prefix" (bool, default
     * true: the last word is completed while typing), "minScore" (0..1, default 0), "lang" (of the
     * query, default the index's language), "highlight" (bool, default true).
     * The query is at most 1,000 bytes of UTF-8.
     */
    public function search(string $query, int $limit = 10, array $options = []): Result {}

    /**
     * Questions that complete what the customer is typing, best first: each holds every word or one of
     * its synonyms; the last word is completed, among the synonyms too.
     *
     * @return list<string>
     */
    public function suggest(string $prefix, int $limit = 5): array {}

    /**
     * Questions customers with this question usually also have: content similarity, boosted by the
     * co-views the shop records (id => count).
     *
     * @param array $coViews id => number of sessions that viewed both
     * @return list<Hit>
     */
    public function related(string|int $id, int $limit = 5, array $coViews = []): array {}

    /**
     * Replaces the popularity prior (id => clicks, >= 0) for this object; ids not named get 0.
     *
     * @param array $popularity id => clicks
     */
    public function setPopularity(array $popularity): void {}

    /**
     * Entry count, term count, word count, image size in bytes, language and whether it is mapped from a file.
     *
     * @return array<string,int|string|bool>
     */
    public function stats(): array {}
}

/**
 * One search hit.
 *
 * @strict-properties
 */
final class Hit
{
    public readonly string $id;
    /** Relevance from 0 to 1; compare it with a threshold to tell "no good answer". */
    public readonly float $score;
    public readonly string $question;
    /** Escaped HTML: the question with <mark> around matched words. */
    public readonly string $questionHighlight;
    /** Escaped HTML: a snippet of the answer with <mark> around matched words. */
    public readonly string $highlight;
    public readonly string $category;

    private function __construct() {}

    public function toArray(): array {}
}

/**
 * The outcome of a search.
 *
 * @strict-properties
 */
final class Result
{
    public readonly string $query;
    /** @var list<Hit> */
    public readonly array $hits;
    /** How many entries matched at all, before the limit and the minimum score. */
    public readonly int $total;
    /** False when nothing scored at least minScore: log the query, offer chat. */
    public readonly bool $answered;
    /** @var list<string> folded query words that matched no indexed word, not even with a typo */
    public readonly array $unknownWords;

    private function __construct() {}

    public function toArray(): array {}
}

}
