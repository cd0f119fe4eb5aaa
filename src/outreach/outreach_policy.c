/*
 * Outreach contact-pressure policy: cool-downs, a rolling cap, quiet hours and suppressions
 * combined into one earliest allowed moment. Pure C. SPDX-License-Identifier: MIT
 */
#include <string.h>
#include <stdlib.h>
#include "outreach_policy.h"

static const char *const reason_names[OUTREACH_REASON_COUNT] = {
	"opted_out", "no_consent", "open_ticket", "complaint", "low_rating", "low_effort",
	"cooldown", "gap", "cap", "quiet_hours",
};

const char *outreach_reason_name(outreach_reason reason)
{
	return reason_names[reason];
}

int outreach_kind_find(const outreach_policy *policy, const char *name, size_t len)
{
	int i;
	for (i = 0; i < policy->kind_count; i++) {
		if (policy->kinds[i].name_len == len && memcmp(policy->kinds[i].name, name, len) == 0) {
			return i;
		}
	}
	return OUTREACH_KIND_UNKNOWN;
}

static int local_second_of_day(const outreach_policy *policy, int64_t t, int64_t *days)
{
	shopcx_local_time lt;
	shopcx_tz_to_local(&policy->tz, t, &lt);
	*days = lt.days;
	return lt.hour * 3600 + lt.minute * 60 + lt.second;
}

static bool second_is_quiet(const outreach_policy *policy, int s)
{
	if (policy->quiet_start < policy->quiet_end) {
		return s >= policy->quiet_start && s < policy->quiet_end;
	}
	return s >= policy->quiet_start || s < policy->quiet_end;   /* wraps over midnight */
}

bool outreach_in_quiet(const outreach_policy *policy, int64_t t)
{
	int64_t days;
	return policy->quiet && second_is_quiet(policy, local_second_of_day(policy, t, &days));
}

/* The last time-zone transition at or before `t` (INT64_MIN when none). */
static int64_t transition_at_or_before(const shopcx_tz *tz, int64_t t)
{
	size_t lo = 0, hi = tz->count;
	while (lo < hi) {   /* first index with at > t */
		size_t mid = lo + (hi - lo) / 2;
		if (tz->transitions[mid].at <= t) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo == 0 ? INT64_MIN : tz->transitions[lo - 1].at;
}

/*
 * The first moment after `t` (which is quiet) at which the quiet hours end, by the wall clock:
 * when the end falls in a spring-forward gap, the clock jumps past it at the transition itself;
 * when it falls in a repeated fall-back hour and its first occurrence is behind us, the second
 * occurrence counts.
 */
static int64_t quiet_end_after(const outreach_policy *policy, int64_t t)
{
	int64_t days, end, tr;
	int s = local_second_of_day(policy, t, &days);
	if (s >= policy->quiet_end) {
		days++;              /* the end on this local day has passed: tomorrow's */
	}
	end = shopcx_tz_from_local(&policy->tz, days, policy->quiet_end / 3600, policy->quiet_end / 60 % 60,
		policy->quiet_end % 60);
	if (local_second_of_day(policy, end, &days) != policy->quiet_end) {
		tr = transition_at_or_before(&policy->tz, end);
		if (tr > t && !outreach_in_quiet(policy, tr)) {
			return tr;
		}
	}
	if (end <= t) {
		end += shopcx_tz_offset_at(&policy->tz, end, NULL) - shopcx_tz_offset_at(&policy->tz, t, NULL);
	}
	return end > t ? end : t + 1;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
	return (x > y) - (x < y);
}

#define BLOCK(r) do { out->reasons |= 1u << (r); } while (0)

void outreach_decide(const outreach_policy *policy, int kind, const outreach_entry *history, size_t count,
	int64_t now, const outreach_context *ctx, int64_t *scratch, outreach_decision *out)
{
	const outreach_kind *k = &policy->kinds[kind];
	int64_t at = now;              /* earliest moment satisfying every time-bound constraint */
	int64_t last_same = INT64_MIN, last_other = INT64_MIN;
	size_t in_window = 0, i;
	int step;
	bool hard = false;

	memset(out, 0, sizeof(*out));

	/* Suppressions with no known end. */
	if (ctx->opted_out) {
		BLOCK(OUTREACH_OPTED_OUT);
		hard = true;
	}
	if (k->consent_required && !ctx->consent) {
		BLOCK(OUTREACH_NO_CONSENT);
		hard = true;
	}
	if (ctx->open_ticket) {
		BLOCK(OUTREACH_OPEN_TICKET);
		hard = true;
	}

	/* Suppressions that end a fixed time after an event: blocked while now < event + within. */
	if (policy->complaint_within > 0 && ctx->has_complaint && ctx->complaint_at <= now
		&& now < ctx->complaint_at + policy->complaint_within) {
		BLOCK(OUTREACH_COMPLAINT);
		if (ctx->complaint_at + policy->complaint_within > at) {
			at = ctx->complaint_at + policy->complaint_within;
		}
	}
	if (policy->rating_within > 0 && ctx->has_rating && ctx->rating_score < policy->rating_below
		&& ctx->rating_at <= now && now < ctx->rating_at + policy->rating_within) {
		BLOCK(OUTREACH_LOW_RATING);
		if (ctx->rating_at + policy->rating_within > at) {
			at = ctx->rating_at + policy->rating_within;
		}
	}
	if (policy->effort_within > 0 && ctx->has_effort && ctx->effort_score < policy->effort_below
		&& ctx->effort_at <= now && now < ctx->effort_at + policy->effort_within) {
		BLOCK(OUTREACH_LOW_EFFORT);
		if (ctx->effort_at + policy->effort_within > at) {
			at = ctx->effort_at + policy->effort_within;
		}
	}

	/* One pass over the history: the last message of this kind, the last of any other kind and the
	 * times inside the cap window. */
	for (i = 0; i < count; i++) {
		int64_t t = history[i].at;
		if (t > now) {
			continue;        /* not sent yet: the history is what already went out */
		}
		if (history[i].kind == kind) {
			if (t > last_same) {
				last_same = t;
			}
		} else if (t > last_other) {
			last_other = t;
		}
		if (policy->cap_max > 0 && t > now - policy->cap_window) {
			scratch[in_window++] = t;
		}
	}
	if (k->cooldown > 0 && last_same != INT64_MIN && now < last_same + k->cooldown) {
		BLOCK(OUTREACH_COOLDOWN);
		if (last_same + k->cooldown > at) {
			at = last_same + k->cooldown;
		}
	}
	/* The gap keeps kinds apart (no survey the day after a review invitation) without slowing a
	 * sequence of one kind, such as cart reminders, the way a cap would. */
	if (policy->gap > 0 && last_other != INT64_MIN && now < last_other + policy->gap) {
		BLOCK(OUTREACH_GAP);
		if (last_other + policy->gap > at) {
			at = last_other + policy->gap;
		}
	}
	if (policy->cap_max > 0 && (int64_t) in_window >= policy->cap_max) {
		/* Allowed once only cap_max - 1 of these remain inside the window: when the
		 * (in_window - cap_max + 1)-th oldest has left it, at its time + window. */
		int64_t leave;
		qsort(scratch, in_window, sizeof(int64_t), cmp_i64);
		leave = scratch[in_window - (size_t) policy->cap_max] + policy->cap_window;
		BLOCK(OUTREACH_CAP);
		if (leave > at) {
			at = leave;
		}
	}

	/* Quiet hours last: push the moment out of them (twice at most after a DST shift). */
	if (policy->quiet && !k->quiet_exempt) {
		if (outreach_in_quiet(policy, now)) {
			BLOCK(OUTREACH_QUIET_HOURS);
		}
		for (step = 0; step < 4 && outreach_in_quiet(policy, at); step++) {
			at = quiet_end_after(policy, at);
			BLOCK(OUTREACH_QUIET_HOURS);
		}
	}

	if (out->reasons == 0) {
		out->allowed = true;
		out->has_not_before = true;
		out->not_before = now;
		return;
	}
	for (step = 0; step < OUTREACH_REASON_COUNT; step++) {
		if (out->reasons & (1u << step)) {
			out->first = (outreach_reason) step;
			break;
		}
	}
	out->has_not_before = !hard;
	out->not_before = hard ? 0 : at;
}
