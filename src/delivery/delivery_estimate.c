/* Delivery estimates. Pure C. SPDX-License-Identifier: MIT */
#include "delivery_estimate.h"

/* A year of days covers every working-week and closed-period combination a calendar allows. */
#define SEARCH_DAYS 400

bool shopcx_estimator_valid(const shopcx_estimator *est)
{
	int wd;
	for (wd = 0; wd < 7; wd++) {
		if (est->cutoff[wd] != SHOPCX_NO_CUTOFF && (est->warehouse->weekdays & (1u << wd))) {
			return true;
		}
	}
	return false;
}

/* UTC instant of the cut-off on local day `days` (86400 = the next midnight). */
static int64_t cutoff_instant(const shopcx_tz *tz, int64_t days, int32_t secs)
{
	int64_t wall = days * SHOPCX_SECONDS_PER_DAY + secs;
	int32_t before = shopcx_tz_offset_at(tz, wall - SHOPCX_SECONDS_PER_DAY, NULL);

	/* Fast path: the same offset a day either side means no transition near this wall time. */
	if (before == shopcx_tz_offset_at(tz, wall + SHOPCX_SECONDS_PER_DAY, NULL)) {
		return wall - before;
	}
	if (secs >= SHOPCX_SECONDS_PER_DAY) {
		return shopcx_tz_day_start(tz, days + 1);
	}
	return shopcx_tz_from_local(tz, days, secs / 3600, secs / 60 % 60, secs % 60);
}

/* First carrier day on or after `from` + `n` carrier working days. */
static bool carrier_day(const shopcx_calendar *cal, int64_t from, int n, int64_t *out)
{
	return shopcx_calendar_add_days(cal, from, n, out);
}

bool shopcx_estimate(const shopcx_estimator *est, int64_t now, const shopcx_estimate_item *item, shopcx_estimate_result *out)
{
	shopcx_local_time local;
	int64_t d, ready, at = 0;
	int i, wd;
	bool found = false;

	shopcx_tz_to_local(est->tz, now, &local);
	out->today = local.days;

	/* The first day, from today on, that processes orders and whose cut-off is still ahead. */
	d = local.days;
	wd = local.weekday;
	for (i = 0; i < SEARCH_DAYS; i++, d++, wd = (wd + 1) % 7) {
		int32_t c = est->cutoff[wd];
		if (c == SHOPCX_NO_CUTOFF || !shopcx_calendar_is_open(est->warehouse, d)) {
			continue;
		}
		at = cutoff_instant(est->tz, d, c);
		if (now < at) {
			out->cutoff = c;
			found = true;
			break;
		}
	}
	if (!found) {
		return false;
	}
	out->process = d;
	out->cutoff_at = at;

	/* When the goods are ready to be handled. */
	ready = d;
	out->cutoff_decides = true;
	if (item->restock >= 0 && item->restock > d) {
		if (!shopcx_calendar_add_days(est->warehouse, item->restock, 0, &ready)) {
			return false;
		}
		out->cutoff_decides = false;
	} else if (item->restock < 0 && item->backorder > 0) {
		/* Counted from the order day: the goods arrive after today's cut-off in any case, so
		 * the cut-off moves no date (the promise moves at midnight instead). */
		if (!shopcx_calendar_add_days(est->warehouse, local.days, item->backorder, &ready)) {
			return false;
		}
		if (ready < d) {
			ready = d;
		}
		out->cutoff_decides = false;
	}
	if (!shopcx_calendar_add_days(est->warehouse, ready, item->handling, &out->dispatch)) {
		return false;
	}
	/* Transit 0 means same-day delivery where the carrier works that day. */
	if (!carrier_day(item->carrier, out->dispatch, item->transit_min, &out->earliest)
		|| !carrier_day(item->carrier, out->dispatch, item->transit_max, &out->latest)) {
		return false;
	}
	return true;
}
