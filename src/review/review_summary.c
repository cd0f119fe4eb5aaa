/* Star-rating statistics. Pure C. SPDX-License-Identifier: MIT */
#include <math.h>

#include "review_summary.h"

int64_t review_summary_count(const review_summary *s)
{
	return s->hist[0] + s->hist[1] + s->hist[2] + s->hist[3] + s->hist[4];
}

int64_t review_summary_sum(const review_summary *s)
{
	return s->hist[0] + 2 * s->hist[1] + 3 * s->hist[2] + 4 * s->hist[3] + 5 * s->hist[4];
}

double review_summary_wilson_lower(const review_summary *s, double z)
{
	double n = (double) review_summary_count(s), p, z2, centre, margin;
	if (n <= 0) {
		return 0.0;
	}
	p = (double) (s->hist[3] + s->hist[4]) / n;
	z2 = z * z;
	centre = p + z2 / (2 * n);
	margin = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n));
	p = (centre - margin) / (1 + z2 / n);
	return p < 0 ? 0.0 : p;   /* rounding near p = 0 */
}

double review_summary_bayesian(const review_summary *s, double prior_mean, double weight)
{
	double n = (double) review_summary_count(s);
	if (n + weight <= 0) {
		return prior_mean;
	}
	return (weight * prior_mean + (double) review_summary_sum(s)) / (weight + n);
}
