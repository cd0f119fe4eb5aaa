<?php

/**
 * ShopCX abandoned carts: detection, reminder scheduling, recovery links, metrics and the checkout funnel.
 *
 * @generate-class-entries
 */

namespace ShopCx\Cart {

/**
 * Decides, for one cart at one instant, whether a reminder is due. Pure: the same cart at the same
 * time always gets the same decision, and a step already sent is never due again.
 *
 * @strict-properties
 * @not-serializable
 */
final class Detector
{
    /**
     * Options (all optional):
     *  idle            seconds without activity after which a cart counts as abandoned (3600)
     *  reminders       seconds after the last activity at which step 1, 2, ... is due ([3600, 86400, 259200])
     *  expiry          seconds after the last activity after which a cart is no longer pursued (604800)
     *  minValue        carts worth less are ignored (0)
     *  consentRequired guests need consent === true to be reminded (true)
     *  quietHours      ["21:00", "08:00"]: no reminder in this local period, postponed to its end (none)
     *  timezone        the shop's IANA time zone for quiet hours and per-day metrics ("UTC")
     *  clockSkew       seconds a cart timestamp may lie in the future before it is refused (300)
     *
     * @param array $options
     */
    public function __construct(array $options = []) {}

    /** @param array $cart one cart row (see the README for its fields) */
    public function classify(array $cart, int|\DateTimeInterface $now): Decision {}

    /**
     * The carts whose reminder is due at $now, pulled one row at a time from $carts (constant
     * memory): `foreach ($detector->scan($rows, $now) as $row => $decision)`.
     *
     * With a $policy, a due reminder is also asked of ShopCx\Outreach\Policy::decide("cart", ...)
     * with the row's "outreach" (the customer's contact history, default []) and
     * "outreachContext" (default []): one the policy refuses is held back, not yielded, and
     * counted in Scan::held(), so a cart reminder respects the same contact pressure as surveys
     * and review invitations.
     */
    public function scan(iterable $carts, int|\DateTimeInterface $now, ?\ShopCx\Outreach\Policy $policy = null): Scan {}

    /** Abandonment and recovery figures over a set of carts, as they stand at $now. */
    public function metrics(iterable $carts, int|\DateTimeInterface $now): Metrics {}

    /**
     * A signed recovery link token (ShopCx\Token, purpose "cart", claims cart + step).
     * $ttl 0 means the detector's expiry.
     */
    public function recoveryToken(\ShopCx\Token $tokens, string|int $cartId, int $step, int|\DateTimeInterface $now, int $ttl = 0): string {}

    /**
     * Verifies a recovery token: which cart to restore and which reminder brought the customer back.
     *
     * @throws \ShopCx\TokenException when the token does not verify
     */
    public function recover(\ShopCx\Token $tokens, string $token, int|\DateTimeInterface $now): Recovery {}
}

/**
 * @strict-properties
 * @not-serializable
 */
final class Decision
{
    public readonly string|int $cartId;
    /** "active", "due", "waiting", "recovered", "converted" or "ignored" */
    public readonly string $state;
    /** due: the step to send; waiting: the next step; recovered: the step that won the cart back */
    public readonly ?int $step;
    /** due/waiting: when the step is (or was) due, after quiet hours */
    public readonly ?int $dueAt;
    /** ignored: "no_consent", "opted_out", "no_email", "empty", "below_minimum", "expired",
     *  "ordered_elsewhere", "open_ticket", "closed", "sequence_done" */
    public readonly ?string $reason;

    private function __construct() {}

    public function toArray(): array {}
}

/**
 * The due reminders of an iterable of cart rows: keys are the input rows, values their Decision.
 * Rows are pulled one at a time and only the current one is held. Rewinding restarts the input
 * (arrays and rewindable iterators; a generator that has run throws, as under foreach). A bad row
 * throws a TypeError/ValueError naming it and ends the scan, unless skipInvalid() was called.
 * current() is null only past the end, which foreach never reads: the generic below tells static
 * analysers that a foreach yields row => Decision.
 *
 * @implements \Iterator<mixed, Decision>
 * @strict-properties
 * @not-serializable
 */
final class Scan implements \Iterator
{
    private function __construct() {}

    public function current(): ?Decision {}

    public function key(): mixed {}

    public function next(): void {}

    public function rewind(): void {}

    public function valid(): bool {}

    /** Rows read from the input so far. */
    public function scanned(): int {}

    /** Due reminders the outreach policy held back so far. */
    public function held(): int {}

    /**
     * From now on a row that cannot be read (a missing field, a wrong type, invalid UTF-8, ...) is
     * passed over and recorded instead of ending the scan with its TypeError/ValueError, so one
     * corrupt row does not hold back every other reminder of a cron run. An exception of the input
     * itself (a generator that throws) or of the outreach policy still ends the scan. Returns $this.
     */
    public function skipInvalid(): static {}

    /** Unreadable rows passed over so far (with skipInvalid()). */
    public function skipped(): int {}

    /**
     * The first 100 of them: list of ["row" => position in the input (1 = first), "error" =>
     * the TypeError/ValueError message naming the row].
     *
     * @return array
     */
    public function invalidRows(): array {}
}

/**
 * @strict-properties
 * @not-serializable
 */
final class Recovery
{
    public readonly string|int $cartId;
    public readonly int $step;

    private function __construct() {}

    public function toArray(): array {}
}

/**
 * @strict-properties
 * @not-serializable
 */
final class Metrics
{
    /** every cart counted */
    public readonly int $carts;
    /** still being shopped (idle time not reached) */
    public readonly int $active;
    /** left without an order: still open, ignored, expired or closed */
    public readonly int $abandoned;
    /** ordered without a reminder */
    public readonly int $converted;
    /** ordered after a reminder */
    public readonly int $recovered;
    /** (abandoned + recovered) / (carts - active) */
    public readonly float $abandonmentRate;
    /** recovered / (abandoned + recovered) */
    public readonly float $recoveryRate;
    /** currency => value of the recovered carts */
    public readonly array $recoveredValue;
    /** step => ["sent" => n, "recovered" => n, "rate" => recovered / sent, "value" => [currency => value]] */
    public readonly array $perStep;
    /** "Y-m-d" (last activity, shop time zone) => ["carts", "active", "abandoned", "converted", "recovered"] */
    public readonly array $perDay;

    private function __construct() {}

    public function toArray(): array {}
}

/**
 * Checkout funnel from step counts, e.g. ["home" => 10000, "product" => 6200, "cart" => 1400,
 * "checkout_start" => 800, "checkout_end" => 560].
 *
 * @strict-properties
 * @not-serializable
 */
final class Funnel
{
    /** list of ["step" => name, "count" => n, "conversion" => from the step before (null first / after 0), "overall" => from the first] */
    public readonly array $steps;
    /** the step that loses the largest share of the visitors of the step before it */
    public readonly ?string $largestDrop;
    /** last count / first count */
    public readonly float $conversion;

    private function __construct() {}

    /** @param array $counts step name => count, in funnel order (2 to 16 steps) */
    public static function fromCounts(array $counts): Funnel {}

    public function toArray(): array {}
}

}
