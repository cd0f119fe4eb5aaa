/*
 * Property fuzzer for the cart core (src/cart/cart_core.c), no PHP needed.
 *   bash tests/fuzz/run.sh [seconds] cart_fuzz                          (libFuzzer, bytes drive the input)
 *   bash tests/fuzz/cart_fuzz.sh [iterations]                          (gcc + ASAN/UBSAN, seeded PRNG)
 * Each input becomes a configuration (with a synthetic DST zone), a cart and an instant; for every
 * cart that validates, the decision must hold these properties:
 *   - deterministic: classifying again gives the same decision;
 *   - due: dueAt <= now, now outside the quiet hours, step = reminders sent + 1 <= steps;
 *   - waiting: dueAt > now, step in range, dueAt outside the quiet hours;
 *   - a step already recorded is never due again: recording the due step at `now` makes the same
 *     cart at the same instant no longer due;
 *   - the time-zone span cache changes nothing: the same decision with and without it.
 * sources: src/cart/cart_core.c src/common/shopcx_time.c
 * cflags: -DSHOPCX_LIBFUZZER
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cart/cart_core.h"

#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "property failed: %s (line %d)\n", #cond, __LINE__); abort(); } } while (0)

typedef struct {
	const uint8_t *data;
	size_t size, pos;
	uint64_t rng;
} source;

static uint64_t next_u64(source *s)
{
	uint64_t v = 0;
	if (s->data) {
		for (int i = 0; i < 8; i++) {
			v = (v << 8) | (s->pos < s->size ? s->data[s->pos++] : 0);
		}
		return v;
	}
	s->rng ^= s->rng << 13;   /* xorshift64 */
	s->rng ^= s->rng >> 7;
	s->rng ^= s->rng << 17;
	return s->rng;
}

static int64_t pick(source *s, int64_t lo, int64_t hi)
{
	return lo + (int64_t) (next_u64(s) % (uint64_t) (hi - lo + 1));
}

#include "dst_zone.h"

static long seen[CART_STATE_COUNT + 1];   /* per state; last: rejected by cart_validate */

static void one(source *s, const shopcx_tz *zone)
{
	shopcx_tz utc = { "UTC", NULL, 0 };
	static cart_tz_span spans[2];   /* one per zone, kept across inputs like a detector keeps its own */
	cart_config cfg;
	cart_input in;
	cart_problem problem;
	cart_decision a, b;
	int64_t now, end;
	uint32_t i;

	memset(&cfg, 0, sizeof(cfg));
	cfg.steps = (uint32_t) pick(s, 1, CART_MAX_STEPS);
	cfg.idle = pick(s, 1, 86400);
	cfg.delays[0] = cfg.idle + pick(s, 0, 86400);
	for (i = 1; i < cfg.steps; i++) {
		cfg.delays[i] = cfg.delays[i - 1] + pick(s, 1, 3 * 86400);
	}
	cfg.expiry = cfg.delays[cfg.steps - 1] + pick(s, 1, 30 * 86400);
	cfg.skew = pick(s, 0, 3600);
	cfg.min_value = (double) pick(s, 0, 50);
	cfg.consent_required = pick(s, 0, 1);
	cfg.quiet = pick(s, 0, 1);
	cfg.quiet_start = (int32_t) pick(s, 0, 1439) * 60;
	/* Not a retry loop: once libFuzzer's bytes run out every pick is 0, and a loop would never end. */
	cfg.quiet_end = (int32_t) pick(s, 0, 1439) * 60;
	if (cfg.quiet_end == cfg.quiet_start) {
		cfg.quiet_end = (cfg.quiet_start + 60) % 86400;
	}
	cfg.tz = pick(s, 0, 1) ? zone : &utc;
	cfg.span = pick(s, 0, 3) ? &spans[cfg.tz == zone] : NULL;

	now = pick(s, 0, INT64_C(4102444800));
	memset(&in, 0, sizeof(in));
	in.status = (cart_status) pick(s, 0, 2);
	in.guest = pick(s, 0, 1);
	in.has_email = pick(s, 0, 3) != 0;
	in.consent = (int) pick(s, -1, 1);
	in.opted_out = pick(s, 0, 7) == 0;
	in.has_order = pick(s, 0, 7) == 0;
	in.open_ticket = pick(s, 0, 7) == 0;
	in.items = pick(s, 0, 5);
	in.value = (double) pick(s, 0, 100);
	in.updated_at = now - pick(s, -600, 40 * 86400);
	in.created_at = in.updated_at - pick(s, -10, 86400);
	in.has_ordered_at = pick(s, 0, 1);
	in.ordered_at = in.updated_at + pick(s, -100, 86400);
	in.sent_count = (uint32_t) pick(s, 0, cfg.steps);
	for (i = 0; i < in.sent_count; i++) {
		in.sent[i] = (i ? in.sent[i - 1] : in.created_at) + pick(s, -10, 2 * 86400);
	}
	in.recovered_step = (uint32_t) pick(s, 0, in.sent_count + 1);

	if (!cart_validate(&cfg, &in, now, &problem)) {
		CHECK(problem.code != CART_OK && problem.field != NULL);
		seen[CART_STATE_COUNT]++;
		return;
	}
	cart_classify(&cfg, &in, now, &a);
	cart_classify(&cfg, &in, now, &b);
	seen[a.state]++;
	{
		cart_config plain = cfg;
		cart_decision c;
		plain.span = NULL;
		cart_classify(&plain, &in, now, &c);
		CHECK(c.state == a.state && c.step == a.step && c.due_at == a.due_at && c.reason == a.reason);
	}
	CHECK(memcmp(&a, &b, sizeof(a)) == 0 || (a.state == b.state && a.step == b.step && a.due_at == b.due_at && a.reason == b.reason));
	CHECK(a.state < CART_STATE_COUNT && a.reason < CART_REASON_COUNT);
	CHECK((a.state == CART_IGNORED) == (a.reason != CART_REASON_NONE));
	switch (a.state) {
		case CART_DUE:
			CHECK(a.has_due && a.due_at <= now);
			CHECK(a.step == in.sent_count + 1 && a.step <= cfg.steps);
			CHECK(!cart_quiet_at(&cfg, now, &end));
			/* Record the step as sent now: the same cart at the same instant is no longer due. */
			in.sent[in.sent_count++] = now;
			CHECK(cart_validate(&cfg, &in, now, &problem));
			cart_classify(&cfg, &in, now, &b);
			CHECK(b.state != CART_DUE);
			break;
		case CART_WAITING:
			CHECK(a.has_due && a.due_at > now);
			CHECK(a.step == in.sent_count + 1 && a.step <= cfg.steps);
			CHECK(!cart_quiet_at(&cfg, a.due_at, &end));
			break;
		case CART_RECOVERED:
			CHECK(in.status == CART_ORDERED && a.step >= 1 && a.step <= in.sent_count);
			break;
		case CART_CONVERTED:
			CHECK(in.status == CART_ORDERED);
			break;
		case CART_ACTIVE:
			CHECK(now - in.updated_at < cfg.idle);
			break;
		default:
			break;
	}
}

static shopcx_tz zone;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	source s = { data, size, 0, 0 };
	if (zone.count == 0) {
		make_zone(&zone);
	}
	one(&s, &zone);
	return 0;
}

#ifndef SHOPCX_LIBFUZZER
int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	source s = { NULL, 0, 0, UINT64_C(0x9E3779B97F4A7C15) };
	make_zone(&zone);
	for (long i = 0; i < n; i++) {
		one(&s, &zone);
	}
	printf("cart_fuzz: %ld inputs, all properties held (", n);
	for (int i = 0; i < CART_STATE_COUNT; i++) {
		printf("%s %ld, ", cart_state_name((cart_state) i), seen[i]);
	}
	printf("invalid %ld)\n", seen[CART_STATE_COUNT]);
	return 0;
}
#endif
