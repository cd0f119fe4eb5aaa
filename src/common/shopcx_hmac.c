/* HMAC-SHA256 over ext/hash. SPDX-License-Identifier: MIT */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "shopcx_hmac.h"

#define SHA256_BLOCK 64

void shopcx_wipe(void *p, size_t len)
{
	volatile unsigned char *v = (volatile unsigned char *) p;
	while (len--) {
		*v++ = 0;
	}
}

void shopcx_hmac_key_init(shopcx_hmac_key *key, const unsigned char *secret, size_t secret_len)
{
	unsigned char block[SHA256_BLOCK];
	unsigned char pad[SHA256_BLOCK];
	size_t i;

	memset(block, 0, sizeof(block));
	if (secret_len > SHA256_BLOCK) {
		PHP_SHA256_CTX ctx;
		PHP_SHA256Init(&ctx);
		PHP_SHA256Update(&ctx, secret, secret_len);
		PHP_SHA256Final(block, &ctx);
	} else {
		memcpy(block, secret, secret_len);
	}

	for (i = 0; i < SHA256_BLOCK; i++) {
		pad[i] = block[i] ^ 0x36;
	}
	PHP_SHA256Init(&key->inner);
	PHP_SHA256Update(&key->inner, pad, SHA256_BLOCK);

	for (i = 0; i < SHA256_BLOCK; i++) {
		pad[i] = block[i] ^ 0x5c;
	}
	PHP_SHA256Init(&key->outer);
	PHP_SHA256Update(&key->outer, pad, SHA256_BLOCK);

	shopcx_wipe(block, sizeof(block));
	shopcx_wipe(pad, sizeof(pad));
}

void shopcx_hmac_sha256(const shopcx_hmac_key *key, const unsigned char *msg, size_t len,
	unsigned char out[SHOPCX_HMAC_SHA256_SIZE])
{
	PHP_SHA256_CTX ctx;
	unsigned char inner_digest[SHOPCX_HMAC_SHA256_SIZE];

	ctx = key->inner;
	PHP_SHA256Update(&ctx, msg, len);
	PHP_SHA256Final(inner_digest, &ctx);

	ctx = key->outer;
	PHP_SHA256Update(&ctx, inner_digest, sizeof(inner_digest));
	PHP_SHA256Final(out, &ctx);
	shopcx_wipe(&ctx, sizeof(ctx));
}

void shopcx_hmac_sha256_once(const unsigned char *secret, size_t secret_len, const unsigned char *msg, size_t len,
	unsigned char out[SHOPCX_HMAC_SHA256_SIZE])
{
	shopcx_hmac_key key;
	shopcx_hmac_key_init(&key, secret, secret_len);
	shopcx_hmac_sha256(&key, msg, len, out);
	shopcx_wipe(&key, sizeof(key));
}

bool shopcx_equal_ct(const unsigned char *a, const unsigned char *b, size_t len)
{
	unsigned char diff = 0;
	size_t i;
	for (i = 0; i < len; i++) {
		diff |= (unsigned char) (a[i] ^ b[i]);
	}
	return diff == 0;
}
