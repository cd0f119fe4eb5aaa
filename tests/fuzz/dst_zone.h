/*
 * For the fuzz harnesses: a synthetic zone like Europe/Amsterdam (+1 h, +2 h from the last Sunday of
 * March to the last Sunday of October at 01:00 UTC), 1970-2109, so harnesses need no tz database.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_FUZZ_DST_ZONE_H
#define SHOPCX_FUZZ_DST_ZONE_H

#include <string.h>
#include "common/shopcx_time.h"

static shopcx_tz_transition dst_zone_transitions[2 * 140 + 1];

static void make_zone(shopcx_tz *tz)
{
	size_t n = 0;
	dst_zone_transitions[n++] = (shopcx_tz_transition) { INT64_MIN, 3600, false };
	for (int64_t y = 1970; y < 2110; y++) {
		int64_t mar = shopcx_days_from_civil(y, 3, 31), oct = shopcx_days_from_civil(y, 10, 31);
		mar -= shopcx_weekday_from_days(mar);
		oct -= shopcx_weekday_from_days(oct);
		dst_zone_transitions[n++] = (shopcx_tz_transition) { mar * 86400 + 3600, 7200, true };
		dst_zone_transitions[n++] = (shopcx_tz_transition) { oct * 86400 + 3600, 3600, false };
	}
	strcpy(tz->name, "Test/Dst");
	tz->transitions = dst_zone_transitions;
	tz->count = n;
}

#endif
