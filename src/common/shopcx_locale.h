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

/*
 * Form of address of built-in texts that speak to the customer: formal ("u", "Sie", "vous") or
 * informal ("je", "du", "tu"). English has one form. A shop chooses one and keeps it everywhere.
 */
typedef enum {
	SHOPCX_REGISTER_FORMAL = 0,
	SHOPCX_REGISTER_INFORMAL = 1,
	SHOPCX_REGISTER_COUNT = 2,
	SHOPCX_REGISTER_INVALID = -1
} shopcx_register;

/* "formal" or "informal", case-insensitive; SHOPCX_REGISTER_INVALID otherwise. */
shopcx_register shopcx_register_from_name(const char *name, size_t len);
const char *shopcx_register_name(shopcx_register reg);

/* A text per locale in both registers; an informal NULL means the formal text serves both. */
typedef struct {
	const char *formal[SHOPCX_LOCALE_COUNT];
	const char *informal[SHOPCX_LOCALE_COUNT];
} shopcx_text;

const char *shopcx_text_get(const shopcx_text *t, shopcx_locale locale, shopcx_register reg);

#endif
