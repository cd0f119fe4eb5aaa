/*
 * Calendar arithmetic and time-zone offsets. Pure C: no zvals, no allocator assumptions
 * except the transition table, which the caller fills (see shopcx_time_php.h) and frees.
 *
 * Why our own table: Debian's PHP does not export timelib's symbols to extensions, so we ask
 * ext/date (DateTimeZone::getTransitions) once per zone and look offsets up here with a
 * binary search, which is also faster than a timelib call per conversion.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_TIME_H
#define SHOPCX_TIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SHOPCX_SECONDS_PER_DAY 86400

/* Days since 1970-01-01 for a proleptic Gregorian date (month 1..12). */
int64_t shopcx_days_from_civil(int64_t year, int month, int day);
/* Inverse of shopcx_days_from_civil. */
void shopcx_civil_from_days(int64_t days, int64_t *year, int *month, int *day);
/* 0 = Sunday .. 6 = Saturday, like PHP's date('w'). */
int shopcx_weekday_from_days(int64_t days);
bool shopcx_is_leap_year(int64_t year);
int shopcx_days_in_month(int64_t year, int month);
/* Gregorian Easter Sunday (anonymous algorithm), as days since 1970-01-01. */
int64_t shopcx_easter_days(int64_t year);
/* Floor division that is right for negative numbers too. */
int64_t shopcx_floor_div(int64_t a, int64_t b);

typedef struct {
	int64_t at;         /* UTC second from which this offset applies */
	int32_t offset;     /* seconds east of UTC */
	bool dst;
} shopcx_tz_transition;

typedef struct {
	char name[64];                      /* IANA id, e.g. "Europe/Amsterdam" */
	shopcx_tz_transition *transitions;  /* ascending by `at`; transitions[0] covers everything before */
	size_t count;
} shopcx_tz;

/* Offset in seconds east of UTC at a UTC instant. */
int32_t shopcx_tz_offset_at(const shopcx_tz *tz, int64_t utc, bool *dst);

typedef struct {
	int64_t year;
	int month, day;            /* 1..12, 1..31 */
	int hour, minute, second;
	int weekday;               /* 0 = Sunday .. 6 = Saturday */
	int64_t days;              /* local date as days since 1970-01-01 */
	int32_t offset;            /* seconds east of UTC in force */
	bool dst;
} shopcx_local_time;

/* Wall-clock time in `tz` at the UTC instant `utc`. */
void shopcx_tz_to_local(const shopcx_tz *tz, int64_t utc, shopcx_local_time *out);

/*
 * UTC instant of a wall-clock time in `tz`. Times in a DST gap move forward by the gap
 * (02:30 on the spring-forward day is 03:30), ambiguous fall-back times take the first
 * occurrence: the same choices PHP's DateTime makes.
 */
int64_t shopcx_tz_from_local(const shopcx_tz *tz, int64_t days, int hour, int minute, int second);

/* Start of the local day `days` as a UTC instant (midnight, or the first moment after a gap). */
int64_t shopcx_tz_day_start(const shopcx_tz *tz, int64_t days);

#endif
