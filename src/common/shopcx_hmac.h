/*
 * HMAC-SHA256 (RFC 2104) over ext/hash's SHA-256, with the key's inner and outer states
 * computed once per key: a token signature then costs the message's compressions plus two.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_HMAC_H
#define SHOPCX_HMAC_H

#include <stddef.h>
#include <stdbool.h>
#include "php.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"

#define SHOPCX_HMAC_SHA256_SIZE 32

typedef struct {
	PHP_SHA256_CTX inner;   /* state after absorbing key ^ ipad */
	PHP_SHA256_CTX outer;   /* state after absorbing key ^ opad */
} shopcx_hmac_key;

void shopcx_hmac_key_init(shopcx_hmac_key *key, const unsigned char *secret, size_t secret_len);
void shopcx_hmac_sha256(const shopcx_hmac_key *key, const unsigned char *msg, size_t len,
	unsigned char out[SHOPCX_HMAC_SHA256_SIZE]);
/* One-shot: key setup plus MAC (for webhook signatures with a per-call secret). */
void shopcx_hmac_sha256_once(const unsigned char *secret, size_t secret_len, const unsigned char *msg, size_t len,
	unsigned char out[SHOPCX_HMAC_SHA256_SIZE]);
/* Compare without an early exit, so the time taken tells nothing about where bytes differ. */
bool shopcx_equal_ct(const unsigned char *a, const unsigned char *b, size_t len);
/* Overwrite secret material in a way the compiler cannot drop. */
void shopcx_wipe(void *p, size_t len);

#endif
