/*
 * Outreach contact-pressure policy. Pure C: no zvals. The binding fills the config and the
 * history (kind as an index into the config's kinds, time as Unix seconds).
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_OUTREACH_POLICY_H
#define SHOPCX_OUTREACH_POLICY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "common/shopcx_time.h"

#define OUTREACH_MAX_KINDS    32
#define OUTREACH_KIND_MAX_LEN 32
#define OUTREACH_KIND_UNKNOWN (-1)   /* a history entry of a kind this policy does not name */

typedef enum {
	OUTREACH_OPTED_OUT = 0,
	OUTREACH_NO_CONSENT,
	OUTREACH_OPEN_TICKET,
	OUTREACH_COMPLAINT,
	OUTREACH_LOW_RATING,
	OUTREACH_LOW_EFFORT,
	OUTREACH_COOLDOWN,
	OUTREACH_GAP,
	OUTREACH_CAP,
	OUTREACH_QUIET_HOURS,
	OUTREACH_REASON_COUNT
} outreach_reason;

typedef struct {
	char name[OUTREACH_KIND_MAX_LEN + 1];
	size_t name_len;
	int64_t cooldown;        /* seconds; 0 = none */
	bool consent_required;
	bool quiet_exempt;
} outreach_kind;

typedef struct {
	outreach_kind kinds[OUTREACH_MAX_KINDS];
	int kind_count;
	int64_t cap_max;          /* 0 = no cap */
	int64_t cap_window;       /* seconds */
	int64_t gap;              /* seconds after a message of another kind; 0 = none */
	bool quiet;               /* quiet hours configured */
	int quiet_start, quiet_end;   /* seconds after local midnight, start != end */
	int64_t complaint_within;     /* 0 = complaints do not suppress */
	int64_t effort_below, effort_within;   /* within 0 = off */
	int64_t rating_below, rating_within;
	shopcx_tz tz;             /* loaded by the binding (UTC by default) */
} outreach_policy;

typedef struct {
	int kind;                 /* index into kinds, or OUTREACH_KIND_UNKNOWN */
	int64_t at;
} outreach_entry;

typedef struct {
	bool opted_out, consent, open_ticket;
	bool has_complaint, has_effort, has_rating;
	int64_t complaint_at;
	int64_t effort_score, effort_at;
	int64_t rating_score, rating_at;
} outreach_context;

typedef struct {
	bool allowed;
	bool has_not_before;       /* false: blocked with no known end */
	int64_t not_before;
	uint32_t reasons;          /* bit (1 << outreach_reason) for every constraint involved */
	outreach_reason first;     /* meaningful when !allowed */
} outreach_decision;

/* Index of a kind by name, or OUTREACH_KIND_UNKNOWN. */
int outreach_kind_find(const outreach_policy *policy, const char *name, size_t len);

/* True when the local wall-clock time at `t` lies inside the quiet hours. */
bool outreach_in_quiet(const outreach_policy *policy, int64_t t);

/*
 * The decision for a message of `kind` at `now`. `scratch` must hold `count` int64 values
 * (the cap needs the times inside its window); it avoids an allocation per call.
 */
void outreach_decide(const outreach_policy *policy, int kind, const outreach_entry *history, size_t count,
	int64_t now, const outreach_context *ctx, int64_t *scratch, outreach_decision *out);

const char *outreach_reason_name(outreach_reason reason);

#endif
