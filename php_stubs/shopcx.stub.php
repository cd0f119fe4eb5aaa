<?php

/**
 * ShopCX: errors shared by every feature.
 *
 * @generate-class-entries
 */

namespace ShopCx {

/**
 * Marker on every exception ShopCX throws, so callers can catch them all at once.
 * Argument mistakes are PHP's own TypeError and ValueError, not this.
 */
interface Exception extends \Throwable
{
}

/** Bad options, rules, survey definitions, word lists or JSON documents. */
final class ConfigException extends \InvalidArgumentException implements Exception
{
}

/** An index file that cannot be read, is truncated, corrupt or of another format/version. */
final class IndexException extends \RuntimeException implements Exception
{
}

/**
 * A token that did not verify. The code tells why, the message never echoes a secret.
 */
final class TokenException extends \RuntimeException implements Exception
{
    /**
     * Not of the form v1.<key id>.<payload>.<signature>, or not base64url.
     * @var int
     * @cvalue SHOPCX_TOKEN_MALFORMED
     */
    public const MALFORMED = UNKNOWN;
    /**
     * Shorter than a complete token: a link cut off in an e-mail client.
     * @var int
     * @cvalue SHOPCX_TOKEN_TRUNCATED
     */
    public const TRUNCATED = UNKNOWN;
    /**
     * The signature does not match: the token was changed or signed with another secret.
     * @var int
     * @cvalue SHOPCX_TOKEN_BAD_SIGNATURE
     */
    public const BAD_SIGNATURE = UNKNOWN;
    /**
     * Authentic but issued for another purpose (a survey token used for a review).
     * @var int
     * @cvalue SHOPCX_TOKEN_WRONG_PURPOSE
     */
    public const WRONG_PURPOSE = UNKNOWN;
    /**
     * Authentic but past its expiry (plus leeway).
     * @var int
     * @cvalue SHOPCX_TOKEN_EXPIRED
     */
    public const EXPIRED = UNKNOWN;
    /**
     * Signed with a key id that is neither the current nor a previous key.
     * @var int
     * @cvalue SHOPCX_TOKEN_UNKNOWN_KEY
     */
    public const UNKNOWN_KEY = UNKNOWN;
    /**
     * The token string is not valid UTF-8.
     * @var int
     * @cvalue SHOPCX_TOKEN_INVALID_UTF8
     */
    public const INVALID_UTF8 = UNKNOWN;
    /**
     * Authentic but issued later than "now" (beyond the leeway): a clock problem.
     * @var int
     * @cvalue SHOPCX_TOKEN_NOT_YET_VALID
     */
    public const NOT_YET_VALID = UNKNOWN;
}

}
