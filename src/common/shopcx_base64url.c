/* URL-safe base64 without padding. Pure C. SPDX-License-Identifier: MIT */
#include "shopcx_base64url.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static int decode_char(unsigned char c)
{
	if (c >= 'A' && c <= 'Z') return c - 'A';
	if (c >= 'a' && c <= 'z') return c - 'a' + 26;
	if (c >= '0' && c <= '9') return c - '0' + 52;
	if (c == '-') return 62;
	if (c == '_') return 63;
	return -1;
}

size_t shopcx_base64url_encoded_len(size_t len)
{
	return (len / 3) * 4 + ((len % 3) ? (len % 3) + 1 : 0);
}

size_t shopcx_base64url_encode(const unsigned char *in, size_t len, char *out)
{
	size_t i = 0, o = 0;

	for (; i + 3 <= len; i += 3) {
		unsigned v = ((unsigned) in[i] << 16) | ((unsigned) in[i + 1] << 8) | in[i + 2];
		out[o++] = alphabet[(v >> 18) & 63];
		out[o++] = alphabet[(v >> 12) & 63];
		out[o++] = alphabet[(v >> 6) & 63];
		out[o++] = alphabet[v & 63];
	}
	if (len - i == 1) {
		unsigned v = (unsigned) in[i] << 16;
		out[o++] = alphabet[(v >> 18) & 63];
		out[o++] = alphabet[(v >> 12) & 63];
	} else if (len - i == 2) {
		unsigned v = ((unsigned) in[i] << 16) | ((unsigned) in[i + 1] << 8);
		out[o++] = alphabet[(v >> 18) & 63];
		out[o++] = alphabet[(v >> 12) & 63];
		out[o++] = alphabet[(v >> 6) & 63];
	}
	return o;
}

bool shopcx_base64url_decode(const char *in, size_t len, unsigned char *out, size_t *out_len)
{
	size_t i = 0, o = 0;
	const unsigned char *s = (const unsigned char *) in;

	if (len % 4 == 1) {
		return false;
	}
	for (; i + 4 <= len; i += 4) {
		int a = decode_char(s[i]), b = decode_char(s[i + 1]), c = decode_char(s[i + 2]), d = decode_char(s[i + 3]);
		if ((a | b | c | d) < 0) {
			return false;
		}
		unsigned v = ((unsigned) a << 18) | ((unsigned) b << 12) | ((unsigned) c << 6) | (unsigned) d;
		out[o++] = (unsigned char) (v >> 16);
		out[o++] = (unsigned char) (v >> 8);
		out[o++] = (unsigned char) v;
	}
	if (len - i == 2) {
		int a = decode_char(s[i]), b = decode_char(s[i + 1]);
		if ((a | b) < 0 || (b & 0x0F) != 0) {
			return false;
		}
		out[o++] = (unsigned char) ((a << 2) | (b >> 4));
	} else if (len - i == 3) {
		int a = decode_char(s[i]), b = decode_char(s[i + 1]), c = decode_char(s[i + 2]);
		if ((a | b | c) < 0 || (c & 0x03) != 0) {
			return false;
		}
		out[o++] = (unsigned char) ((a << 2) | (b >> 4));
		out[o++] = (unsigned char) (((b & 0x0F) << 4) | (c >> 2));
	}
	*out_len = o;
	return true;
}
