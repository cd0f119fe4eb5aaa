/*
 * Working-day calendars: built-in public holidays per country/region, working weekdays and
 * extra closed/open dates. Pure C: no zvals, no allocation (a calendar is one flat struct).
 *
 * Dates are local calendar dates as days since 1970-01-01 (shopcx_days_from_civil). A calendar
 * covers 1970-01-01 .. 2099-12-31; days outside that range are never open.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_DELIVERY_CALENDAR_H
#define SHOPCX_DELIVERY_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/shopcx_locale.h"
#include "common/shopcx_time.h"

#define SHOPCX_CAL_FIRST_YEAR 1970
#define SHOPCX_CAL_LAST_YEAR  2099
/* days_from_civil(2100, 1, 1): first day past the range */
#define SHOPCX_CAL_END_DAYS   INT64_C(47482)
/* Most holidays (actual + substitute dates) one region has in one year. */
#define SHOPCX_CAL_MAX_HOLIDAYS 40

typedef enum {
	SHOPCX_CC_NONE = 0,   /* no public holidays: working weekdays and closed dates only */
	SHOPCX_CC_NL, SHOPCX_CC_BE, SHOPCX_CC_DE, SHOPCX_CC_FR, SHOPCX_CC_LU, SHOPCX_CC_AT,
	SHOPCX_CC_GB, SHOPCX_CC_US
} shopcx_country;

/* Regions: German states (ISO 3166-2 DE-xx) and UK nations (GB-ENG, GB-WLS, GB-SCT, GB-NIR). */
typedef enum {
	SHOPCX_RG_NONE = 0,
	SHOPCX_RG_DE_BW, SHOPCX_RG_DE_BY, SHOPCX_RG_DE_BE, SHOPCX_RG_DE_BB, SHOPCX_RG_DE_HB, SHOPCX_RG_DE_HH,
	SHOPCX_RG_DE_HE, SHOPCX_RG_DE_MV, SHOPCX_RG_DE_NI, SHOPCX_RG_DE_NW, SHOPCX_RG_DE_RP, SHOPCX_RG_DE_SL,
	SHOPCX_RG_DE_SN, SHOPCX_RG_DE_ST, SHOPCX_RG_DE_SH, SHOPCX_RG_DE_TH,
	SHOPCX_RG_GB_ENG, SHOPCX_RG_GB_WLS, SHOPCX_RG_GB_SCT, SHOPCX_RG_GB_NIR
} shopcx_region;

/* One holiday occurrence. `kind` indexes the name table; substitute marks an observed/substitute day. */
typedef struct {
	int64_t days;
	uint16_t kind;
	bool substitute;
} shopcx_holiday;

/* Bit i of a weekday mask = weekday i open (0 = Sunday .. 6 = Saturday). */
#define SHOPCX_CAL_MON_FRI 0x3E

typedef struct shopcx_calendar {
	uint8_t country;        /* shopcx_country */
	uint8_t region;         /* shopcx_region */
	uint8_t weekdays;       /* open weekdays mask */
	int8_t locale;          /* shopcx_locale of holiday names */
	/* Bit d set = day d (days since 1970-01-01) is open. */
	uint8_t open[(SHOPCX_CAL_END_DAYS + 7) / 8];
} shopcx_calendar;

/*
 * "NL", "de-by", "GB-SCT" ... (case-insensitive). Returns false for an unknown country or a
 * region the country does not have. An empty code is SHOPCX_CC_NONE.
 */
bool shopcx_calendar_parse_code(const char *code, size_t len, uint8_t *country, uint8_t *region);
/* Canonical spelling of a country/region pair ("DE-BY", "NL", "" for none). */
const char *shopcx_calendar_code(uint8_t country, uint8_t region);

/* Fill `cal`: open on `weekdays` except on public holidays of country/region. */
void shopcx_calendar_init(shopcx_calendar *cal, uint8_t country, uint8_t region, uint8_t weekdays, shopcx_locale locale);
/* Extra closed or open days (applied after the holiday rules; later calls win). Out of range: ignored. */
void shopcx_calendar_set_open(shopcx_calendar *cal, int64_t days, bool open);
/* Close month/day in every year of the range (Feb 29 only in leap years). */
void shopcx_calendar_close_yearly(shopcx_calendar *cal, int month, int day);

/* true when the local date `days` (days since 1970-01-01, see shopcx_days_from_civil) is a working day */
bool shopcx_calendar_is_open(const shopcx_calendar *cal, int64_t days);
/* name of the holiday on that date in the calendar's locale, or NULL (the first by rule order
 * when two share the date, e.g. Liberation Day and Ascension on 5 May 2005) */
const char *shopcx_calendar_holiday_name(const shopcx_calendar *cal, int64_t days);

/*
 * The n-th open day after `from` (n > 0), before it (n < 0), or the first open day on or after
 * `from` (n == 0). Returns false when the walk leaves 1970-2099.
 */
bool shopcx_calendar_add_days(const shopcx_calendar *cal, int64_t from, int64_t n, int64_t *out);

/*
 * Public holidays of a country/region in `year`, sorted by date (ties keep rule order), actual
 * dates and substitute/observed dates both. Returns the count (at most max).
 */
size_t shopcx_holidays_of_year(uint8_t country, uint8_t region, int64_t year, shopcx_holiday *out, size_t max);
/*
 * Strict "YYYY-MM-DD" (a real date, year 1970-2099) to days since 1970-01-01. Returns false
 * for anything else.
 */
bool shopcx_parse_ymd(const char *s, size_t len, int64_t *days);
/* Strict "MM-DD" (a date that exists in some year, so 02-29 is accepted). */
bool shopcx_parse_md(const char *s, size_t len, int *month, int *day);
/* Writes "YYYY-MM-DD" and a NUL into buf (at least 11 bytes). */
void shopcx_format_ymd(int64_t days, char *buf);

/* Name of a holiday kind in a locale, with the substitute/observed suffix when asked. */
const char *shopcx_holiday_kind_name(uint16_t kind, bool substitute, uint8_t country, shopcx_locale locale);

#endif
