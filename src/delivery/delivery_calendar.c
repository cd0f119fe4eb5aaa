/*
 * Working-day calendar: a bitmap of open days 1970-2099 built once from the holiday rules, so
 * is_open is one bit test and add_days a short walk. Pure C. SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "delivery_calendar.h"

typedef struct {
	const char *code;
	uint8_t country, region;
} code_entry;

static const code_entry codes[] = {
	{ "", SHOPCX_CC_NONE, SHOPCX_RG_NONE },
	{ "NL", SHOPCX_CC_NL, SHOPCX_RG_NONE },
	{ "BE", SHOPCX_CC_BE, SHOPCX_RG_NONE },
	{ "DE", SHOPCX_CC_DE, SHOPCX_RG_NONE },
	{ "FR", SHOPCX_CC_FR, SHOPCX_RG_NONE },
	{ "LU", SHOPCX_CC_LU, SHOPCX_RG_NONE },
	{ "AT", SHOPCX_CC_AT, SHOPCX_RG_NONE },
	{ "GB", SHOPCX_CC_GB, SHOPCX_RG_NONE },
	{ "US", SHOPCX_CC_US, SHOPCX_RG_NONE },
	{ "DE-BW", SHOPCX_CC_DE, SHOPCX_RG_DE_BW },
	{ "DE-BY", SHOPCX_CC_DE, SHOPCX_RG_DE_BY },
	{ "DE-BE", SHOPCX_CC_DE, SHOPCX_RG_DE_BE },
	{ "DE-BB", SHOPCX_CC_DE, SHOPCX_RG_DE_BB },
	{ "DE-HB", SHOPCX_CC_DE, SHOPCX_RG_DE_HB },
	{ "DE-HH", SHOPCX_CC_DE, SHOPCX_RG_DE_HH },
	{ "DE-HE", SHOPCX_CC_DE, SHOPCX_RG_DE_HE },
	{ "DE-MV", SHOPCX_CC_DE, SHOPCX_RG_DE_MV },
	{ "DE-NI", SHOPCX_CC_DE, SHOPCX_RG_DE_NI },
	{ "DE-NW", SHOPCX_CC_DE, SHOPCX_RG_DE_NW },
	{ "DE-RP", SHOPCX_CC_DE, SHOPCX_RG_DE_RP },
	{ "DE-SL", SHOPCX_CC_DE, SHOPCX_RG_DE_SL },
	{ "DE-SN", SHOPCX_CC_DE, SHOPCX_RG_DE_SN },
	{ "DE-ST", SHOPCX_CC_DE, SHOPCX_RG_DE_ST },
	{ "DE-SH", SHOPCX_CC_DE, SHOPCX_RG_DE_SH },
	{ "DE-TH", SHOPCX_CC_DE, SHOPCX_RG_DE_TH },
	{ "GB-ENG", SHOPCX_CC_GB, SHOPCX_RG_GB_ENG },
	{ "GB-WLS", SHOPCX_CC_GB, SHOPCX_RG_GB_WLS },
	{ "GB-SCT", SHOPCX_CC_GB, SHOPCX_RG_GB_SCT },
	{ "GB-NIR", SHOPCX_CC_GB, SHOPCX_RG_GB_NIR },
};

bool shopcx_calendar_parse_code(const char *code, size_t len, uint8_t *country, uint8_t *region)
{
	size_t i, k;
	char up[8];

	if (len >= sizeof(up)) {
		return false;
	}
	for (k = 0; k < len; k++) {
		char c = code[k];
		up[k] = (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : (c == '_' ? '-' : c);
	}
	up[len] = '\0';
	/* "UK" is what many shop admins type; ISO says GB. */
	if (len >= 2 && up[0] == 'U' && up[1] == 'K') {
		up[0] = 'G';
		up[1] = 'B';
	}
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		if (strcmp(codes[i].code, up) == 0) {
			*country = codes[i].country;
			*region = codes[i].region;
			return true;
		}
	}
	return false;
}

const char *shopcx_calendar_code(uint8_t country, uint8_t region)
{
	size_t i;
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		if (codes[i].country == country && codes[i].region == region) {
			return codes[i].code;
		}
	}
	return "";
}

static inline bool in_range(int64_t days)
{
	return days >= 0 && days < SHOPCX_CAL_END_DAYS;
}

void shopcx_calendar_set_open(shopcx_calendar *cal, int64_t days, bool open)
{
	if (!in_range(days)) {
		return;
	}
	if (open) {
		cal->open[days >> 3] |= (uint8_t) (1u << (days & 7));
	} else {
		cal->open[days >> 3] &= (uint8_t) ~(1u << (days & 7));
	}
}

void shopcx_calendar_init(shopcx_calendar *cal, uint8_t country, uint8_t region, uint8_t weekdays, shopcx_locale locale)
{
	shopcx_holiday list[SHOPCX_CAL_MAX_HOLIDAYS];
	int64_t year, d;
	int w = shopcx_weekday_from_days(0);
	size_t i, n;

	cal->country = country;
	cal->region = region;
	cal->weekdays = weekdays & 0x7F;
	cal->locale = (int8_t) locale;
	memset(cal->open, 0, sizeof(cal->open));
	for (d = 0; d < SHOPCX_CAL_END_DAYS; d++) {
		if (cal->weekdays & (1u << w)) {
			cal->open[d >> 3] |= (uint8_t) (1u << (d & 7));
		}
		w = w == 6 ? 0 : w + 1;
	}
	if (country == SHOPCX_CC_NONE) {
		return;
	}
	for (year = SHOPCX_CAL_FIRST_YEAR; year <= SHOPCX_CAL_LAST_YEAR; year++) {
		n = shopcx_holidays_of_year(country, region, year, list, SHOPCX_CAL_MAX_HOLIDAYS);
		for (i = 0; i < n; i++) {
			shopcx_calendar_set_open(cal, list[i].days, false);
		}
	}
}

void shopcx_calendar_close_yearly(shopcx_calendar *cal, int month, int day)
{
	int64_t year;
	for (year = SHOPCX_CAL_FIRST_YEAR; year <= SHOPCX_CAL_LAST_YEAR; year++) {
		if (day <= shopcx_days_in_month(year, month)) {
			shopcx_calendar_set_open(cal, shopcx_days_from_civil(year, month, day), false);
		}
	}
}

bool shopcx_calendar_is_open(const shopcx_calendar *cal, int64_t days)
{
	return in_range(days) && (cal->open[days >> 3] & (1u << (days & 7))) != 0;
}

const char *shopcx_calendar_holiday_name(const shopcx_calendar *cal, int64_t days)
{
	shopcx_holiday list[SHOPCX_CAL_MAX_HOLIDAYS];
	int64_t year;
	int month, day;
	size_t i, n;

	if (!in_range(days) || cal->country == SHOPCX_CC_NONE) {
		return NULL;
	}
	shopcx_civil_from_days(days, &year, &month, &day);
	n = shopcx_holidays_of_year(cal->country, cal->region, year, list, SHOPCX_CAL_MAX_HOLIDAYS);
	for (i = 0; i < n; i++) {
		if (list[i].days == days) {
			return shopcx_holiday_kind_name(list[i].kind, list[i].substitute, cal->country, (shopcx_locale) cal->locale);
		}
	}
	return NULL;
}

bool shopcx_calendar_add_days(const shopcx_calendar *cal, int64_t from, int64_t n, int64_t *out)
{
	int64_t d = from;
	int64_t step = n < 0 ? -1 : 1;
	int64_t left = n < 0 ? -n : n;

	if (!in_range(from)) {
		return false;
	}
	if (n == 0) {
		while (in_range(d) && !shopcx_calendar_is_open(cal, d)) {
			d++;
		}
	} else {
		while (left > 0 && in_range(d)) {
			d += step;
			if (shopcx_calendar_is_open(cal, d)) {
				left--;
			}
		}
	}
	if (!in_range(d)) {
		return false;
	}
	*out = d;
	return true;
}

static bool digits(const char *s, size_t n, int *out)
{
	size_t i;
	int v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool shopcx_parse_md(const char *s, size_t len, int *month, int *day)
{
	if (len != 5 || s[2] != '-' || !digits(s, 2, month) || !digits(s + 3, 2, day)) {
		return false;
	}
	return *month >= 1 && *month <= 12 && *day >= 1 && *day <= shopcx_days_in_month(2000, *month);
}

bool shopcx_parse_ymd(const char *s, size_t len, int64_t *days)
{
	int year, month, day;
	if (len != 10 || s[4] != '-' || !digits(s, 4, &year) || !shopcx_parse_md(s + 5, 5, &month, &day)) {
		return false;
	}
	if (year < SHOPCX_CAL_FIRST_YEAR || year > SHOPCX_CAL_LAST_YEAR || day > shopcx_days_in_month(year, month)) {
		return false;
	}
	*days = shopcx_days_from_civil(year, month, day);
	return true;
}

void shopcx_format_ymd(int64_t days, char *buf)
{
	int64_t year;
	int month, day, y;
	shopcx_civil_from_days(days, &year, &month, &day);
	y = (int) (year < 0 ? 0 : (year > 9999 ? 9999 : year));
	buf[0] = (char) ('0' + y / 1000);
	buf[1] = (char) ('0' + y / 100 % 10);
	buf[2] = (char) ('0' + y / 10 % 10);
	buf[3] = (char) ('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char) ('0' + month / 10);
	buf[6] = (char) ('0' + month % 10);
	buf[7] = '-';
	buf[8] = (char) ('0' + day / 10);
	buf[9] = (char) ('0' + day % 10);
	buf[10] = '\0';
}
