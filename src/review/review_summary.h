/*
 * Star-rating statistics, pure C: a histogram of 1..5 star ratings is the whole state, so
 * summaries merge by adding histograms. SPDX-License-Identifier: MIT
 */
#ifndef REVIEW_SUMMARY_H
#define REVIEW_SUMMARY_H

#include <stdint.h>

#define REVIEW_Z95 1.959963984540054   /* two-sided 95% normal quantile */

typedef struct {
	int64_t hist[5];   /* hist[k] = ratings of k + 1 stars */
} review_summary;

int64_t review_summary_count(const review_summary *s);
int64_t review_summary_sum(const review_summary *s);
/* Lower bound of the Wilson score interval for the share of 4 and 5 star ratings; 0 when empty. */
double review_summary_wilson_lower(const review_summary *s, double z);
/* (weight * prior_mean + sum) / (weight + count); prior_mean when both are 0. */
double review_summary_bayesian(const review_summary *s, double prior_mean, double weight);

#endif
