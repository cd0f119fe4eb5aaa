/*
 * ShopCx\Effort\Kpi and Badge: service KPIs, the four V's per channel, relational vs
 * transactional shoppers, and the trust-badge figures, from plain interaction records.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "effort_internal.h"
#include "effort_retention.h"

#include <math.h>

#define KPI_MAX_RECORDS   1000000
#define KPI_MAX_ID        128
#define KPI_MAX_CHANNEL   64
#define KPI_MAX_SECONDS   (366.0 * 86400)
#define KPI_DEFAULT_WINDOW (30 * 86400)
#define KPI_DEFAULT_MIN_SAMPLE 30
#define KPI_DEFAULT_REPEAT_WINDOW (14 * 86400)   /* the charter's check that an answer held */
#define KPI_DEFAULT_RETENTION_WINDOW (30 * 86400) /* the charter's churn per 30 days */
#define KPI_MAX_ORDERS    1000000

/* One interaction record, read and checked. Strings point into the caller's array. */
typedef struct {
	zend_string *customer, *channel, *case_id, *topic;
	bool complaint, resolved, abandoned, prospect, converted;
	bool has_prospect, has_first_response, has_duration, has_order_value, has_clv, has_at;
	double first_response, duration, order_value, clv;
	int friendly;   /* 0 = not rated, else 1..5 */
	int csat;       /* 0 = not rated, else 1..5 */
	int64_t at;
} kpi_record;

typedef struct kpi_customer kpi_customer;

typedef struct {
	uint64_t volume, topics, fr_n, value_n, abandoned, cases, first_contact_cases;
	uint64_t retention_base, retention_kept;
	double fr_sum, value_sum, cost_sum;
	const kpi_customer *retention_seen;   /* the customer last counted for this channel's retention */
} kpi_channel;

/* A contact that has a time, and where it happened. */
typedef struct {
	int64_t at;
	kpi_channel *channel;
} kpi_contact;

struct kpi_customer {
	uint64_t questions, topics;
	double duration, value_sum, clv;
	bool has_clv, complained;
	uint8_t traits;
	kpi_contact *contacts;   /* the contacts that have a time, sorted by it before use */
	int64_t *times;          /* their times, in the same order, for the window searches */
	uint32_t n_times, cap_times;
};

/* One customer's order times from the option orderHistory, sorted. */
typedef struct {
	int64_t *times;
	uint32_t n;
} kpi_orders;

typedef struct {
	uint64_t contacts;
	bool resolved, has_resolved_at;
	double cost;
	int64_t resolved_at;       /* latest time of a contact that resolved it */
	kpi_customer *customer;    /* of its first contact */
	kpi_channel *channel;      /* of its first contact: where the case counts for per-channel FCR */
} kpi_case;

static void ptr_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

static void customer_dtor(zval *zv)
{
	kpi_customer *c = Z_PTR_P(zv);
	if (c->contacts) {
		efree(c->contacts);
	}
	if (c->times) {
		efree(c->times);
	}
	efree(c);
}

static void orders_dtor(zval *zv)
{
	kpi_orders *o = Z_PTR_P(zv);
	if (o->times) {
		efree(o->times);
	}
	efree(o);
}

static void customer_add_contact(kpi_customer *c, int64_t at, kpi_channel *channel)
{
	if (c->n_times == c->cap_times) {
		c->cap_times = c->cap_times ? c->cap_times * 2 : 4;
		c->contacts = safe_erealloc(c->contacts, c->cap_times, sizeof(kpi_contact), 0);
	}
	c->contacts[c->n_times].at = at;
	c->contacts[c->n_times].channel = channel;
	c->n_times++;
}

static int compare_time(const void *a, const void *b)
{
	int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
	return x < y ? -1 : x > y;
}

static int compare_contact(const void *a, const void *b)
{
	return compare_time(&((const kpi_contact *) a)->at, &((const kpi_contact *) b)->at);
}

/* Sorts the customer's timed contacts and lays their times out for effort_times_any_within(). */
static void customer_sort_contacts(kpi_customer *c)
{
	uint32_t i;
	if (c->n_times == 0) {
		return;
	}
	qsort(c->contacts, c->n_times, sizeof(kpi_contact), compare_contact);
	c->times = safe_emalloc(c->n_times, sizeof(int64_t), 0);
	for (i = 0; i < c->n_times; i++) {
		c->times[i] = c->contacts[i].at;
	}
}

/* An id field: non-empty string or int (an int becomes its decimal string). */
static bool read_id(zval *v, uint32_t idx, const char *field, size_t max, zend_string **out, bool *owned)
{
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = zend_long_to_str(Z_LVAL_P(v));
		*owned = true;
		return true;
	}
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) > max || !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		zend_argument_value_error(1, "record %u field \"%s\" must be an int or 1 to %zu bytes of valid UTF-8", idx, field, max);
		return false;
	}
	*out = Z_STR_P(v);
	*owned = false;
	return true;
}

static bool read_bool(zval *v, uint32_t idx, const char *field, bool *out)
{
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		zend_argument_type_error(1, "record %u field \"%s\" must be of type bool, %s given", idx, field, zend_zval_type_name(v));
		return false;
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	return true;
}

static bool read_number(zval *v, uint32_t idx, const char *field, double max, double *out)
{
	double d;
	if (Z_TYPE_P(v) == IS_LONG) {
		d = (double) Z_LVAL_P(v);
	} else if (Z_TYPE_P(v) == IS_DOUBLE) {
		d = Z_DVAL_P(v);
	} else {
		zend_argument_type_error(1, "record %u field \"%s\" must be of type int|float, %s given", idx, field, zend_zval_type_name(v));
		return false;
	}
	if (!zend_finite(d) || d < 0 || d > max) {
		zend_argument_value_error(1, "record %u field \"%s\" must be a finite number from 0 to %.0f", idx, field, max);
		return false;
	}
	*out = d;
	return true;
}

static bool read_rating(zval *v, uint32_t idx, const char *field, int *out)
{
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > 5) {
		zend_argument_value_error(1, "record %u field \"%s\" must be an integer from 1 to 5", idx, field);
		return false;
	}
	*out = (int) Z_LVAL_P(v);
	return true;
}

typedef struct {
	zend_string *owned[2];   /* int ids turned into strings, released by record_release() */
} kpi_owned;

static void record_release(kpi_owned *o)
{
	int i;
	for (i = 0; i < 2; i++) {
		if (o->owned[i]) {
			zend_string_release(o->owned[i]);
			o->owned[i] = NULL;
		}
	}
}

static bool read_record(zval *rec, uint32_t idx, kpi_record *r, kpi_owned *o)
{
	zend_string *key;
	zval *v;
	bool owned;

	memset(r, 0, sizeof(*r));
	memset(o, 0, sizeof(*o));
	ZVAL_DEREF(rec);
	if (Z_TYPE_P(rec) != IS_ARRAY) {
		zend_argument_type_error(1, "record %u must be of type array, %s given", idx, zend_zval_type_name(rec));
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(rec), key, v) {
		ZVAL_DEREF(v);
		if (key == NULL) {
			zend_argument_value_error(1, "record %u must be an array with string keys", idx);
			goto fail;
		}
		if (Z_TYPE_P(v) == IS_NULL) {
			continue;   /* unknown for this contact */
		}
		if (zend_string_equals_literal(key, "customer")) {
			if (!read_id(v, idx, "customer", KPI_MAX_ID, &r->customer, &owned)) goto fail;
			if (owned) o->owned[0] = r->customer;
		} else if (zend_string_equals_literal(key, "case")) {
			if (!read_id(v, idx, "case", KPI_MAX_ID, &r->case_id, &owned)) goto fail;
			if (owned) o->owned[1] = r->case_id;
		} else if (zend_string_equals_literal(key, "channel")) {
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) > KPI_MAX_CHANNEL
				|| !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
				zend_argument_value_error(1, "record %u field \"channel\" must be 1 to %d bytes of valid UTF-8", idx, KPI_MAX_CHANNEL);
				goto fail;
			}
			r->channel = Z_STR_P(v);
		} else if (zend_string_equals_literal(key, "topic")) {
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) > KPI_MAX_ID
				|| !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
				zend_argument_value_error(1, "record %u field \"topic\" must be 1 to %d bytes of valid UTF-8", idx, KPI_MAX_ID);
				goto fail;
			}
			r->topic = Z_STR_P(v);
		} else if (zend_string_equals_literal(key, "complaint")) {
			if (!read_bool(v, idx, "complaint", &r->complaint)) goto fail;
		} else if (zend_string_equals_literal(key, "resolved")) {
			if (!read_bool(v, idx, "resolved", &r->resolved)) goto fail;
		} else if (zend_string_equals_literal(key, "abandoned")) {
			if (!read_bool(v, idx, "abandoned", &r->abandoned)) goto fail;
		} else if (zend_string_equals_literal(key, "prospect")) {
			if (!read_bool(v, idx, "prospect", &r->prospect)) goto fail;
			r->has_prospect = true;
		} else if (zend_string_equals_literal(key, "converted")) {
			if (!read_bool(v, idx, "converted", &r->converted)) goto fail;
		} else if (zend_string_equals_literal(key, "firstResponse")) {
			if (!read_number(v, idx, "firstResponse", KPI_MAX_SECONDS, &r->first_response)) goto fail;
			r->has_first_response = true;
		} else if (zend_string_equals_literal(key, "duration")) {
			if (!read_number(v, idx, "duration", KPI_MAX_SECONDS, &r->duration)) goto fail;
			r->has_duration = true;
		} else if (zend_string_equals_literal(key, "orderValue")) {
			if (!read_number(v, idx, "orderValue", 1e12, &r->order_value)) goto fail;
			r->has_order_value = true;
		} else if (zend_string_equals_literal(key, "clv")) {
			if (!read_number(v, idx, "clv", 1e12, &r->clv)) goto fail;
			r->has_clv = true;
		} else if (zend_string_equals_literal(key, "friendly")) {
			if (!read_rating(v, idx, "friendly", &r->friendly)) goto fail;
		} else if (zend_string_equals_literal(key, "csat")) {
			if (!read_rating(v, idx, "csat", &r->csat)) goto fail;
		} else if (zend_string_equals_literal(key, "at")) {
			if (Z_TYPE_P(v) == IS_LONG) {
				r->at = (int64_t) Z_LVAL_P(v);
			} else if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), shopcx_date_ce())) {
				if (!shopcx_time_from_object(Z_OBJ_P(v), &r->at)) goto fail;
			} else {
				zend_argument_type_error(1, "record %u field \"at\" must be of type DateTimeInterface|int, %s given",
					idx, zend_zval_type_name(v));
				goto fail;
			}
			r->has_at = true;
		} else {
			zend_argument_value_error(1, "record %u has unknown field \"%s\"", idx,
				shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key)) && ZSTR_LEN(key) <= KPI_MAX_ID ? ZSTR_VAL(key) : "(invalid)");
			goto fail;
		}
	} ZEND_HASH_FOREACH_END();
	if (r->customer == NULL) {
		zend_argument_value_error(1, "record %u must have a \"customer\"", idx);
		goto fail;
	}
	if (r->channel == NULL) {
		zend_argument_value_error(1, "record %u must have a \"channel\"", idx);
		goto fail;
	}
	return true;

fail:
	record_release(o);
	return false;
}

static zend_string *pair_key(const zend_string *a, const zend_string *b)
{
	zend_string *k = zend_string_alloc(ZSTR_LEN(a) + 1 + ZSTR_LEN(b), 0);
	memcpy(ZSTR_VAL(k), ZSTR_VAL(a), ZSTR_LEN(a));
	ZSTR_VAL(k)[ZSTR_LEN(a)] = '\0';
	memcpy(ZSTR_VAL(k) + ZSTR_LEN(a) + 1, ZSTR_VAL(b), ZSTR_LEN(b));
	ZSTR_VAL(k)[ZSTR_LEN(k)] = '\0';
	return k;
}

/* True when the pair was new. */
static bool pair_insert(HashTable *set, const zend_string *a, const zend_string *b)
{
	zend_string *k = pair_key(a, b);
	bool fresh = zend_hash_add_empty_element(set, k) != NULL;
	zend_string_release(k);
	return fresh;
}

static void set_share(zval *out, uint64_t part, uint64_t whole)
{
	if (whole == 0) {
		ZVAL_NULL(out);
	} else {
		ZVAL_DOUBLE(out, (double) part / (double) whole);
	}
}

static void set_mean(zval *out, double sum, uint64_t n)
{
	if (n == 0) {
		ZVAL_NULL(out);
	} else {
		ZVAL_DOUBLE(out, sum / (double) n);
	}
}

static int compare_double(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return x < y ? -1 : x > y;
}

static double median(double *values, size_t n)
{
	qsort(values, n, sizeof(double), compare_double);
	return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static const char *const trait_names[4] = { "mostQuestions", "widestVariety", "longestInteractions", "highestValue" };

/* The four traits' measures of one customer. */
static double customer_measure(const kpi_customer *c, int trait)
{
	switch (trait) {
		case 0: return (double) c->questions;
		case 1: return (double) c->topics;
		case 2: return c->duration;
		default: return c->has_clv ? c->clv : c->value_sum;
	}
}

typedef struct {
	double cost_all;
	HashTable *cost_by_channel;   /* channel => int|float, or NULL */
	bool has_carts;
	zend_long carts, orders;
	zend_long relational_traits;
	zend_long repeat_window;
	zend_long retention_window;
	HashTable *order_history;   /* customer id => list of order times, or NULL */
	int64_t now;
} kpi_options;

static bool read_kpi_options(HashTable *options, kpi_options *o)
{
	zend_string *key;
	zval *v;
	bool has_orders = false;

	memset(o, 0, sizeof(*o));
	o->relational_traits = 3;
	o->repeat_window = KPI_DEFAULT_REPEAT_WINDOW;
	o->retention_window = KPI_DEFAULT_RETENTION_WINDOW;
	o->now = (int64_t) time(NULL);
	if (options == NULL) {
		return true;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		ZVAL_DEREF(v);
		if (key && zend_string_equals_literal(key, "costPerContact")) {
			if (Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_DOUBLE) {
				o->cost_all = zval_get_double(v);
				if (!zend_finite(o->cost_all) || o->cost_all < 0) {
					zend_argument_value_error(2, "option \"costPerContact\" must be a finite number >= 0");
					return false;
				}
			} else if (Z_TYPE_P(v) == IS_ARRAY) {
				zval *c;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), c) {
					ZVAL_DEREF(c);
					if ((Z_TYPE_P(c) != IS_LONG && Z_TYPE_P(c) != IS_DOUBLE) || !zend_finite(zval_get_double(c)) || zval_get_double(c) < 0) {
						zend_argument_value_error(2, "option \"costPerContact\" must map channels to finite numbers >= 0");
						return false;
					}
				} ZEND_HASH_FOREACH_END();
				o->cost_by_channel = Z_ARRVAL_P(v);
			} else {
				zend_argument_type_error(2, "option \"costPerContact\" must be of type array|int|float, %s given", zend_zval_type_name(v));
				return false;
			}
		} else if (key && zend_string_equals_literal(key, "carts")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0) {
				zend_argument_value_error(2, "option \"carts\" must be an integer >= 0");
				return false;
			}
			o->carts = Z_LVAL_P(v);
			o->has_carts = true;
		} else if (key && zend_string_equals_literal(key, "orders")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0) {
				zend_argument_value_error(2, "option \"orders\" must be an integer >= 0");
				return false;
			}
			o->orders = Z_LVAL_P(v);
			has_orders = true;
		} else if (key && zend_string_equals_literal(key, "relationalTraits")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > 4) {
				zend_argument_value_error(2, "option \"relationalTraits\" must be an integer from 1 to 4");
				return false;
			}
			o->relational_traits = Z_LVAL_P(v);
		} else if (key && zend_string_equals_literal(key, "repeatWindow")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > 366 * 86400) {
				zend_argument_value_error(2, "option \"repeatWindow\" must be an integer from 1 to %d (seconds)", 366 * 86400);
				return false;
			}
			o->repeat_window = Z_LVAL_P(v);
		} else if (key && zend_string_equals_literal(key, "retentionWindow")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 86400 || Z_LVAL_P(v) > 366 * 86400) {
				zend_argument_value_error(2, "option \"retentionWindow\" must be an integer from 86400 to %d (seconds)", 366 * 86400);
				return false;
			}
			o->retention_window = Z_LVAL_P(v);
		} else if (key && zend_string_equals_literal(key, "orderHistory")) {
			if (Z_TYPE_P(v) != IS_ARRAY) {
				zend_argument_type_error(2, "option \"orderHistory\" must be of type array, %s given", zend_zval_type_name(v));
				return false;
			}
			o->order_history = Z_ARRVAL_P(v);
		} else if (key && zend_string_equals_literal(key, "now")) {
			if (Z_TYPE_P(v) == IS_LONG) {
				o->now = (int64_t) Z_LVAL_P(v);
			} else if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), shopcx_date_ce())) {
				if (!shopcx_time_from_object(Z_OBJ_P(v), &o->now)) {
					return false;
				}
			} else {
				zend_argument_type_error(2, "option \"now\" must be of type DateTimeInterface|int, %s given", zend_zval_type_name(v));
				return false;
			}
		} else {
			zend_argument_value_error(2, "contains unknown option \"%s\"",
				key && shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key)) ? ZSTR_VAL(key) : "(not a name)");
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	if (o->has_carts != has_orders) {
		zend_argument_value_error(2, "options \"carts\" and \"orders\" must be given together");
		return false;
	}
	if (o->has_carts && o->orders > o->carts) {
		zend_argument_value_error(2, "option \"orders\" must not exceed option \"carts\"");
		return false;
	}
	return true;
}

/* Reads the option orderHistory into customer id (a string, as records' ids are) => sorted times. */
static bool read_order_history(HashTable *history, HashTable *out)
{
	zend_string *key;
	zend_ulong num;
	zval *list, *t;
	uint64_t total = 0;

	ZEND_HASH_FOREACH_KEY_VAL(history, num, key, list) {
		zend_string *id = key ? zend_string_copy(key) : zend_long_to_str((zend_long) num);
		kpi_orders *o;
		uint32_t i = 0;

		ZVAL_DEREF(list);
		if (ZSTR_LEN(id) == 0 || ZSTR_LEN(id) > KPI_MAX_ID || !shopcx_utf8_valid(ZSTR_VAL(id), ZSTR_LEN(id))) {
			zend_argument_value_error(2, "option \"orderHistory\" customer ids must be 1 to %d bytes of valid UTF-8", KPI_MAX_ID);
			zend_string_release(id);
			return false;
		}
		if (Z_TYPE_P(list) != IS_ARRAY) {
			zend_argument_type_error(2, "option \"orderHistory\" customer \"%s\" must map to an array of order times, %s given",
				ZSTR_VAL(id), zend_zval_type_name(list));
			zend_string_release(id);
			return false;
		}
		total += zend_hash_num_elements(Z_ARRVAL_P(list));
		if (total > KPI_MAX_ORDERS) {
			zend_argument_value_error(2, "option \"orderHistory\" must not hold more than %d orders", KPI_MAX_ORDERS);
			zend_string_release(id);
			return false;
		}
		o = ecalloc(1, sizeof(kpi_orders));
		if (zend_hash_add_ptr(out, id, o) == NULL) {
			/* "42" and 42 are one PHP key, so only a hand-built table could repeat one */
			efree(o);
			zend_argument_value_error(2, "option \"orderHistory\" names customer \"%s\" twice", ZSTR_VAL(id));
			zend_string_release(id);
			return false;
		}
		if (zend_hash_num_elements(Z_ARRVAL_P(list))) {
			o->times = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(list)), sizeof(int64_t), 0);
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), t) {
			ZVAL_DEREF(t);
			if (Z_TYPE_P(t) == IS_LONG) {
				o->times[i] = (int64_t) Z_LVAL_P(t);
			} else if (Z_TYPE_P(t) == IS_OBJECT && instanceof_function(Z_OBJCE_P(t), shopcx_date_ce())) {
				if (!shopcx_time_from_object(Z_OBJ_P(t), &o->times[i])) {
					zend_string_release(id);
					return false;
				}
			} else {
				zend_argument_type_error(2, "option \"orderHistory\" customer \"%s\" order times must be of type DateTimeInterface|int, %s given",
					ZSTR_VAL(id), zend_zval_type_name(t));
				zend_string_release(id);
				return false;
			}
			o->n = ++i;
		} ZEND_HASH_FOREACH_END();
		if (o->n > 1) {
			qsort(o->times, o->n, sizeof(int64_t), compare_time);
		}
		zend_string_release(id);
	} ZEND_HASH_FOREACH_END();
	return true;
}

ZEND_METHOD(ShopCx_Effort_Kpi, fromInteractions)
{
	HashTable *records, *options = NULL;
	HashTable customers, channels, cases, customer_topics, channel_topics, orders;
	kpi_options opt;
	zval *rec, values[18];
	uint32_t idx = 0;
	uint64_t complaining = 0, rated = 0, very_friendly = 0, prospects = 0, converted = 0;
	uint64_t existing = 0, retained = 0, timed_resolved = 0, repeated = 0;
	uint64_t churn_base = 0, churned = 0, retention_base = 0, retention_kept = 0;
	uint64_t fr_n = 0, abandoned = 0, resolved_cases = 0, first_contact = 0, resolve_contacts = 0;
	double fr_sum = 0, resolve_cost = 0;
	bool ok = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(records)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (zend_hash_num_elements(records) > KPI_MAX_RECORDS) {
		zend_argument_value_error(1, "must not hold more than %d records", KPI_MAX_RECORDS);
		RETURN_THROWS();
	}
	if (!read_kpi_options(options, &opt)) {
		RETURN_THROWS();
	}

	zend_hash_init(&customers, 64, NULL, customer_dtor, 0);
	zend_hash_init(&channels, 8, NULL, ptr_dtor, 0);
	zend_hash_init(&cases, 64, NULL, ptr_dtor, 0);
	zend_hash_init(&customer_topics, 64, NULL, NULL, 0);
	zend_hash_init(&channel_topics, 64, NULL, NULL, 0);
	zend_hash_init(&orders, opt.order_history ? zend_hash_num_elements(opt.order_history) : 0, NULL, orders_dtor, 0);
	if (opt.order_history && !read_order_history(opt.order_history, &orders)) {
		goto done;
	}

	ZEND_HASH_FOREACH_VAL(records, rec) {
		kpi_record r;
		kpi_owned owned;
		kpi_customer *c;
		kpi_channel *ch;
		double cost = opt.cost_all;

		if (!read_record(rec, idx, &r, &owned)) {
			goto done;
		}
		if (opt.cost_by_channel) {
			zval *cz = zend_symtable_find(opt.cost_by_channel, r.channel);
			if (cz == NULL) {
				zend_argument_value_error(2, "option \"costPerContact\" has no cost for channel \"%s\"", ZSTR_VAL(r.channel));
				record_release(&owned);
				goto done;
			}
			cost = zval_get_double(cz);
		}
		c = zend_hash_find_ptr(&customers, r.customer);
		if (c == NULL) {
			c = zend_hash_add_new_ptr(&customers, r.customer, ecalloc(1, sizeof(kpi_customer)));
		}
		ch = zend_hash_find_ptr(&channels, r.channel);
		if (ch == NULL) {
			ch = zend_hash_add_new_ptr(&channels, r.channel, ecalloc(1, sizeof(kpi_channel)));
		}

		c->questions++;
		ch->volume++;
		if (r.topic) {
			c->topics += pair_insert(&customer_topics, r.customer, r.topic);
			ch->topics += pair_insert(&channel_topics, r.channel, r.topic);
		}
		if (r.has_duration) {
			c->duration += r.duration;
		}
		if (r.has_at) {
			customer_add_contact(c, r.at, ch);
		}
		ch->cost_sum += cost;
		if (r.has_order_value) {
			c->value_sum += r.order_value;
			ch->value_sum += r.order_value;
			ch->value_n++;
		}
		if (r.has_clv) {
			c->clv = c->has_clv ? fmax(c->clv, r.clv) : r.clv;
			c->has_clv = true;
		}
		if (r.complaint && !c->complained) {
			c->complained = true;
			complaining++;
		}
		if (r.has_first_response) {
			fr_sum += r.first_response;
			fr_n++;
			ch->fr_sum += r.first_response;
			ch->fr_n++;
		}
		if (r.abandoned) {
			abandoned++;
			ch->abandoned++;
		}
		if (r.friendly) {
			rated++;
			very_friendly += r.friendly == 5;
		}
		if (r.prospect) {
			prospects++;
			converted += r.converted;
		} else if (r.has_prospect) {
			/* a customer already: the retention counterpart of acquisition conversion */
			existing++;
			retained += r.converted;
		}
		{
			/* Without a case id every contact is a case of its own. */
			kpi_case *k = NULL;
			if (r.case_id) {
				k = zend_hash_find_ptr(&cases, r.case_id);
				if (k == NULL) {
					k = zend_hash_add_new_ptr(&cases, r.case_id, ecalloc(1, sizeof(kpi_case)));
				}
			} else {
				k = zend_hash_next_index_insert_ptr(&cases, ecalloc(1, sizeof(kpi_case)));
			}
			if (k->contacts == 0) {
				k->customer = c;
				k->channel = ch;
			}
			k->contacts++;
			k->cost += cost;
			k->resolved |= r.resolved;
			if (r.resolved && r.has_at && (!k->has_resolved_at || r.at > k->resolved_at)) {
				k->resolved_at = r.at;
				k->has_resolved_at = true;
			}
		}
		record_release(&owned);
		idx++;
	} ZEND_HASH_FOREACH_END();

	{
		kpi_case *k;
		kpi_customer *c;
		ZEND_HASH_MAP_FOREACH_PTR(&customers, c) {
			customer_sort_contacts(c);
		} ZEND_HASH_FOREACH_END();
		ZEND_HASH_FOREACH_PTR(&cases, k) {
			k->channel->cases++;
			if (k->resolved) {
				resolved_cases++;
				resolve_contacts += k->contacts;
				resolve_cost += k->cost;
				first_contact += k->contacts == 1;
				k->channel->first_contact_cases += k->contacts == 1;
				if (k->has_resolved_at) {
					/* The charter's forward-resolution check: did the answer hold, or did the
					 * customer come back within the window? */
					timed_resolved++;
					repeated += effort_times_any_within(k->customer->times, k->customer->n_times,
						k->resolved_at, opt.repeat_window);
				}
			}
		} ZEND_HASH_FOREACH_END();
	}

	if (opt.order_history) {
		zend_string *id;
		kpi_customer *c;
		kpi_orders *o;
		const int64_t window = opt.retention_window;

		/* Retention after a contact: per customer their last contact whose window has ended by now,
		 * counted when they had ordered before it (a customer to retain, not a prospect); kept when
		 * they ordered again within the window. Per channel the same with that channel's contacts. */
		ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&customers, id, c) {
			uint32_t i;
			bool counted = false;
			o = zend_hash_find_ptr(&orders, id);
			if (o == NULL || o->n == 0) {
				continue;
			}
			for (i = c->n_times; i-- > 0;) {
				const kpi_contact *contact = &c->contacts[i];
				bool kept;
				if (contact->at > opt.now - window || o->times[0] > contact->at) {
					continue;
				}
				kept = effort_times_any_within(o->times, o->n, contact->at, window);
				if (!counted) {
					retention_base++;
					retention_kept += kept;
					counted = true;
				}
				if (contact->channel->retention_seen != c) {
					contact->channel->retention_seen = c;
					contact->channel->retention_base++;
					contact->channel->retention_kept += kept;
				}
			}
		} ZEND_HASH_FOREACH_END();

		ZEND_HASH_MAP_FOREACH_PTR(&orders, o) {
			effort_churn_state state = effort_churn_of(o->times, o->n, opt.now, window);
			churn_base += state != EFFORT_CHURN_NOT_ACTIVE;
			churned += state == EFFORT_CHURN_LOST;
		} ZEND_HASH_FOREACH_END();
	}

	ZVAL_LONG(&values[0], (zend_long) idx);
	ZVAL_LONG(&values[1], (zend_long) zend_hash_num_elements(&customers));
	set_share(&values[2], complaining, zend_hash_num_elements(&customers));
	set_share(&values[3], first_contact, zend_hash_num_elements(&cases));
	set_mean(&values[4], (double) resolve_contacts, resolved_cases);
	set_mean(&values[5], resolve_cost, resolved_cases);
	set_share(&values[6], very_friendly, rated);
	set_share(&values[7], very_friendly, idx);
	set_share(&values[8], converted, prospects);
	set_share(&values[9], retained, existing);
	set_share(&values[10], repeated, timed_resolved);
	set_share(&values[11], churned, churn_base);
	set_share(&values[12], retention_kept, retention_base);
	set_mean(&values[13], fr_sum, fr_n);
	set_share(&values[14], abandoned, idx);
	if (opt.has_carts && opt.carts > 0) {
		ZVAL_DOUBLE(&values[15], 1.0 - (double) opt.orders / (double) opt.carts);
	} else {
		ZVAL_NULL(&values[15]);
	}

	/* channels: the four V's */
	{
		zend_string *name;
		kpi_channel *ch;
		array_init_size(&values[16], zend_hash_num_elements(&channels));
		ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&channels, name, ch) {
			zval item, z;
			array_init_size(&item, 9);
			add_assoc_long(&item, "volume", (zend_long) ch->volume);
			add_assoc_long(&item, "variety", (zend_long) ch->topics);
			set_mean(&z, ch->fr_sum, ch->fr_n);
			add_assoc_zval(&item, "velocity", &z);
			set_mean(&z, ch->value_sum, ch->value_n);
			add_assoc_zval(&item, "value", &z);
			/* What the channel's contacts brought in minus what they cost, per contact. */
			if (ch->value_n) {
				ZVAL_DOUBLE(&z, (ch->value_sum - ch->cost_sum) / (double) ch->volume);
			} else {
				ZVAL_NULL(&z);
			}
			add_assoc_zval(&item, "netValue", &z);
			set_share(&z, ch->abandoned, ch->volume);
			add_assoc_zval(&item, "abandonment", &z);
			add_assoc_long(&item, "cases", (zend_long) ch->cases);
			set_share(&z, ch->first_contact_cases, ch->cases);
			add_assoc_zval(&item, "firstContactResolution", &z);
			set_share(&z, ch->retention_kept, ch->retention_base);
			add_assoc_zval(&item, "retentionAfterContact", &z);
			zend_symtable_update(Z_ARRVAL(values[16]), name, &item);
		} ZEND_HASH_FOREACH_END();
	}

	/* shoppers: a trait is being above the median of all customers on its measure */
	{
		uint32_t n = zend_hash_num_elements(&customers), i;
		double medians[4] = { 0, 0, 0, 0 };
		zend_string *id;
		kpi_customer *c;
		int t;
		if (n > 0) {
			double *m = safe_emalloc(n, sizeof(double), 0);
			for (t = 0; t < 4; t++) {
				i = 0;
				ZEND_HASH_MAP_FOREACH_PTR(&customers, c) {
					m[i++] = customer_measure(c, t);
				} ZEND_HASH_FOREACH_END();
				medians[t] = median(m, n);
			}
			efree(m);
		}
		array_init_size(&values[17], n);
		ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&customers, id, c) {
			zval item, traits;
			int count = 0;
			array_init(&traits);
			for (t = 0; t < 4; t++) {
				if (customer_measure(c, t) > medians[t]) {
					add_next_index_string(&traits, trait_names[t]);
					count++;
				}
			}
			array_init_size(&item, 6);
			add_assoc_string(&item, "type", count >= opt.relational_traits ? "relational" : "transactional");
			add_assoc_zval(&item, "traits", &traits);
			add_assoc_long(&item, "questions", (zend_long) c->questions);
			add_assoc_long(&item, "topics", (zend_long) c->topics);
			add_assoc_double(&item, "duration", c->duration);
			add_assoc_double(&item, "value", customer_measure(c, 3));
			zend_symtable_update(Z_ARRVAL(values[17]), id, &item);
		} ZEND_HASH_FOREACH_END();
	}
	effort_value_object(return_value, effort_kpi_ce, values, 18);
	ok = true;

done:
	zend_hash_destroy(&customers);
	zend_hash_destroy(&channels);
	zend_hash_destroy(&cases);
	zend_hash_destroy(&customer_topics);
	zend_hash_destroy(&channel_topics);
	zend_hash_destroy(&orders);
	if (!ok) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(ShopCx_Effort_Kpi, badge)
{
	HashTable *records, *options = NULL, *targets = NULL, defaults;
	zend_object *now_obj = NULL;
	zend_long now_long = 0, window = KPI_DEFAULT_WINDOW, min_sample = KPI_DEFAULT_MIN_SAMPLE;
	int64_t now;
	zval *rec, values[7];
	uint32_t idx = 0;
	uint64_t sat_n = 0, sat = 0, timely_n = 0, timely = 0;
	zend_string *key;
	zval *v;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_ARRAY_HT(records)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!shopcx_time_param(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	if (zend_hash_num_elements(records) > KPI_MAX_RECORDS) {
		zend_argument_value_error(1, "must not hold more than %d records", KPI_MAX_RECORDS);
		RETURN_THROWS();
	}
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
			ZVAL_DEREF(v);
			if (key && zend_string_equals_literal(key, "window")) {
				if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 3600 || Z_LVAL_P(v) > 366 * 86400) {
					zend_argument_value_error(3, "option \"window\" must be between 3600 and %d seconds", 366 * 86400);
					RETURN_THROWS();
				}
				window = Z_LVAL_P(v);
			} else if (key && zend_string_equals_literal(key, "minSample")) {
				if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > 1000000) {
					zend_argument_value_error(3, "option \"minSample\" must be between 1 and 1000000");
					RETURN_THROWS();
				}
				min_sample = Z_LVAL_P(v);
			} else if (key && zend_string_equals_literal(key, "targets")) {
				zval *t;
				if (Z_TYPE_P(v) != IS_ARRAY) {
					zend_argument_type_error(3, "option \"targets\" must be of type array, %s given", zend_zval_type_name(v));
					RETURN_THROWS();
				}
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), t) {
					ZVAL_DEREF(t);
					if (Z_TYPE_P(t) != IS_LONG || Z_LVAL_P(t) < 1 || Z_LVAL_P(t) > 366 * 86400) {
						zend_argument_value_error(3, "option \"targets\" must map channels to seconds from 1 to %d", 366 * 86400);
						RETURN_THROWS();
					}
				} ZEND_HASH_FOREACH_END();
				targets = Z_ARRVAL_P(v);
			} else {
				zend_argument_value_error(3, "contains unknown option \"%s\"",
					key && shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key)) ? ZSTR_VAL(key) : "(not a name)");
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}

	/* Response-time promises a shop typically makes: chat within 20 s, phone 60 s, e-mail a day. */
	zend_hash_init(&defaults, 4, NULL, NULL, 0);
	if (targets == NULL) {
		zval z;
		ZVAL_LONG(&z, 20);
		zend_hash_str_add(&defaults, "chat", 4, &z);
		ZVAL_LONG(&z, 60);
		zend_hash_str_add(&defaults, "phone", 5, &z);
		ZVAL_LONG(&z, 86400);
		zend_hash_str_add(&defaults, "email", 5, &z);
		targets = &defaults;
	}

	ZEND_HASH_FOREACH_VAL(records, rec) {
		kpi_record r;
		kpi_owned owned;
		zval *target;
		if (!read_record(rec, idx, &r, &owned)) {
			zend_hash_destroy(&defaults);
			RETURN_THROWS();
		}
		record_release(&owned);
		if (!r.has_at) {
			zend_argument_value_error(1, "record %u must have an \"at\" time for the badge", idx);
			zend_hash_destroy(&defaults);
			RETURN_THROWS();
		}
		idx++;
		/* The window is (now - window, now]: a contact exactly one window old has dropped out. */
		if (r.at <= now - window || r.at > now) {
			continue;
		}
		if (r.csat) {
			sat_n++;
			sat += r.csat >= 4;
		}
		if (r.has_first_response && (target = zend_symtable_find(targets, r.channel)) != NULL) {
			ZVAL_DEREF(target);
			timely_n++;
			timely += r.first_response <= (double) Z_LVAL_P(target);
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&defaults);

	if (sat_n >= (uint64_t) min_sample) {
		ZVAL_DOUBLE(&values[1], (double) sat / (double) sat_n);
	} else {
		ZVAL_NULL(&values[1]);
	}
	ZVAL_LONG(&values[2], (zend_long) sat_n);
	if (timely_n >= (uint64_t) min_sample) {
		ZVAL_DOUBLE(&values[3], (double) timely / (double) timely_n);
	} else {
		ZVAL_NULL(&values[3]);
	}
	ZVAL_LONG(&values[4], (zend_long) timely_n);
	ZVAL_BOOL(&values[0], Z_TYPE(values[1]) != IS_NULL || Z_TYPE(values[3]) != IS_NULL);
	ZVAL_LONG(&values[5], (zend_long) (now - window));
	ZVAL_LONG(&values[6], (zend_long) now);
	effort_value_object(return_value, effort_badge_ce, values, 7);
}
