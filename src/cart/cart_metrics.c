/*
 * Detector::metrics() and Funnel::fromCounts(): the reports a merchant reads.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/standard/php_math.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "cart_php.h"

#define FUNNEL_MIN_STEPS 2
#define FUNNEL_MAX_STEPS 16
#define FUNNEL_MAX_NAME  64
#define VALUE_PLACES     4     /* sums of prices: round away binary noise, keep 3-decimal currencies */

enum { DAY_CARTS, DAY_ACTIVE, DAY_ABANDONED, DAY_CONVERTED, DAY_RECOVERED, DAY_FIELDS };
static const char *const day_field_names[DAY_FIELDS] = { "carts", "active", "abandoned", "converted", "recovered" };

typedef struct {
	uint64_t carts, active, abandoned, converted, recovered;
	uint64_t sent[CART_MAX_STEPS];
	uint64_t won[CART_MAX_STEPS];
	HashTable value;                       /* currency => float */
	HashTable step_value[CART_MAX_STEPS];  /* per step: currency => float */
	HashTable days;                        /* local day number => uint64_t[DAY_FIELDS] */
} metrics_acc;

static void day_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

static void add_value(HashTable *ht, zend_string *currency, double value)
{
	zval *sum = currency ? zend_hash_find(ht, currency) : zend_hash_str_find(ht, "XXX", 3);
	if (sum) {
		Z_DVAL_P(sum) += value;
	} else {
		zval v;
		ZVAL_DOUBLE(&v, value);
		if (currency) {
			zend_hash_add_new(ht, currency, &v);
		} else {
			zend_hash_str_add_new(ht, "XXX", 3, &v);   /* ISO 4217: no currency */
		}
	}
}

static void acc_add(metrics_acc *m, const cart_detector *d, const cart_input *in, const cart_extra *extra, int64_t now)
{
	cart_decision dec;
	shopcx_local_time local;
	uint64_t *day;
	uint32_t i;
	int field;

	cart_classify(&d->cfg, in, now, &dec);
	m->carts++;
	for (i = 0; i < in->sent_count && i < CART_MAX_STEPS; i++) {
		m->sent[i]++;
	}
	switch (dec.state) {
		case CART_ACTIVE:
			m->active++;
			field = DAY_ACTIVE;
			break;
		case CART_CONVERTED:
			m->converted++;
			field = DAY_CONVERTED;
			break;
		case CART_RECOVERED:
			m->recovered++;
			m->won[dec.step - 1]++;
			add_value(&m->value, extra->currency, in->value);
			add_value(&m->step_value[dec.step - 1], extra->currency, in->value);
			field = DAY_RECOVERED;
			break;
		default:   /* due, waiting, ignored: left without an order */
			m->abandoned++;
			field = DAY_ABANDONED;
			break;
	}
	shopcx_tz_to_local(d->cfg.tz, in->updated_at, &local);
	day = zend_hash_index_find_ptr(&m->days, (zend_ulong) local.days);
	if (day == NULL) {
		day = ecalloc(DAY_FIELDS, sizeof(uint64_t));
		zend_hash_index_add_new_ptr(&m->days, (zend_ulong) local.days, day);
	}
	day[DAY_CARTS]++;
	day[field]++;
}

static double ratio(uint64_t a, uint64_t b)
{
	return b ? (double) a / (double) b : 0.0;
}

static int currency_compare(Bucket *a, Bucket *b)
{
	return zend_binary_strcmp(ZSTR_VAL(a->key), ZSTR_LEN(a->key), ZSTR_VAL(b->key), ZSTR_LEN(b->key));
}

/* currency => rounded float, keys sorted so reports are stable. */
static void value_array(zval *out, HashTable *sums)
{
	zend_string *cur;
	zval *sum;
	zend_hash_sort(sums, currency_compare, 0);
	array_init_size(out, zend_hash_num_elements(sums));
	ZEND_HASH_FOREACH_STR_KEY_VAL(sums, cur, sum) {
		add_assoc_double_ex(out, ZSTR_VAL(cur), ZSTR_LEN(cur), _php_math_round(Z_DVAL_P(sum), VALUE_PLACES, PHP_ROUND_HALF_UP));
	} ZEND_HASH_FOREACH_END();
}

/* Day numbers are signed (1969-12-31 is -1 in a zone west of UTC). */
static int day_compare(Bucket *a, Bucket *b)
{
	zend_long x = (zend_long) a->h, y = (zend_long) b->h;
	return x < y ? -1 : (x > y ? 1 : 0);
}

static void metrics_object(zval *out, metrics_acc *m, const cart_detector *d)
{
	zend_object *obj;
	zval steps, days, v;
	zend_ulong key;
	uint64_t *day;
	uint32_t i;
	int f;

	object_init_ex(out, cart_ce_metrics);
	obj = Z_OBJ_P(out);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 0), (zend_long) m->carts);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 1), (zend_long) m->active);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 2), (zend_long) m->abandoned);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 3), (zend_long) m->converted);
	ZVAL_LONG(OBJ_PROP_NUM(obj, 4), (zend_long) m->recovered);
	ZVAL_DOUBLE(OBJ_PROP_NUM(obj, 5), ratio(m->abandoned + m->recovered, m->carts - m->active));
	ZVAL_DOUBLE(OBJ_PROP_NUM(obj, 6), ratio(m->recovered, m->abandoned + m->recovered));
	value_array(OBJ_PROP_NUM(obj, 7), &m->value);

	array_init_size(&steps, d->cfg.steps);
	for (i = 0; i < CART_MAX_STEPS; i++) {
		/* Every configured step, and any older step some cart still carries. */
		if (i >= d->cfg.steps && m->sent[i] == 0 && m->won[i] == 0) {
			continue;
		}
		array_init_size(&v, 4);
		add_assoc_long(&v, "sent", (zend_long) m->sent[i]);
		add_assoc_long(&v, "recovered", (zend_long) m->won[i]);
		add_assoc_double(&v, "rate", ratio(m->won[i], m->sent[i]));
		{
			zval values;
			value_array(&values, &m->step_value[i]);
			add_assoc_zval(&v, "value", &values);
		}
		add_index_zval(&steps, i + 1, &v);
	}
	ZVAL_COPY_VALUE(OBJ_PROP_NUM(obj, 8), &steps);

	zend_hash_sort(&m->days, day_compare, 0);
	array_init_size(&days, zend_hash_num_elements(&m->days));
	ZEND_HASH_FOREACH_NUM_KEY_PTR(&m->days, key, day) {
		int64_t y;
		int mo, dd;
		char date[32];
		int len;
		shopcx_civil_from_days((int64_t) (zend_long) key, &y, &mo, &dd);
		len = snprintf(date, sizeof(date), "%04" PRId64 "-%02d-%02d", y, mo, dd);
		array_init_size(&v, DAY_FIELDS);
		for (f = 0; f < DAY_FIELDS; f++) {
			add_assoc_long(&v, day_field_names[f], (zend_long) day[f]);
		}
		zend_hash_str_add_new(Z_ARRVAL(days), date, (size_t) len, &v);
	} ZEND_HASH_FOREACH_END();
	ZVAL_COPY_VALUE(OBJ_PROP_NUM(obj, 9), &days);
}

static void acc_init(metrics_acc *m)
{
	uint32_t i;
	memset(m, 0, sizeof(*m));
	zend_hash_init(&m->value, 4, NULL, NULL, 0);
	for (i = 0; i < CART_MAX_STEPS; i++) {
		zend_hash_init(&m->step_value[i], 4, NULL, NULL, 0);
	}
	zend_hash_init(&m->days, 32, NULL, day_dtor, 0);
}

static void acc_free(metrics_acc *m)
{
	uint32_t i;
	zend_hash_destroy(&m->value);
	for (i = 0; i < CART_MAX_STEPS; i++) {
		zend_hash_destroy(&m->step_value[i]);
	}
	zend_hash_destroy(&m->days);
}

static bool acc_row(metrics_acc *m, cart_detector *d, zval *row, uint64_t row_no, int64_t now)
{
	cart_input in;
	cart_extra extra;
	zval *id;
	if (!cart_read_row(d, row, now, row_no, &in, &id, &extra)) {
		return false;
	}
	acc_add(m, d, &in, &extra, now);
	return true;
}

PHP_METHOD(ShopCx_Cart_Detector, metrics)
{
	zval *carts, *row;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	cart_detector *d;
	metrics_acc m;
	uint64_t row_no = 0;
	bool ok = true;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ITERABLE(carts)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((d = cart_detector_checked(ZEND_THIS)) == NULL || !shopcx_time_param(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	acc_init(&m);
	if (Z_TYPE_P(carts) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(carts), row) {
			if (!acc_row(&m, d, row, ++row_no, now)) {
				ok = false;
				break;
			}
		} ZEND_HASH_FOREACH_END();
	} else {
		zend_class_entry *ce = Z_OBJCE_P(carts);
		zend_object_iterator *it = ce->get_iterator(ce, carts, 0);
		if (it == NULL || EG(exception)) {
			ok = false;
		} else {
			if (it->funcs->rewind) {
				it->funcs->rewind(it);
			}
			while (!EG(exception) && it->funcs->valid(it) == SUCCESS) {
				row = it->funcs->get_current_data(it);
				if (EG(exception) || !acc_row(&m, d, row, ++row_no, now)) {
					break;
				}
				it->funcs->move_forward(it);
			}
			ok = !EG(exception);
		}
		if (it) {
			zend_iterator_dtor(it);
		}
	}
	if (ok) {
		metrics_object(return_value, &m, d);
	}
	acc_free(&m);
	if (!ok) {
		RETURN_THROWS();
	}
}

/* ---- Funnel ---------------------------------------------------------------------------------- */

PHP_METHOD(ShopCx_Cart_Funnel, fromCounts)
{
	HashTable *counts;
	/* Zeroed although the size check below guarantees FUNNEL_MIN_STEPS entries: GCC 16 cannot see that
	 * through the hash iteration and warns (-Wmaybe-uninitialized) about values[n - 1]. */
	zend_string *name, *names[FUNNEL_MAX_STEPS] = {0};
	zval *count, steps, step;
	zend_long values[FUNNEL_MAX_STEPS] = {0};
	uint32_t n = 0, i, drop = 0;
	double worst = -1.0;
	zend_object *obj;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(counts)
	ZEND_PARSE_PARAMETERS_END();

	if (zend_hash_num_elements(counts) < FUNNEL_MIN_STEPS || zend_hash_num_elements(counts) > FUNNEL_MAX_STEPS) {
		zend_argument_value_error(1, "must hold %d to %d steps", FUNNEL_MIN_STEPS, FUNNEL_MAX_STEPS);
		RETURN_THROWS();
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(counts, name, count) {
		if (name == NULL) {
			zend_argument_value_error(1, "must be keyed by step names (\"home\", \"product\", ...)");
			RETURN_THROWS();
		}
		if (ZSTR_LEN(name) == 0 || ZSTR_LEN(name) > FUNNEL_MAX_NAME || !shopcx_utf8_valid(ZSTR_VAL(name), ZSTR_LEN(name))) {
			zend_argument_value_error(1, "must have step names of 1 to %d bytes of valid UTF-8", FUNNEL_MAX_NAME);
			RETURN_THROWS();
		}
		ZVAL_DEREF(count);
		if (Z_TYPE_P(count) != IS_LONG) {
			zend_argument_type_error(1, "step \"%s\" must be of type int, %s given", ZSTR_VAL(name), zend_zval_type_name(count));
			RETURN_THROWS();
		}
		if (Z_LVAL_P(count) < 0) {
			zend_argument_value_error(1, "step \"%s\" must not be negative", ZSTR_VAL(name));
			RETURN_THROWS();
		}
		if (n > 0 && Z_LVAL_P(count) > values[n - 1]) {
			zend_argument_value_error(1, "step \"%s\" (" ZEND_LONG_FMT ") must not exceed the step before it (\"%s\", " ZEND_LONG_FMT ")",
				ZSTR_VAL(name), Z_LVAL_P(count), ZSTR_VAL(names[n - 1]), values[n - 1]);
			RETURN_THROWS();
		}
		names[n] = name;
		values[n++] = Z_LVAL_P(count);
	} ZEND_HASH_FOREACH_END();

	array_init_size(&steps, n);
	for (i = 0; i < n; i++) {
		array_init_size(&step, 4);
		add_assoc_str(&step, "step", zend_string_copy(names[i]));
		add_assoc_long(&step, "count", values[i]);
		if (i == 0 || values[i - 1] == 0) {
			add_assoc_null(&step, "conversion");
		} else {
			double c = (double) values[i] / (double) values[i - 1];
			add_assoc_double(&step, "conversion", c);
			/* The largest share lost; on a tie the earlier step, where fixing helps every later one. */
			if (1.0 - c > worst) {
				worst = 1.0 - c;
				drop = i;
			}
		}
		add_assoc_double(&step, "overall", ratio((uint64_t) values[i], (uint64_t) values[0]));
		add_next_index_zval(&steps, &step);
	}

	object_init_ex(return_value, cart_ce_funnel);
	obj = Z_OBJ_P(return_value);
	ZVAL_COPY_VALUE(OBJ_PROP_NUM(obj, 0), &steps);
	if (worst > 0.0) {
		ZVAL_STR_COPY(OBJ_PROP_NUM(obj, 1), names[drop]);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(obj, 1));   /* nobody lost anywhere, or no visitors */
	}
	ZVAL_DOUBLE(OBJ_PROP_NUM(obj, 2), ratio((uint64_t) values[n - 1], (uint64_t) values[0]));
}
