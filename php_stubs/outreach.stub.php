<?php

/**
 * ShopCX outreach: one contact-pressure policy over surveys, review invitations, cart
 * reminders, chat invitations and the shop's own kinds of message.
 *
 * @generate-class-entries
 */

namespace ShopCx\Outreach {

/**
 * Decides whether a message of some kind may go to a customer now, and if not, from when.
 *
 * Options (every duration in seconds):
 *  - "timezone": the shop's IANA zone for quiet hours (default "UTC")
 *  - "cooldowns": kind => seconds between two messages of that kind; naming a kind here also
 *    declares it (survey, review, cart and chat are always known)
 *  - "cap": ["max" => N, "window" => seconds]: at most N messages of any kind per rolling window
 *  - "gap": seconds a message waits after one of another kind (a survey is not sent the day
 *    after a review invitation, while a sequence of one kind keeps its own pace); default 0
 *  - "quietHours": ["start" => "21:00", "end" => "08:00", "exempt" => ["chat"]]: local wall-clock
 *    times in "timezone"; start > end wraps over midnight
 *  - "complaintWithin": seconds a complaint suppresses outreach
 *  - "lowEffort": ["below" => score, "within" => seconds]: an effort score below this suppresses
 *  - "lowRating": ["below" => stars, "within" => seconds]: a rating below this suppresses
 *  - "consentRequired": kinds that need $context["consent"] === true (default ["cart"])
 *
 * @strict-properties
 * @not-serializable
 */
final class Policy
{
    public function __construct(array $options = []) {}

    /**
     * @param string $kind "survey", "review", "cart", "chat" or a kind named in "cooldowns"
     * @param array $history list of ["kind" => string, "at" => int|DateTimeInterface]: messages
     *   already sent to this customer (entries after $now are ignored; at most 100,000)
     * @param array $context "optedOut", "consent", "openTicket" (bool), "complaintAt",
     *   "effortScore" + "effortAt", "rating" + "ratingAt"
     */
    public function decide(string $kind, array $history, int|\DateTimeInterface $now, array $context = []): Decision {}

    /** The options in their normalized form (what a shop admin would store). */
    public function toArray(): array {}
}

/**
 * @strict-properties
 */
final class Decision
{
    public readonly bool $allowed;
    /** Earliest moment it is allowed (Unix time); $now when allowed; null when no moment is known (opted out, open ticket, no consent). */
    public readonly ?int $notBefore;
    /** "allowed" or the first constraint that blocks at $now: opted_out, no_consent, open_ticket, complaint, low_rating, low_effort, cooldown, gap, cap, quiet_hours. */
    public readonly string $reason;
    /** Every constraint that blocked at $now or moved $notBefore, in that order. */
    public readonly array $reasons;

    private function __construct() {}

    public function toArray(): array {}
}

}
