<?php

/**
 * ShopCX proactive chat invitations: which invitation to show a visitor, now, and why.
 *
 * @generate-class-entries
 */

namespace ShopCx\Chat {

/**
 * A validated rules document: rules in priority order, opening hours in the shop's time zone,
 * closed dates, team capacity, frequency caps, the pre-chat form and routing.
 *
 * Built only by fromArray() / fromJson(); a malformed document raises ShopCx\ConfigException
 * naming the JSON path of the mistake ("$.rules[3].when.secondsOnPage must be a non-negative
 * integer") before any rule is used.
 *
 * @strict-properties
 * @not-serializable
 */
final class Rules
{
    private function __construct() {}

    /**
     * @param array $document the rules document as PHP arrays (see the README)
     * @param \ShopCx\Delivery\Calendar|null $holidays the shop's holidays and closing days: no
     *   invitations on a public holiday or an extra closed date of this calendar (its working
     *   weekdays do not limit the chat: the document's "hours" do). Instead of this argument the
     *   document may name a country or region: "holidays": "NL".
     * @throws \ShopCx\ConfigException
     */
    public static function fromArray(array $document, ?\ShopCx\Delivery\Calendar $holidays = null): Rules {}

    /**
     * @param string $json the rules document as JSON (at most 1 MiB, no duplicate keys)
     * @param \ShopCx\Delivery\Calendar|null $holidays as for fromArray()
     * @throws \ShopCx\ConfigException
     */
    public static function fromJson(string $json, ?\ShopCx\Delivery\Calendar $holidays = null): Rules {}

    /**
     * The invitation to show for this page view, or null (the common case, which allocates
     * nothing): no rule matches, the chat is closed (hours, closed dates), the team has no free
     * slot or answers too slowly, a cap is reached, the visitor dismissed one recently or a chat
     * is already open.
     *
     * @param array $visit pageType, url, secondsOnPage, addedToCart, cartValue, cartItems, segment,
     *   visitCount, pagesViewed, lifetimeValue, language, device, searchResults, productPrice,
     *   category, returnRate, crossSellCandidates, invitationsThisVisit, invitationsToday,
     *   lastDismissedAt, chatOpen (all optional)
     * @param array $team agentsOnline (required), openChats, answerSeconds, groups
     */
    public function evaluate(array $visit, int|\DateTimeInterface $now, array $team): ?Invitation {}

    /**
     * Why evaluate() decides as it does, as one word: "invite", "chat-open", "cap-visit",
     * "cap-day", "cooldown", "closed-date", "holiday", "closed-hours", "no-agents", "full",
     * "slow" or "no-rule". For the shop admin's "why was no invitation shown?".
     */
    public function explain(array $visit, int|\DateTimeInterface $now, array $team): string {}

    /**
     * When a customer can expect an answer, as a sentence and a time, from the document's opening
     * hours, closed dates and holidays (team capacity plays no part):
     * - "chat": open: "Chat is open until 17:00." (at: when it closes; null when the document has
     *   no hours); closed: "Chat opens tomorrow at 09:00." / "... on Monday 28 December at 09:00."
     *   (at: when it opens);
     * - "email": answered within the document's "responseTimes.email" (seconds, default 86400):
     *   "We answer e-mails within 24 hours." when that deadline falls in open time, else "E-mails
     *   sent now are answered on Monday 28 December at the latest." (at: the deadline, or the first
     *   opening after it).
     * "open" says whether the chat is open now (chat) or the promise holds as stated (email).
     *
     * @param string $channel "chat" or "email"
     * @param string|null $locale nl, en, de or fr; default the document's "locale", else shopcx.default_locale
     * @return array{text: string, open: bool, at: ?int}
     */
    public function answerTime(string $channel, int|\DateTimeInterface $now, ?string $locale = null): array {}

    /**
     * When the page should ask again: the seconds after which evaluate() would first invite this
     * visitor if they stay on the page and nothing else changes (secondsOnPage grows with the
     * clock, from 0 when the visit does not say; the team stays as given). 0: evaluate() invites
     * now. null: waiting up to an hour on this page brings no invitation (no rule can match by
     * dwelling, a cap is reached, a chat is open, no agent is free or the chat stays closed);
     * ask again when something else changes (the cart, the page, the team).
     * evaluate() is asked at every moment that could change its answer (a rule's secondsOnPage
     * threshold, the end of a dismissal cooldown, the chat's next opening), so the two agree.
     */
    public function askAgainIn(array $visit, int|\DateTimeInterface $now, array $team): ?int {}

    /** Whether the chat is open at $now: opening hours, closed dates and holidays only. */
    public function isOpen(int|\DateTimeInterface $now): bool {}

    /**
     * Names of the enabled rules, in the order they are tried (priority, then document order).
     * @return list<string>
     */
    public function ruleNames(): array {}
}

/**
 * A chat invitation to show: which rule fired, the text, why, and the pre-chat form.
 *
 * @strict-properties
 */
final class Invitation
{
    /** Name of the rule that matched. */
    public readonly string $rule;
    /** "defensive" (help a visitor who is stuck) or "opportunistic" (help a visitor buy). */
    public readonly string $kind;
    /** The charter trigger the rule is built on ("productDwell", ...), null for a custom rule. */
    public readonly ?string $trigger;
    /** The invitation text: the merchant's, or ShopCX's built-in one. */
    public readonly string $message;
    /** Language of the message: nl, en, de or fr. */
    public readonly string $locale;
    /** 'rule "x" (defensive, priority 10): pageType product, secondsOnPage 150 >= 120, ...' */
    public readonly string $reason;
    /**
     * The conditions that matched, with the visit's values.
     * @var list<string>
     */
    public readonly array $conditions;
    /** The question type this invitation is about, when the rule names one. */
    public readonly ?string $questionType;
    /** The team or agent group that question type routes to. */
    public readonly ?string $group;
    /** Seconds until an agent is expected to answer. */
    public readonly int $expectedAnswerSeconds;
    /**
     * The pre-chat form: list of ["field" => name|email|questionType|message, "required" => bool]
     * (questionType also has "options").
     * @var list<array>
     */
    public readonly array $form;
    /**
     * Question type => team, for routing the chat once the visitor picked one.
     * @var array<string,string>
     */
    public readonly array $routing;

    private function __construct() {}

    public function toArray(): array {}
}

}
