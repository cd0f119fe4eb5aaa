/*
 * Dates and times inside review arrays (binding layer): int Unix timestamps, DateTimeInterface
 * objects and "YYYY-MM-DD" strings. SPDX-License-Identifier: MIT
 */
#ifndef REVIEW_DATES_H
#define REVIEW_DATES_H

#include "php.h"

/*
 * The calendar date of `value` as days since 1970-01-01: a timestamp's UTC date, a
 * DateTimeInterface's own local date, or a "YYYY-MM-DD" string. Errors name argument `arg`,
 * entry `index` (or none when negative) and `key`.
 */
bool review_date_days(zval *value, uint32_t arg, zend_long index, const char *key, int64_t *days);
/* The instant of `value`: a timestamp, a DateTimeInterface, or "YYYY-MM-DD" (00:00 UTC). */
bool review_date_time(zval *value, uint32_t arg, zend_long index, const char *key, int64_t *ts);
/* "YYYY-MM-DD" into out[11]. */
void review_format_ymd(int64_t days, char out[16]);
/* "YYYY-MM-DDTHH:MM:SSZ" into out[21]. */
void review_format_iso_utc(int64_t ts, char out[32]);

#endif
