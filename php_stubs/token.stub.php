<?php

/**
 * ShopCX signed links: survey, review-invitation and cart-recovery tokens.
 *
 * @generate-class-entries
 */

namespace ShopCx {

/**
 * Issues and verifies signed, expiring, purpose-bound tokens (HMAC-SHA256, URL-safe).
 *
 * A token is `v1.<key id>.<payload>.<signature>`: the key id names the secret that signed it,
 * so secrets can be rotated: sign with the new one, keep the old ones in $previousKeys until
 * every link signed with them has expired. The payload is readable (base64url JSON), not secret:
 * put ids in claims, never personal data.
 *
 * @strict-properties
 * @not-serializable
 */
final class Token
{
    /**
     * @param string $secret at least 32 bytes, e.g. from Token::generateSecret()
     * @param string $keyId 1-32 characters of A-Z a-z 0-9 - _
     * @param array $previousKeys key id => secret, still accepted by verify()
     * @param int $leeway seconds of clock skew tolerated on expiry and issue time (0-3600)
     */
    public function __construct(
        #[\SensitiveParameter] string $secret,
        string $keyId = "k1",
        #[\SensitiveParameter] array $previousKeys = [],
        int $leeway = 0
    ) {}

    /**
     * @param string $purpose what the link is for: "survey", "review", "cart", ... (1-64 of A-Z a-z 0-9 - _ .)
     * @param array $claims at most 32 flat claims (ids, not personal data)
     * @param int $ttl seconds until the token expires (1 to 10 years)
     */
    public function issue(string $purpose, array $claims, int $ttl, int|\DateTimeInterface $now): string {}

    /**
     * Returns the claims of a token that is authentic, of this purpose and valid at $now.
     *
     * @return array<string,string|int|float|bool|null>
     * @throws TokenException with a code telling why it did not verify
     */
    public function verify(string $token, string $purpose, int|\DateTimeInterface $now): array {}

    /** The key id new tokens are signed with. */
    public function keyId(): string {}

    /** 32 random bytes from the CSPRNG, base64url-encoded (43 characters): a fresh secret. */
    public static function generateSecret(): string {}
}

}
