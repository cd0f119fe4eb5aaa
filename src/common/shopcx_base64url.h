/* URL-safe base64 without padding (RFC 4648 section 5). Pure C. SPDX-License-Identifier: MIT */
#ifndef SHOPCX_BASE64URL_H
#define SHOPCX_BASE64URL_H

#include <stdbool.h>
#include <stddef.h>

/* Bytes needed to encode `len` bytes (no padding, no terminator). */
size_t shopcx_base64url_encoded_len(size_t len);
/* Encode into out (room for shopcx_base64url_encoded_len(len) bytes); returns bytes written. */
size_t shopcx_base64url_encode(const unsigned char *in, size_t len, char *out);
/*
 * Decode strictly: only A-Z a-z 0-9 - _, no padding, no impossible lengths, unused trailing
 * bits must be zero (so every token has exactly one spelling). out needs room for len*3/4 bytes.
 * Returns false on any violation.
 */
bool shopcx_base64url_decode(const char *in, size_t len, unsigned char *out, size_t *out_len);

#endif
