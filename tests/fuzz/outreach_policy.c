/*
 * libFuzzer harness: the outreach policy core on a configuration, a contact history and a context
 * the fuzzer makes (in a synthetic DST zone). Properties that must hold for every decision:
 *   - deterministic: asking twice gives the same answer;
 *   - an allowed message is never inside the quiet hours (unless its kind is exempt);
 *   - notBefore is not in the past, and asking again at notBefore (same history, same context)
 *     allows the message when only timed constraints blocked it.
 *   bash tests/fuzz/run.sh [seconds] outreach_policy
 * sources: src/outreach/outreach_policy.c src/common/shopcx_time.c
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "outreach/outreach_policy.h"

#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "property failed: %s (line %d)\n", #cond, __LINE__); abort(); } } while (0)
#define MAX_HISTORY 64

typedef struct {
	const uint8_t *data;
	size_t size, pos;
} source;

static uint64_t take(source *s, uint64_t lo, uint64_t hi)
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++) {
		v = (v << 8) | (s->pos < s->size ? s->data[s->pos++] : 0);
	}
	return lo + v % (hi - lo + 1);
}

#include "dst_zone.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static outreach_policy p;
	outreach_entry history[MAX_HISTORY];
	int64_t scratch[MAX_HISTORY];
	outreach_context ctx;
	outreach_decision a, b, again;
	source s = { data, size, 0 };
	int64_t now;
	size_t count, i;
	int kind;

	memset(&p, 0, sizeof(p));
	p.kind_count = (int) take(&s, 1, 6);
	for (i = 0; i < (size_t) p.kind_count; i++) {
		snprintf(p.kinds[i].name, sizeof(p.kinds[i].name), "k%zu", i);
		p.kinds[i].name_len = strlen(p.kinds[i].name);
		p.kinds[i].cooldown = (int64_t) take(&s, 0, 1) ? (int64_t) take(&s, 1, 120 * 86400) : 0;
		p.kinds[i].consent_required = take(&s, 0, 3) == 0;
		p.kinds[i].quiet_exempt = take(&s, 0, 4) == 0;
	}
	if (take(&s, 0, 1)) {
		p.cap_max = (int64_t) take(&s, 1, 5);
		p.cap_window = (int64_t) take(&s, 3600, 60 * 86400);
	}
	p.gap = take(&s, 0, 1) ? (int64_t) take(&s, 1, 30 * 86400) : 0;
	p.quiet = take(&s, 0, 1);
	p.quiet_start = (int) take(&s, 0, 1439) * 60;
	p.quiet_end = (int) take(&s, 0, 1439) * 60;
	if (p.quiet_end == p.quiet_start) {
		p.quiet_end = (p.quiet_start + 60) % 86400;
	}
	p.complaint_within = take(&s, 0, 1) ? (int64_t) take(&s, 1, 30 * 86400) : 0;
	p.effort_below = (int64_t) take(&s, 1, 7);
	p.effort_within = take(&s, 0, 1) ? (int64_t) take(&s, 1, 14 * 86400) : 0;
	p.rating_below = (int64_t) take(&s, 1, 5);
	p.rating_within = take(&s, 0, 1) ? (int64_t) take(&s, 1, 60 * 86400) : 0;
	if (take(&s, 0, 1)) {
		make_zone(&p.tz);
	}

	now = (int64_t) take(&s, 86400 * 400, INT64_C(4000000000));
	kind = (int) take(&s, 0, (uint64_t) p.kind_count - 1);
	count = (size_t) take(&s, 0, MAX_HISTORY);
	for (i = 0; i < count; i++) {
		history[i].kind = take(&s, 0, 7) == 0 ? OUTREACH_KIND_UNKNOWN : (int) take(&s, 0, (uint64_t) p.kind_count - 1);
		history[i].at = now - (int64_t) take(&s, 0, 200 * 86400);
	}
	memset(&ctx, 0, sizeof(ctx));
	ctx.opted_out = take(&s, 0, 7) == 0;
	ctx.consent = take(&s, 0, 3) != 0;
	ctx.open_ticket = take(&s, 0, 7) == 0;
	ctx.has_complaint = take(&s, 0, 1);
	ctx.complaint_at = now - (int64_t) take(&s, 0, 40 * 86400);
	ctx.has_effort = take(&s, 0, 1);
	ctx.effort_score = (int64_t) take(&s, 1, 7);
	ctx.effort_at = now - (int64_t) take(&s, 0, 20 * 86400);
	ctx.has_rating = take(&s, 0, 1);
	ctx.rating_score = (int64_t) take(&s, 1, 5);
	ctx.rating_at = now - (int64_t) take(&s, 0, 80 * 86400);

	outreach_decide(&p, kind, history, count, now, &ctx, scratch, &a);
	outreach_decide(&p, kind, history, count, now, &ctx, scratch, &b);
	CHECK(a.allowed == b.allowed && a.has_not_before == b.has_not_before && a.not_before == b.not_before
		&& a.reasons == b.reasons);
	if (a.allowed) {
		CHECK(p.kinds[kind].quiet_exempt || !outreach_in_quiet(&p, now));
	} else {
		CHECK(a.reasons != 0);
		if (a.has_not_before) {
			CHECK(a.not_before >= now);
			outreach_decide(&p, kind, history, count, a.not_before, &ctx, scratch, &again);
			CHECK(again.allowed);
		}
	}
	return 0;
}
