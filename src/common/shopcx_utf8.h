/* UTF-8 validation. Pure C. SPDX-License-Identifier: MIT */
#ifndef SHOPCX_UTF8_H
#define SHOPCX_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
bool shopcx_utf8_valid(const char *s, size_t len);

/* Byte offset of the first ill-formed sequence, or len when the whole string is valid. */
size_t shopcx_utf8_first_invalid(const char *s, size_t len);

/* 1 to max bytes of ASCII letters, digits, "-", "_" and ".": names, ids and host names. */
bool shopcx_ascii_name_valid(const char *s, size_t len, size_t max);

#endif
