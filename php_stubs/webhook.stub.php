<?php

/**
 * ShopCX webhooks: signed JSON events to a helpdesk over libcurl.
 *
 * @generate-class-entries
 */

namespace ShopCx\Webhook {

/**
 * Delivers signed events to one endpoint. Each call makes one attempt per event and says what
 * the caller's queue should do next (Result::$retryable, Result::$retryAt); it never retries by
 * itself and never follows redirects.
 *
 * Body: {"id": "<event id>", "type": "<type>", "time": <now>, "data": <payload>}.
 * Headers: Content-Type: application/json, X-ShopCx-Event, X-ShopCx-Event-Id and
 * X-ShopCx-Signature: t=<now>,v1=<hex HMAC-SHA256 of "<t>.<body>">.
 *
 * Options: "connectTimeout" and "timeout" (milliseconds, defaults 2000 and 10000),
 * "maxResponseBytes" (default 65536), "verifyTls" (default true), "caFile", "userAgent",
 * "headers" (name => value, e.g. Authorization), "backoffBase" and "backoffMax" (seconds,
 * defaults 30 and 86400), "maxRetryAfter" (seconds, default 86400), "jitter" (default true),
 * "seed" (int: reproducible jitter), "concurrency" (parallel connections of sendMany, default 8),
 * "allowInternal" (list of host names, IP addresses or CIDR ranges that may be internal).
 *
 * Internal addresses (loopback, private, link-local such as 169.254.169.254, multicast, unspecified,
 * reserved) are refused by default, checked on each address libcurl is about to connect to (after
 * DNS, so a name that resolves to one is refused too): Result::$error says so and $retryable is
 * false. "allowInternal" lets a helpdesk inside the shop's network through: a host name allows the
 * URL's host whatever it resolves to; an address or range allows connected addresses inside it.
 * Proxies from the environment (http_proxy, ...) are not used.
 *
 * @strict-properties
 * @not-serializable
 */
final class Client
{
    /**
     * @param string $url http:// or https:// endpoint; credentials in it are never echoed
     * @param string $secret at least 32 bytes, shared with the receiver
     */
    public function __construct(#[\SensitiveParameter] string $url, #[\SensitiveParameter] string $secret, array $options = []) {}

    /**
     * @param string $type event type: 1-64 of a-z 0-9 . _ - (e.g. "effort.low_score")
     * @param array $payload plain data (JSON-encodable)
     * @param array $delivery "id": the event id of an earlier attempt (so the receiver can de-duplicate),
     *   "attempt": 1 for the first attempt, 2 for the first retry, ... (drives the back-off)
     */
    public function send(string $type, array $payload, int|\DateTimeInterface $now, array $delivery = []): Result {}

    /**
     * Delivers up to 1,000 events in parallel over one multi handle.
     *
     * @param array $events list of ["type" => string, "payload" => array, "id" => ?string, "attempt" => ?int]
     * @return array Result for each event, under the same key
     */
    public function sendMany(array $events, int|\DateTimeInterface $now): array {}

    /** The X-ShopCx-Signature header value for a body: "t=<timestamp>,v1=<hex>". */
    public static function sign(#[\SensitiveParameter] string $secret, string $body, int|\DateTimeInterface $timestamp): string {}

    /**
     * For receivers: true when $signature (the X-ShopCx-Signature header) was made with $secret over
     * exactly $body, and its timestamp lies within $tolerance seconds of $now (replay protection).
     */
    public static function verify(#[\SensitiveParameter] string $secret, string $body, string $signature, int|\DateTimeInterface $now, int $tolerance = 300): bool {}
}

/**
 * @strict-properties
 */
final class Result
{
    /** The receiver answered 2xx. */
    public readonly bool $delivered;
    /** HTTP status; 0 when no response arrived or it timed out. */
    public readonly int $status;
    /** Worth another attempt (timeouts, connection failures, 408, 429, 5xx). */
    public readonly bool $retryable;
    /** When to try again (Unix time) if retryable: exponential back-off with jitter, or the server's Retry-After. */
    public readonly ?int $retryAt;
    /** What went wrong, without the URL or its credentials; null when delivered cleanly. */
    public readonly ?string $error;
    public readonly string $eventId;
    public readonly int $attempt;

    private function __construct() {}

    public function toArray(): array {}
}

}
