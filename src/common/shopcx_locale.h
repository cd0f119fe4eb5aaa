/* Locales ShopCX ships texts for. Pure C. SPDX-License-Identifier: MIT */
#ifndef SHOPCX_LOCALE_H
#define SHOPCX_LOCALE_H

#include <stddef.h>

typedef enum {
	SHOPCX_LOCALE_NL = 0,
	SHOPCX_LOCALE_EN = 1,
	SHOPCX_LOCALE_DE = 2,
	SHOPCX_LOCALE_FR = 3,
	SHOPCX_LOCALE_COUNT = 4,
	SHOPCX_LOCALE_INVALID = -1
} shopcx_locale;

/* "nl", "en", "de", "fr", case-insensitive, with an optional region ("nl_NL", "de-AT").
 * Returns SHOPCX_LOCALE_INVALID for anything else. */
shopcx_locale shopcx_locale_from_name(const char *name, size_t len);
const char *shopcx_locale_name(shopcx_locale locale);

#endif
