/*
 * ShopCX effort: churn and retention after a contact, from sorted order times. Pure C core.
 * SPDX-License-Identifier: MIT
 */
#ifndef EFFORT_RETENTION_H
#define EFFORT_RETENTION_H

#include <stdbool.h>
#include <stdint.h>

/* Whether a sorted (ascending) list of times holds one in (after, after + window]. */
bool effort_times_any_within(const int64_t *times, uint32_t n, int64_t after, int64_t window);

/* One customer's standing in the churn count over the two windows before `now`. */
typedef enum {
	EFFORT_CHURN_NOT_ACTIVE = 0,   /* no order in (now - 2w, now - w]: not in the base */
	EFFORT_CHURN_STAYED,           /* ordered in (now - 2w, now - w] and again in (now - w, now] */
	EFFORT_CHURN_LOST              /* ordered in (now - 2w, now - w], not in (now - w, now] */
} effort_churn_state;

effort_churn_state effort_churn_of(const int64_t *orders, uint32_t n, int64_t now, int64_t window);

#endif
