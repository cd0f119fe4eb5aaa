/*
 * Chat invitations: rules, availability, caps and matching. Pure C (jansson for the document,
 * pcre2 for URL patterns): no zvals, so it can be fuzzed and tested on its own.
 *
 * A rules document is validated once into a chat_rules (every error names its JSON path);
 * evaluation then reads a chat_visit the binding filled on the stack and allocates nothing.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_CHAT_CORE_H
#define SHOPCX_CHAT_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#ifndef PCRE2_CODE_UNIT_WIDTH
# define PCRE2_CODE_UNIT_WIDTH 8   /* config.w32 defines it for the whole build */
#endif
#include <pcre2.h>

#include "common/shopcx_locale.h"
#include "common/shopcx_time.h"

/* Documented bounds of a rules document. */
#define CHAT_MAX_DOC_BYTES      (1024 * 1024)
#define CHAT_MAX_RULES          256
#define CHAT_MAX_NAME           64
#define CHAT_MAX_TEXT           1000
#define CHAT_MAX_LIST           32      /* entries in a segment/category/language list */
#define CHAT_MAX_STRING         128     /* one segment, category or group name */
#define CHAT_MAX_PATTERN        512     /* bytes of one URL pattern */
#define CHAT_MAX_ANY            8       /* alternatives in whenAny */
#define CHAT_MAX_CLOSED         1000    /* explicit closed dates */
#define CHAT_MAX_INTERVALS      4       /* opening intervals per weekday */
#define CHAT_MAX_ROUTES         32
#define CHAT_MAX_PRIORITY       1000
#define CHAT_PATTERN_MATCH_LIMIT 10000  /* pcre2 backtracking budget per URL match */
#define CHAT_PATTERN_DEPTH_LIMIT 1000
#define CHAT_PATTERN_NEST_LIMIT  32
/*
 * JIT-compiling costs ~30 us a pattern: more than a request that builds its rules and evaluates
 * once would ever win back. A pattern is JIT-compiled when it has run this often, so long-lived
 * rules (a worker's cache, a batch) get the fast path and one-shot ones never pay for it.
 */
#define CHAT_JIT_AFTER           64

/* Numeric fields first, so a field id is also its slot in chat_visit.num. */
typedef enum {
	CHAT_F_SECONDS = 0,      /* secondsOnPage */
	CHAT_F_CART_VALUE,       /* cartValue */
	CHAT_F_CART_ITEMS,       /* cartItems */
	CHAT_F_VISIT_COUNT,      /* visitCount */
	CHAT_F_PAGES_VIEWED,     /* pagesViewed */
	CHAT_F_LIFETIME_VALUE,   /* lifetimeValue */
	CHAT_F_SEARCH_RESULTS,   /* searchResults */
	CHAT_F_PRODUCT_PRICE,    /* productPrice */
	CHAT_F_RETURN_RATE,      /* returnRate */
	CHAT_F_CROSS_SELL,       /* crossSellCandidates */
	CHAT_F_NUM_COUNT,
	CHAT_F_PAGE_TYPE = CHAT_F_NUM_COUNT,
	CHAT_F_URL,
	CHAT_F_ADDED_TO_CART,
	CHAT_F_SEGMENT,
	CHAT_F_LANGUAGE,
	CHAT_F_DEVICE,
	CHAT_F_CATEGORY,
	CHAT_F_COUNT
} chat_field;

#define CHAT_NUM_MASK ((1u << CHAT_F_NUM_COUNT) - 1)

typedef enum { CHAT_NUM_INT, CHAT_NUM_MONEY, CHAT_NUM_RATE } chat_num_kind;

/* Name of a condition field as written in documents and visits ("secondsOnPage"). */
const char *chat_field_name(chat_field f);
int chat_field_from_name(const char *name);   /* -1 when unknown */
chat_num_kind chat_field_num_kind(chat_field f);

typedef enum {
	CHAT_PAGE_HOME, CHAT_PAGE_CATEGORY, CHAT_PAGE_PRODUCT, CHAT_PAGE_SEARCH, CHAT_PAGE_FAQ,
	CHAT_PAGE_CART, CHAT_PAGE_CHECKOUT, CHAT_PAGE_ACCOUNT, CHAT_PAGE_CONTENT, CHAT_PAGE_OTHER,
	CHAT_PAGE_COUNT
} chat_page;

typedef enum { CHAT_DEVICE_DESKTOP, CHAT_DEVICE_MOBILE, CHAT_DEVICE_TABLET, CHAT_DEVICE_COUNT } chat_device;

/* -1 when unknown. */
int chat_page_from_name(const char *s, size_t len);
const char *chat_page_name(int page);
int chat_device_from_name(const char *s, size_t len);
const char *chat_device_name(int device);
/* "nl", "de-AT", "pt_BR" -> the primary subtag lowercased and packed; 0 when not 2-3 ASCII letters. */
uint32_t chat_language_code(const char *s, size_t len);

typedef enum {
	CHAT_TRIGGER_NONE = 0,
	CHAT_TRIGGER_PRODUCT_DWELL,   /* defensive: > 2 min on a product page without add-to-cart */
	CHAT_TRIGGER_CART_DWELL,      /* defensive: > 1 min on cart or checkout */
	CHAT_TRIGGER_FAQ_SEARCH,      /* defensive: > 45 s on FAQ/search, or a zero-result search */
	CHAT_TRIGGER_VIP_RETURNING,   /* defensive: returning customer with high lifetime value entering */
	CHAT_TRIGGER_HIGH_VALUE,      /* opportunistic: expensive product */
	CHAT_TRIGGER_MANY_RETURNS,    /* opportunistic: product that is often returned */
	CHAT_TRIGGER_CROSS_SELL,      /* opportunistic: cart with cross-sell candidates */
	CHAT_TRIGGER_COUNT
} chat_trigger;

typedef enum { CHAT_KIND_DEFENSIVE, CHAT_KIND_OPPORTUNISTIC } chat_kind;

const char *chat_trigger_name(chat_trigger t);
int chat_trigger_from_name(const char *s, size_t len);   /* -1 when unknown */
const char *chat_kind_name(chat_kind k);
/* Built-in invitation text of a trigger (CHAT_TRIGGER_NONE: a generic one). */
const char *chat_builtin_text(chat_trigger t, shopcx_locale locale, shopcx_register reg);

typedef struct {
	char *s;
	size_t len;
} chat_string;

typedef struct {
	chat_string *items;
	uint32_t count;
} chat_string_list;

/* One set of conditions: all of those in `mask` must hold. */
typedef struct {
	uint32_t mask;                    /* bit per chat_field */
	double min[CHAT_F_NUM_COUNT];     /* inclusive bounds of numeric fields */
	double max[CHAT_F_NUM_COUNT];
	uint32_t pages;                   /* bit per chat_page */
	uint32_t devices;                 /* bit per chat_device */
	bool added_to_cart;
	uint32_t languages[CHAT_MAX_LIST];
	uint32_t language_count;
	chat_string_list segments;
	chat_string_list categories;
	pcre2_code *url;
	chat_string url_source;
	uint32_t url_uses;                /* matches run interpreted; JIT-compiled at CHAT_JIT_AFTER */
	bool url_jit;
} chat_cond;

typedef struct {
	chat_string name;
	chat_kind kind;
	chat_trigger trigger;
	int32_t priority;
	uint32_t order;                   /* position in the document: ties keep it */
	chat_cond all;                    /* "when" */
	chat_cond *any;                   /* "whenAny": at least one must hold */
	uint32_t any_count;
	chat_string text[SHOPCX_LOCALE_COUNT];  /* merchant text per locale (s == NULL: none) */
	chat_string text_all;             /* merchant text for every locale */
	int32_t route;                    /* index into routes, -1 when none */
} chat_rule;

typedef struct {
	chat_string question_type;
	chat_string group;
} chat_route;

#define CHAT_FORM_NAME          (1u << 0)
#define CHAT_FORM_EMAIL         (1u << 1)
#define CHAT_FORM_QUESTION_TYPE (1u << 2)
#define CHAT_FORM_MESSAGE       (1u << 3)
#define CHAT_FORM_FIELD_COUNT   4
const char *chat_form_field_name(int index);

typedef struct {
	chat_rule *rules;                 /* sorted: priority descending, then document order */
	uint32_t count;
	char timezone[64];
	char holidays[16];                /* country/region code of "holidays" ("" when none) */
	shopcx_locale locale;             /* document default; SHOPCX_LOCALE_INVALID: use the INI */
	shopcx_register reg;              /* "register": form of address; SHOPCX_REGISTER_INVALID: the INI */
	/* Opening hours per weekday (0 = Sunday), minutes of the day, [start, end). */
	bool has_hours;
	uint16_t open_from[7][CHAT_MAX_INTERVALS];
	uint16_t open_until[7][CHAT_MAX_INTERVALS];
	uint8_t interval_count[7];
	int64_t *closed;                  /* sorted local dates (days since 1970-01-01) */
	uint32_t closed_count;
	uint32_t closed_yearly[13];       /* "MM-DD" closed every year: bit `day` of [month] */
	bool has_closed_yearly;
	/* "responseTimes": the answer promised for a message, in seconds */
	int64_t email_response;
	/* Capacity */
	double chats_per_agent;
	int64_t answer_seconds;           /* expected first answer when the team reports none */
	int64_t max_answer_seconds;       /* no invitation when the expected answer takes longer */
	/* Frequency caps */
	int64_t per_visit;
	int64_t per_day;
	int64_t dismiss_cooldown;
	/* Pre-chat form and routing */
	uint32_t form_fields;
	uint32_t form_required;
	chat_route *routes;
	uint32_t route_count;
	/*
	 * The local day of the last evaluation: while `now` stays in [from, until) (the same local
	 * day and no DST transition in between) the wall clock is now - base, with no zone lookup.
	 */
	struct {
		int64_t from, until, base, days;
		int weekday, month, mday;
		int holiday;                  /* -1 not asked yet, else 0/1 */
	} clock;
	/*
	 * Positions of the rules that can hold on each page type (those whose "when" names it or
	 * names no page type), in priority order; [CHAT_PAGE_COUNT] is for visits without one.
	 */
	uint16_t *by_page[CHAT_PAGE_COUNT + 1];
	uint32_t by_page_count[CHAT_PAGE_COUNT + 1];
	/* Reused by every URL match, so matching allocates nothing. */
	pcre2_match_data *match_data;
	pcre2_match_context *match_context;
} chat_rules;

/*
 * Validate a document and build the rules. On error returns NULL and writes
 * "$.rules[3].when.secondsOnPage must be a non-negative integer" into err.
 */
chat_rules *chat_rules_parse(const json_t *doc, char *err, size_t err_size);
void chat_rules_free(chat_rules *rules);

/* One page view, as the binding read it. Fields not in `present` are unknown. */
typedef struct {
	uint32_t present;                 /* bit per chat_field */
	double num[CHAT_F_NUM_COUNT];
	int page;
	int device;
	bool added_to_cart;
	uint32_t language;                /* chat_language_code */
	shopcx_locale locale;             /* the visitor's language when ShopCX has texts for it */
	const char *url;
	size_t url_len;
	const char *segment;
	size_t segment_len;
	const chat_string *categories;    /* points into the caller's storage */
	uint32_t category_count;
	/* Frequency caps */
	int64_t invitations_this_visit;
	int64_t invitations_today;
	int64_t last_dismissed_at;
	bool dismissed;
	bool chat_open;
} chat_visit;

typedef struct {
	int64_t agents_online;
	int64_t open_chats;
	int64_t answer_seconds;
	bool has_answer_seconds;
} chat_team;

/* Why evaluation stopped; CHAT_OK means a rule matched. */
typedef enum {
	CHAT_OK = 0,
	CHAT_NO_RULE,
	CHAT_CHAT_OPEN,
	CHAT_CAP_VISIT,
	CHAT_CAP_DAY,
	CHAT_COOLDOWN,
	CHAT_CLOSED_HOURS,
	CHAT_CLOSED_DATE,
	CHAT_HOLIDAY,
	CHAT_NO_AGENTS,
	CHAT_FULL,
	CHAT_SLOW
} chat_status;

/* true when `days` (local date) is a holiday; NULL when the rules have no holiday calendar. */
typedef bool (*chat_holiday_fn)(const void *ctx, int64_t days);

/* Whether the local date `days` (its month and day given) is one of the document's closed dates. */
bool chat_rules_closed_on(const chat_rules *r, int64_t days, int month, int mday);
/* Opening hours, closed dates and holidays at the UTC instant `now`. */
chat_status chat_rules_open_at(chat_rules *r, const shopcx_tz *tz, int64_t now,
	chat_holiday_fn holiday, const void *holiday_ctx);
/* Caps and an open chat. */
chat_status chat_rules_caps(const chat_rules *r, const chat_visit *v, int64_t now);
/* Free slots, and how fast the team answers. */
chat_status chat_rules_capacity(const chat_rules *r, const chat_team *t);
/* Slots a team of `agents` offers (agents x chats per agent, rounded down). */
int64_t chat_rules_slots(const chat_rules *r, int64_t agents);

/* When a customer can expect an answer (chat_answer.c). */
typedef enum { CHAT_CHANNEL_CHAT, CHAT_CHANNEL_EMAIL } chat_channel;
#define CHAT_ANSWER_TEXT_MAX 256
typedef struct {
	bool open;                      /* the chat is open now (chat), or the promise holds (email) */
	bool has_at;
	int64_t at;                     /* chat: when it closes (open) or next opens; email: the latest answer */
	char text[CHAT_ANSWER_TEXT_MAX];
} chat_answer;
void chat_answer_time(chat_rules *r, const shopcx_tz *tz, chat_channel channel, int64_t now,
	chat_holiday_fn holiday, const void *holiday_ctx, shopcx_locale loc, chat_answer *out);
/* The first moment at or after `from` when the chat is open (`from` itself when open), or -1. */
int64_t chat_next_opening(chat_rules *r, const shopcx_tz *tz, int64_t from,
	chat_holiday_fn holiday, const void *holiday_ctx);

/*
 * First rule at or after position `from` (in priority order) whose conditions hold.
 * Returns its position or -1; *any_index tells which whenAny alternative held (-1: none needed).
 */
int32_t chat_rules_match(chat_rules *r, const chat_visit *v, uint32_t from, int32_t *any_index);

/*
 * Moments, in seconds from now, at which waiting could change the decision for a visitor who
 * stays on the page: each rule's secondsOnPage threshold still ahead (from the visit's
 * secondsOnPage, 0 when unknown), the end of a dismissal cooldown and the chat's next opening.
 * Writes at most max, unsorted, each in (0, horizon]; returns how many.
 */
#define CHAT_RECHECK_HORIZON 3600   /* a page view longer than an hour is not worth a timer */
uint32_t chat_rules_wait_points(chat_rules *r, const shopcx_tz *tz, const chat_visit *v, int64_t now,
	chat_holiday_fn holiday, const void *holiday_ctx, int64_t *out, uint32_t max);

/*
 * The conditions of a matched rule with the visit's values, one per entry:
 * "secondsOnPage 150 >= 120". Returns how many were written (at most max).
 */
#define CHAT_DESCRIBE_LEN 200
uint32_t chat_rule_describe(const chat_rule *rule, int32_t any_index, const chat_visit *v,
	char (*out)[CHAT_DESCRIBE_LEN], uint32_t max);

#endif
