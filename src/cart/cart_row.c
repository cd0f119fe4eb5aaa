/*
 * Cart rows: a PHP array (as a database returns it) into a checked cart_input, with messages
 * that name the cart and the field.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_utf8.h"
#include "cart_php.h"

#define CART_MAX_EMAIL 320

/* Row keys, interned once and looked up through key_slot (below). */
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

static void collect_fields(cart_detector *d, HashTable *row, row_fields *rf)
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
		if (k < 0) {
			continue;
		}
		if (key != d->seen_keys[k]) {
			if (key != keys[k] && (ZSTR_H(key) != key_hash[k] || !zend_string_equal_content(key, keys[k]))) {
				continue;
			}
			/* Held by reference: the pointer cannot be reused for another string while we keep it. */
			if (d->seen_keys[k]) {
				zend_string_release(d->seen_keys[k]);
			}
			d->seen_keys[k] = zend_string_copy(key);
		}
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_NULL) {
			rf->fields[k] = v;
			rf->present |= 1u << k;
		} else {
			rf->present &= ~(1u << k);
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

bool cart_read_row(cart_detector *d, zval *row_zv, int64_t now, uint64_t row_no,
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
	collect_fields(d, row, &rf);
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

void cart_row_release_keys(cart_detector *d)
{
	int k;
	for (k = 0; k < K_COUNT; k++) {
		if (d->seen_keys[k]) {
			zend_string_release(d->seen_keys[k]);
			d->seen_keys[k] = NULL;
		}
	}
}

void cart_row_minit(void)
{
	int i;
	ZEND_ASSERT(K_COUNT <= CART_ROW_KEYS);
	for (i = 0; i < K_COUNT; i++) {
		keys[i] = zend_string_init_interned(key_names[i], strlen(key_names[i]), 1);
		key_hash[i] = zend_string_hash_val(keys[i]);
	}
	key_table_init();
}
