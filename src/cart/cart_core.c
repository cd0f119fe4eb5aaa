/*
 * Abandoned-cart decisions. Pure C (see cart_core.h). SPDX-License-Identifier: MIT
 */
#include "cart_core.h"

static const char *const state_names[CART_STATE_COUNT] = {
	"active", "due", "waiting", "recovered", "converted", "ignored"
};

static const char *const reason_names[CART_REASON_COUNT] = {
	"", "no_consent", "opted_out", "no_email", "empty", "below_minimum", "expired",
	"ordered_elsewhere", "open_ticket", "closed", "sequence_done"
};

const char *cart_state_name(cart_state state)
{
	return state_names[state];
}

const char *cart_reason_name(cart_reason reason)
{
	return reason_names[reason];
}

static bool problem(cart_problem *p, cart_error code, const char *field, uint32_t entry)
{
	p->code = code;
	p->field = field;
	p->entry = entry;
	return false;
}

bool cart_validate(const cart_config *cfg, const cart_input *in, int64_t now, cart_problem *p)
{
	int64_t limit = now + cfg->skew;
	uint32_t i;

	/* updated_at first: created_at defaults to it, and the message should name what the row holds. */
	if (in->updated_at < 0) {
		return problem(p, CART_ERR_NEGATIVE_TIME, "updated_at", 0);
	}
	if (in->created_at < 0) {
		return problem(p, CART_ERR_NEGATIVE_TIME, "created_at", 0);
	}
	if (in->updated_at > limit) {
		return problem(p, CART_ERR_FUTURE, "updated_at", 0);
	}
	if (in->created_at > limit) {
		return problem(p, CART_ERR_FUTURE, "created_at", 0);
	}
	if (in->updated_at < in->created_at) {
		return problem(p, CART_ERR_BEFORE_CREATED, "updated_at", 0);
	}
	if (in->has_ordered_at) {
		if (in->ordered_at < 0) {
			return problem(p, CART_ERR_NEGATIVE_TIME, "ordered_at", 0);
		}
		if (in->ordered_at > limit) {
			return problem(p, CART_ERR_FUTURE, "ordered_at", 0);
		}
		if (in->ordered_at < in->created_at) {
			return problem(p, CART_ERR_BEFORE_CREATED, "ordered_at", 0);
		}
	}
	for (i = 0; i < in->sent_count; i++) {
		if (in->sent[i] < 0) {
			return problem(p, CART_ERR_NEGATIVE_TIME, "reminders", i + 1);
		}
		if (in->sent[i] > limit) {
			return problem(p, CART_ERR_FUTURE, "reminders", i + 1);
		}
		if (in->sent[i] < in->created_at) {
			return problem(p, CART_ERR_BEFORE_CREATED, "reminders", i + 1);
		}
		if (i > 0 && in->sent[i] < in->sent[i - 1]) {
			return problem(p, CART_ERR_REMINDER_ORDER, "reminders", i + 1);
		}
	}
	if (in->recovered_step > in->sent_count) {
		return problem(p, CART_ERR_STEP_RANGE, "recovered_step", 0);
	}
	p->code = CART_OK;
	return true;
}

/* shopcx_tz_offset_at() with a one-span cache: the hot path of quiet-hour checks. */
static int32_t offset_at(const cart_config *cfg, int64_t at)
{
	const shopcx_tz *tz = cfg->tz;
	cart_tz_span *span = cfg->span;
	size_t lo = 0, hi;

	if (span && at >= span->from && at < span->until) {
		return span->offset;
	}
	if (tz->count == 0) {
		if (span) {
			span->from = INT64_MIN;   /* UTC: one span for all time */
			span->until = INT64_MAX;
			span->offset = 0;
		}
		return 0;
	}
	hi = tz->count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (tz->transitions[mid].at <= at) {
			lo = mid;
		} else {
			hi = mid;
		}
	}
	if (span) {
		span->from = lo == 0 ? INT64_MIN : tz->transitions[lo].at;
		span->until = lo + 1 < tz->count ? tz->transitions[lo + 1].at : INT64_MAX;
		span->offset = tz->transitions[lo].offset;
	}
	return tz->transitions[lo].offset;
}

bool cart_quiet_at(const cart_config *cfg, int64_t at, int64_t *end)
{
	int64_t local, days, end_day;
	int32_t sod;

	if (!cfg->quiet) {
		return false;
	}
	local = at + offset_at(cfg, at);
	days = shopcx_floor_div(local, SHOPCX_SECONDS_PER_DAY);
	sod = (int32_t) (local - days * SHOPCX_SECONDS_PER_DAY);
	if (cfg->quiet_start < cfg->quiet_end) {
		if (sod < cfg->quiet_start || sod >= cfg->quiet_end) {
			return false;
		}
		end_day = days;
	} else if (sod >= cfg->quiet_start) {       /* evening part of a period across midnight */
		end_day = days + 1;
	} else if (sod < cfg->quiet_end) {          /* morning part */
		end_day = days;
	} else {
		return false;
	}
	{
		/* Fast path: no offset change within a day either side of the end, so the wall-clock end
		 * maps back with the offset of the span we are in (what shopcx_tz_from_local would find). */
		int64_t guess = end_day * SHOPCX_SECONDS_PER_DAY + cfg->quiet_end - (local - at);
		const cart_tz_span *span = cfg->span;
		if (span && span->offset == (int32_t) (local - at)
			&& guess - SHOPCX_SECONDS_PER_DAY >= span->from && guess + SHOPCX_SECONDS_PER_DAY < span->until) {
			*end = guess;
		} else {
			/* A wall-clock end inside a DST gap moves forward, an ambiguous one takes its first occurrence. */
			*end = shopcx_tz_from_local(cfg->tz, end_day, cfg->quiet_end / 3600, (cfg->quiet_end / 60) % 60, cfg->quiet_end % 60);
		}
	}
	if (*end <= at) {
		/* `at` lies in the repeated hour after a fall-back and the first occurrence of the end is
		 * already past: the quiet period ends at the second occurrence, in the offset now in force. */
		*end = end_day * SHOPCX_SECONDS_PER_DAY + cfg->quiet_end - (local - at);
		if (*end <= at) {
			*end = at + 1;   /* cannot happen with sane tables; never report a past end */
		}
	}
	return true;
}

static void decide(cart_decision *out, cart_state state, cart_reason reason, uint32_t step)
{
	out->state = state;
	out->reason = reason;
	out->step = step;
	out->has_due = false;
	out->due_at = 0;
}

/*
 * The first moment at or after `t` outside the quiet hours. Usually one step; more when the end of
 * a quiet period falls into a DST gap that swallows the whole allowed window (a window of 02:07-02:39
 * on the spring-forward night): then the next day's window is the first one.
 */
static int64_t after_quiet(const cart_config *cfg, int64_t t)
{
	int64_t end;
	int i;
	for (i = 0; i < 4 && cart_quiet_at(cfg, t, &end); i++) {
		t = end;
	}
	return t;
}

void cart_classify(const cart_config *cfg, const cart_input *in, int64_t now, cart_decision *out)
{
	uint32_t next, i;
	int64_t due, quiet_end;

	if (in->status == CART_ORDERED) {
		/* Recovered: the order followed a recovery click or at least one reminder; converted otherwise. */
		uint32_t before = 0;
		for (i = 0; i < in->sent_count; i++) {
			if (!in->has_ordered_at || in->sent[i] <= in->ordered_at) {
				before = i + 1;
			}
		}
		if (in->recovered_step > 0) {
			decide(out, CART_RECOVERED, CART_REASON_NONE, in->recovered_step);
		} else if (before > 0) {
			decide(out, CART_RECOVERED, CART_REASON_NONE, before);
		} else {
			decide(out, CART_CONVERTED, CART_REASON_NONE, 0);
		}
		return;
	}
	if (in->status == CART_CLOSED) {
		decide(out, CART_IGNORED, CART_REASON_CLOSED, 0);
		return;
	}
	if (in->has_order) {
		decide(out, CART_IGNORED, CART_REASON_ORDERED_ELSEWHERE, 0);
		return;
	}
	if (in->items == 0) {
		decide(out, CART_IGNORED, CART_REASON_EMPTY, 0);
		return;
	}
	if (now - in->updated_at < cfg->idle) {
		decide(out, CART_ACTIVE, CART_REASON_NONE, 0);
		return;
	}
	if (in->opted_out) {
		decide(out, CART_IGNORED, CART_REASON_OPTED_OUT, 0);
		return;
	}
	if (in->consent == 0 || (in->guest && cfg->consent_required && in->consent != 1)) {
		decide(out, CART_IGNORED, CART_REASON_NO_CONSENT, 0);
		return;
	}
	if (!in->has_email) {
		decide(out, CART_IGNORED, CART_REASON_NO_EMAIL, 0);
		return;
	}
	if (in->value < cfg->min_value) {
		decide(out, CART_IGNORED, CART_REASON_BELOW_MINIMUM, 0);
		return;
	}
	if (in->open_ticket) {
		decide(out, CART_IGNORED, CART_REASON_OPEN_TICKET, 0);
		return;
	}
	if (now - in->updated_at >= cfg->expiry) {
		decide(out, CART_IGNORED, CART_REASON_EXPIRED, 0);
		return;
	}
	if (in->sent_count >= cfg->steps) {
		decide(out, CART_IGNORED, CART_REASON_SEQUENCE_DONE, 0);
		return;
	}

	/* The next unsent step: due its delay after the last activity, and never closer to the
	 * previous reminder than the sequence spaces them (a late cron run does not bunch them). */
	next = in->sent_count;
	due = in->updated_at + cfg->delays[next];
	if (next > 0 && in->sent[next - 1] + (cfg->delays[next] - cfg->delays[next - 1]) > due) {
		due = in->sent[next - 1] + (cfg->delays[next] - cfg->delays[next - 1]);
	}
	due = after_quiet(cfg, due);
	if (now >= due && cart_quiet_at(cfg, now, &quiet_end)) {
		/* Overdue but it is night now (a cron that was down): wait for the morning. */
		decide(out, CART_WAITING, CART_REASON_NONE, next + 1);
		out->has_due = true;
		out->due_at = after_quiet(cfg, quiet_end);
		return;
	}
	decide(out, now >= due ? CART_DUE : CART_WAITING, CART_REASON_NONE, next + 1);
	out->has_due = true;
	out->due_at = due;
}
