/*
 * ShopCX effort: churn and retention after a contact, from sorted order times. Pure C core.
 *
 * Both KPIs look at whole windows only: a contact counts for retention once its window has ended
 * by `now`, and churn compares the window before last with the last one, so a figure never moves
 * because a window is still open.
 * SPDX-License-Identifier: MIT
 */
#include "effort_retention.h"

/* Index of the first time > after. */
static uint32_t first_after(const int64_t *times, uint32_t n, int64_t after)
{
	uint32_t lo = 0, hi = n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (times[mid] <= after) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

bool effort_times_any_within(const int64_t *times, uint32_t n, int64_t after, int64_t window)
{
	uint32_t i = first_after(times, n, after);
	return i < n && times[i] - after <= window;
}

effort_churn_state effort_churn_of(const int64_t *orders, uint32_t n, int64_t now, int64_t window)
{
	if (!effort_times_any_within(orders, n, now - 2 * window, window)) {
		return EFFORT_CHURN_NOT_ACTIVE;
	}
	return effort_times_any_within(orders, n, now - window, window) ? EFFORT_CHURN_STAYED : EFFORT_CHURN_LOST;
}
