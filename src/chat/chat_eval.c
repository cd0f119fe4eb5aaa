/*
 * Chat rules: evaluation. Pure C. Nothing here allocates: a visit that matches no rule
 * (the common case) costs a few comparisons per rule and at most one pcre2 match each.
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#include "chat_core.h"

/* Refills r->clock for the local day and offset period around `now`. */
static void clock_fill(chat_rules *r, const shopcx_tz *tz, int64_t now)
{
	shopcx_local_time lt;
	int64_t seconds, from, until;
	size_t lo = 0, hi;

	shopcx_tz_to_local(tz, now, &lt);
	seconds = (int64_t) lt.hour * 3600 + lt.minute * 60 + lt.second;
	from = now - seconds;
	until = from + SHOPCX_SECONDS_PER_DAY;
	/* Narrow to the offset period holding `now`: a DST change ends the cached range. */
	if (tz->count > 0) {
		hi = tz->count;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (tz->transitions[mid].at <= now) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		if (lo > 0 && tz->transitions[lo].at > from) {
			from = tz->transitions[lo].at;
		}
		if (lo + 1 < tz->count && tz->transitions[lo + 1].at < until) {
			until = tz->transitions[lo + 1].at;
		}
	}
	r->clock.from = from;
	r->clock.until = until;
	r->clock.base = now - seconds;
	r->clock.days = lt.days;
	r->clock.weekday = lt.weekday;
	r->clock.month = lt.month;
	r->clock.mday = lt.day;
	r->clock.holiday = -1;
}

bool chat_rules_closed_on(const chat_rules *r, int64_t days, int month, int mday)
{
	uint32_t lo = 0, hi = r->closed_count;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (r->closed[mid] < days) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return (lo < r->closed_count && r->closed[lo] == days) || (r->closed_yearly[month] & (1u << mday));
}

chat_status chat_rules_open_at(chat_rules *r, const shopcx_tz *tz, int64_t now,
	chat_holiday_fn holiday, const void *holiday_ctx)
{
	int minute, i, weekday;
	int64_t days;

	if (!r->has_hours && r->closed_count == 0 && !r->has_closed_yearly && holiday == NULL) {
		return CHAT_OK;
	}
	/* Wall-clock time in the shop's zone: opening hours follow DST, not UTC. */
	if (!(now >= r->clock.from && now < r->clock.until)) {
		clock_fill(r, tz, now);
	}
	days = r->clock.days;
	weekday = r->clock.weekday;
	minute = (int) ((now - r->clock.base) / 60);
	if (chat_rules_closed_on(r, days, r->clock.month, r->clock.mday)) {
		return CHAT_CLOSED_DATE;
	}
	if (holiday) {
		/* Asked once per local day: the answer cannot change within it. */
		if (r->clock.holiday < 0) {
			r->clock.holiday = holiday(holiday_ctx, days) ? 1 : 0;
		}
		if (r->clock.holiday) {
			return CHAT_HOLIDAY;
		}
	}
	if (!r->has_hours) {
		return CHAT_OK;
	}
	for (i = 0; i < r->interval_count[weekday]; i++) {
		if (minute >= r->open_from[weekday][i] && minute < r->open_until[weekday][i]) {
			return CHAT_OK;
		}
	}
	return CHAT_CLOSED_HOURS;
}

chat_status chat_rules_caps(const chat_rules *r, const chat_visit *v, int64_t now)
{
	if (v->chat_open) {
		return CHAT_CHAT_OPEN;
	}
	if (v->invitations_this_visit >= r->per_visit) {
		return CHAT_CAP_VISIT;
	}
	if (v->invitations_today >= r->per_day) {
		return CHAT_CAP_DAY;
	}
	/* A dismissal "in the future" is clock skew: treat it as just now. */
	if (v->dismissed && now - v->last_dismissed_at < r->dismiss_cooldown) {
		return CHAT_COOLDOWN;
	}
	return CHAT_OK;
}

int64_t chat_rules_slots(const chat_rules *r, int64_t agents)
{
	/* 3 agents x 2.5 = 7.5: seven chats can be answered at once, not eight. */
	return (int64_t) floor((double) agents * r->chats_per_agent + 1e-9);
}

chat_status chat_rules_capacity(const chat_rules *r, const chat_team *t)
{
	int64_t expected = t->has_answer_seconds ? t->answer_seconds : r->answer_seconds;
	if (t->agents_online <= 0) {
		return CHAT_NO_AGENTS;
	}
	if (t->open_chats >= chat_rules_slots(r, t->agents_online)) {
		return CHAT_FULL;
	}
	if (expected > r->max_answer_seconds) {
		return CHAT_SLOW;
	}
	return CHAT_OK;
}

/* Index of the lowest set bit (x != 0). */
static inline uint32_t lowest_bit(uint32_t x)
{
#if defined(__GNUC__) || defined(__clang__)
	return (uint32_t) __builtin_ctz(x);
#else
	uint32_t i = 0;
	while (!(x & 1u)) {
		x >>= 1;
		i++;
	}
	return i;
#endif
}

static bool list_has(const chat_string_list *list, const char *s, size_t len)
{
	uint32_t i;
	for (i = 0; i < list->count; i++) {
		if (list->items[i].len == len && memcmp(list->items[i].s, s, len) == 0) {
			return true;
		}
	}
	return false;
}

static bool url_matches(chat_rules *r, chat_cond *c, const chat_visit *v)
{
	int rc;
	if (!c->url_jit && ++c->url_uses == CHAT_JIT_AFTER) {
		uint32_t jit_available = 0;
		/* Falls back to the interpreter for good when the platform has no JIT or it fails. */
#ifdef SHOPCX_NO_PCRE_JIT
		(void) jit_available;
		c->url_jit = false;   /* PHP bundles its own pcre2: see config.m4 */
#else
		c->url_jit = pcre2_config(PCRE2_CONFIG_JIT, &jit_available) >= 0 && jit_available
			&& pcre2_jit_compile(c->url, PCRE2_JIT_COMPLETE) == 0;
#endif
	}
	/* The binding checked the URL is UTF-8; a pattern that hits its limits does not match. */
	if (c->url_jit) {
		rc = pcre2_jit_match(c->url, (PCRE2_SPTR) v->url, v->url_len, 0, PCRE2_NO_UTF_CHECK, r->match_data, r->match_context);
	} else {
		rc = pcre2_match(c->url, (PCRE2_SPTR) v->url, v->url_len, 0, PCRE2_NO_UTF_CHECK, r->match_data, r->match_context);
	}
	return rc >= 0;
}

static bool cond_matches(chat_rules *r, chat_cond *c, const chat_visit *v)
{
	uint32_t mask = c->mask, num, i;

	if ((mask & v->present) != mask) {
		return false;   /* a condition on something the shop did not tell us */
	}
	if ((mask & (1u << CHAT_F_PAGE_TYPE)) && !(c->pages & (1u << v->page))) {
		return false;
	}
	for (num = mask & CHAT_NUM_MASK; num; num &= num - 1) {
		i = lowest_bit(num);
		if (v->num[i] < c->min[i] || v->num[i] > c->max[i]) {
			return false;
		}
	}
	if ((mask & (1u << CHAT_F_ADDED_TO_CART)) && v->added_to_cart != c->added_to_cart) {
		return false;
	}
	if ((mask & (1u << CHAT_F_DEVICE)) && !(c->devices & (1u << v->device))) {
		return false;
	}
	if (mask & (1u << CHAT_F_LANGUAGE)) {
		bool found = false;
		for (i = 0; i < c->language_count && !found; i++) {
			found = c->languages[i] == v->language;
		}
		if (!found) {
			return false;
		}
	}
	if ((mask & (1u << CHAT_F_SEGMENT)) && !list_has(&c->segments, v->segment, v->segment_len)) {
		return false;
	}
	if (mask & (1u << CHAT_F_CATEGORY)) {
		bool found = false;
		for (i = 0; i < v->category_count && !found; i++) {
			found = list_has(&c->categories, v->categories[i].s, v->categories[i].len);
		}
		if (!found) {
			return false;
		}
	}
	/* The pattern last: it is the only condition that costs more than a comparison. */
	if ((mask & (1u << CHAT_F_URL)) && !url_matches(r, c, v)) {
		return false;
	}
	return true;
}

int32_t chat_rules_match(chat_rules *r, const chat_visit *v, uint32_t from, int32_t *any_index)
{
	int page = (v->present & (1u << CHAT_F_PAGE_TYPE)) ? v->page : CHAT_PAGE_COUNT;
	const uint16_t *order = r->by_page[page];
	uint32_t n = r->by_page_count[page], k, a;

	for (k = 0; k < n; k++) {
		chat_rule *rule;
		uint32_t i = order[k];
		if (i < from) {
			continue;
		}
		rule = &r->rules[i];
		if (!cond_matches(r, &rule->all, v)) {
			continue;
		}
		if (rule->any_count == 0) {
			*any_index = -1;
			return (int32_t) i;
		}
		for (a = 0; a < rule->any_count; a++) {
			if (cond_matches(r, &rule->any[a], v)) {
				*any_index = (int32_t) a;
				return (int32_t) i;
			}
		}
	}
	return -1;
}

/* ---- reason ---------------------------------------------------------------------------- */

/* A bounded line writer: a reason is built only for a match, but snprintf per piece was its main cost. */
typedef struct {
	char *p;
	size_t len;
} line;

static void put(line *l, const char *s, size_t n)
{
	if (n > CHAT_DESCRIBE_LEN - 1 - l->len) {
		n = CHAT_DESCRIBE_LEN - 1 - l->len;
	}
	memcpy(l->p + l->len, s, n);
	l->len += n;
	l->p[l->len] = '\0';
}

static void puts_(line *l, const char *s)
{
	put(l, s, strlen(s));
}

/* Whole numbers (nearly all thresholds and counts) without printf; others as %.15g. */
static void put_number(line *l, double x)
{
	char buf[32];
	if (x == floor(x) && fabs(x) < 1e15) {
		int64_t v = (int64_t) x;
		char *end = buf + sizeof(buf), *q = end;
		bool negative = v < 0;
		uint64_t u = negative ? (uint64_t) -v : (uint64_t) v;
		do {
			*--q = (char) ('0' + u % 10);
			u /= 10;
		} while (u);
		if (negative) {
			*--q = '-';
		}
		put(l, q, (size_t) (end - q));
		return;
	}
	put(l, buf, (size_t) snprintf(buf, sizeof(buf), "%.15g", x));
}

static void describe_range(line *l, double value, double min, double max)
{
	put_number(l, value);
	if (isinf(max)) {
		put(l, " >= ", 4);
		put_number(l, min);
	} else if (isinf(min)) {
		put(l, " <= ", 4);
		put_number(l, max);
	} else {
		put(l, " in ", 4);
		put_number(l, min);
		put(l, "..", 2);
		put_number(l, max);
	}
}

static const chat_string *matched_category(const chat_cond *c, const chat_visit *v)
{
	uint32_t i;
	for (i = 0; i < v->category_count; i++) {
		if (list_has(&c->categories, v->categories[i].s, v->categories[i].len)) {
			return &v->categories[i];
		}
	}
	return NULL;
}

/* Reads best in this order: where the visitor is, what they did, who they are. */
static const chat_field display_order[CHAT_F_COUNT] = {
	CHAT_F_PAGE_TYPE, CHAT_F_URL, CHAT_F_CATEGORY, CHAT_F_SECONDS, CHAT_F_ADDED_TO_CART, CHAT_F_SEARCH_RESULTS,
	CHAT_F_PRODUCT_PRICE, CHAT_F_RETURN_RATE, CHAT_F_CART_VALUE, CHAT_F_CART_ITEMS, CHAT_F_CROSS_SELL,
	CHAT_F_SEGMENT, CHAT_F_VISIT_COUNT, CHAT_F_PAGES_VIEWED, CHAT_F_LIFETIME_VALUE, CHAT_F_LANGUAGE, CHAT_F_DEVICE
};

static uint32_t describe_cond(const chat_cond *c, const chat_visit *v, char (*out)[CHAT_DESCRIBE_LEN], uint32_t n, uint32_t max)
{
	int k;
	for (k = 0; k < CHAT_F_COUNT && n < max; k++) {
		chat_field f = display_order[k];
		line l = { out[n], 0 };
		if (!(c->mask & (1u << f))) {
			continue;
		}
		out[n][0] = '\0';
		puts_(&l, chat_field_name(f));
		put(&l, " ", 1);
		if (f < CHAT_F_NUM_COUNT) {
			describe_range(&l, v->num[f], c->min[f], c->max[f]);
		} else {
			switch (f) {
				case CHAT_F_PAGE_TYPE:
					puts_(&l, chat_page_name(v->page));
					break;
				case CHAT_F_URL:
					put(&l, "matches \"", 9);
					put(&l, c->url_source.s, c->url_source.len > 120 ? 120 : c->url_source.len);
					put(&l, "\"", 1);
					break;
				case CHAT_F_ADDED_TO_CART:
					puts_(&l, v->added_to_cart ? "true" : "false");
					break;
				case CHAT_F_SEGMENT:
					put(&l, "\"", 1);
					put(&l, v->segment, v->segment_len);
					put(&l, "\"", 1);
					break;
				case CHAT_F_CATEGORY: {
					const chat_string *cat = matched_category(c, v);
					put(&l, "\"", 1);
					if (cat) {
						put(&l, cat->s, cat->len);
					}
					put(&l, "\"", 1);
					break;
				}
				case CHAT_F_LANGUAGE: {
					char code[3];
					int i, len = 0;
					for (i = 2; i >= 0; i--) {
						char ch = (char) ((v->language >> (8 * i)) & 0xff);
						if (ch) {
							code[len++] = ch;
						}
					}
					put(&l, code, (size_t) len);
					break;
				}
				case CHAT_F_DEVICE:
					puts_(&l, chat_device_name(v->device));
					break;
				default:
					continue;
			}
		}
		n++;
	}
	return n;
}

uint32_t chat_rule_describe(const chat_rule *rule, int32_t any_index, const chat_visit *v,
	char (*out)[CHAT_DESCRIBE_LEN], uint32_t max)
{
	uint32_t n = describe_cond(&rule->all, v, out, 0, max);
	if (any_index >= 0 && (uint32_t) any_index < rule->any_count) {
		n = describe_cond(&rule->any[any_index], v, out, n, max);
	}
	return n;
}

/* Adds `at` (seconds from now) when it lies in (0, horizon] and there is room. */
static void wait_point_add(int64_t at, int64_t *out, uint32_t *n, uint32_t max)
{
	if (at > 0 && at <= CHAT_RECHECK_HORIZON && *n < max) {
		out[(*n)++] = at;
	}
}

static void wait_point_cond(const chat_cond *c, double seconds, int64_t *out, uint32_t *n, uint32_t max)
{
	if (c->mask & (1u << CHAT_F_SECONDS)) {
		wait_point_add((int64_t) ceil(c->min[CHAT_F_SECONDS] - seconds), out, n, max);
	}
}

uint32_t chat_rules_wait_points(chat_rules *r, const shopcx_tz *tz, const chat_visit *v, int64_t now,
	chat_holiday_fn holiday, const void *holiday_ctx, int64_t *out, uint32_t max)
{
	double seconds = (v->present & (1u << CHAT_F_SECONDS)) ? v->num[CHAT_F_SECONDS] : 0;
	uint32_t n = 0, i, j;
	int64_t opens;

	for (i = 0; i < r->count; i++) {
		const chat_rule *rule = &r->rules[i];
		wait_point_cond(&rule->all, seconds, out, &n, max);
		for (j = 0; j < rule->any_count; j++) {
			wait_point_cond(&rule->any[j], seconds, out, &n, max);
		}
	}
	if (v->dismissed) {
		wait_point_add(v->last_dismissed_at + r->dismiss_cooldown - now, out, &n, max);
	}
	if ((opens = chat_next_opening(r, tz, now, holiday, holiday_ctx)) > now) {
		wait_point_add(opens - now, out, &n, max);
	}
	return n;
}
