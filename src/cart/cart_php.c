/*
 * ShopCx\Cart\Detector, Decision and Recovery: options, cart rows, classify(), recovery links.
 * The iterator lives in cart_scan.c, metrics and the funnel in cart_metrics.c.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "cart_php.h"
#include "php_stubs/cart_arginfo.h"

#define CART_MAX_EMAIL 320

zend_class_entry *cart_ce_detector;
zend_class_entry *cart_ce_decision;
zend_class_entry *cart_ce_scan;
zend_class_entry *cart_ce_recovery;
zend_class_entry *cart_ce_metrics;
zend_class_entry *cart_ce_funnel;

static zend_class_entry *token_ce;
static zend_object_handlers detector_handlers;

/* Interned once: row keys, state and reason names (looked up with their precomputed hash). */
enum {
	K_ID, K_CUSTOMER, K_EMAIL, K_CONSENT, K_OPTED_OUT, K_ITEMS, K_VALUE, K_CURRENCY, K_CREATED_AT,
	K_UPDATED_AT, K_STATUS, K_REMINDERS, K_ORDERED_AT, K_HAS_ORDER, K_OPEN_TICKET, K_RECOVERED_STEP,
	K_COUNT
};
static const char *const key_names[K_COUNT] = {
	"id", "customer", "email", "consent", "opted_out", "items", "value", "currency", "created_at",
	"updated_at", "status", "reminders", "ordered_at", "has_order", "open_ticket", "recovered_step"
};
static zend_string *keys[K_COUNT];
static zend_string *state_str[CART_STATE_COUNT];
static zend_string *reason_str[CART_REASON_COUNT];

/* ---- Detector object ---------------------------------------------------------------------- */

static zend_object *detector_create(zend_class_entry *ce)
{
	cart_detector *d = zend_object_alloc(sizeof(cart_detector), ce);
	zend_object_std_init(&d->std, ce);
	object_properties_init(&d->std, ce);
	d->std.handlers = &detector_handlers;
	return &d->std;
}

static void detector_free(zend_object *obj)
{
	cart_detector *d = cart_detector_from_obj(obj);
	shopcx_tz_free(&d->tz);
	zend_object_std_dtor(&d->std);
}

cart_detector *cart_detector_checked(zval *this_zv)
{
	cart_detector *d = cart_detector_from_obj(Z_OBJ_P(this_zv));
	if (!d->ready) {
		zend_throw_error(NULL, "ShopCx\\Cart\\Detector object is not initialized");
		return NULL;
	}
	return d;
}

bool cart_now_arg(zend_object *obj, zend_long lval, uint32_t arg_num, int64_t *now)
{
	if (obj) {
		if (!shopcx_time_from_object(obj, now)) {
			return false;
		}
	} else {
		*now = (int64_t) lval;
	}
	if (*now < 0 || *now > CART_MAX_TIME) {
		zend_argument_value_error(arg_num, "must be a time between 1970 and 9999");
		return false;
	}
	return true;
}

/* ---- Options --------------------------------------------------------------------------------- */

static bool opt_duration(zval *v, const char *name, int64_t min, int64_t *out)
{
	if (Z_TYPE_P(v) != IS_LONG) {
		zend_argument_type_error(1, "option \"%s\" must be of type int, %s given", name, zend_zval_type_name(v));
		return false;
	}
	if (Z_LVAL_P(v) < min || Z_LVAL_P(v) > CART_MAX_DURATION) {
		zend_argument_value_error(1, "option \"%s\" must be between %" PRId64 " and %" PRId64 " seconds",
			name, min, (int64_t) CART_MAX_DURATION);
		return false;
	}
	*out = (int64_t) Z_LVAL_P(v);
	return true;
}

/* "HH:MM" (00:00-23:59) or "24:00" is not accepted: a quiet period ends inside a day. */
static bool parse_clock(zval *v, int32_t *out)
{
	const char *s;
	int h, m;
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) != 5) {
		return false;
	}
	s = Z_STRVAL_P(v);
	if (!isdigit((unsigned char) s[0]) || !isdigit((unsigned char) s[1]) || s[2] != ':'
		|| !isdigit((unsigned char) s[3]) || !isdigit((unsigned char) s[4])) {
		return false;
	}
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23 || m > 59) {
		return false;
	}
	*out = h * 3600 + m * 60;
	return true;
}

static bool parse_options(cart_detector *d, HashTable *options)
{
	cart_config *cfg = &d->cfg;
	zend_string *key;
	zval *v;
	const char *tz_name = "UTC";
	size_t tz_len = 3;
	bool has_reminders = false;

	cfg->idle = 3600;
	cfg->expiry = 7 * 86400;
	cfg->skew = 300;
	cfg->delays[0] = 3600;
	cfg->delays[1] = 86400;
	cfg->delays[2] = 3 * 86400;
	cfg->steps = 3;
	cfg->min_value = 0;
	cfg->consent_required = true;
	cfg->quiet = false;

	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		ZVAL_DEREF(v);
		if (key == NULL) {
			zend_argument_value_error(1, "must be an array with string keys");
			return false;
		}
		if (zend_string_equals_literal(key, "idle")) {
			if (!opt_duration(v, "idle", 1, &cfg->idle)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "expiry")) {
			if (!opt_duration(v, "expiry", 1, &cfg->expiry)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "clockSkew")) {
			if (Z_TYPE_P(v) != IS_LONG) {
				zend_argument_type_error(1, "option \"clockSkew\" must be of type int, %s given", zend_zval_type_name(v));
				return false;
			}
			if (Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > CART_MAX_SKEW) {
				zend_argument_value_error(1, "option \"clockSkew\" must be between 0 and %d seconds", CART_MAX_SKEW);
				return false;
			}
			cfg->skew = Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "reminders")) {
			zval *delay;
			uint32_t n = 0;
			if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))
				|| zend_hash_num_elements(Z_ARRVAL_P(v)) == 0 || zend_hash_num_elements(Z_ARRVAL_P(v)) > CART_MAX_STEPS) {
				zend_argument_value_error(1, "option \"reminders\" must be a list of 1 to %d delays in seconds", CART_MAX_STEPS);
				return false;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), delay) {
				ZVAL_DEREF(delay);
				if (Z_TYPE_P(delay) != IS_LONG || Z_LVAL_P(delay) < 1 || Z_LVAL_P(delay) > CART_MAX_DURATION) {
					zend_argument_value_error(1, "option \"reminders\" entry %u must be an int between 1 and %" PRId64 " seconds",
						n + 1, (int64_t) CART_MAX_DURATION);
					return false;
				}
				if (n > 0 && Z_LVAL_P(delay) <= cfg->delays[n - 1]) {
					zend_argument_value_error(1, "option \"reminders\" must be in ascending order (entry %u: " ZEND_LONG_FMT
						" is not after %" PRId64 ")", n + 1, Z_LVAL_P(delay), cfg->delays[n - 1]);
					return false;
				}
				cfg->delays[n++] = (int64_t) Z_LVAL_P(delay);
			} ZEND_HASH_FOREACH_END();
			cfg->steps = n;
			has_reminders = true;
		} else if (zend_string_equals_literal(key, "minValue")) {
			double min;
			if (Z_TYPE_P(v) == IS_LONG) {
				min = (double) Z_LVAL_P(v);
			} else if (Z_TYPE_P(v) == IS_DOUBLE) {
				min = Z_DVAL_P(v);
			} else {
				zend_argument_type_error(1, "option \"minValue\" must be of type int|float, %s given", zend_zval_type_name(v));
				return false;
			}
			if (!zend_finite(min) || min < 0) {
				zend_argument_value_error(1, "option \"minValue\" must be a finite number greater than or equal to 0");
				return false;
			}
			cfg->min_value = min;
		} else if (zend_string_equals_literal(key, "consentRequired")) {
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				zend_argument_type_error(1, "option \"consentRequired\" must be of type bool, %s given", zend_zval_type_name(v));
				return false;
			}
			cfg->consent_required = Z_TYPE_P(v) == IS_TRUE;
		} else if (zend_string_equals_literal(key, "quietHours")) {
			zval *from, *to;
			if (Z_TYPE_P(v) == IS_NULL) {
				cfg->quiet = false;
				continue;
			}
			if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v)) || zend_hash_num_elements(Z_ARRVAL_P(v)) != 2
				|| (from = zend_hash_index_find_deref(Z_ARRVAL_P(v), 0)) == NULL
				|| (to = zend_hash_index_find_deref(Z_ARRVAL_P(v), 1)) == NULL
				|| !parse_clock(from, &cfg->quiet_start) || !parse_clock(to, &cfg->quiet_end)) {
				zend_argument_value_error(1, "option \"quietHours\" must be null or [start, end] as \"HH:MM\" local times");
				return false;
			}
			if (cfg->quiet_start == cfg->quiet_end) {
				zend_argument_value_error(1, "option \"quietHours\" must not start and end at the same time");
				return false;
			}
			cfg->quiet = true;
		} else if (zend_string_equals_literal(key, "timezone")) {
			if (Z_TYPE_P(v) != IS_STRING) {
				zend_argument_type_error(1, "option \"timezone\" must be of type string, %s given", zend_zval_type_name(v));
				return false;
			}
			tz_name = Z_STRVAL_P(v);
			tz_len = Z_STRLEN_P(v);
		} else {
			if (!shopcx_check_utf8_field(key, "Option name", false)) {
				return false;
			}
			zend_argument_value_error(1, "option \"%s\" is unknown", ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();

	if (has_reminders ? cfg->delays[0] < cfg->idle : cfg->idle > cfg->delays[0]) {
		zend_argument_value_error(1, "option \"reminders\" must not start before the idle time (%" PRId64 " < %" PRId64 ")",
			cfg->delays[0], cfg->idle);
		return false;
	}
	if (cfg->delays[cfg->steps - 1] >= cfg->expiry) {
		zend_argument_value_error(1, "option \"expiry\" must be longer than the last reminder delay (%" PRId64 ")",
			cfg->delays[cfg->steps - 1]);
		return false;
	}
	if (!shopcx_utf8_valid(tz_name, tz_len) || !shopcx_tz_load(tz_name, tz_len, &d->tz)) {
		zend_argument_value_error(1, "option \"timezone\" must be a valid time zone identifier such as \"Europe/Amsterdam\"");
		return false;
	}
	cfg->tz = &d->tz;
	d->span.from = d->span.until = 0;   /* empty: the first lookup fills it */
	cfg->span = &d->span;
	return true;
}

PHP_METHOD(ShopCx_Cart_Detector, __construct)
{
	HashTable *options = NULL;
	cart_detector *d = cart_detector_from_obj(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (d->ready) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Cart\\Detector::__construct() twice");
		RETURN_THROWS();
	}
	if (!parse_options(d, options ? options : (HashTable *) &zend_empty_array)) {
		shopcx_tz_free(&d->tz);
		RETURN_THROWS();
	}
	d->ready = true;
}

/* ---- Cart rows ------------------------------------------------------------------------------- */

/* Ids and e-mail addresses are nearly always ASCII: check 8 bytes at a time before the full decoder. */
static bool utf8_ok(const char *s, size_t len)
{
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t chunk;
		memcpy(&chunk, s + i, 8);
		if (chunk & UINT64_C(0x8080808080808080)) {
			return shopcx_utf8_valid(s, len);
		}
	}
	for (; i < len; i++) {
		if ((unsigned char) s[i] & 0x80) {
			return shopcx_utf8_valid(s, len);
		}
	}
	return true;
}

/* "cart "c-17"", "cart #3" or "cart": who a message is about. Formatted only when one is thrown. */
typedef struct {
	zval *id;
	uint64_t row_no;
	char text[CART_MAX_ID_LEN + 32];
} row_label;

static const char *label_text(row_label *l)
{
	if (l->id && Z_TYPE_P(l->id) == IS_STRING) {
		snprintf(l->text, sizeof(l->text), "cart \"%s\"", Z_STRVAL_P(l->id));
	} else if (l->id && Z_TYPE_P(l->id) == IS_LONG) {
		snprintf(l->text, sizeof(l->text), "cart " ZEND_LONG_FMT, Z_LVAL_P(l->id));
	} else if (l->row_no > 0) {
		snprintf(l->text, sizeof(l->text), "cart #%" PRIu64, l->row_no);
	} else {
		snprintf(l->text, sizeof(l->text), "cart");
	}
	return l->text;
}

static ZEND_COLD bool type_error(row_label *l, int key, const char *expected, zval *v)
{
	zend_type_error("%s field \"%s\" must be of type %s, %s given", label_text(l), key_names[key], expected, zend_zval_type_name(v));
	return false;
}

/*
 * The fields of one row, found in a single pass over its buckets (rows carry ~15 keys and often
 * extra columns: one sequential walk beats a hash probe per field). Keys are matched through a
 * small table indexed by their hash, built in MINIT without collisions.
 */
#define KEY_SLOTS 256
static int8_t key_slot[KEY_SLOTS];
static zend_ulong key_mask;
static bool key_table_ok;
static zend_ulong key_hash[K_COUNT];

typedef struct {
	uint32_t present;      /* bit k: fields[k] is set (and not null) */
	zval *fields[K_COUNT];
} row_fields;

#define FIELD(rf, k) (((rf)->present & (1u << (k))) ? (rf)->fields[k] : NULL)

static void collect_fields(HashTable *row, row_fields *rf)
{
	zend_string *key;
	zval *v;
	rf->present = 0;
	if (!key_table_ok) {
		int k;
		for (k = 0; k < K_COUNT; k++) {
			if ((v = zend_hash_find_known_hash(row, keys[k])) != NULL) {
				ZVAL_DEREF(v);
				if (Z_TYPE_P(v) != IS_NULL) {
					rf->fields[k] = v;
					rf->present |= 1u << k;
				}
			}
		}
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(row, key, v) {
		int k;
		if (key == NULL) {
			continue;
		}
		k = key_slot[ZSTR_H(key) & key_mask];
		if (k >= 0 && (key == keys[k] || (ZSTR_H(key) == key_hash[k] && zend_string_equal_content(key, keys[k])))) {
			ZVAL_DEREF(v);
			if (Z_TYPE_P(v) != IS_NULL) {
				rf->fields[k] = v;
				rf->present |= 1u << k;
			} else {
				rf->present &= ~(1u << k);
			}
		}
	} ZEND_HASH_FOREACH_END();
}

static void key_table_init(void)
{
	int i;
	for (key_mask = 15; key_mask < KEY_SLOTS - 1; key_mask = key_mask * 2 + 1) {
		bool clash = false;
		memset(key_slot, -1, sizeof(key_slot));
		for (i = 0; i < K_COUNT && !clash; i++) {
			zend_ulong slot = ZSTR_H(keys[i]) & key_mask;
			clash = key_slot[slot] >= 0;
			key_slot[slot] = (int8_t) i;
		}
		if (!clash) {
			key_table_ok = true;
			return;
		}
	}
	key_table_ok = false;   /* no clash-free mask: fall back to one hash probe per field */
}

/* int, or an integer string as database drivers return them. */
static bool read_int(row_label *l, int key, zval *v, const char *expected, int64_t *out)
{
	zend_long lval;
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = (int64_t) Z_LVAL_P(v);
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING && is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), &lval, NULL, false) == IS_LONG) {
		*out = (int64_t) lval;
		return true;
	}
	return type_error(l, key, expected, v);
}

static bool read_time(row_label *l, int key, zval *v, int64_t *out)
{
	return read_int(l, key, v, "int (Unix timestamp)", out);
}

/* true/false, and the 1/0 (or "1"/"0") that database rows carry. */
static bool read_bool(row_label *l, int key, zval *v, bool *out)
{
	switch (Z_TYPE_P(v)) {
		case IS_TRUE: *out = true; return true;
		case IS_FALSE: *out = false; return true;
		case IS_LONG:
			if (Z_LVAL_P(v) == 0 || Z_LVAL_P(v) == 1) {
				*out = Z_LVAL_P(v) == 1;
				return true;
			}
			break;
		case IS_STRING:
			if (Z_STRLEN_P(v) == 1 && (Z_STRVAL_P(v)[0] == '0' || Z_STRVAL_P(v)[0] == '1')) {
				*out = Z_STRVAL_P(v)[0] == '1';
				return true;
			}
			break;
	}
	return type_error(l, key, "bool", v);
}

static bool read_id(zval *id, uint64_t row_no)
{
	row_label l = { NULL, row_no, "" };
	if (id == NULL) {
		zend_value_error("%s field \"id\" is missing", label_text(&l));
		return false;
	}
	if (Z_TYPE_P(id) == IS_LONG) {
		return true;
	}
	if (Z_TYPE_P(id) != IS_STRING) {
		return type_error(&l, K_ID, "string|int", id);
	}
	if (Z_STRLEN_P(id) == 0 || Z_STRLEN_P(id) > CART_MAX_ID_LEN || !utf8_ok(Z_STRVAL_P(id), Z_STRLEN_P(id))
		|| memchr(Z_STRVAL_P(id), '\0', Z_STRLEN_P(id)) != NULL) {
		zend_value_error("%s field \"id\" must be 1 to %d bytes of valid UTF-8", label_text(&l), CART_MAX_ID_LEN);
		return false;
	}
	return true;
}

static ZEND_COLD void validation_error(const cart_detector *d, row_label *l, const cart_input *in,
	const cart_problem *p, int64_t now)
{
	char where[64] = "";
	int64_t at = 0;

	if (p->entry > 0) {
		snprintf(where, sizeof(where), " entry %u", p->entry);
		at = in->sent[p->entry - 1];
	} else if (strcmp(p->field, "created_at") == 0) {
		at = in->created_at;
	} else if (strcmp(p->field, "updated_at") == 0) {
		at = in->updated_at;
	} else if (strcmp(p->field, "ordered_at") == 0) {
		at = in->ordered_at;
	}
	switch (p->code) {
		case CART_ERR_FUTURE:
			zend_value_error("%s field \"%s\"%s must not be in the future (%" PRId64 " is after now %" PRId64 " + clock skew %" PRId64 ")",
				label_text(l), p->field, where, at, now, d->cfg.skew);
			break;
		case CART_ERR_NEGATIVE_TIME:
			zend_value_error("%s field \"%s\"%s must not be negative", label_text(l), p->field, where);
			break;
		case CART_ERR_BEFORE_CREATED:
			zend_value_error("%s field \"%s\"%s must not be before \"created_at\" (%" PRId64 " < %" PRId64 ")",
				label_text(l), p->field, where, at, in->created_at);
			break;
		case CART_ERR_REMINDER_ORDER:
			zend_value_error("%s field \"reminders\"%s is out of order (%" PRId64 " is before the previous reminder %" PRId64 ")",
				label_text(l), where, at, in->sent[p->entry - 2]);
			break;
		case CART_ERR_STEP_RANGE:
			zend_value_error("%s field \"recovered_step\" must be between 1 and the number of reminders sent (%u)",
				label_text(l), in->sent_count);
			break;
		default:
			zend_value_error("%s is invalid", label_text(l));
	}
}

bool cart_read_row(const cart_detector *d, zval *row_zv, int64_t now, uint64_t row_no,
	cart_input *in, zval **id_out, cart_extra *extra)
{
	HashTable *row;
	zval *v, *id;
	row_label l = { NULL, row_no, "" };
	row_fields rf;
	int64_t n;
	cart_problem problem;

	ZVAL_DEREF(row_zv);
	if (Z_TYPE_P(row_zv) != IS_ARRAY) {
		zend_type_error("%s must be of type array, %s given", label_text(&l), zend_zval_type_name(row_zv));
		return false;
	}
	row = Z_ARRVAL_P(row_zv);
	collect_fields(row, &rf);
	id = FIELD(&rf, K_ID);
	if (!read_id(id, row_no)) {
		return false;
	}
	*id_out = id;
	l.id = id;
	/* Field by field rather than a memset: sent[] is only read up to sent_count. */
	in->has_email = in->opted_out = in->has_order = in->open_ticket = in->has_ordered_at = false;
	in->ordered_at = 0;
	in->sent_count = 0;
	in->recovered_step = 0;

	/* status */
	if ((v = FIELD(&rf, K_STATUS)) == NULL || (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "open"))) {
		in->status = CART_OPEN;
	} else if (Z_TYPE_P(v) != IS_STRING) {
		return type_error(&l, K_STATUS, "string", v);
	} else if (zend_string_equals_literal(Z_STR_P(v), "ordered")) {
		in->status = CART_ORDERED;
	} else if (zend_string_equals_literal(Z_STR_P(v), "closed")) {
		in->status = CART_CLOSED;
	} else {
		if (!shopcx_check_utf8_field(Z_STR_P(v), "Field \"status\"", false)) {
			return false;
		}
		zend_value_error("%s field \"status\" must be \"open\", \"ordered\" or \"closed\", \"%.*s\" given",
			label_text(&l), (int) MIN(Z_STRLEN_P(v), 64), Z_STRVAL_P(v));
		return false;
	}

	/* who */
	v = FIELD(&rf, K_CUSTOMER);
	in->guest = v == NULL || (Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) == 0) || (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) == 0);
	if (v && Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_STRING) {
		return type_error(&l, K_CUSTOMER, "string|int|null", v);
	}
	if ((v = FIELD(&rf, K_EMAIL)) != NULL) {
		if (Z_TYPE_P(v) != IS_STRING) {
			return type_error(&l, K_EMAIL, "?string", v);
		}
		if (Z_STRLEN_P(v) > CART_MAX_EMAIL || !utf8_ok(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
			zend_value_error("%s field \"email\" must be at most %d bytes of valid UTF-8", label_text(&l), CART_MAX_EMAIL);
			return false;
		}
		in->has_email = Z_STRLEN_P(v) > 0;
	}
	in->consent = CART_CONSENT_UNKNOWN;
	if ((v = FIELD(&rf, K_CONSENT)) != NULL) {
		bool b;
		if (!read_bool(&l, K_CONSENT, v, &b)) {
			return false;
		}
		in->consent = b ? 1 : 0;
	}
	if ((v = FIELD(&rf, K_OPTED_OUT)) != NULL && !read_bool(&l, K_OPTED_OUT, v, &in->opted_out)) {
		return false;
	}
	if ((v = FIELD(&rf, K_HAS_ORDER)) != NULL && !read_bool(&l, K_HAS_ORDER, v, &in->has_order)) {
		return false;
	}
	if ((v = FIELD(&rf, K_OPEN_TICKET)) != NULL && !read_bool(&l, K_OPEN_TICKET, v, &in->open_ticket)) {
		return false;
	}

	/* what */
	if ((v = FIELD(&rf, K_ITEMS)) == NULL) {
		zend_value_error("%s field \"items\" is missing", label_text(&l));
		return false;
	}
	if (Z_TYPE_P(v) == IS_ARRAY) {
		in->items = zend_hash_num_elements(Z_ARRVAL_P(v));
	} else if (!read_int(&l, K_ITEMS, v, "array|int", &in->items)) {
		return false;
	} else if (in->items < 0) {
		zend_value_error("%s field \"items\" must not be negative", label_text(&l));
		return false;
	}
	if ((v = FIELD(&rf, K_VALUE)) == NULL) {
		zend_value_error("%s field \"value\" is missing", label_text(&l));
		return false;
	}
	if (Z_TYPE_P(v) == IS_LONG) {
		in->value = (double) Z_LVAL_P(v);
	} else if (Z_TYPE_P(v) == IS_DOUBLE) {
		in->value = Z_DVAL_P(v);
	} else if (Z_TYPE_P(v) != IS_STRING || !is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), NULL, &in->value, false)) {
		return type_error(&l, K_VALUE, "int|float", v);
	} else {
		/* "49.95" from a DECIMAL column: is_numeric_string gave a long or a double. */
		zend_long lv;
		if (is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), &lv, &in->value, false) == IS_LONG) {
			in->value = (double) lv;
		}
	}
	if (!zend_finite(in->value) || in->value < 0) {
		zend_value_error("%s field \"value\" must be a finite number greater than or equal to 0", label_text(&l));
		return false;
	}
	if (extra) {
		extra->currency = NULL;
	}
	if ((v = FIELD(&rf, K_CURRENCY)) != NULL) {
		const char *c;
		if (Z_TYPE_P(v) != IS_STRING) {
			return type_error(&l, K_CURRENCY, "?string", v);
		}
		c = Z_STRVAL_P(v);
		if (Z_STRLEN_P(v) != 3 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || c[2] < 'A' || c[2] > 'Z') {
			zend_value_error("%s field \"currency\" must be an ISO 4217 code such as \"EUR\"", label_text(&l));
			return false;
		}
		if (extra) {
			extra->currency = Z_STR_P(v);
		}
	}

	/* when */
	if ((v = FIELD(&rf, K_UPDATED_AT)) == NULL) {
		zend_value_error("%s field \"updated_at\" is missing", label_text(&l));
		return false;
	}
	if (!read_time(&l, K_UPDATED_AT, v, &in->updated_at)) {
		return false;
	}
	in->created_at = in->updated_at;
	if ((v = FIELD(&rf, K_CREATED_AT)) != NULL && !read_time(&l, K_CREATED_AT, v, &in->created_at)) {
		return false;
	}
	if ((v = FIELD(&rf, K_ORDERED_AT)) != NULL) {
		if (!read_time(&l, K_ORDERED_AT, v, &in->ordered_at)) {
			return false;
		}
		in->has_ordered_at = true;
	}
	if ((v = FIELD(&rf, K_REMINDERS)) != NULL) {
		zval *at;
		if (Z_TYPE_P(v) != IS_ARRAY) {
			return type_error(&l, K_REMINDERS, "?array", v);
		}
		if (!zend_array_is_list(Z_ARRVAL_P(v))) {
			zend_value_error("%s field \"reminders\" must be a list of timestamps, step 1 first", label_text(&l));
			return false;
		}
		if (zend_hash_num_elements(Z_ARRVAL_P(v)) > CART_MAX_STEPS) {
			zend_value_error("%s field \"reminders\" must not hold more than %d entries", label_text(&l), CART_MAX_STEPS);
			return false;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), at) {
			ZVAL_DEREF(at);
			if (!read_time(&l, K_REMINDERS, at, &in->sent[in->sent_count])) {
				return false;
			}
			in->sent_count++;
		} ZEND_HASH_FOREACH_END();
	}
	if ((v = FIELD(&rf, K_RECOVERED_STEP)) != NULL) {
		if (!read_int(&l, K_RECOVERED_STEP, v, "?int", &n)) {
			return false;
		}
		if (n < 0 || n > CART_MAX_STEPS) {
			zend_value_error("%s field \"recovered_step\" must be between 1 and %d", label_text(&l), CART_MAX_STEPS);
			return false;
		}
		in->recovered_step = (uint32_t) n;
	}

	if (!cart_validate(&d->cfg, in, now, &problem)) {
		validation_error(d, &l, in, &problem, now);
		return false;
	}
	return true;
}

/* ---- Decision -------------------------------------------------------------------------------- */

/* Property slots in stub order. */
enum { DEC_CART_ID, DEC_STATE, DEC_STEP, DEC_DUE_AT, DEC_REASON };

void cart_decision_new(zval *out, zval *id, const cart_decision *dec)
{
	zend_object *obj;
	object_init_ex(out, cart_ce_decision);
	obj = Z_OBJ_P(out);
	ZVAL_COPY(OBJ_PROP_NUM(obj, DEC_CART_ID), id);
	ZVAL_INTERNED_STR(OBJ_PROP_NUM(obj, DEC_STATE), state_str[dec->state]);
	if (dec->step) {
		ZVAL_LONG(OBJ_PROP_NUM(obj, DEC_STEP), dec->step);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(obj, DEC_STEP));
	}
	if (dec->has_due) {
		ZVAL_LONG(OBJ_PROP_NUM(obj, DEC_DUE_AT), (zend_long) dec->due_at);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(obj, DEC_DUE_AT));
	}
	if (dec->reason != CART_REASON_NONE) {
		ZVAL_INTERNED_STR(OBJ_PROP_NUM(obj, DEC_REASON), reason_str[dec->reason]);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(obj, DEC_REASON));
	}
}

PHP_METHOD(ShopCx_Cart_Detector, classify)
{
	HashTable *cart;
	zval cart_zv, *id;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	cart_detector *d;
	cart_input in;
	cart_decision dec;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ARRAY_HT(cart)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((d = cart_detector_checked(ZEND_THIS)) == NULL || !cart_now_arg(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	ZVAL_ARR(&cart_zv, cart);
	if (!cart_read_row(d, &cart_zv, now, 0, &in, &id, NULL)) {
		RETURN_THROWS();
	}
	cart_classify(&d->cfg, &in, now, &dec);
	cart_decision_new(return_value, id, &dec);
}

PHP_METHOD(ShopCx_Cart_Detector, scan)
{
	zval *carts;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ITERABLE(carts)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if (cart_detector_checked(ZEND_THIS) == NULL || !cart_now_arg(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	cart_scan_create(return_value, ZEND_THIS, carts, now);
}

/* Copies the declared properties of a value object into an array, in declaration order. */
static void props_to_array(zval *return_value, zend_object *obj)
{
	zend_property_info *info;
	array_init_size(return_value, obj->ce->default_properties_count);
	ZEND_HASH_MAP_FOREACH_PTR(&obj->ce->properties_info, info) {
		zval *v = OBJ_PROP(obj, info->offset);
		if (Z_TYPE_P(v) != IS_UNDEF) {
			Z_TRY_ADDREF_P(v);
			zend_hash_add_new(Z_ARRVAL_P(return_value), info->name, v);
		}
	} ZEND_HASH_FOREACH_END();
}

PHP_METHOD(ShopCx_Cart_Decision, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Decision, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	props_to_array(return_value, Z_OBJ_P(ZEND_THIS));
}

PHP_METHOD(ShopCx_Cart_Recovery, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Recovery, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	props_to_array(return_value, Z_OBJ_P(ZEND_THIS));
}

PHP_METHOD(ShopCx_Cart_Metrics, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Metrics, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	props_to_array(return_value, Z_OBJ_P(ZEND_THIS));
}

PHP_METHOD(ShopCx_Cart_Funnel, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Funnel, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	props_to_array(return_value, Z_OBJ_P(ZEND_THIS));
}

/* ---- Recovery links -------------------------------------------------------------------------- */

static bool cart_id_arg(zend_string *id_str, uint32_t arg_num)
{
	if (ZSTR_LEN(id_str) == 0 || ZSTR_LEN(id_str) > CART_MAX_ID_LEN) {
		zend_argument_value_error(arg_num, "must be 1 to %d bytes long", CART_MAX_ID_LEN);
		return false;
	}
	return shopcx_arg_utf8(id_str, arg_num);
}

PHP_METHOD(ShopCx_Cart_Detector, recoveryToken)
{
	zend_object *tokens, *now_obj = NULL;
	zend_string *id_str = NULL;
	zend_long id_long = 0, step, ttl = 0, now_long = 0;
	int64_t now;
	cart_detector *d;
	zval params[4];
	zend_function *issue;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_OBJ_OF_CLASS(tokens, token_ce)
		Z_PARAM_STR_OR_LONG(id_str, id_long)
		Z_PARAM_LONG(step)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ttl)
	ZEND_PARSE_PARAMETERS_END();

	if ((d = cart_detector_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (id_str && !cart_id_arg(id_str, 2)) {
		RETURN_THROWS();
	}
	if (step < 1 || step > (zend_long) d->cfg.steps) {
		zend_argument_value_error(3, "must be between 1 and %u (the reminder steps)", d->cfg.steps);
		RETURN_THROWS();
	}
	if (!cart_now_arg(now_obj, now_long, 4, &now)) {
		RETURN_THROWS();
	}
	if (ttl < 0 || ttl > CART_MAX_DURATION) {
		zend_argument_value_error(5, "must be between 0 (the detector's expiry) and %" PRId64 " seconds", (int64_t) CART_MAX_DURATION);
		RETURN_THROWS();
	}

	ZVAL_STRINGL(&params[0], "cart", 4);
	array_init_size(&params[1], 2);
	if (id_str) {
		add_assoc_str(&params[1], "cart", zend_string_copy(id_str));
	} else {
		add_assoc_long(&params[1], "cart", id_long);
	}
	add_assoc_long(&params[1], "step", step);
	ZVAL_LONG(&params[2], ttl ? ttl : (zend_long) d->cfg.expiry);
	ZVAL_LONG(&params[3], (zend_long) now);
	issue = zend_hash_str_find_ptr(&token_ce->function_table, "issue", sizeof("issue") - 1);
	zend_call_known_instance_method(issue, tokens, return_value, 4, params);
	zval_ptr_dtor(&params[0]);
	zval_ptr_dtor(&params[1]);
}

PHP_METHOD(ShopCx_Cart_Detector, recover)
{
	zend_object *tokens, *now_obj = NULL;
	zend_string *token;
	zend_long now_long = 0;
	int64_t now;
	zval params[3], claims, *cart, *step;
	zend_function *verify;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJ_OF_CLASS(tokens, token_ce)
		Z_PARAM_STR(token)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if (cart_detector_checked(ZEND_THIS) == NULL || !cart_now_arg(now_obj, now_long, 3, &now)) {
		RETURN_THROWS();
	}
	ZVAL_STR(&params[0], token);
	ZVAL_STRINGL(&params[1], "cart", 4);
	ZVAL_LONG(&params[2], (zend_long) now);
	verify = zend_hash_str_find_ptr(&token_ce->function_table, "verify", sizeof("verify") - 1);
	ZVAL_UNDEF(&claims);
	zend_call_known_instance_method(verify, tokens, &claims, 3, params);
	zval_ptr_dtor(&params[1]);
	if (EG(exception)) {
		zval_ptr_dtor(&claims);
		RETURN_THROWS();
	}
	/* Authentic and of purpose "cart": the claims are ours, but check their shape anyway. */
	if (Z_TYPE(claims) != IS_ARRAY
		|| (cart = zend_hash_str_find(Z_ARRVAL(claims), "cart", 4)) == NULL
		|| (Z_TYPE_P(cart) != IS_STRING && Z_TYPE_P(cart) != IS_LONG)
		|| (step = zend_hash_str_find(Z_ARRVAL(claims), "step", 4)) == NULL
		|| Z_TYPE_P(step) != IS_LONG || Z_LVAL_P(step) < 1 || Z_LVAL_P(step) > CART_MAX_STEPS) {
		zval_ptr_dtor(&claims);
		shopcx_throw_token(SHOPCX_TOKEN_MALFORMED, "The token is not a cart recovery token");
		RETURN_THROWS();
	}
	object_init_ex(return_value, cart_ce_recovery);
	ZVAL_COPY(OBJ_PROP_NUM(Z_OBJ_P(return_value), 0), cart);
	ZVAL_LONG(OBJ_PROP_NUM(Z_OBJ_P(return_value), 1), Z_LVAL_P(step));
	zval_ptr_dtor(&claims);
}

/* ---- Registration ---------------------------------------------------------------------------- */

PHP_MINIT_FUNCTION(shopcx_cart)
{
	int i;

	token_ce = zend_hash_str_find_ptr(CG(class_table), "shopcx\\token", sizeof("shopcx\\token") - 1);
	ZEND_ASSERT(token_ce != NULL);   /* PHP_MINIT(shopcx_token) runs first */

	for (i = 0; i < K_COUNT; i++) {
		keys[i] = zend_string_init_interned(key_names[i], strlen(key_names[i]), 1);
		key_hash[i] = zend_string_hash_val(keys[i]);
	}
	key_table_init();
	for (i = 0; i < CART_STATE_COUNT; i++) {
		state_str[i] = zend_string_init_interned(cart_state_name(i), strlen(cart_state_name(i)), 1);
	}
	for (i = 1; i < CART_REASON_COUNT; i++) {
		reason_str[i] = zend_string_init_interned(cart_reason_name(i), strlen(cart_reason_name(i)), 1);
	}

	cart_ce_detector = register_class_ShopCx_Cart_Detector();
	cart_ce_detector->create_object = detector_create;
	memcpy(&detector_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	detector_handlers.offset = XtOffsetOf(cart_detector, std);
	detector_handlers.free_obj = detector_free;
	detector_handlers.clone_obj = NULL;

	cart_ce_decision = register_class_ShopCx_Cart_Decision();
	cart_ce_scan = register_class_ShopCx_Cart_Scan(zend_ce_iterator);
	cart_ce_recovery = register_class_ShopCx_Cart_Recovery();
	cart_ce_metrics = register_class_ShopCx_Cart_Metrics();
	cart_ce_funnel = register_class_ShopCx_Cart_Funnel();
	cart_scan_minit();
	return SUCCESS;
}
