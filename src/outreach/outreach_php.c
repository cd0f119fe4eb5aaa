/*
 * ShopCx\Outreach\Policy and Decision: PHP binding over outreach_policy.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "outreach_php.h"
#include "zend_exceptions.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "outreach_policy.h"
#include "outreach_arginfo.h"

#define OUTREACH_MAX_DURATION  (INT64_C(10) * 366 * 86400)
#define OUTREACH_MAX_CAP       1000
#define OUTREACH_MAX_HISTORY   100000
#define OUTREACH_MAX_SCORE     1000
#define OUTREACH_TIME_MIN      INT64_C(0)
#define OUTREACH_TIME_MAX      INT64_C(4102444799)   /* 2099-12-31T23:59:59Z: the time-zone tables end in 2100 */

typedef struct {
	outreach_policy *policy;   /* NULL until the constructor succeeded */
	zend_object std;
} policy_object;

static zend_class_entry *policy_ce, *decision_ce;

zend_class_entry *shopcx_outreach_policy_ce(void)
{
	return policy_ce;
}
/* History keys, interned once: their hash is precomputed and literal keys match by pointer. */
static zend_string *key_kind, *key_at;
static zend_object_handlers policy_handlers;

static inline policy_object *policy_from_obj(zend_object *obj)
{
	return (policy_object *) ((char *) obj - offsetof(policy_object, std));
}
#define Z_POLICY_P(zv) policy_from_obj(Z_OBJ_P(zv))

static zend_object *policy_create(zend_class_entry *ce)
{
	policy_object *intern = zend_object_alloc(sizeof(policy_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &policy_handlers;
	return &intern->std;
}

static void policy_release(outreach_policy *policy)
{
	if (policy) {
		shopcx_tz_free(&policy->tz);
		efree(policy);
	}
}

static void policy_free(zend_object *object)
{
	policy_release(policy_from_obj(object)->policy);
	zend_object_std_dtor(object);
}

/* ---- options ---------------------------------------------------------------------------- */

#define OPT_ERROR(...) do { zend_argument_value_error(1, __VA_ARGS__); return false; } while (0)

static bool kind_name_valid(const char *s, size_t len)
{
	size_t i;
	if (len == 0 || len > OUTREACH_KIND_MAX_LEN) {
		return false;
	}
	for (i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')) {
			return false;
		}
	}
	return true;
}

static int kind_add(outreach_policy *p, const char *name, size_t len)
{
	int i = outreach_kind_find(p, name, len);
	if (i != OUTREACH_KIND_UNKNOWN) {
		return i;
	}
	if (p->kind_count >= OUTREACH_MAX_KINDS) {
		return OUTREACH_KIND_UNKNOWN;
	}
	i = p->kind_count++;
	memset(&p->kinds[i], 0, sizeof(p->kinds[i]));
	memcpy(p->kinds[i].name, name, len);
	p->kinds[i].name_len = len;
	return i;
}

static bool opt_duration(zval *v, const char *what, int64_t *out)
{
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > OUTREACH_MAX_DURATION) {
		OPT_ERROR("%s must be a number of seconds between 0 and %" PRId64, what, OUTREACH_MAX_DURATION);
	}
	*out = Z_LVAL_P(v);
	return true;
}

/* "HH:MM", 00:00-23:59 (an end at midnight is "00:00"). */
static bool opt_clock(zval *v, const char *what, int *out)
{
	const char *s;
	int h, m;
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) != 5) {
		OPT_ERROR("%s must be a time of day like \"21:30\"", what);
	}
	s = Z_STRVAL_P(v);
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' || s[2] != ':' || s[3] < '0' || s[3] > '5' || s[4] < '0' || s[4] > '9') {
		OPT_ERROR("%s must be a time of day like \"21:30\"", what);
	}
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23) {
		OPT_ERROR("%s must be a time of day like \"21:30\"", what);
	}
	*out = h * 3600 + m * 60;
	return true;
}

/* A list of kind names; each is declared when `declare`, else must exist. Calls `mark` on each. */
static bool opt_kind_list(outreach_policy *p, zval *v, const char *what, bool consent)
{
	zval *item;
	if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))) {
		OPT_ERROR("%s must be a list of kinds", what);
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
		int k;
		if (Z_TYPE_P(item) != IS_STRING || !kind_name_valid(Z_STRVAL_P(item), Z_STRLEN_P(item))) {
			OPT_ERROR("%s must be a list of kinds of 1 to %d characters of a-z, 0-9, \"_\", \"-\" and \".\"", what, OUTREACH_KIND_MAX_LEN);
		}
		k = outreach_kind_find(p, Z_STRVAL_P(item), Z_STRLEN_P(item));
		if (k == OUTREACH_KIND_UNKNOWN) {
			OPT_ERROR("%s names the unknown kind \"%s\" (declare it in \"cooldowns\")", what, Z_STRVAL_P(item));
		}
		if (consent) {
			p->kinds[k].consent_required = true;
		} else {
			p->kinds[k].quiet_exempt = true;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* ["below" => int, "within" => seconds] */
static bool opt_threshold(zval *v, const char *what, int64_t *below, int64_t *within)
{
	zend_string *key;
	zval *item;
	bool has_below = false, has_within = false;
	if (Z_TYPE_P(v) != IS_ARRAY) {
		OPT_ERROR("option \"%s\" must be an array with the keys \"below\" and \"within\"", what);
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), key, item) {
		if (key && zend_string_equals_literal(key, "below")) {
			if (Z_TYPE_P(item) != IS_LONG || Z_LVAL_P(item) < 0 || Z_LVAL_P(item) > OUTREACH_MAX_SCORE) {
				OPT_ERROR("option \"%s\" key \"below\" must be an integer between 0 and %d", what, OUTREACH_MAX_SCORE);
			}
			*below = Z_LVAL_P(item);
			has_below = true;
		} else if (key && zend_string_equals_literal(key, "within")) {
			char name[64];
			snprintf(name, sizeof(name), "option \"%s\" key \"within\"", what);
			if (!opt_duration(item, name, within)) {
				return false;
			}
			has_within = true;
		} else {
			OPT_ERROR("option \"%s\" must be an array with the keys \"below\" and \"within\"", what);
		}
	} ZEND_HASH_FOREACH_END();
	if (!has_below || !has_within) {
		OPT_ERROR("option \"%s\" must be an array with the keys \"below\" and \"within\"", what);
	}
	return true;
}

static bool parse_options(outreach_policy *p, HashTable *options)
{
	static const char *const builtin[] = { "survey", "review", "cart", "chat" };
	zend_string *key;
	zval *v, *item;
	size_t i;
	int cart;

	for (i = 0; i < sizeof(builtin) / sizeof(builtin[0]); i++) {
		kind_add(p, builtin[i], strlen(builtin[i]));
	}
	cart = outreach_kind_find(p, "cart", 4);
	p->kinds[cart].consent_required = true;   /* marketing: opt-in by default */

	/* Declare kinds before anything refers to them. */
	if ((v = zend_hash_str_find(options, "cooldowns", sizeof("cooldowns") - 1)) != NULL) {
		if (Z_TYPE_P(v) != IS_ARRAY) {
			OPT_ERROR("option \"cooldowns\" must be an array of kind => seconds");
		}
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), key, item) {
			int k;
			char what[96];
			if (!key || !kind_name_valid(ZSTR_VAL(key), ZSTR_LEN(key))) {
				OPT_ERROR("option \"cooldowns\" must be keyed by kinds of 1 to %d characters of a-z, 0-9, \"_\", \"-\" and \".\"", OUTREACH_KIND_MAX_LEN);
			}
			k = kind_add(p, ZSTR_VAL(key), ZSTR_LEN(key));
			if (k == OUTREACH_KIND_UNKNOWN) {
				OPT_ERROR("option \"cooldowns\" must not name more than %d kinds", OUTREACH_MAX_KINDS);
			}
			snprintf(what, sizeof(what), "option \"cooldowns\" entry \"%s\"", ZSTR_VAL(key));
			if (!opt_duration(item, what, &p->kinds[k].cooldown)) {
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	}

	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		if (key == NULL) {
			OPT_ERROR("must be an array with string keys");
		}
		if (zend_string_equals_literal(key, "cooldowns")) {
			continue;
		} else if (zend_string_equals_literal(key, "timezone")) {
			if (Z_TYPE_P(v) != IS_STRING) {
				OPT_ERROR("option \"timezone\" must be a time zone identifier like \"Europe/Amsterdam\"");
			}
			shopcx_tz_free(&p->tz);
			if (!shopcx_tz_load(Z_STRVAL_P(v), Z_STRLEN_P(v), &p->tz)) {
				OPT_ERROR("option \"timezone\" must be a time zone identifier like \"Europe/Amsterdam\"");
			}
		} else if (zend_string_equals_literal(key, "cap")) {
			zval *max, *window;
			if (Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) != 2
				|| (max = zend_hash_str_find(Z_ARRVAL_P(v), "max", 3)) == NULL
				|| (window = zend_hash_str_find(Z_ARRVAL_P(v), "window", 6)) == NULL) {
				OPT_ERROR("option \"cap\" must be an array with the keys \"max\" and \"window\"");
			}
			if (Z_TYPE_P(max) != IS_LONG || Z_LVAL_P(max) < 1 || Z_LVAL_P(max) > OUTREACH_MAX_CAP) {
				OPT_ERROR("option \"cap\" key \"max\" must be between 1 and %d", OUTREACH_MAX_CAP);
			}
			if (!opt_duration(window, "option \"cap\" key \"window\"", &p->cap_window)) {
				return false;
			}
			if (p->cap_window == 0) {
				OPT_ERROR("option \"cap\" key \"window\" must be at least 1 second");
			}
			p->cap_max = Z_LVAL_P(max);
		} else if (zend_string_equals_literal(key, "gap")) {
			if (!opt_duration(v, "option \"gap\"", &p->gap)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "quietHours")) {
			zend_string *qkey;
			bool has_start = false, has_end = false;
			if (Z_TYPE_P(v) != IS_ARRAY) {
				OPT_ERROR("option \"quietHours\" must be an array with the keys \"start\" and \"end\"");
			}
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), qkey, item) {
				if (qkey && zend_string_equals_literal(qkey, "start")) {
					if (!opt_clock(item, "option \"quietHours\" key \"start\"", &p->quiet_start)) {
						return false;
					}
					has_start = true;
				} else if (qkey && zend_string_equals_literal(qkey, "end")) {
					if (!opt_clock(item, "option \"quietHours\" key \"end\"", &p->quiet_end)) {
						return false;
					}
					has_end = true;
				} else if (qkey && zend_string_equals_literal(qkey, "exempt")) {
					if (!opt_kind_list(p, item, "option \"quietHours\" key \"exempt\"", false)) {
						return false;
					}
				} else {
					OPT_ERROR("option \"quietHours\" must be an array with the keys \"start\" and \"end\" (and \"exempt\")");
				}
			} ZEND_HASH_FOREACH_END();
			if (!has_start || !has_end) {
				OPT_ERROR("option \"quietHours\" must be an array with the keys \"start\" and \"end\"");
			}
			if (p->quiet_start == p->quiet_end) {
				OPT_ERROR("option \"quietHours\" must have a start different from its end");
			}
			p->quiet = true;
		} else if (zend_string_equals_literal(key, "complaintWithin")) {
			if (!opt_duration(v, "option \"complaintWithin\"", &p->complaint_within)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "lowEffort")) {
			if (!opt_threshold(v, "lowEffort", &p->effort_below, &p->effort_within)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "lowRating")) {
			if (!opt_threshold(v, "lowRating", &p->rating_below, &p->rating_within)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "consentRequired")) {
			int k;
			for (k = 0; k < p->kind_count; k++) {
				p->kinds[k].consent_required = false;
			}
			if (!opt_kind_list(p, v, "option \"consentRequired\"", true)) {
				return false;
			}
		} else {
			OPT_ERROR("contains the unknown option \"%s\"", ZSTR_VAL(key));
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

PHP_METHOD(ShopCx_Outreach_Policy, __construct)
{
	HashTable *options = NULL;
	policy_object *intern = Z_POLICY_P(ZEND_THIS);
	outreach_policy *p;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->policy) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Outreach\\Policy::__construct() twice");
		RETURN_THROWS();
	}
	p = ecalloc(1, sizeof(*p));
	if (!shopcx_tz_load("UTC", 3, &p->tz)) {
		policy_release(p);
		zend_throw_error(NULL, "The UTC time zone is not available");
		RETURN_THROWS();
	}
	if (!parse_options(p, options ? options : (HashTable *) &zend_empty_array)) {
		policy_release(p);
		RETURN_THROWS();
	}
	intern->policy = p;
}

static outreach_policy *policy_checked(zval *this_zv)
{
	policy_object *intern = Z_POLICY_P(this_zv);
	if (intern->policy == NULL) {
		zend_throw_error(NULL, "ShopCx\\Outreach\\Policy object is not initialized");
	}
	return intern->policy;
}

/* ---- decide ----------------------------------------------------------------------------- */

static bool time_in_range(int64_t t)
{
	return t >= OUTREACH_TIME_MIN && t <= OUTREACH_TIME_MAX;
}

/* A context time: int|DateTimeInterface within range. */
static bool ctx_time(zval *v, const char *name, int64_t *out)
{
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = Z_LVAL_P(v);
	} else if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), shopcx_date_ce())) {
		if (!shopcx_time_from_object(Z_OBJ_P(v), out)) {
			return false;
		}
	} else {
		zend_argument_type_error(4, "key \"%s\" must be of type DateTimeInterface|int, %s given", name, zend_zval_type_name(v));
		return false;
	}
	if (!time_in_range(*out)) {
		zend_argument_value_error(4, "key \"%s\" must be a time between 1970 and 2099", name);
		return false;
	}
	return true;
}

static bool ctx_bool(zval *v, const char *name, bool *out)
{
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		zend_argument_type_error(4, "key \"%s\" must be of type bool, %s given", name, zend_zval_type_name(v));
		return false;
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	return true;
}

static bool ctx_score(zval *v, const char *name, int64_t *out)
{
	if (Z_TYPE_P(v) != IS_LONG) {
		zend_argument_type_error(4, "key \"%s\" must be of type int, %s given", name, zend_zval_type_name(v));
		return false;
	}
	*out = Z_LVAL_P(v);
	return true;
}

static bool parse_context(HashTable *ht, outreach_context *ctx)
{
	zend_string *key;
	zval *v;
	bool has_effort_score = false, has_rating_score = false;

	memset(ctx, 0, sizeof(*ctx));
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		ZVAL_DEREF(v);
		if (key == NULL) {
			zend_argument_value_error(4, "must be an array with string keys");
			return false;
		}
		if (Z_TYPE_P(v) == IS_NULL) {
			continue;   /* "no such event" */
		}
		if (zend_string_equals_literal(key, "optedOut")) {
			if (!ctx_bool(v, "optedOut", &ctx->opted_out)) return false;
		} else if (zend_string_equals_literal(key, "consent")) {
			if (!ctx_bool(v, "consent", &ctx->consent)) return false;
		} else if (zend_string_equals_literal(key, "openTicket")) {
			if (!ctx_bool(v, "openTicket", &ctx->open_ticket)) return false;
		} else if (zend_string_equals_literal(key, "complaintAt")) {
			if (!ctx_time(v, "complaintAt", &ctx->complaint_at)) return false;
			ctx->has_complaint = true;
		} else if (zend_string_equals_literal(key, "effortScore")) {
			if (!ctx_score(v, "effortScore", &ctx->effort_score)) return false;
			has_effort_score = true;
		} else if (zend_string_equals_literal(key, "effortAt")) {
			if (!ctx_time(v, "effortAt", &ctx->effort_at)) return false;
			ctx->has_effort = true;
		} else if (zend_string_equals_literal(key, "rating")) {
			if (!ctx_score(v, "rating", &ctx->rating_score)) return false;
			has_rating_score = true;
		} else if (zend_string_equals_literal(key, "ratingAt")) {
			if (!ctx_time(v, "ratingAt", &ctx->rating_at)) return false;
			ctx->has_rating = true;
		} else {
			zend_argument_value_error(4, "contains the unknown key \"%s\"", ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	if (has_effort_score != ctx->has_effort) {
		zend_argument_value_error(4, "must give \"effortScore\" and \"effortAt\" together");
		return false;
	}
	if (has_rating_score != ctx->has_rating) {
		zend_argument_value_error(4, "must give \"rating\" and \"ratingAt\" together");
		return false;
	}
	return true;
}

/*
 * "kind" and "at" of one entry. Entries are tiny arrays whose keys are usually the interned
 * literals: a scan of their few buckets comparing pointers beats two hash lookups.
 */
static zend_always_inline void entry_fields(HashTable *e, zval **kind, zval **at)
{
	*kind = *at = NULL;
	if (!HT_IS_PACKED(e) && e->nNumUsed <= 4) {
		Bucket *b = e->arData, *end = b + e->nNumUsed;
		for (; b < end; b++) {
			if (b->key == key_kind) {
				*kind = &b->val;
			} else if (b->key == key_at) {
				*at = &b->val;
			}
		}
		if (*kind && *at && Z_TYPE_P(*kind) != IS_UNDEF && Z_TYPE_P(*at) != IS_UNDEF) {
			return;
		}
	}
	*kind = zend_hash_find_known_hash(e, key_kind);
	*at = zend_hash_find_known_hash(e, key_at);
}

/* Reads the history into `entries`; throws and returns false on a malformed entry. */
static bool parse_history(const outreach_policy *p, HashTable *ht, outreach_entry *entries)
{
	zval *entry, *kind, *at;
	size_t n = 0;
	/* Histories repeat the same few (usually interned) strings: remember what they resolved to. */
	const zend_string *seen[8] = { NULL };
	int seen_index[8];
	unsigned seen_next = 0, j;

	ZEND_HASH_FOREACH_VAL(ht, entry) {
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) == IS_ARRAY) {
			entry_fields(Z_ARRVAL_P(entry), &kind, &at);
		}
		if (Z_TYPE_P(entry) != IS_ARRAY || kind == NULL || at == NULL) {
			zend_argument_value_error(2, "entry %zu must be an array with the keys \"kind\" and \"at\"", n);
			return false;
		}
		ZVAL_DEREF(kind);
		ZVAL_DEREF(at);
		if (Z_TYPE_P(kind) != IS_STRING) {
			zend_argument_type_error(2, "entry %zu key \"kind\" must be of type string, %s given", n, zend_zval_type_name(kind));
			return false;
		}
		for (j = 0; j < 8 && seen[j] != Z_STR_P(kind); j++) {
		}
		if (j < 8) {
			entries[n].kind = seen_index[j];
		} else {
			entries[n].kind = outreach_kind_find(p, Z_STRVAL_P(kind), Z_STRLEN_P(kind));
			if (entries[n].kind == OUTREACH_KIND_UNKNOWN && !shopcx_utf8_valid(Z_STRVAL_P(kind), Z_STRLEN_P(kind))) {
				zend_argument_value_error(2, "entry %zu key \"kind\" must be valid UTF-8", n);
				return false;
			}
			seen[seen_next] = Z_STR_P(kind);
			seen_index[seen_next] = entries[n].kind;
			seen_next = (seen_next + 1) % 8;
		}
		if (EXPECTED(Z_TYPE_P(at) == IS_LONG)) {
			entries[n].at = Z_LVAL_P(at);
		} else if (Z_TYPE_P(at) == IS_OBJECT && instanceof_function(Z_OBJCE_P(at), shopcx_date_ce())) {
			if (!shopcx_time_from_object(Z_OBJ_P(at), &entries[n].at)) {
				return false;
			}
		} else {
			zend_argument_type_error(2, "entry %zu key \"at\" must be of type DateTimeInterface|int, %s given", n, zend_zval_type_name(at));
			return false;
		}
		if (!time_in_range(entries[n].at)) {
			zend_argument_value_error(2, "entry %zu key \"at\" must be a time between 1970 and 2099", n);
			return false;
		}
		n++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static void decision_make(zval *return_value, const outreach_decision *d)
{
	zval reasons;
	int r;

	object_init_ex(return_value, decision_ce);
	zend_update_property_bool(decision_ce, Z_OBJ_P(return_value), "allowed", sizeof("allowed") - 1, d->allowed);
	if (d->has_not_before) {
		zend_update_property_long(decision_ce, Z_OBJ_P(return_value), "notBefore", sizeof("notBefore") - 1, (zend_long) d->not_before);
	} else {
		zend_update_property_null(decision_ce, Z_OBJ_P(return_value), "notBefore", sizeof("notBefore") - 1);
	}
	zend_update_property_string(decision_ce, Z_OBJ_P(return_value), "reason", sizeof("reason") - 1,
		d->allowed ? "allowed" : outreach_reason_name(d->first));
	array_init(&reasons);
	for (r = 0; r < OUTREACH_REASON_COUNT; r++) {
		if (d->reasons & (1u << r)) {
			add_next_index_string(&reasons, outreach_reason_name((outreach_reason) r));
		}
	}
	zend_update_property(decision_ce, Z_OBJ_P(return_value), "reasons", sizeof("reasons") - 1, &reasons);
	zval_ptr_dtor(&reasons);
}

PHP_METHOD(ShopCx_Outreach_Policy, decide)
{
	zend_string *kind;
	HashTable *history, *context = NULL;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	outreach_policy *p;
	outreach_context ctx;
	outreach_decision d;
	outreach_entry *entries = NULL;
	int64_t *scratch = NULL;
	uint32_t count;
	int k;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_STR(kind)
		Z_PARAM_ARRAY_HT(history)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();

	if ((p = policy_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	k = outreach_kind_find(p, ZSTR_VAL(kind), ZSTR_LEN(kind));
	if (k == OUTREACH_KIND_UNKNOWN) {
		if (!shopcx_arg_utf8(kind, 1)) {
			RETURN_THROWS();
		}
		zend_argument_value_error(1, "must be \"survey\", \"review\", \"cart\", \"chat\" or a kind named in the \"cooldowns\" option");
		RETURN_THROWS();
	}
	count = zend_hash_num_elements(history);
	if (count > OUTREACH_MAX_HISTORY) {
		zend_argument_value_error(2, "must not hold more than %d entries", OUTREACH_MAX_HISTORY);
		RETURN_THROWS();
	}
	if (now_obj) {
		if (!shopcx_time_from_object(now_obj, &now)) {
			RETURN_THROWS();
		}
	} else {
		now = now_long;
	}
	if (!time_in_range(now)) {
		zend_argument_value_error(3, "must be a time between 1970 and 2099");
		RETURN_THROWS();
	}
	if (context) {
		if (!parse_context(context, &ctx)) {
			RETURN_THROWS();
		}
	} else {
		memset(&ctx, 0, sizeof(ctx));
	}

	if (count > 0) {
		entries = safe_emalloc(count, sizeof(outreach_entry) + sizeof(int64_t), 0);
		scratch = (int64_t *) (entries + count);
		if (!parse_history(p, history, entries)) {
			efree(entries);
			RETURN_THROWS();
		}
	}
	outreach_decide(p, k, entries, count, now, &ctx, scratch, &d);
	if (entries) {
		efree(entries);
	}
	decision_make(return_value, &d);
}

static void add_clock(zval *arr, const char *key, int s)
{
	char buf[6];
	snprintf(buf, sizeof(buf), "%02d:%02d", s / 3600, s / 60 % 60);
	add_assoc_string(arr, key, buf);
}

PHP_METHOD(ShopCx_Outreach_Policy, toArray)
{
	outreach_policy *p;
	zval cooldowns, sub, list;
	int k;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((p = policy_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	array_init(return_value);
	add_assoc_string(return_value, "timezone", p->tz.name);
	array_init(&cooldowns);
	for (k = 0; k < p->kind_count; k++) {
		add_assoc_long_ex(&cooldowns, p->kinds[k].name, p->kinds[k].name_len, (zend_long) p->kinds[k].cooldown);
	}
	add_assoc_zval(return_value, "cooldowns", &cooldowns);
	if (p->cap_max > 0) {
		array_init(&sub);
		add_assoc_long(&sub, "max", (zend_long) p->cap_max);
		add_assoc_long(&sub, "window", (zend_long) p->cap_window);
		add_assoc_zval(return_value, "cap", &sub);
	} else {
		add_assoc_null(return_value, "cap");
	}
	add_assoc_long(return_value, "gap", (zend_long) p->gap);
	if (p->quiet) {
		array_init(&sub);
		add_clock(&sub, "start", p->quiet_start);
		add_clock(&sub, "end", p->quiet_end);
		array_init(&list);
		for (k = 0; k < p->kind_count; k++) {
			if (p->kinds[k].quiet_exempt) {
				add_next_index_stringl(&list, p->kinds[k].name, p->kinds[k].name_len);
			}
		}
		add_assoc_zval(&sub, "exempt", &list);
		add_assoc_zval(return_value, "quietHours", &sub);
	} else {
		add_assoc_null(return_value, "quietHours");
	}
	add_assoc_long(return_value, "complaintWithin", (zend_long) p->complaint_within);
	if (p->effort_within > 0) {
		array_init(&sub);
		add_assoc_long(&sub, "below", (zend_long) p->effort_below);
		add_assoc_long(&sub, "within", (zend_long) p->effort_within);
		add_assoc_zval(return_value, "lowEffort", &sub);
	} else {
		add_assoc_null(return_value, "lowEffort");
	}
	if (p->rating_within > 0) {
		array_init(&sub);
		add_assoc_long(&sub, "below", (zend_long) p->rating_below);
		add_assoc_long(&sub, "within", (zend_long) p->rating_within);
		add_assoc_zval(return_value, "lowRating", &sub);
	} else {
		add_assoc_null(return_value, "lowRating");
	}
	array_init(&list);
	for (k = 0; k < p->kind_count; k++) {
		if (p->kinds[k].consent_required) {
			add_next_index_stringl(&list, p->kinds[k].name, p->kinds[k].name_len);
		}
	}
	add_assoc_zval(return_value, "consentRequired", &list);
}

PHP_METHOD(ShopCx_Outreach_Decision, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Outreach_Decision, toArray)
{
	static const char *const names[] = { "allowed", "notBefore", "reason", "reasons" };
	size_t i;
	zval rv, *v;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		v = zend_read_property(decision_ce, Z_OBJ_P(ZEND_THIS), names[i], strlen(names[i]), 1, &rv);
		Z_TRY_ADDREF_P(v);
		add_assoc_zval(return_value, names[i], v);
	}
}

PHP_MINIT_FUNCTION(shopcx_outreach)
{
	policy_ce = register_class_ShopCx_Outreach_Policy();
	policy_ce->create_object = policy_create;
	memcpy(&policy_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	policy_handlers.offset = offsetof(policy_object, std);
	policy_handlers.free_obj = policy_free;
	policy_handlers.clone_obj = NULL;

	decision_ce = register_class_ShopCx_Outreach_Decision();
	key_kind = zend_string_init_interned("kind", sizeof("kind") - 1, 1);
	key_at = zend_string_init_interned("at", sizeof("at") - 1, 1);
	return SUCCESS;
}
