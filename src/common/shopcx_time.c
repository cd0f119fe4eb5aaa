/* Calendar arithmetic and time-zone lookups. Pure C. SPDX-License-Identifier: MIT */
#include "shopcx_time.h"

int64_t shopcx_floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	if ((a % b != 0) && ((a < 0) != (b < 0))) {
		q--;
	}
	return q;
}

/* Howard Hinnant's days_from_civil, valid for every proleptic Gregorian date. */
int64_t shopcx_days_from_civil(int64_t year, int month, int day)
{
	int64_t y = year - (month <= 2);
	int64_t era = shopcx_floor_div(y, 400);
	int64_t yoe = y - era * 400;
	int64_t mp = (month + 9) % 12;
	int64_t doy = (153 * mp + 2) / 5 + day - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void shopcx_civil_from_days(int64_t days, int64_t *year, int *month, int *day)
{
	int64_t z = days + 719468;
	int64_t era = shopcx_floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int d = (int) (doy - (153 * mp + 2) / 5 + 1);
	int m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*year = yoe + era * 400 + (m <= 2);
	*month = m;
	*day = d;
}

int shopcx_weekday_from_days(int64_t days)
{
	/* 1970-01-01 was a Thursday (4). */
	int64_t w = (days + 4) % 7;
	return (int) (w < 0 ? w + 7 : w);
}

bool shopcx_is_leap_year(int64_t year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int shopcx_days_in_month(int64_t year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (month == 2 && shopcx_is_leap_year(year)) {
		return 29;
	}
	return days[(month - 1) % 12];
}

int64_t shopcx_easter_days(int64_t year)
{
	int64_t a = year % 19, b = year / 100, c = year % 100;
	int64_t d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int64_t h = (19 * a + b - d - g + 15) % 30;
	int64_t i = c / 4, k = c % 4;
	int64_t l = (32 + 2 * e + 2 * i - h - k) % 7;
	int64_t m = (a + 11 * h + 22 * l) / 451;
	int month = (int) ((h + l - 7 * m + 114) / 31);
	int day = (int) ((h + l - 7 * m + 114) % 31 + 1);
	return shopcx_days_from_civil(year, month, day);
}

int32_t shopcx_tz_offset_at(const shopcx_tz *tz, int64_t utc, bool *dst)
{
	size_t lo = 0, hi;

	if (tz == NULL || tz->count == 0) {
		if (dst) {
			*dst = false;
		}
		return 0;
	}
	/* Last transition with at <= utc; transitions[0] also covers earlier instants. */
	hi = tz->count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (tz->transitions[mid].at <= utc) {
			lo = mid;
		} else {
			hi = mid;
		}
	}
	if (dst) {
		*dst = tz->transitions[lo].dst;
	}
	return tz->transitions[lo].offset;
}

void shopcx_tz_to_local(const shopcx_tz *tz, int64_t utc, shopcx_local_time *out)
{
	bool dst = false;
	int32_t offset = shopcx_tz_offset_at(tz, utc, &dst);
	int64_t local = utc + offset;
	int64_t days = shopcx_floor_div(local, SHOPCX_SECONDS_PER_DAY);
	int64_t secs = local - days * SHOPCX_SECONDS_PER_DAY;

	shopcx_civil_from_days(days, &out->year, &out->month, &out->day);
	out->hour = (int) (secs / 3600);
	out->minute = (int) ((secs % 3600) / 60);
	out->second = (int) (secs % 60);
	out->weekday = shopcx_weekday_from_days(days);
	out->days = days;
	out->offset = offset;
	out->dst = dst;
}

int64_t shopcx_tz_from_local(const shopcx_tz *tz, int64_t days, int hour, int minute, int second)
{
	int64_t wall = days * SHOPCX_SECONDS_PER_DAY + (int64_t) hour * 3600 + minute * 60 + second;
	/* Offsets in force a day before and after bracket any single transition. */
	int32_t before = shopcx_tz_offset_at(tz, wall - SHOPCX_SECONDS_PER_DAY, NULL);
	int32_t after = shopcx_tz_offset_at(tz, wall + SHOPCX_SECONDS_PER_DAY, NULL);
	int64_t first = wall - before;
	int64_t second_try = wall - after;
	bool first_ok = shopcx_tz_offset_at(tz, first, NULL) == before;
	bool second_ok = shopcx_tz_offset_at(tz, second_try, NULL) == after;

	if (first_ok && second_ok) {
		return first < second_try ? first : second_try;   /* fall-back: first occurrence */
	}
	if (first_ok) {
		return first;
	}
	if (second_ok) {
		return second_try;
	}
	return first;   /* in a gap: the offset before the gap moves the time forward */
}

int64_t shopcx_tz_day_start(const shopcx_tz *tz, int64_t days)
{
	return shopcx_tz_from_local(tz, days, 0, 0, 0);
}
