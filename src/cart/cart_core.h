/*
 * Abandoned-cart decisions, pure C: no zvals, no allocation. The binding fills a cart_input from
 * a PHP array; cart_validate() checks it against `now`, cart_classify() decides.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_CART_CORE_H
#define SHOPCX_CART_CORE_H

#include <stdbool.h>
#include <stdint.h>
#include "common/shopcx_time.h"

#define CART_MAX_STEPS        16
#define CART_MAX_DURATION     (INT64_C(366) * 86400)   /* idle, reminder delays, expiry */
#define CART_MAX_SKEW         86400
#define CART_MAX_TIME         INT64_C(253402300799)    /* 9999-12-31T23:59:59Z */
#define CART_MAX_ID_LEN       128

typedef enum { CART_OPEN, CART_ORDERED, CART_CLOSED } cart_status;

typedef enum {
	CART_ACTIVE, CART_DUE, CART_WAITING, CART_RECOVERED, CART_CONVERTED, CART_IGNORED,
	CART_STATE_COUNT
} cart_state;

typedef enum {
	CART_REASON_NONE,
	CART_REASON_NO_CONSENT, CART_REASON_OPTED_OUT, CART_REASON_NO_EMAIL, CART_REASON_EMPTY,
	CART_REASON_BELOW_MINIMUM, CART_REASON_EXPIRED, CART_REASON_ORDERED_ELSEWHERE,
	CART_REASON_OPEN_TICKET, CART_REASON_CLOSED, CART_REASON_SEQUENCE_DONE,
	CART_REASON_COUNT
} cart_reason;

/* The UTC span a time-zone offset holds for: consecutive quiet-hour checks mostly fall in the same one. */
typedef struct {
	int64_t from, until;
	int32_t offset;
} cart_tz_span;

typedef struct {
	int64_t idle;
	int64_t expiry;
	int64_t skew;                     /* tolerated future timestamps */
	int64_t delays[CART_MAX_STEPS];   /* after the last activity, strictly ascending */
	uint32_t steps;
	double min_value;
	bool consent_required;            /* for guests */
	bool quiet;
	int32_t quiet_start, quiet_end;   /* seconds of the local day; start > end wraps midnight */
	const shopcx_tz *tz;              /* never NULL: an empty table is UTC */
	cart_tz_span *span;               /* lookup cache owned by the caller (NULL: none); not thread-shared */
} cart_config;

#define CART_CONSENT_UNKNOWN (-1)

typedef struct {
	cart_status status;
	bool guest;                       /* no customer id */
	bool has_email;
	int consent;                      /* 1, 0 or CART_CONSENT_UNKNOWN */
	bool opted_out;
	bool has_order;                   /* an order by this customer since the cart was last touched */
	bool open_ticket;
	int64_t items;
	double value;
	int64_t created_at, updated_at;
	bool has_ordered_at;
	int64_t ordered_at;
	int64_t sent[CART_MAX_STEPS];     /* sent[i]: when step i + 1 went out */
	uint32_t sent_count;
	uint32_t recovered_step;          /* 0: no recovery link was clicked */
} cart_input;

typedef struct {
	cart_state state;
	cart_reason reason;
	uint32_t step;                    /* 0: none */
	bool has_due;
	int64_t due_at;
} cart_decision;

/* What cart_validate() found wrong; field names are the PHP array keys. */
typedef enum {
	CART_OK,
	CART_ERR_FUTURE,           /* a timestamp beyond now + skew */
	CART_ERR_NEGATIVE_TIME,
	CART_ERR_BEFORE_CREATED,   /* updated_at/ordered_at/reminder before created_at */
	CART_ERR_REMINDER_ORDER,   /* reminders not in ascending time order */
	CART_ERR_STEP_RANGE        /* recovered_step beyond the reminders sent */
} cart_error;

typedef struct {
	cart_error code;
	const char *field;
	uint32_t entry;   /* 1-based reminder index for the "reminders" field, else 0 */
} cart_problem;

bool cart_validate(const cart_config *cfg, const cart_input *in, int64_t now, cart_problem *problem);

/* Decides for a validated cart. Deterministic: same config, cart and now give the same decision. */
void cart_classify(const cart_config *cfg, const cart_input *in, int64_t now, cart_decision *out);

/* True when `at` lies in the quiet hours; *end gets the UTC instant they end. */
bool cart_quiet_at(const cart_config *cfg, int64_t at, int64_t *end);

const char *cart_state_name(cart_state state);
const char *cart_reason_name(cart_reason reason);

#endif
