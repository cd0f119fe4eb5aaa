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

#include <math.h>

#define KPI_MAX_RECORDS   1000000
#define KPI_MAX_ID        128
#define KPI_MAX_CHANNEL   64
#define KPI_MAX_SECONDS   (366.0 * 86400)
#define KPI_DEFAULT_WINDOW (30 * 86400)
#define KPI_DEFAULT_MIN_SAMPLE 30
#define KPI_DEFAULT_REPEAT_WINDOW (14 * 86400)   /* the charter's check that an answer held */

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

typedef struct {
	uint64_t questions, topics;
	double duration, value_sum, clv;
	bool has_clv, complained;
	uint8_t traits;
	int64_t *times;   /* times of the contacts that have one, sorted before use */
	uint32_t n_times, cap_times;
} kpi_customer;

typedef struct {
	uint64_t volume, topics, fr_n, value_n, abandoned, cases, first_contact_cases;
	double fr_sum, value_sum, cost_sum;
} kpi_channel;

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
	if (c->times) {
		efree(c->times);
	}
	efree(c);
}

static void customer_add_time(kpi_customer *c, int64_t at)
{
	if (c->n_times == c->cap_times) {
		c->cap_times = c->cap_times ? c->cap_times * 2 : 4;
		c->times = safe_erealloc(c->times, c->cap_times, sizeof(int64_t), 0);
	}
	c->times[c->n_times++] = at;
}

static int compare_time(const void *a, const void *b)
{
	int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
	return x < y ? -1 : x > y;
}

/* Whether the customer has a contact in (after, after + window]: times sorted ascending. */
static bool customer_contacted_within(const kpi_customer *c, int64_t after, int64_t window)
{
	uint32_t lo = 0, hi = c->n_times;
	while (lo < hi) {   /* first time > after */
		uint32_t mid = lo + (hi - lo) / 2;
		if (c->times[mid] <= after) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo < c->n_times && c->times[lo] - after <= window;
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
} kpi_options;

static bool read_kpi_options(HashTable *options, kpi_options *o)
{
	zend_string *key;
	zval *v;
	bool has_orders = false;

	memset(o, 0, sizeof(*o));
	o->relational_traits = 3;
	o->repeat_window = KPI_DEFAULT_REPEAT_WINDOW;
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

ZEND_METHOD(ShopCx_Effort_Kpi, fromInteractions)
{
	HashTable *records, *options = NULL;
	HashTable customers, channels, cases, customer_topics, channel_topics;
	kpi_options opt;
	zval *rec, values[16];
	uint32_t idx = 0;
	uint64_t complaining = 0, rated = 0, very_friendly = 0, prospects = 0, converted = 0;
	uint64_t existing = 0, retained = 0, timed_resolved = 0, repeated = 0;
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
			customer_add_time(c, r.at);
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
			if (c->n_times > 1) {
				qsort(c->times, c->n_times, sizeof(int64_t), compare_time);
			}
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
					repeated += customer_contacted_within(k->customer, k->resolved_at, opt.repeat_window);
				}
			}
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
	set_mean(&values[11], fr_sum, fr_n);
	set_share(&values[12], abandoned, idx);
	if (opt.has_carts && opt.carts > 0) {
		ZVAL_DOUBLE(&values[13], 1.0 - (double) opt.orders / (double) opt.carts);
	} else {
		ZVAL_NULL(&values[13]);
	}

	/* channels: the four V's */
	{
		zend_string *name;
		kpi_channel *ch;
		array_init_size(&values[14], zend_hash_num_elements(&channels));
		ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&channels, name, ch) {
			zval item, z;
			array_init_size(&item, 8);
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
			zend_symtable_update(Z_ARRVAL(values[14]), name, &item);
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
		array_init_size(&values[15], n);
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
			zend_symtable_update(Z_ARRVAL(values[15]), id, &item);
		} ZEND_HASH_FOREACH_END();
	}
	effort_value_object(return_value, effort_kpi_ce, values, 16);
	ok = true;

done:
	zend_hash_destroy(&customers);
	zend_hash_destroy(&channels);
	zend_hash_destroy(&cases);
	zend_hash_destroy(&customer_topics);
	zend_hash_destroy(&channel_topics);
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
