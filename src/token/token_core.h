/*
 * Token wire format, pure C: v1.<key id>.<payload>.<signature>
 *   key id     1-32 of [A-Za-z0-9_-], names the secret that signed it (rotation)
 *   payload    base64url(JSON {"pur": purpose, "iat": issued, "exp": expires, "c": {claims}})
 *   signature  base64url(HMAC-SHA256(secret, "v1.<key id>.<payload>")), 43 characters
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_TOKEN_CORE_H
#define SHOPCX_TOKEN_CORE_H

#include <stdbool.h>
#include <stddef.h>

/* Status codes; the non-zero ones are the codes of ShopCx\TokenException. */
#define SHOPCX_TOKEN_OK             0
#define SHOPCX_TOKEN_MALFORMED      1
#define SHOPCX_TOKEN_TRUNCATED      2
#define SHOPCX_TOKEN_BAD_SIGNATURE  3
#define SHOPCX_TOKEN_WRONG_PURPOSE  4
#define SHOPCX_TOKEN_EXPIRED        5
#define SHOPCX_TOKEN_UNKNOWN_KEY    6
#define SHOPCX_TOKEN_INVALID_UTF8   7
#define SHOPCX_TOKEN_NOT_YET_VALID  8

#define SHOPCX_TOKEN_MAX_LEN        4096   /* whole token, fits any URL a mail client keeps */
#define SHOPCX_TOKEN_KEY_ID_MAX     32
#define SHOPCX_TOKEN_PURPOSE_MAX    64
#define SHOPCX_TOKEN_SIG_CHARS      43     /* base64url of 32 bytes, unpadded */
#define SHOPCX_TOKEN_PREFIX         "v1."
#define SHOPCX_TOKEN_PREFIX_LEN     3

typedef struct {
	const char *key_id;
	size_t key_id_len;
	const char *payload_b64;     /* still encoded */
	size_t payload_b64_len;
	size_t signed_len;           /* bytes of the token covered by the signature */
	unsigned char signature[32];
} shopcx_token_parts;

/* Key ids and purposes: 1..max of [A-Za-z0-9_-] (purposes also allow '.'). */
bool shopcx_token_key_id_valid(const char *s, size_t len);
bool shopcx_token_purpose_valid(const char *s, size_t len);

/* Split and decode the envelope. Returns SHOPCX_TOKEN_OK, _MALFORMED or _TRUNCATED. */
int shopcx_token_parse(const char *token, size_t len, shopcx_token_parts *parts);

#endif
