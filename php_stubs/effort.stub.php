<?php

/**
 * ShopCX customer-effort surveys, their running reports, and the service KPIs.
 *
 * @generate-class-entries
 */

namespace ShopCx\Effort {

/**
 * A survey definition: its questions, their scales and their texts in nl, en, de, fr.
 * Immutable; built with one of the named constructors.
 *
 * @strict-properties
 * @not-serializable
 */
final class Survey
{
    private function __construct() {}

    /** Three-stage effort survey: choosing, purchasing, after (1 virtually none, 2 a bit, 3 far too much) + comment. */
    public static function effort(): Survey {}

    /** CES 2.0: 1-7 agreement with "The shop made it easy for me to handle my issue" + comment. */
    public static function ces(): Survey {}

    /** Net Promoter Score: 0-10 likelihood to recommend + comment. */
    public static function nps(): Survey {}

    /** Customer satisfaction: 1-5 + comment. */
    public static function csat(): Survey {}

    /** Post-conversation ratings: friendly (1-5), informed (1-5), solved in this contact (yes/no) + comment. */
    public static function conversation(): Survey {}

    /**
     * A custom survey: ["id" => ..., "questions" => [["id" => ..., "metric" => "ces", "text" => [...]], ...]].
     *
     * @throws \ShopCx\ConfigException naming the path of the first problem
     */
    public static function fromArray(array $definition): Survey {}

    /** @throws \ShopCx\ConfigException naming the JSON path of the first problem */
    public static function fromJson(string $json): Survey {}

    public function id(): string {}

    /**
     * The questions with texts and scale labels in one language (default: INI shopcx.default_locale)
     * and form of address: "formal" (u, Sie, vous) or "informal" (je, du, tu); default: INI
     * shopcx.register. The register applies to the built-in surveys' texts; a custom survey's
     * texts are the merchant's own.
     *
     * @return list<array>
     */
    public function questions(?string $locale = null, ?string $register = null): array {}

    /**
     * Checks one response and returns it normalized: every question id in survey order with an
     * int (scales), bool (yes/no), trimmed string (comments) or null (optional, not answered).
     *
     * @throws \ValueError naming the question
     */
    public function validate(array $answers): array {}

    /** The definition, in the shape fromArray() accepts. */
    public function toArray(): array {}
}

/**
 * A running aggregate of survey responses: add(), merge() across workers or days, toString()
 * to store it, result() to read it. Holds answer counts only, never the comments' texts.
 *
 * @strict-properties
 * @not-serializable
 */
final class Report
{
    /**
     * @param array $options "bucket" => "day"|"week"|"month"|null (default null: no time buckets),
     *                       "timezone" => IANA id for the buckets (default "UTC")
     */
    public function __construct(Survey $survey, array $options = []) {}

    /**
     * Adds one response (validated like Survey::validate()) given at $at, counted overall, in its
     * time bucket and under each segment: e.g. ["channel" => "chat", "agent" => "a17"].
     */
    public function add(array $answers, int|\DateTimeInterface $at, array $segments = []): void {}

    /**
     * Adds a batch of responses, each ["answers" => [...], "at" => int|DateTimeInterface, "segments" => [...]]
     * (segments optional), as add() would, but all or nothing: when one is bad, none is counted and
     * the error names it. Returns how many were added. The fast path for a backfill or nightly job.
     */
    public function addAll(array $responses): int {}

    /** Adds every count of $other (same survey, bucket and time zone) to this report. */
    public function merge(Report $other): void {}

    /** Responses added so far. */
    public function count(): int {}

    public function result(): Result {}

    /** A versioned JSON document of the counts, to store in the shop database. */
    public function toString(): string {}

    /** @throws \ShopCx\ConfigException when $data is not a report of $survey */
    public static function fromString(Survey $survey, string $data): Report {}
}

/**
 * What a report shows. Per question (keyed by question id): metric, count, mean, ci (95%
 * t-interval of the mean), distribution and the metric's own figures (lowEffort, nps, csat...).
 *
 * @strict-properties
 * @not-serializable
 */
final class Result
{
    public readonly string $survey;
    public readonly int $responses;
    public readonly array $questions;
    /** The stage with the highest mean effort, or null without effort answers. */
    public readonly ?string $hotspot;
    /** segment key => segment value => ["responses" => ..., "questions" => ..., "hotspot" => ...] */
    public readonly array $segments;
    /** Oldest first: ["bucket" => "2026-W48", "start" => unix time, "responses", "questions", "hotspot"]. */
    public readonly array $buckets;

    private function __construct() {}

    public function toArray(): array {}
}

/**
 * The service KPIs computed from interaction records (one per customer contact).
 *
 * @strict-properties
 * @not-serializable
 */
final class Kpi
{
    public readonly int $interactions;
    public readonly int $customers;
    public readonly ?float $complainingShare;
    public readonly ?float $firstContactResolution;
    public readonly ?float $contactsToResolve;
    public readonly ?float $costToResolution;
    /** Contacts rated friendly 5 / rated contacts. */
    public readonly ?float $veryFriendlyShare;
    /** Contacts rated friendly 5 / all contacts (the charter's denominator). */
    public readonly ?float $veryFriendlyShareOfAll;
    /** Prospects' contacts that converted / prospects' contacts. */
    public readonly ?float $acquisitionConversion;
    /** Existing customers' contacts (prospect: false) after which they ordered again / those contacts. */
    public readonly ?float $retentionConversion;
    /** Resolved cases after which the customer came back within repeatWindow (default 14 days) / resolved cases with a time. */
    public readonly ?float $repeatContactShare;
    /**
     * Customers who ordered in the window before last and not in the last window before now /
     * customers who ordered in the window before last (option orderHistory; window retentionWindow, default 30 days).
     */
    public readonly ?float $churn;
    /**
     * Customers who had ordered before their last contact whose window has ended, and ordered again
     * within retentionWindow after it / those customers (option orderHistory).
     */
    public readonly ?float $retentionAfterContact;
    public readonly ?float $averageFirstResponse;
    public readonly ?float $abandonment;
    public readonly ?float $cartAbandonment;
    /** channel => volume, variety, velocity, value, netValue, abandonment, cases, firstContactResolution, retentionAfterContact */
    public readonly array $channels;
    /** customer id => type ("relational"|"transactional"), traits, questions, topics, duration, value */
    public readonly array $shoppers;

    private function __construct() {}

    /**
     * @param array $interactions list of records: customer, channel, case, topic, complaint, resolved,
     *                            firstResponse, duration, abandoned, friendly, prospect, converted, orderValue, clv
     * @param array $options costPerContact (float or channel => float), carts, orders, relationalTraits,
     *                       repeatWindow (seconds, default 14 days), orderHistory (customer id => list of
     *                       order times, DateTimeInterface|int), retentionWindow (seconds, default 30 days),
     *                       now (DateTimeInterface|int, default the current time)
     */
    public static function fromInteractions(array $interactions, array $options = []): Kpi {}

    /**
     * Performance badge data over a rolling window ending at $now.
     *
     * @param array $options window (seconds, default 30 days), minSample (default 30),
     *                       targets (channel => seconds, default chat 20, email 86400, phone 60)
     */
    public static function badge(array $interactions, int|\DateTimeInterface $now, array $options = []): Badge {}

    public function toArray(): array {}
}

/**
 * Data for a small trust badge: shares are null (and not to be shown) below the minimum sample.
 *
 * @strict-properties
 * @not-serializable
 */
final class Badge
{
    public readonly bool $show;
    public readonly ?float $satisfied;
    public readonly int $satisfiedSample;
    public readonly ?float $timely;
    public readonly int $timelySample;
    public readonly int $windowStart;
    public readonly int $windowEnd;

    private function __construct() {}

    public function toArray(): array {}
}

}
