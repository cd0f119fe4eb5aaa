<?php

/**
 * ShopCX reviews: invitations, moderation, aggregate ratings, structured data and the
 * Google product-reviews feed.
 *
 * @generate-class-entries
 */

namespace ShopCx\Review {

/**
 * Checks review text against word lists (nl, en, de, fr shipped, in tiers: reject and hold),
 * personal data (links, e-mail addresses, phone numbers) and spam heuristics.
 *
 * @strict-properties
 * @not-serializable
 */
final class Moderator
{
    /**
     * @param array $options languages (list of "nl", "en", "de", "fr"; default all four),
     *   allow (list of words never flagged; a single word also covers the listed parts it holds:
     *   "Kutsche" the part "kut"), deny (list: reject), hold (list: hold for a human),
     *   lists (list of word-list file paths: term<TAB>reject|hold|allow[<TAB>word|prefix|suffix|part]
     *   a line; "part" matches inside a compound, "allow" lists an innocent word holding such a part),
     *   minLength (0-1000, default 10), maxRepeat (3-100, default 5), shouting (bool, default true),
     *   locale (language of reason messages: nl, en, de, fr; default shopcx.default_locale)
     */
    public function __construct(array $options = []) {}

    /** Check a review text (at most 65,536 bytes) and an optional title (at most 1,024 bytes). */
    public function check(string $text, ?string $title = null): Verdict {}

    /** Number of word-list patterns and automaton states in use. */
    public function stats(): array {}
}

/**
 * The outcome of Moderator::check().
 *
 * @strict-properties
 * @not-serializable
 */
final class Verdict
{
    /** "approve", "hold" (a human decides) or "reject" */
    public readonly string $decision;
    /** list of ["code" => string, "field" => "text"|"title", "message" => string] */
    public readonly array $reasons;
    /** the text with links, e-mail addresses and phone numbers replaced */
    public readonly string $redacted;
    public readonly ?string $redactedTitle;
    /** list terms found, as listed */
    public readonly array $terms;

    private function __construct() {}

    public function toArray(): array {}
}

/**
 * Star ratings of one product (or any set of reviews): count, mean, Bayesian average,
 * histogram and the Wilson lower bound of the share of 4 and 5 stars. Immutable and mergeable.
 *
 * @strict-properties
 * @not-serializable
 */
final class Summary
{
    public readonly int $count;
    public readonly int $sum;
    /** arithmetic mean, null without ratings */
    public readonly ?float $mean;
    /** [1 => n, 2 => n, 3 => n, 4 => n, 5 => n] */
    public readonly array $histogram;
    /** Wilson score lower bound (95%) of the share of 4 and 5 star ratings; 0.0 without ratings */
    public readonly float $wilsonLower;

    private function __construct() {}

    /**
     * Ratings 1..5 (int, a float with no fraction, or a digit string as database drivers return
     * them); null entries are missing ratings and skipped.
     */
    public static function fromRatings(array $ratings): Summary {}

    /** Rebuild from toArray() output (e.g. stored with the product). */
    public static function fromArray(array $data): Summary {}

    public function merge(Summary $other): Summary {}

    /**
     * (priorWeight * priorMean + sum) / (priorWeight + count): ranks a product with two 5-star
     * ratings below one with two hundred 4.8 ratings.
     */
    public function bayesian(float $priorMean = 3.0, float $priorWeight = 10.0): float {}

    public function toArray(): array {}

    /**
     * schema.org Product JSON-LD with AggregateRating (from this summary) and a Review per entry,
     * safe to print inside <script type="application/ld+json">. Null when there are no ratings.
     *
     * @param array $product name (required), url, image (string or list), description, sku, gtin,
     *   mpn, brand, price + currency, availability
     * @param array $reviews list of [author, rating, body, title, date]; entries without author or
     *   rating are left out (Google requires both)
     */
    public function jsonLd(array $product, array $reviews = []): ?string {}
}

/**
 * Writes a Google product-reviews feed (XML schema 2.3) review by review to a file or stream,
 * in constant memory. Call close() to finish the document.
 *
 * @strict-properties
 * @not-serializable
 */
final class Feed
{
    /**
     * @param string|resource $target a file path or a writable stream
     * @param array $publisher name (required), favicon (URL)
     */
    public function __construct(mixed $target, array $publisher) {}

    /**
     * @param array $review id, author, date, rating, content, url (required), title, verified
     *   (bool: collection_method), product (array: url (required), name, gtin, sku, mpn, brand)
     */
    public function add(array $review): void {}

    /** Finish the document; returns the number of reviews written. */
    public function close(): int {}
}

/**
 * Review invitations: signed links bound to one order item and buyer, and when to send them.
 *
 * @strict-properties
 * @not-serializable
 */
final class Invitation
{
    /** @param int $ttl seconds a link stays valid (1 day to 1 year, default 60 days) */
    public function __construct(\ShopCx\Token $token, int $ttl = 5184000) {}

    /** A token for the link in the invitation mail. */
    public function issue(string $orderId, string $itemId, string $email, int|\DateTimeInterface $now): string {}

    /**
     * Verify a link: returns how the review is verified. With $email, the buyer must match.
     *
     * @throws \ShopCx\TokenException
     */
    public function verify(string $token, int|\DateTimeInterface $now, ?string $email = null): Verification {}

    /**
     * When to send the invitation: $businessDays working days of $calendar after the local delivery
     * date, at $options["hour"] (default 10) in $options["timezone"] (default "Europe/Amsterdam").
     * Null for orders that are cancelled or refunded or not delivered.
     *
     * @param array $order status (string), deliveredAt (int|DateTimeInterface|"YYYY-MM-DD" local date|null)
     */
    public static function dueAt(array $order, \ShopCx\Delivery\Calendar $calendar, int $businessDays = 5, array $options = []): ?int {}

    /**
     * The sentence a shop shows near its reviews to say how they are verified (EU Omnibus
     * directive), in nl, en, de or fr (default: shopcx.default_locale).
     */
    public static function disclosure(?string $locale = null): string {}
}

/**
 * Evidence of how a review was verified (EU Omnibus disclosure).
 *
 * @strict-properties
 * @not-serializable
 */
final class Verification
{
    /** "order-invitation": the reviewer followed a signed link sent after a purchase */
    public readonly string $method;
    public readonly string $orderId;
    public readonly string $itemId;
    /** "order:item", one review per order item: put a unique index on it */
    public readonly string $key;
    public readonly int $invitedAt;
    public readonly int $verifiedAt;
    public readonly bool $buyerChecked;

    private function __construct() {}

    public function toArray(): array {}
}

}
