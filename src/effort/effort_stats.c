/* ShopCX effort statistics. Pure C. SPDX-License-Identifier: MIT */
#include "effort_stats.h"

#include <math.h>
#include <string.h>

/* Normal 97.5% quantile: the z of every 95% interval here. */
#define Z975 1.959963984540054

static const char *const metric_names[EFFORT_METRIC_COUNT] = {
	"effort", "ces", "nps", "csat", "rating", "yesno", "comment"
};

const char *effort_metric_name(effort_metric metric)
{
	return (metric >= 0 && metric < EFFORT_METRIC_COUNT) ? metric_names[metric] : "unknown";
}

effort_metric effort_metric_from_name(const char *name, size_t len)
{
	int i;
	for (i = 0; i < EFFORT_METRIC_COUNT; i++) {
		if (strlen(metric_names[i]) == len && memcmp(metric_names[i], name, len) == 0) {
			return (effort_metric) i;
		}
	}
	return EFFORT_METRIC_COUNT;
}

uint32_t effort_qspec_slots(const effort_qspec *q)
{
	return q->metric == EFFORT_METRIC_COMMENT ? 1 : (uint32_t) (q->max - q->min + 1);
}

/* t(0.975, df) for df 1..30; above that the Cornish-Fisher expansion around z is exact to
 * better than 1e-6, which is far below what any survey interval can show. */
static const double t975_table[30] = {
	12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
	2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
	2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
	2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
	2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
	2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456
};

double effort_t975(uint64_t df)
{
	double z = Z975, v, z3, z5, z7, z9;
	if (df == 0) {
		return NAN;
	}
	if (df <= 30) {
		return t975_table[df - 1];
	}
	v = (double) df;
	z3 = z * z * z;
	z5 = z3 * z * z;
	z7 = z5 * z * z;
	z9 = z7 * z * z;
	return z + (z3 + z) / (4 * v)
		+ (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
		+ (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
		+ (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
}

effort_interval effort_wilson(uint64_t k, uint64_t n)
{
	effort_interval ci = { false, 0, 0 };
	double p, nn, z2, denom, centre, half;
	if (n == 0) {
		return ci;
	}
	nn = (double) n;
	p = (double) k / nn;
	z2 = Z975 * Z975;
	denom = 1 + z2 / nn;
	centre = (p + z2 / (2 * nn)) / denom;
	half = Z975 * sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denom;
	ci.valid = true;
	ci.low = centre - half < 0 ? 0 : centre - half;
	ci.high = centre + half > 1 ? 1 : centre + half;
	/* Exact endpoints where the arithmetic above leaves a rounding residue. */
	if (k == 0) {
		ci.low = 0;
	}
	if (k == n) {
		ci.high = 1;
	}
	return ci;
}

void effort_qstats_compute(const effort_qspec *q, const uint64_t *counts, effort_qstats *out)
{
	uint32_t slots = effort_qspec_slots(q), i;
	uint64_t n = 0, good = 0;
	double sum = 0, ss = 0, nn;

	memset(out, 0, sizeof(*out));
	if (q->metric == EFFORT_METRIC_COMMENT) {
		out->count = counts[0];
		return;
	}
	for (i = 0; i < slots; i++) {
		n += counts[i];
	}
	out->count = n;
	if (n == 0) {
		return;
	}
	nn = (double) n;
	/* Two passes over the histogram: the mean first, then squared deviations (no cancellation). */
	for (i = 0; i < slots; i++) {
		sum += (double) counts[i] * (double) (q->min + (int32_t) i);
	}
	out->has_mean = true;
	out->mean = sum / nn;
	for (i = 0; i < slots; i++) {
		double d = (double) (q->min + (int32_t) i) - out->mean;
		ss += (double) counts[i] * d * d;
	}
	out->sd = n > 1 ? sqrt(ss / (nn - 1)) : 0;
	if (n > 1) {
		double half = effort_t975(n - 1) * out->sd / sqrt(nn);
		out->mean_ci.valid = true;
		/* Clamped to the scale: no answer can lie outside it, small samples make wide intervals. */
		out->mean_ci.low = fmax((double) q->min, out->mean - half);
		out->mean_ci.high = fmin((double) q->max, out->mean + half);
	}

	switch (q->metric) {
		case EFFORT_METRIC_EFFORT:
			good = counts[0];
			out->high_effort = (double) counts[2] / nn;
			out->has_share = true;
			break;
		case EFFORT_METRIC_CES:
			good = counts[4] + counts[5] + counts[6];
			out->has_share = true;
			break;
		case EFFORT_METRIC_CSAT:
			good = counts[3] + counts[4];
			out->has_share = true;
			break;
		case EFFORT_METRIC_YESNO:
			good = counts[1];
			out->has_share = true;
			break;
		case EFFORT_METRIC_NPS: {
			uint64_t det = 0, pas = counts[7] + counts[8], pro = counts[9] + counts[10];
			double diff, var;
			for (i = 0; i <= 6; i++) {
				det += counts[i];
			}
			out->promoters = (double) pro / nn;
			out->passives = (double) pas / nn;
			out->detractors = (double) det / nn;
			diff = out->promoters - out->detractors;
			out->nps = 100 * diff;
			if (n > 1) {
				/*
				 * Adjusted Wald: three pseudo-answers (3/4 promoter, 3/4 detractor, 3/2 passive)
				 * before Var(p_P - p_D) = (p_P + p_D - (p_P - p_D)^2) / n of one multinomial
				 * sample. The plain Wald interval collapses to zero width when every answer falls
				 * in one group (two passives: "0 to 0"); the adjusted one stays honest about a
				 * small sample and converges to it for large ones.
				 */
				double na = nn + 3, pp = ((double) pro + 0.75) / na, pd = ((double) det + 0.75) / na;
				double centre = pp - pd;
				var = (pp + pd - centre * centre) / na;
				if (var < 0) {
					var = 0;
				}
				out->nps_ci.valid = true;
				out->nps_ci.low = fmax(-100, 100 * (centre - Z975 * sqrt(var)));
				out->nps_ci.high = fmin(100, 100 * (centre + Z975 * sqrt(var)));
			}
			break;
		}
		default:
			break;
	}
	if (out->has_share) {
		out->share = (double) good / nn;
		out->share_ci = effort_wilson(good, n);
	}
}

uint64_t effort_fnv1a(uint64_t hash, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t i;
	for (i = 0; i < len; i++) {
		hash ^= p[i];
		hash *= UINT64_C(0x100000001b3);
	}
	return hash;
}
