/* UTF-8 validation following the Unicode well-formedness table (Unicode 15, table 3-7).
 * Pure C. SPDX-License-Identifier: MIT */
#include "shopcx_utf8.h"

#include <stdint.h>
#include <string.h>

size_t shopcx_utf8_first_invalid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];

		/* ASCII fast path: eight bytes at a time while no high bit is set. */
		if (c < 0x80) {
			while (i + 8 <= len) {
				uint64_t word;
				memcpy(&word, s + i, sizeof(word));
				if (word & UINT64_C(0x8080808080808080)) {
					break;
				}
				i += 8;
			}
			while (i < len && s[i] < 0x80) {
				i++;
			}
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80) {
				return i;
			}
			i += 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			unsigned char lo = 0x80, hi = 0xBF;
			if (c == 0xE0) {
				lo = 0xA0;          /* no overlongs */
			} else if (c == 0xED) {
				hi = 0x9F;          /* no UTF-16 surrogates */
			}
			if (i + 2 >= len || s[i + 1] < lo || s[i + 1] > hi || (s[i + 2] & 0xC0) != 0x80) {
				return i;
			}
			i += 3;
		} else if (c >= 0xF0 && c <= 0xF4) {
			unsigned char lo = 0x80, hi = 0xBF;
			if (c == 0xF0) {
				lo = 0x90;          /* no overlongs */
			} else if (c == 0xF4) {
				hi = 0x8F;          /* nothing above U+10FFFF */
			}
			if (i + 3 >= len || s[i + 1] < lo || s[i + 1] > hi
				|| (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80) {
				return i;
			}
			i += 4;
		} else {
			return i;
		}
	}
	return len;
}

bool shopcx_utf8_valid(const char *s, size_t len)
{
	return shopcx_utf8_first_invalid(s, len) == len;
}

bool shopcx_ascii_name_valid(const char *s, size_t len, size_t max)
{
	size_t i;
	if (len == 0 || len > max) {
		return false;
	}
	for (i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) {
			return false;
		}
	}
	return true;
}
