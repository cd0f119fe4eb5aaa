/*
 * ShopCx\Stock\Indicator and Status: PHP binding over stock_core (pure C).
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "delivery/delivery_php.h"
#include "delivery/delivery_words.h"
#include "stock_core.h"
#include "stock_arginfo.h"

#define STOCK_MAX_THRESHOLD 100000
#define STOCK_MAX_LABEL     500
#define STOCK_MAX_VARIANTS  1000

enum { S_LEVEL = 0, S_QUANTITY, S_LABEL, S_AVAILABLE, S_URGENT, S_COUNT };

typedef struct {
	bool initialized;
	shopcx_locale locale;
	int64_t low, show_below;
	shopcx_tz tz;
	zend_string *tpl[SHOPCX_TPL_COUNT];
	bool tpl_plain[SHOPCX_TPL_COUNT];   /* no placeholder: the string itself is the label */
	zend_object std;
} indicator_object;

static zend_class_entry *indicator_ce, *status_ce;
static zend_object_handlers indicator_handlers;
static zend_string *level_strings[SHOPCX_STOCK_LEVEL_COUNT];

static inline indicator_object *indicator_from_obj(zend_object *obj)
{
	return (indicator_object *) ((char *) obj - offsetof(indicator_object, std));
}
#define Z_INDICATOR_P(zv) indicator_from_obj(Z_OBJ_P(zv))

static zend_object *indicator_create(zend_class_entry *ce)
{
	indicator_object *intern = zend_object_alloc(sizeof(indicator_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &indicator_handlers;
	return &intern->std;
}

static void indicator_release(indicator_object *intern)
{
	int i;
	shopcx_tz_free(&intern->tz);
	for (i = 0; i < SHOPCX_TPL_COUNT; i++) {
		if (intern->tpl[i]) {
			zend_string_release(intern->tpl[i]);
			intern->tpl[i] = NULL;
		}
	}
}

static void indicator_free(zend_object *object)
{
	indicator_release(indicator_from_obj(object));
	zend_object_std_dtor(object);
}

static bool count_value(zval *v, int64_t *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > STOCK_MAX_THRESHOLD) {
		return false;
	}
	*out = (int64_t) Z_LVAL_P(v);
	return true;
}

static void set_template(indicator_object *intern, int key, zend_string *s)
{
	if (intern->tpl[key]) {
		zend_string_release(intern->tpl[key]);
	}
	intern->tpl[key] = s;
	intern->tpl_plain[key] = memchr(ZSTR_VAL(s), '{', ZSTR_LEN(s)) == NULL;
}

static bool parse_labels(indicator_object *intern, zval *value)
{
	zend_string *key;
	zval *entry;
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		zend_argument_value_error(1, "option \"labels\" must be an array of templates by key");
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(value), key, entry) {
		int k, found = -1;
		for (k = 0; k < SHOPCX_TPL_COUNT && key; k++) {
			if (zend_string_equals_cstr(key, shopcx_stock_template_name(k), strlen(shopcx_stock_template_name(k)))) {
				found = k;
			}
		}
		if (found < 0) {
			zend_argument_value_error(1, "option \"labels\" keys must be in_stock, in_stock_qty, low, low_no_qty, out_of_stock, out_of_stock_date, backorder, backorder_date, preorder, preorder_date or not_managed");
			return false;
		}
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) != IS_STRING || Z_STRLEN_P(entry) > STOCK_MAX_LABEL || !shopcx_utf8_valid(Z_STRVAL_P(entry), Z_STRLEN_P(entry))) {
			zend_argument_value_error(1, "option \"labels\" \"%s\" must be valid UTF-8 of at most %d bytes", ZSTR_VAL(key), STOCK_MAX_LABEL);
			return false;
		}
		set_template(intern, found, zend_string_copy(Z_STR_P(entry)));
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool indicator_build(indicator_object *intern, HashTable *options)
{
	zval *low = NULL, *show = NULL, *locale = NULL, *tz = NULL, *labels = NULL, *value;
	zend_string *key;
	int k;

	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
			if (key == NULL) {
				zend_argument_value_error(1, "must be an array with string keys");
				return false;
			}
			if (zend_string_equals_literal(key, "lowThreshold")) { low = value; }
			else if (zend_string_equals_literal(key, "showQuantityBelow")) { show = value; }
			else if (zend_string_equals_literal(key, "locale")) { locale = value; }
			else if (zend_string_equals_literal(key, "timezone")) { tz = value; }
			else if (zend_string_equals_literal(key, "labels")) { labels = value; }
			else {
				shopcx_unknown_option_error(1, key);
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	}
	intern->low = 5;
	if (low && !count_value(low, &intern->low)) {
		zend_argument_value_error(1, "option \"lowThreshold\" must be an int from 0 to %d", STOCK_MAX_THRESHOLD);
		return false;
	}
	intern->show_below = intern->low + 1;
	if (show && !count_value(show, &intern->show_below)) {
		zend_argument_value_error(1, "option \"showQuantityBelow\" must be an int from 0 to %d", STOCK_MAX_THRESHOLD);
		return false;
	}
	if (!shopcx_delivery_locale(locale, 1, "option \"locale\"", &intern->locale)) {
		return false;
	}
	if (tz) {
		ZVAL_DEREF(tz);
		if (Z_TYPE_P(tz) != IS_STRING || !shopcx_tz_load(Z_STRVAL_P(tz), Z_STRLEN_P(tz), &intern->tz)) {
			zend_argument_value_error(1, "option \"timezone\" must be a time zone identifier PHP knows, like \"Europe/Amsterdam\"");
			return false;
		}
	} else if (!shopcx_tz_load("UTC", 3, &intern->tz)) {
		zend_throw_error(NULL, "The UTC time zone could not be loaded");
		return false;
	}
	for (k = 0; k < SHOPCX_TPL_COUNT; k++) {
		const char *t = shopcx_stock_builtin_template(intern->locale, k);
		set_template(intern, k, zend_string_init(t, strlen(t), 0));
	}
	if (labels && !parse_labels(intern, labels)) {
		return false;
	}
	intern->initialized = true;
	return true;
}

PHP_METHOD(ShopCx_Stock_Indicator, __construct)
{
	HashTable *options = NULL;
	indicator_object *intern = Z_INDICATOR_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->initialized) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Stock\\Indicator::__construct() twice");
		RETURN_THROWS();
	}
	if (!indicator_build(intern, options)) {
		indicator_release(intern);
		RETURN_THROWS();
	}
}

/* Reads the item array into `in`; `arg` names the argument in errors, `where` the variant. */
static bool read_item(HashTable *item, uint32_t arg, const char *where, shopcx_stock_input *in)
{
	zval *v;
	int64_t n;

#define ITEM_BOOL(name, field) \
	if ((v = zend_hash_str_find_deref(item, name, sizeof(name) - 1)) != NULL && Z_TYPE_P(v) != IS_NULL) { \
		if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) { \
			zend_argument_type_error(arg, "%s\"" name "\" must be of type bool, %s given", where, zend_zval_type_name(v)); \
			return false; \
		} \
		field = Z_TYPE_P(v) == IS_TRUE; \
	}
#define ITEM_DATE(name, field) \
	if ((v = zend_hash_str_find_deref(item, name, sizeof(name) - 1)) != NULL && Z_TYPE_P(v) != IS_NULL) { \
		if (Z_TYPE_P(v) != IS_STRING || !shopcx_parse_ymd(Z_STRVAL_P(v), Z_STRLEN_P(v), &field)) { \
			zend_argument_value_error(arg, "%s\"" name "\" must be a date \"YYYY-MM-DD\" between 1970-01-01 and 2099-12-31", where); \
			return false; \
		} \
	}
#define ITEM_COUNT(name, field) \
	if ((v = zend_hash_str_find_deref(item, name, sizeof(name) - 1)) != NULL && Z_TYPE_P(v) != IS_NULL) { \
		if (!count_value(v, &n)) { \
			zend_argument_value_error(arg, "%s\"" name "\" must be an int from 0 to %d", where, STOCK_MAX_THRESHOLD); \
			return false; \
		} \
		field = n; \
	}

	if (zend_hash_num_elements(item) == 0) {
		return true;
	}
	ITEM_BOOL("managed", in->managed)
	ITEM_BOOL("inStock", in->in_stock)
	ITEM_BOOL("backorders", in->backorders)
	ITEM_BOOL("preorder", in->preorder)
	ITEM_DATE("availableOn", in->available_on)
	ITEM_DATE("releaseDate", in->release)
	ITEM_COUNT("lowThreshold", in->low_threshold)
	ITEM_COUNT("showQuantityBelow", in->show_below)
#undef ITEM_BOOL
#undef ITEM_DATE
#undef ITEM_COUNT
	return true;
}

static void append_date(smart_str *out, const indicator_object *intern, int64_t date, int64_t today, bool weekday_only)
{
	char buf[SHOPCX_WORDS_MAX];
	if (weekday_only) {
		smart_str_appends(out, shopcx_weekday_name(intern->locale, shopcx_weekday_from_days(date), 0));
		return;
	}
	shopcx_words_date(buf, sizeof(buf), date, intern->locale);
	smart_str_appends(out, buf);
	/* The year only when it is not this year's (and we know which year that is). */
	if (today >= 0) {
		int64_t y1, y2;
		int m, d;
		shopcx_civil_from_days(date, &y1, &m, &d);
		shopcx_civil_from_days(today, &y2, &m, &d);
		if (y1 != y2) {
			smart_str_appendc(out, ' ');
			smart_str_append_long(out, (zend_long) y1);
		}
	}
}

static zend_string *render(const indicator_object *intern, const shopcx_stock_result *r, int64_t qty, int64_t today)
{
	zend_string *tpl = intern->tpl[r->tpl];
	const char *p = ZSTR_VAL(tpl), *end = p + ZSTR_LEN(tpl);
	smart_str out = {0};

	if (intern->tpl_plain[r->tpl]) {
		return zend_string_copy(tpl);
	}
	while (p < end) {
		const char *brace = memchr(p, '{', (size_t) (end - p));
		if (brace == NULL) {
			smart_str_appendl(&out, p, (size_t) (end - p));
			break;
		}
		smart_str_appendl(&out, p, (size_t) (brace - p));
		if ((size_t) (end - brace) >= 5 && memcmp(brace, "{qty}", 5) == 0) {
			smart_str_append_long(&out, (zend_long) qty);
			p = brace + 5;
		} else if ((size_t) (end - brace) >= 6 && memcmp(brace, "{date}", 6) == 0 && r->date >= 0) {
			append_date(&out, intern, r->date, today, false);
			p = brace + 6;
		} else if ((size_t) (end - brace) >= 9 && memcmp(brace, "{weekday}", 9) == 0 && r->date >= 0) {
			append_date(&out, intern, r->date, today, true);
			p = brace + 9;
		} else {
			smart_str_appendc(&out, '{');
			p = brace + 1;
		}
	}
	if (out.s == NULL) {
		return ZSTR_EMPTY_ALLOC();
	}
	smart_str_0(&out);
	return out.s;
}

/* Builds a Status in `rv` for one quantity, or throws and returns false. */
static bool describe_one(const indicator_object *intern, zval *qty_zv, bool has_qty, zend_long qty, HashTable *base,
	HashTable *variant, uint32_t arg, const char *where, int64_t today, zval *rv)
{
	shopcx_stock_input in;
	shopcx_stock_result r;
	zend_object *status;
	char date[11];

	(void) qty_zv;
	in.has_qty = has_qty;
	in.qty = (int64_t) qty;
	in.managed = -1;
	in.in_stock = -1;
	in.backorders = false;
	in.preorder = false;
	in.available_on = -1;
	in.release = -1;
	in.low_threshold = intern->low;
	in.show_below = intern->show_below;
	in.today = today;
	if (base && !read_item(base, 2, "", &in)) {
		return false;
	}
	if (variant && !read_item(variant, 1, where, &in)) {
		return false;
	}
	shopcx_stock_describe(&in, &r);

	object_init_ex(rv, status_ce);
	status = Z_OBJ_P(rv);
	ZVAL_INTERNED_STR(OBJ_PROP_NUM(status, S_LEVEL), level_strings[r.level]);
	if (r.show_qty) {
		ZVAL_LONG(OBJ_PROP_NUM(status, S_QUANTITY), qty);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(status, S_QUANTITY));
	}
	ZVAL_STR(OBJ_PROP_NUM(status, S_LABEL), render(intern, &r, in.qty, today));
	if (r.date >= 0) {
		shopcx_format_ymd(r.date, date);
		ZVAL_STRINGL(OBJ_PROP_NUM(status, S_AVAILABLE), date, 10);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(status, S_AVAILABLE));
	}
	ZVAL_BOOL(OBJ_PROP_NUM(status, S_URGENT), r.urgent);
	return true;
}

static indicator_object *indicator_checked(zval *this_zv)
{
	indicator_object *intern = Z_INDICATOR_P(this_zv);
	if (!intern->initialized) {
		zend_throw_error(NULL, "ShopCx\\Stock\\Indicator object is not initialized");
		return NULL;
	}
	return intern;
}

/* Local date of $now, -1 without a clock; throws (false) for a bad time. */
static bool today_of(const indicator_object *intern, zend_object *now_obj, zend_long now_long, bool now_null, uint32_t arg, int64_t *today)
{
	int64_t now;
	shopcx_local_time local;
	if (now_null) {
		*today = -1;
		return true;
	}
	if (now_obj) {
		if (!shopcx_time_from_object(now_obj, &now)) {
			return false;
		}
	} else {
		now = (int64_t) now_long;
	}
	if (now < 0 || now >= SHOPCX_CAL_END_DAYS * SHOPCX_SECONDS_PER_DAY) {
		zend_argument_value_error(arg, "must be a time between 1970 and 2099");
		return false;
	}
	shopcx_tz_to_local(&intern->tz, now, &local);
	*today = local.days;
	return true;
}

PHP_METHOD(ShopCx_Stock_Indicator, describe)
{
	zend_long qty = 0, now_long = 0;
	bool qty_null = true, now_null = true;
	HashTable *item = NULL;
	zend_object *now_obj = NULL;
	indicator_object *intern;
	int64_t today;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_LONG_OR_NULL(qty, qty_null)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(item)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG_OR_NULL(now_obj, shopcx_date_ce(), now_long, now_null)
	ZEND_PARSE_PARAMETERS_END();

	if ((intern = indicator_checked(ZEND_THIS)) == NULL
		|| !today_of(intern, now_obj, now_long, now_null && now_obj == NULL, 3, &today)) {
		RETURN_THROWS();
	}
	if (!describe_one(intern, NULL, !qty_null, qty, item, NULL, 0, "", today, return_value)) {
		RETURN_THROWS();
	}
}

/* One variant value: int|null quantity, or an array with "qty" and overrides. */
static bool describe_variant(const indicator_object *intern, zval *value, HashTable *base, int64_t today, const char *where, zval *rv)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_LONG) {
		return describe_one(intern, value, true, Z_LVAL_P(value), base, NULL, 1, where, today, rv);
	}
	if (Z_TYPE_P(value) == IS_NULL) {
		return describe_one(intern, value, false, 0, base, NULL, 1, where, today, rv);
	}
	if (Z_TYPE_P(value) == IS_ARRAY) {
		zval *q = zend_hash_str_find_deref(Z_ARRVAL_P(value), "qty", sizeof("qty") - 1);
		if (q == NULL || (Z_TYPE_P(q) != IS_LONG && Z_TYPE_P(q) != IS_NULL)) {
			zend_argument_type_error(1, "%s\"qty\" must be of type ?int", where);
			return false;
		}
		return describe_one(intern, value, Z_TYPE_P(q) == IS_LONG, Z_TYPE_P(q) == IS_LONG ? Z_LVAL_P(q) : 0,
			base, Z_ARRVAL_P(value), 1, where, today, rv);
	}
	zend_argument_type_error(1, "%smust be of type array|int|null, %s given", where, zend_zval_type_name(value));
	return false;
}

static void variant_where(char *buf, size_t size, zend_string *key, zend_ulong index, zend_string *outer_key, zend_ulong outer_index, bool nested)
{
	char a[80], b[80];
	if (key) { snprintf(a, sizeof(a), "\"%.64s\"", ZSTR_VAL(key)); } else { snprintf(a, sizeof(a), ZEND_ULONG_FMT, index); }
	if (nested) {
		if (outer_key) { snprintf(b, sizeof(b), "\"%.64s\"", ZSTR_VAL(outer_key)); } else { snprintf(b, sizeof(b), ZEND_ULONG_FMT, outer_index); }
		snprintf(buf, size, "variant [%s][%s] ", b, a);
	} else {
		snprintf(buf, size, "variant [%s] ", a);
	}
}

PHP_METHOD(ShopCx_Stock_Indicator, describeVariants)
{
	HashTable *variants, *item = NULL;
	zend_long now_long = 0;
	bool now_null = true;
	zend_object *now_obj = NULL;
	indicator_object *intern;
	int64_t today;
	zend_string *key;
	zend_ulong index;
	zval *value, status;
	uint32_t total = 0;
	char where[200];

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(variants)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(item)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG_OR_NULL(now_obj, shopcx_date_ce(), now_long, now_null)
	ZEND_PARSE_PARAMETERS_END();

	if ((intern = indicator_checked(ZEND_THIS)) == NULL
		|| !today_of(intern, now_obj, now_long, now_null && now_obj == NULL, 3, &today)) {
		RETURN_THROWS();
	}
	array_init_size(return_value, zend_hash_num_elements(variants));
	ZEND_HASH_FOREACH_KEY_VAL(variants, index, key, value) {
		zval *inner = value;
		ZVAL_DEREF(inner);
		/* An array without "qty" is a row of the matrix: one more level of variants. */
		if (Z_TYPE_P(inner) == IS_ARRAY && !zend_hash_str_exists(Z_ARRVAL_P(inner), "qty", sizeof("qty") - 1)) {
			zend_string *k2;
			zend_ulong i2;
			zval *v2, row;
			array_init_size(&row, zend_hash_num_elements(Z_ARRVAL_P(inner)));
			ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(inner), i2, k2, v2) {
				zval *d2 = v2;
				ZVAL_DEREF(d2);
				variant_where(where, sizeof(where), k2, i2, key, index, true);
				if (++total > STOCK_MAX_VARIANTS) {
					zval_ptr_dtor(&row);
					zend_argument_value_error(1, "must not hold more than %d variants", STOCK_MAX_VARIANTS);
					goto fail;
				}
				if (Z_TYPE_P(d2) == IS_ARRAY && !zend_hash_str_exists(Z_ARRVAL_P(d2), "qty", sizeof("qty") - 1)) {
					zval_ptr_dtor(&row);
					zend_argument_value_error(1, "%smust be a quantity or an array with \"qty\" (matrices are at most two levels deep)", where);
					goto fail;
				}
				if (!describe_variant(intern, d2, item, today, where, &status)) {
					zval_ptr_dtor(&row);
					goto fail;
				}
				if (k2) {
					zend_hash_update(Z_ARRVAL(row), k2, &status);
				} else {
					zend_hash_index_update(Z_ARRVAL(row), i2, &status);
				}
			} ZEND_HASH_FOREACH_END();
			if (key) {
				zend_hash_update(Z_ARRVAL_P(return_value), key, &row);
			} else {
				zend_hash_index_update(Z_ARRVAL_P(return_value), index, &row);
			}
			continue;
		}
		variant_where(where, sizeof(where), key, index, NULL, 0, false);
		if (++total > STOCK_MAX_VARIANTS) {
			zend_argument_value_error(1, "must not hold more than %d variants", STOCK_MAX_VARIANTS);
			goto fail;
		}
		if (!describe_variant(intern, inner, item, today, where, &status)) {
			goto fail;
		}
		if (key) {
			zend_hash_update(Z_ARRVAL_P(return_value), key, &status);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(return_value), index, &status);
		}
	} ZEND_HASH_FOREACH_END();
	return;

fail:
	/* Drop the half-built result: the caller gets only the exception. */
	zval_ptr_dtor(return_value);
	ZVAL_UNDEF(return_value);
	RETURN_THROWS();
}

PHP_METHOD(ShopCx_Stock_Status, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Stock_Status, toArray)
{
	static const char *const names[S_COUNT] = { "level", "quantity", "label", "availableOn", "urgent" };
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	int i;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, S_COUNT);
	for (i = 0; i < S_COUNT; i++) {
		zval *v = OBJ_PROP_NUM(obj, i);
		if (Z_TYPE_P(v) == IS_UNDEF) {
			continue;
		}
		Z_TRY_ADDREF_P(v);
		zend_hash_str_add_new(Z_ARRVAL_P(return_value), names[i], strlen(names[i]), v);
	}
}

PHP_MINIT_FUNCTION(shopcx_stock)
{
	int i;

	indicator_ce = register_class_ShopCx_Stock_Indicator();
	indicator_ce->create_object = indicator_create;
	status_ce = register_class_ShopCx_Stock_Status();

	memcpy(&indicator_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	indicator_handlers.offset = offsetof(indicator_object, std);
	indicator_handlers.free_obj = indicator_free;
	indicator_handlers.clone_obj = NULL;

	for (i = 0; i < SHOPCX_STOCK_LEVEL_COUNT; i++) {
		const char *name = shopcx_stock_level_name(i);
		level_strings[i] = zend_string_init_interned(name, strlen(name), 1);
	}
	return SUCCESS;
}
