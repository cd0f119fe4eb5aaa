/* Locale names. Pure C. SPDX-License-Identifier: MIT */
#include "shopcx_locale.h"

static const char *const locale_names[SHOPCX_LOCALE_COUNT] = { "nl", "en", "de", "fr" };

static char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

shopcx_locale shopcx_locale_from_name(const char *name, size_t len)
{
	int i;

	/* Accept "xx" or "xx_YY" / "xx-YY": the language part decides. */
	if (len != 2 && !(len == 5 && (name[2] == '_' || name[2] == '-'))) {
		return SHOPCX_LOCALE_INVALID;
	}
	for (i = 0; i < SHOPCX_LOCALE_COUNT; i++) {
		if (ascii_lower(name[0]) == locale_names[i][0] && ascii_lower(name[1]) == locale_names[i][1]) {
			return (shopcx_locale) i;
		}
	}
	return SHOPCX_LOCALE_INVALID;
}

const char *shopcx_locale_name(shopcx_locale locale)
{
	if (locale < 0 || locale >= SHOPCX_LOCALE_COUNT) {
		return "en";
	}
	return locale_names[locale];
}

shopcx_register shopcx_register_from_name(const char *name, size_t len)
{
	static const char *const names[SHOPCX_REGISTER_COUNT] = { "formal", "informal" };
	int i;
	size_t k;
	for (i = 0; i < SHOPCX_REGISTER_COUNT; i++) {
		const char *n = names[i];
		for (k = 0; k < len && n[k] != '\0' && ascii_lower(name[k]) == n[k]; k++) {
		}
		if (k == len && n[k] == '\0') {
			return (shopcx_register) i;
		}
	}
	return SHOPCX_REGISTER_INVALID;
}

const char *shopcx_register_name(shopcx_register reg)
{
	return reg == SHOPCX_REGISTER_INFORMAL ? "informal" : "formal";
}

const char *shopcx_text_get(const shopcx_text *t, shopcx_locale locale, shopcx_register reg)
{
	if (locale < 0 || locale >= SHOPCX_LOCALE_COUNT) {
		locale = SHOPCX_LOCALE_EN;
	}
	if (reg == SHOPCX_REGISTER_INFORMAL && t->informal[locale] != NULL) {
		return t->informal[locale];
	}
	return t->formal[locale];
}
