/* Token envelope parsing. Pure C. SPDX-License-Identifier: MIT */
#include "token_core.h"
#include "common/shopcx_base64url.h"

#include <string.h>

static bool is_id_char(unsigned char c, bool allow_dot)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		|| c == '-' || c == '_' || (allow_dot && c == '.');
}

static bool ident_valid(const char *s, size_t len, size_t max, bool allow_dot)
{
	size_t i;
	if (len == 0 || len > max) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (!is_id_char((unsigned char) s[i], allow_dot)) {
			return false;
		}
	}
	return true;
}

bool shopcx_token_key_id_valid(const char *s, size_t len)
{
	return ident_valid(s, len, SHOPCX_TOKEN_KEY_ID_MAX, false);
}

bool shopcx_token_purpose_valid(const char *s, size_t len)
{
	return ident_valid(s, len, SHOPCX_TOKEN_PURPOSE_MAX, true);
}

int shopcx_token_parse(const char *token, size_t len, shopcx_token_parts *parts)
{
	const char *dot1, *dot2, *sig, *end = token + len;
	size_t sig_len, decoded_len;

	memset(parts, 0, sizeof(*parts));
	if (len > SHOPCX_TOKEN_MAX_LEN) {
		return SHOPCX_TOKEN_MALFORMED;
	}
	if (len < SHOPCX_TOKEN_PREFIX_LEN) {
		/* "", "v", "v1": a cut-off prefix is still a cut-off token. */
		return memcmp(token, SHOPCX_TOKEN_PREFIX, len) == 0 ? SHOPCX_TOKEN_TRUNCATED : SHOPCX_TOKEN_MALFORMED;
	}
	if (memcmp(token, SHOPCX_TOKEN_PREFIX, SHOPCX_TOKEN_PREFIX_LEN) != 0) {
		return SHOPCX_TOKEN_MALFORMED;
	}

	dot1 = memchr(token + SHOPCX_TOKEN_PREFIX_LEN, '.', len - SHOPCX_TOKEN_PREFIX_LEN);
	if (dot1 == NULL) {
		return ident_valid(token + SHOPCX_TOKEN_PREFIX_LEN, len - SHOPCX_TOKEN_PREFIX_LEN, SHOPCX_TOKEN_KEY_ID_MAX, false)
			|| len == SHOPCX_TOKEN_PREFIX_LEN ? SHOPCX_TOKEN_TRUNCATED : SHOPCX_TOKEN_MALFORMED;
	}
	parts->key_id = token + SHOPCX_TOKEN_PREFIX_LEN;
	parts->key_id_len = (size_t) (dot1 - parts->key_id);
	if (!shopcx_token_key_id_valid(parts->key_id, parts->key_id_len)) {
		return SHOPCX_TOKEN_MALFORMED;
	}

	dot2 = memchr(dot1 + 1, '.', (size_t) (end - dot1 - 1));
	if (dot2 == NULL) {
		return SHOPCX_TOKEN_TRUNCATED;      /* payload without signature */
	}
	parts->payload_b64 = dot1 + 1;
	parts->payload_b64_len = (size_t) (dot2 - parts->payload_b64);
	if (parts->payload_b64_len == 0) {
		return SHOPCX_TOKEN_MALFORMED;
	}
	for (size_t i = 0; i < parts->payload_b64_len; i++) {
		if (!is_id_char((unsigned char) parts->payload_b64[i], false)) {
			return SHOPCX_TOKEN_MALFORMED;   /* base64url alphabet is exactly the id alphabet */
		}
	}

	sig = dot2 + 1;
	sig_len = (size_t) (end - sig);
	if (memchr(sig, '.', sig_len) != NULL) {
		return SHOPCX_TOKEN_MALFORMED;
	}
	if (sig_len < SHOPCX_TOKEN_SIG_CHARS) {
		return SHOPCX_TOKEN_TRUNCATED;
	}
	if (sig_len > SHOPCX_TOKEN_SIG_CHARS
		|| !shopcx_base64url_decode(sig, sig_len, parts->signature, &decoded_len)
		|| decoded_len != sizeof(parts->signature)) {
		return SHOPCX_TOKEN_MALFORMED;
	}
	parts->signed_len = (size_t) (dot2 - token);
	return SHOPCX_TOKEN_OK;
}
