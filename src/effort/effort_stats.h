/*
 * ShopCX effort: the statistics behind a survey report. Pure C: no zvals, no allocation.
 *
 * A report keeps, per question, a histogram of the answers (one 64-bit count per scale point).
 * Everything the report shows is derived from those counts, so adding and merging are exact
 * and order-independent, and a stored report is just its counts.
 * SPDX-License-Identifier: MIT
 */
#ifndef EFFORT_STATS_H
#define EFFORT_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a question measures: decides its scale and the figures the report derives. */
typedef enum {
	EFFORT_METRIC_EFFORT = 0,  /* 1 virtually none, 2 a bit, 3 far too much */
	EFFORT_METRIC_CES,         /* 1-7 agreement with "the shop made it easy" */
	EFFORT_METRIC_NPS,         /* 0-10 likelihood to recommend */
	EFFORT_METRIC_CSAT,        /* 1-5 satisfaction */
	EFFORT_METRIC_RATING,      /* any integer scale min..max */
	EFFORT_METRIC_YESNO,       /* 0 no, 1 yes */
	EFFORT_METRIC_COMMENT,     /* free text: only counted */
	EFFORT_METRIC_COUNT
} effort_metric;

#define EFFORT_MAX_SCALE_POINTS 101   /* a rating scale spans at most 0..100 */

typedef struct {
	effort_metric metric;
	int32_t min, max;       /* scale; a comment has min = max = 0 (one slot: answered) */
	uint32_t offset;        /* index of this question's first count in a cell */
} effort_qspec;

/* 95% intervals; `valid` is false where the method is undefined (too few answers). */
typedef struct {
	bool valid;
	double low, high;
} effort_interval;

typedef struct {
	uint64_t count;
	bool has_mean;
	double mean, sd;            /* sample standard deviation (n - 1), 0 for n = 1 */
	effort_interval mean_ci;    /* t-interval, n >= 2 */
	/* Share of "good" answers, with a Wilson score interval (n >= 1):
	 * effort: share of 1 (virtually none); ces: 5-7; csat: 4-5; yesno: 1; others: unused. */
	bool has_share;
	double share;
	effort_interval share_ci;
	double high_effort;         /* effort only: share of 3 (far too much) */
	/* NPS: shares of promoters (9-10), passives (7-8), detractors (0-6); score in -100..100 with
	 * the normal interval from the variance of a difference of proportions (n >= 2). */
	double promoters, passives, detractors, nps;
	effort_interval nps_ci;
} effort_qstats;

const char *effort_metric_name(effort_metric metric);
/* Metric by name ("effort", "ces", ...); returns EFFORT_METRIC_COUNT when unknown. */
effort_metric effort_metric_from_name(const char *name, size_t len);
/* Count slots a question needs in a cell. */
uint32_t effort_qspec_slots(const effort_qspec *q);

/* Derive every figure of one question from its counts (counts[0] is the answer `min`). */
void effort_qstats_compute(const effort_qspec *q, const uint64_t *counts, effort_qstats *out);

/* Two-sided 95% quantile of Student's t with `df` degrees of freedom (df >= 1). */
double effort_t975(uint64_t df);
/* Wilson score interval for `k` successes out of `n` (n >= 1) at 95%. */
effort_interval effort_wilson(uint64_t k, uint64_t n);

/* 64-bit FNV-1a, to fingerprint a survey's shape. */
uint64_t effort_fnv1a(uint64_t hash, const void *data, size_t len);
#define EFFORT_FNV_OFFSET UINT64_C(0xcbf29ce484222325)

#endif
