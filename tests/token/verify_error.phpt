--TEST--
Token::verify() raises TokenException with a distinct code for each way a token fails
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Token;
use ShopCx\TokenException;

$secret = 'correct horse battery staple 2026!';
$token = new Token($secret, 'k1', [], 0);
$now = 1766400000;
$t = $token->issue('review', ['order' => 1], 3600, $now);
[$v, $kid, $payload, $sig] = explode('.', $t);

function attempt(Token $token, string $label, string $t, string $purpose, int $now): void {
    try {
        $token->verify($t, $purpose, $now);
        echo "$label: ACCEPTED\n";
    } catch (TokenException $e) {
        $names = array_flip((new ReflectionClass(TokenException::class))->getConstants());
        echo "$label: {$names[$e->getCode()]} ({$e->getCode()}) {$e->getMessage()}\n";
    }
}

// Flip one character of the payload: the signature no longer matches
$tampered = $payload;
$tampered[10] = $tampered[10] === 'A' ? 'B' : 'A';
attempt($token, 'tampered payload', "$v.$kid.$tampered.$sig", 'review', $now);
// A payload made by someone else (purpose changed) with the old signature
$forged = rtrim(strtr(base64_encode('{"pur":"review","iat":1766400000,"exp":1999999999,"c":{"order":1}}'), '+/', '-_'), '=');
attempt($token, 'forged expiry', "$v.$kid.$forged.$sig", 'review', $now);
attempt($token, 'other secret', (new Token(str_repeat('x', 32)))->issue('review', [], 60, $now), 'review', $now);
attempt($token, 'cut in signature', substr($t, 0, -10), 'review', $now);
attempt($token, 'cut before signature', "$v.$kid.$payload", 'review', $now);
attempt($token, 'cut to prefix', 'v1', 'review', $now);
attempt($token, 'empty', '', 'review', $now);
attempt($token, 'signature too long', $t . 'A', 'review', $now);
attempt($token, 'extra part', "$t.x", 'review', $now);
attempt($token, 'not base64url', "$v.$kid.$payload.+" . substr($sig, 1), 'review', $now);
attempt($token, 'other version', "v2.$kid.$payload.$sig", 'review', $now);
attempt($token, 'bad key id', "v1.k\$1.$payload.$sig", 'review', $now);
attempt($token, 'huge', str_repeat('A', 5000), 'review', $now);
attempt($token, 'wrong purpose', $t, 'survey', $now);
attempt($token, 'expired at exp', $t, 'review', $now + 3600);
attempt($token, 'valid 1s before exp', $t, 'review', $now + 3599);
attempt($token, 'issued in the future', $t, 'review', $now - 1);
attempt($token, 'unknown key', "$v.k9.$payload.$sig", 'review', $now);
attempt($token, 'invalid UTF-8', "v1.k1.\xC3\x28.$sig", 'review', $now);
attempt($token, 'NUL byte', "v1.k1.$payload\0.$sig", 'review', $now);

// Messages never echo the secret or the token
try {
    $token->verify("$v.$kid.$tampered.$sig", 'review', $now);
} catch (TokenException $e) {
    var_dump(str_contains($e->getMessage(), $secret), str_contains($e->getMessage(), $payload));
    var_dump(str_contains($e->getTraceAsString(), $secret));
}
?>
--EXPECT--
tampered payload: BAD_SIGNATURE (3) The token signature does not match
forged expiry: BAD_SIGNATURE (3) The token signature does not match
other secret: BAD_SIGNATURE (3) The token signature does not match
cut in signature: TRUNCATED (2) The token is incomplete (was the link cut off?)
cut before signature: TRUNCATED (2) The token is incomplete (was the link cut off?)
cut to prefix: TRUNCATED (2) The token is incomplete (was the link cut off?)
empty: TRUNCATED (2) The token is incomplete (was the link cut off?)
signature too long: MALFORMED (1) The token is malformed
extra part: MALFORMED (1) The token is malformed
not base64url: MALFORMED (1) The token is malformed
other version: MALFORMED (1) The token is malformed
bad key id: MALFORMED (1) The token is malformed
huge: MALFORMED (1) The token is malformed
wrong purpose: WRONG_PURPOSE (4) The token was issued for another purpose
expired at exp: EXPIRED (5) The token has expired
valid 1s before exp: ACCEPTED
issued in the future: NOT_YET_VALID (8) The token was issued in the future (check the clock)
unknown key: UNKNOWN_KEY (6) The token was signed with an unknown key
invalid UTF-8: INVALID_UTF8 (7) The token is not valid UTF-8
NUL byte: MALFORMED (1) The token is malformed
bool(false)
bool(false)
bool(false)
