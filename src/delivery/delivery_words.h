/*
 * Localized date words for labels (nl, en, de, fr) without ICU: weekday and month names,
 * "morgen"/"tomorrow", long dates and date ranges. Pure C; shared by stock and delivery.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_DELIVERY_WORDS_H
#define SHOPCX_DELIVERY_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "common/shopcx_locale.h"

#define SHOPCX_WORDS_MAX 96   /* longest phrase any function here writes, NUL included */

/* Weekday (0 = Sunday) and month (1..12) names; short forms carry their own dot where usual. */
const char *shopcx_weekday_name(shopcx_locale loc, int weekday, int short_form);
const char *shopcx_month_name(shopcx_locale loc, int month, int short_form);

/* "dinsdag 24 december", "Tuesday 24 December", "Dienstag, 24. Dezember", "mardi 24 décembre". */
size_t shopcx_words_date(char *buf, size_t size, int64_t days, shopcx_locale loc);

/*
 * The delivery phrase that follows a verb: "vandaag", "morgen", "dinsdag 24 december",
 * en "on Tuesday 24 December", de "am Dienstag, 24. Dezember", fr "le mardi 24 décembre", and for
 * a range "tussen ma 23 en di 24 dec" / "between Mon 23 and Tue 24 Dec". Dates more than 180
 * days ahead get their year.
 */
size_t shopcx_words_when(char *buf, size_t size, int64_t today, int64_t first, int64_t last, shopcx_locale loc);

/* "22:00" (fr "22h00"); 86400 seconds prints as 23:59. */
size_t shopcx_words_time(char *buf, size_t size, int32_t seconds_of_day, shopcx_locale loc);

#endif
