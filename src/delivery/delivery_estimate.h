/*
 * Delivery estimates: from an order instant to processing, dispatch and delivery days, with the
 * cut-off that decides them. Pure C over delivery_calendar and shopcx_time.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_DELIVERY_ESTIMATE_H
#define SHOPCX_DELIVERY_ESTIMATE_H

#include "delivery_calendar.h"

#define SHOPCX_NO_CUTOFF (-1)

typedef struct {
	const shopcx_calendar *warehouse;   /* dispatch days */
	const shopcx_tz *tz;                /* warehouse time zone */
	int32_t cutoff[7];                  /* per weekday (0 = Sunday): seconds after local midnight
	                                       (1..86400), or SHOPCX_NO_CUTOFF: no processing that day */
} shopcx_estimator;

typedef struct {
	const shopcx_calendar *carrier;     /* delivery days */
	int transit_min, transit_max;       /* carrier working days after dispatch */
	int handling;                       /* warehouse working days from processing to dispatch */
	int64_t restock;                    /* day the goods arrive, or -1 */
	int backorder;                      /* working days to get the goods, counted from the order
	                                       day (the supplier is asked when the order comes in), or -1 */
} shopcx_estimate_item;

typedef struct {
	int64_t today;        /* local date of the order */
	int64_t process;      /* day the order is processed (the cut-off's day) */
	int64_t dispatch, earliest, latest;
	int64_t cutoff_at;    /* UTC instant of that cut-off */
	int32_t cutoff;       /* its seconds of day */
	bool cutoff_decides;  /* the goods are ready on the processing day, so missing the cut-off
	                         delays delivery; false for restock and backorder items, whose dates
	                         the cut-off does not move */
} shopcx_estimate_result;

/* True when some warehouse weekday has a cut-off (else no order is ever processed). */
bool shopcx_estimator_valid(const shopcx_estimator *est);

/* Fills `out`. Returns false when the answer would fall outside 1970-2099. */
bool shopcx_estimate(const shopcx_estimator *est, int64_t now, const shopcx_estimate_item *item, shopcx_estimate_result *out);

#endif
