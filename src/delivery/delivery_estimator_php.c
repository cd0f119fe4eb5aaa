/*
 * ShopCx\Delivery\Estimator and Promise: PHP binding over delivery_estimate (pure C).
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
#include "delivery_php.h"
#include "delivery_estimate.h"
#include "delivery_words.h"

#define EST_MAX_CARRIERS    16
#define EST_MAX_CARRIER_LEN 64
#define EST_MAX_DAYS        30    /* handling and transit days */
#define EST_MAX_BACKORDER   365
#define EST_MAX_LABEL       500

enum { LABEL_BEFORE = 0, LABEL_AFTER = 1 };

/* Promise property slots, in stub order. */
enum { P_DISPATCH = 0, P_EARLIEST, P_LATEST, P_WITHIN, P_CARRIER, P_LABEL, P_COUNT };

typedef struct {
	zend_string *name;
	zval calendar;          /* a Calendar object we hold a reference to */
	const shopcx_calendar *cal;
	int transit_min, transit_max;
} est_carrier;

typedef struct {
	bool initialized;
	shopcx_tz tz;
	shopcx_estimator est;
	zval warehouse;
	int handling;
	shopcx_locale locale;
	shopcx_register reg;     /* form of address of the built-in labels (French only differs) */
	uint32_t carrier_count;
	est_carrier carriers[EST_MAX_CARRIERS];
	zend_string *labels[2];  /* merchant templates or NULL */
	zend_object std;
} estimator_object;

static zend_class_entry *estimator_ce, *promise_ce;
static zend_object_handlers estimator_handlers;

/* Only French addresses the customer here ("Commandez" / "Commande"); the others read the same in
 * either register. */
static const shopcx_text builtin_labels[2] = {
	{ { "Voor {cutoff} besteld, {when} in huis", "Order before {cutoff}, delivered {when}",
	    "Bis {cutoff} bestellt, {when} geliefert", "Commandez avant {cutoff}, livré {when}" },
	  { NULL, NULL, NULL, "Commande avant {cutoff}, livré {when}" } },
	{ { "{when} in huis", "Delivered {when}", "{when} geliefert", "Livré {when}" },
	  { NULL, NULL, NULL, NULL } },
};

static inline estimator_object *estimator_from_obj(zend_object *obj)
{
	return (estimator_object *) ((char *) obj - offsetof(estimator_object, std));
}
#define Z_ESTIMATOR_P(zv) estimator_from_obj(Z_OBJ_P(zv))

static zend_object *estimator_create(zend_class_entry *ce)
{
	estimator_object *intern = zend_object_alloc(sizeof(estimator_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &estimator_handlers;
	ZVAL_UNDEF(&intern->warehouse);
	return &intern->std;
}

static void estimator_release(estimator_object *intern)
{
	uint32_t i;
	shopcx_tz_free(&intern->tz);
	zval_ptr_dtor(&intern->warehouse);
	ZVAL_UNDEF(&intern->warehouse);
	for (i = 0; i < intern->carrier_count; i++) {
		zend_string_release(intern->carriers[i].name);
		zval_ptr_dtor(&intern->carriers[i].calendar);
	}
	intern->carrier_count = 0;
	for (i = 0; i < 2; i++) {
		if (intern->labels[i]) {
			zend_string_release(intern->labels[i]);
			intern->labels[i] = NULL;
		}
	}
}

static void estimator_free(zend_object *object)
{
	estimator_release(estimator_from_obj(object));
	zend_object_std_dtor(object);
}

/* The calendars we hold are GC-visible. */
static HashTable *estimator_get_gc(zend_object *object, zval **table, int *n)
{
	estimator_object *intern = estimator_from_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	uint32_t i;
	zend_get_gc_buffer_add_zval(buf, &intern->warehouse);
	for (i = 0; i < intern->carrier_count; i++) {
		zend_get_gc_buffer_add_zval(buf, &intern->carriers[i].calendar);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

/* "HH:MM" or "HH:MM:SS", 00:00:01 .. 24:00, to seconds of day; -1 when malformed. */
static int32_t parse_clock(const zend_string *s)
{
	const char *p = ZSTR_VAL(s);
	size_t len = ZSTR_LEN(s);
	int h, m, sec = 0, total;

	if ((len != 5 && len != 8) || p[2] != ':' || (len == 8 && p[5] != ':')) {
		return -1;
	}
	for (size_t i = 0; i < len; i++) {
		if (i != 2 && i != 5 && (p[i] < '0' || p[i] > '9')) {
			return -1;
		}
	}
	h = (p[0] - '0') * 10 + (p[1] - '0');
	m = (p[3] - '0') * 10 + (p[4] - '0');
	if (len == 8) {
		sec = (p[6] - '0') * 10 + (p[7] - '0');
	}
	if (m > 59 || sec > 59 || h > 24 || (h == 24 && (m != 0 || sec != 0))) {
		return -1;
	}
	total = h * 3600 + m * 60 + sec;
	return total == 0 ? -1 : total;
}

static int weekday_key(const zend_string *key, zend_ulong index)
{
	static const char *const names[7] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
	int i;
	if (key == NULL) {
		return (index >= 1 && index <= 7) ? (int) (index % 7) : -1;
	}
	for (i = 0; i < 7; i++) {
		if (ZSTR_LEN(key) == 3 && zend_binary_strcasecmp(ZSTR_VAL(key), 3, names[i], 3) == 0) {
			return i;
		}
	}
	return -1;
}

static bool parse_cutoff(zval *value, int32_t *cutoff)
{
	int i;
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_STRING) {
		int32_t c = parse_clock(Z_STR_P(value));
		if (c < 0) {
			goto bad_time;
		}
		for (i = 0; i < 7; i++) {
			cutoff[i] = c;
		}
		return true;
	}
	if (Z_TYPE_P(value) == IS_ARRAY) {
		zend_string *key;
		zend_ulong index;
		zval *entry;
		for (i = 0; i < 7; i++) {
			cutoff[i] = SHOPCX_NO_CUTOFF;
		}
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(value), index, key, entry) {
			int wd = weekday_key(key, index);
			if (wd < 0) {
				zend_argument_value_error(1, "option \"cutoff\" must be keyed by weekday \"mon\" to \"sun\" (or 1 to 7)");
				return false;
			}
			ZVAL_DEREF(entry);
			if (Z_TYPE_P(entry) == IS_NULL || Z_TYPE_P(entry) == IS_FALSE) {
				cutoff[wd] = SHOPCX_NO_CUTOFF;
				continue;
			}
			if (Z_TYPE_P(entry) != IS_STRING || (cutoff[wd] = parse_clock(Z_STR_P(entry))) < 0) {
				goto bad_time;
			}
		} ZEND_HASH_FOREACH_END();
		return true;
	}
bad_time:
	zend_argument_value_error(1, "option \"cutoff\" must be a time \"HH:MM\" or \"HH:MM:SS\" from 00:00:01 to 24:00, or an array of them by weekday");
	return false;
}

/* Calendar object or country code; the zval we keep holds a reference. */
static bool calendar_option(zval *value, const char *what, zval *out, const shopcx_calendar **cal)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), shopcx_ce_delivery_calendar)) {
		if ((*cal = shopcx_calendar_from_object(Z_OBJ_P(value))) == NULL) {
			return false;
		}
		ZVAL_COPY(out, value);
		return true;
	}
	if (Z_TYPE_P(value) == IS_STRING) {
		uint8_t country, region;
		if (!shopcx_calendar_parse_code(Z_STRVAL_P(value), Z_STRLEN_P(value), &country, &region)) {
			zend_argument_value_error(1, "%s must be a ShopCx\\Delivery\\Calendar or a supported country or region code", what);
			return false;
		}
		if (!shopcx_delivery_calendar_new(out, Z_STR_P(value), NULL)) {
			return false;
		}
		*cal = shopcx_calendar_from_object(Z_OBJ_P(out));
		return true;
	}
	zend_argument_type_error(1, "%s must be of type ShopCx\\Delivery\\Calendar|string, %s given", what, zend_zval_type_name(value));
	return false;
}

static bool days_value(zval *v, int max, int *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > max) {
		return false;
	}
	*out = (int) Z_LVAL_P(v);
	return true;
}

static bool parse_carrier(estimator_object *intern, zend_string *name, zval *spec, const shopcx_calendar *fallback)
{
	est_carrier *c = &intern->carriers[intern->carrier_count];
	zval *transit = NULL, *calendar = NULL, *entry;
	zend_string *key;
	char what[EST_MAX_CARRIER_LEN + 48];

	snprintf(what, sizeof(what), "option \"carriers\" carrier \"%s\"", ZSTR_VAL(name));
	ZVAL_DEREF(spec);
	if (Z_TYPE_P(spec) != IS_ARRAY) {
		zend_argument_value_error(1, "%s must be an array with \"transit\" and \"calendar\"", what);
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(spec), key, entry) {
		if (key && zend_string_equals_literal(key, "transit")) {
			transit = entry;
		} else if (key && zend_string_equals_literal(key, "calendar")) {
			calendar = entry;
		} else {
			zend_argument_value_error(1, "%s may only have \"transit\" and \"calendar\"", what);
			return false;
		}
	} ZEND_HASH_FOREACH_END();

	c->transit_min = c->transit_max = 1;
	if (transit) {
		ZVAL_DEREF(transit);
		if (Z_TYPE_P(transit) == IS_ARRAY) {
			zval *lo = zend_hash_index_find(Z_ARRVAL_P(transit), 0), *hi = zend_hash_index_find(Z_ARRVAL_P(transit), 1);
			if (zend_hash_num_elements(Z_ARRVAL_P(transit)) != 2 || !lo || !hi
				|| !days_value(lo, EST_MAX_DAYS, &c->transit_min) || !days_value(hi, EST_MAX_DAYS, &c->transit_max)
				|| c->transit_min > c->transit_max) {
				zend_argument_value_error(1, "%s \"transit\" must be [min, max] days with 0 <= min <= max <= %d", what, EST_MAX_DAYS);
				return false;
			}
		} else if (!days_value(transit, EST_MAX_DAYS, &c->transit_min)) {
			zend_argument_value_error(1, "%s \"transit\" must be a number of days from 0 to %d or [min, max]", what, EST_MAX_DAYS);
			return false;
		} else {
			c->transit_max = c->transit_min;
		}
	}
	if (calendar) {
		strcat(what, " \"calendar\"");
		if (!calendar_option(calendar, what, &c->calendar, &c->cal)) {
			return false;
		}
	} else {
		ZVAL_COPY(&c->calendar, &intern->warehouse);
		c->cal = fallback;
	}
	c->name = zend_string_copy(name);
	intern->carrier_count++;
	return true;
}

static bool parse_label(zval *value, zend_string **labels)
{
	zend_string *key;
	zval *entry;
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		zend_argument_value_error(1, "option \"labels\" must be an array with \"beforeCutoff\" and/or \"afterCutoff\"");
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(value), key, entry) {
		int slot;
		if (key && zend_string_equals_literal(key, "beforeCutoff")) {
			slot = LABEL_BEFORE;
		} else if (key && zend_string_equals_literal(key, "afterCutoff")) {
			slot = LABEL_AFTER;
		} else {
			zend_argument_value_error(1, "option \"labels\" may only have \"beforeCutoff\" and \"afterCutoff\"");
			return false;
		}
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) != IS_STRING || Z_STRLEN_P(entry) > EST_MAX_LABEL
			|| !shopcx_utf8_valid(Z_STRVAL_P(entry), Z_STRLEN_P(entry))) {
			zend_argument_value_error(1, "option \"labels\" \"%s\" must be valid UTF-8 of at most %d bytes", ZSTR_VAL(key), EST_MAX_LABEL);
			return false;
		}
		if (labels[slot]) {
			zend_string_release(labels[slot]);
		}
		labels[slot] = zend_string_copy(Z_STR_P(entry));
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool estimator_build(estimator_object *intern, HashTable *options)
{
	zval *tz = NULL, *warehouse = NULL, *cutoff = NULL, *handling = NULL, *carriers = NULL, *locale = NULL, *labels = NULL, *reg = NULL;
	zval *value;
	zend_string *key;
	const shopcx_calendar *wcal;

	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
		if (key == NULL) {
			zend_argument_value_error(1, "must be an array with string keys");
			return false;
		}
		if (zend_string_equals_literal(key, "timezone")) { tz = value; }
		else if (zend_string_equals_literal(key, "warehouse")) { warehouse = value; }
		else if (zend_string_equals_literal(key, "cutoff")) { cutoff = value; }
		else if (zend_string_equals_literal(key, "handlingDays")) { handling = value; }
		else if (zend_string_equals_literal(key, "carriers")) { carriers = value; }
		else if (zend_string_equals_literal(key, "locale")) { locale = value; }
		else if (zend_string_equals_literal(key, "register")) { reg = value; }
		else if (zend_string_equals_literal(key, "labels")) { labels = value; }
		else {
			shopcx_unknown_option_error(1, key);
			return false;
		}
	} ZEND_HASH_FOREACH_END();

	if (tz == NULL || warehouse == NULL || cutoff == NULL) {
		zend_argument_value_error(1, "option \"%s\" is required", tz == NULL ? "timezone" : (warehouse == NULL ? "warehouse" : "cutoff"));
		return false;
	}
	ZVAL_DEREF(tz);
	if (Z_TYPE_P(tz) != IS_STRING || !shopcx_tz_load(Z_STRVAL_P(tz), Z_STRLEN_P(tz), &intern->tz)) {
		zend_argument_value_error(1, "option \"timezone\" must be a time zone identifier PHP knows, like \"Europe/Amsterdam\"");
		return false;
	}
	if (!calendar_option(warehouse, "option \"warehouse\"", &intern->warehouse, &wcal)) {
		return false;
	}
	intern->est.warehouse = wcal;
	intern->est.tz = &intern->tz;
	if (!parse_cutoff(cutoff, intern->est.cutoff)) {
		return false;
	}
	if (!shopcx_estimator_valid(&intern->est)) {
		zend_argument_value_error(1, "option \"cutoff\" must give a cut-off on at least one working day of the warehouse");
		return false;
	}
	intern->handling = 0;
	if (handling && !days_value(handling, EST_MAX_DAYS, &intern->handling)) {
		zend_argument_value_error(1, "option \"handlingDays\" must be a number of days from 0 to %d", EST_MAX_DAYS);
		return false;
	}
	if (carriers) {
		zend_string *name;
		ZVAL_DEREF(carriers);
		if (Z_TYPE_P(carriers) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(carriers)) == 0
			|| zend_hash_num_elements(Z_ARRVAL_P(carriers)) > EST_MAX_CARRIERS) {
			zend_argument_value_error(1, "option \"carriers\" must be an array of 1 to %d carriers keyed by name", EST_MAX_CARRIERS);
			return false;
		}
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(carriers), name, value) {
			if (name == NULL || ZSTR_LEN(name) == 0 || ZSTR_LEN(name) > EST_MAX_CARRIER_LEN || !shopcx_utf8_valid(ZSTR_VAL(name), ZSTR_LEN(name))) {
				zend_argument_value_error(1, "option \"carriers\" must be keyed by carrier names of 1 to %d bytes of valid UTF-8", EST_MAX_CARRIER_LEN);
				return false;
			}
			if (!parse_carrier(intern, name, value, wcal)) {
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	} else {
		est_carrier *c = &intern->carriers[0];
		c->name = zend_string_init("default", sizeof("default") - 1, 0);
		ZVAL_COPY(&c->calendar, &intern->warehouse);
		c->cal = wcal;
		c->transit_min = c->transit_max = 1;
		intern->carrier_count = 1;
	}
	if (!shopcx_register_arg(reg, 1, "option \"register\"", &intern->reg)) {
		return false;
	}
	if (!shopcx_delivery_locale(locale, 1, "option \"locale\"", &intern->locale)) {
		return false;
	}
	if (labels && !parse_label(labels, intern->labels)) {
		return false;
	}
	intern->initialized = true;
	return true;
}

PHP_METHOD(ShopCx_Delivery_Estimator, __construct)
{
	HashTable *options;
	estimator_object *intern = Z_ESTIMATOR_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->initialized) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Delivery\\Estimator::__construct() twice");
		RETURN_THROWS();
	}
	if (!estimator_build(intern, options)) {
		estimator_release(intern);
		RETURN_THROWS();
	}
}

/* Expands {when}, {cutoff} and {date}; the first letter is capitalized when it is ASCII. */
static zend_string *render_label(const char *tpl, size_t tpl_len, const char *when, const char *cutoff, const char *date)
{
	smart_str out = {0};
	const char *p = tpl, *end = tpl + tpl_len;

	while (p < end) {
		const char *brace = memchr(p, '{', (size_t) (end - p));
		if (brace == NULL) {
			smart_str_appendl(&out, p, (size_t) (end - p));
			break;
		}
		smart_str_appendl(&out, p, (size_t) (brace - p));
		if ((size_t) (end - brace) >= 6 && memcmp(brace, "{when}", 6) == 0) {
			smart_str_appends(&out, when);
			p = brace + 6;
		} else if ((size_t) (end - brace) >= 8 && memcmp(brace, "{cutoff}", 8) == 0) {
			smart_str_appends(&out, cutoff);
			p = brace + 8;
		} else if ((size_t) (end - brace) >= 6 && memcmp(brace, "{date}", 6) == 0) {
			smart_str_appends(&out, date);
			p = brace + 6;
		} else {
			smart_str_appendc(&out, '{');
			p = brace + 1;
		}
	}
	if (out.s == NULL) {
		return ZSTR_EMPTY_ALLOC();
	}
	smart_str_0(&out);
	if (ZSTR_VAL(out.s)[0] >= 'a' && ZSTR_VAL(out.s)[0] <= 'z') {
		ZSTR_VAL(out.s)[0] = (char) (ZSTR_VAL(out.s)[0] - 'a' + 'A');
	}
	return out.s;
}

static void set_date_prop(zend_object *obj, int slot, int64_t days)
{
	char buf[11];
	shopcx_format_ymd(days, buf);
	ZVAL_STRINGL(OBJ_PROP_NUM(obj, slot), buf, 10);
}

static bool item_int(HashTable *item, const char *key, size_t key_len, int max, int *out)
{
	zval *v = zend_hash_str_find_deref(item, key, key_len);
	if (v == NULL || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (!days_value(v, max, out)) {
		zend_argument_value_error(2, "\"%s\" must be a number of days from 0 to %d", key, max);
		return false;
	}
	return true;
}

PHP_METHOD(ShopCx_Delivery_Estimator, estimate)
{
	zend_long now_long = 0;
	zend_object *now_obj = NULL, *promise;
	HashTable *item = NULL;
	estimator_object *intern = Z_ESTIMATOR_P(ZEND_THIS);
	const est_carrier *carrier;
	shopcx_estimate_item in;
	shopcx_estimate_result res;
	int64_t now;
	char when[SHOPCX_WORDS_MAX], cutoff[16], date[SHOPCX_WORDS_MAX];
	const char *tpl;
	size_t tpl_len;
	bool before;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(item)
	ZEND_PARSE_PARAMETERS_END();

	if (!intern->initialized) {
		zend_throw_error(NULL, "ShopCx\\Delivery\\Estimator object is not initialized");
		RETURN_THROWS();
	}
	if (now_obj) {
		if (!shopcx_time_from_object(now_obj, &now)) {
			RETURN_THROWS();
		}
	} else {
		now = (int64_t) now_long;
	}
	/* Leave a year of room for the answer inside the calendars' range. */
	if (now < 0 || now >= (SHOPCX_CAL_END_DAYS - 400) * SHOPCX_SECONDS_PER_DAY) {
		zend_argument_value_error(1, "must be a time between 1970 and 2098");
		RETURN_THROWS();
	}

	carrier = &intern->carriers[0];
	in.handling = intern->handling;
	in.restock = -1;
	in.backorder = -1;
	if (item && zend_hash_num_elements(item) > 0) {
		zval *v;
		bool in_stock = true;
		if ((v = zend_hash_str_find_deref(item, "carrier", sizeof("carrier") - 1)) != NULL && Z_TYPE_P(v) != IS_NULL) {
			uint32_t i;
			carrier = NULL;
			if (Z_TYPE_P(v) == IS_STRING) {
				for (i = 0; i < intern->carrier_count; i++) {
					if (zend_string_equals(intern->carriers[i].name, Z_STR_P(v))) {
						carrier = &intern->carriers[i];
					}
				}
			}
			if (carrier == NULL) {
				zend_argument_value_error(2, "\"carrier\" must name one of the estimator's carriers");
				RETURN_THROWS();
			}
		}
		if ((v = zend_hash_str_find_deref(item, "inStock", sizeof("inStock") - 1)) != NULL && Z_TYPE_P(v) != IS_NULL) {
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				zend_argument_type_error(2, "\"inStock\" must be of type bool, %s given", zend_zval_type_name(v));
				RETURN_THROWS();
			}
			in_stock = Z_TYPE_P(v) == IS_TRUE;
		}
		if (!item_int(item, "handlingDays", sizeof("handlingDays") - 1, EST_MAX_DAYS, &in.handling)) {
			RETURN_THROWS();
		}
		if (!in_stock) {
			if ((v = zend_hash_str_find_deref(item, "restockDate", sizeof("restockDate") - 1)) != NULL && Z_TYPE_P(v) != IS_NULL) {
				if (Z_TYPE_P(v) != IS_STRING || !shopcx_parse_ymd(Z_STRVAL_P(v), Z_STRLEN_P(v), &in.restock)) {
					zend_argument_value_error(2, "\"restockDate\" must be a date \"YYYY-MM-DD\" between 1970-01-01 and 2099-12-31");
					RETURN_THROWS();
				}
			} else if (!item_int(item, "backorderDays", sizeof("backorderDays") - 1, EST_MAX_BACKORDER, &in.backorder)) {
				RETURN_THROWS();
			}
			if (in.restock < 0 && in.backorder < 0) {
				zend_argument_value_error(2, "must give \"restockDate\" or \"backorderDays\" when \"inStock\" is false");
				RETURN_THROWS();
			}
		}
	}
	in.carrier = carrier->cal;
	in.transit_min = carrier->transit_min;
	in.transit_max = carrier->transit_max;

	if (!shopcx_estimate(&intern->est, now, &in, &res)) {
		zend_value_error("No delivery date within 1970-2099 follows from these settings");
		RETURN_THROWS();
	}

	/* "Order before 22:00" only when today's cut-off is what the promise depends on. */
	before = res.process == res.today && res.cutoff_decides;
	shopcx_words_when(when, sizeof(when), res.today, res.earliest, res.latest, intern->locale);
	shopcx_words_time(cutoff, sizeof(cutoff), res.cutoff, intern->locale);
	if (intern->labels[before ? LABEL_BEFORE : LABEL_AFTER]) {
		tpl = ZSTR_VAL(intern->labels[before ? LABEL_BEFORE : LABEL_AFTER]);
		tpl_len = ZSTR_LEN(intern->labels[before ? LABEL_BEFORE : LABEL_AFTER]);
	} else {
		tpl = shopcx_text_get(&builtin_labels[before ? LABEL_BEFORE : LABEL_AFTER], intern->locale, intern->reg);
		tpl_len = strlen(tpl);
	}

	/* The long date only when the template asks for it. */
	date[0] = '\0';
	if (zend_memnstr(tpl, "{date}", 6, tpl + tpl_len) != NULL) {
		shopcx_words_date(date, sizeof(date), res.earliest, intern->locale);
	}

	object_init_ex(return_value, promise_ce);
	promise = Z_OBJ_P(return_value);
	set_date_prop(promise, P_DISPATCH, res.dispatch);
	set_date_prop(promise, P_EARLIEST, res.earliest);
	if (res.latest == res.earliest) {
		ZVAL_COPY(OBJ_PROP_NUM(promise, P_LATEST), OBJ_PROP_NUM(promise, P_EARLIEST));
	} else {
		set_date_prop(promise, P_LATEST, res.latest);
	}
	/* No countdown when no cut-off moves the dates (restock and backorder items). */
	ZVAL_LONG(OBJ_PROP_NUM(promise, P_WITHIN), res.cutoff_decides ? (zend_long) (res.cutoff_at - now) : 0);
	ZVAL_STR_COPY(OBJ_PROP_NUM(promise, P_CARRIER), carrier->name);
	ZVAL_STR(OBJ_PROP_NUM(promise, P_LABEL), render_label(tpl, tpl_len, when, cutoff, date));
}

PHP_METHOD(ShopCx_Delivery_Promise, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Delivery_Promise, toArray)
{
	static const char *const names[P_COUNT] = { "dispatchDate", "earliest", "latest", "orderWithinSeconds", "carrier", "label" };
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	int i;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, P_COUNT);
	for (i = 0; i < P_COUNT; i++) {
		zval *v = OBJ_PROP_NUM(obj, i);
		if (Z_TYPE_P(v) == IS_UNDEF) {
			continue;
		}
		Z_TRY_ADDREF_P(v);
		zend_hash_str_add_new(Z_ARRVAL_P(return_value), names[i], strlen(names[i]), v);
	}
}

void shopcx_delivery_estimator_setup(zend_class_entry *est_ce, zend_class_entry *prom_ce)
{
	estimator_ce = est_ce;
	promise_ce = prom_ce;
	estimator_ce->create_object = estimator_create;
	memcpy(&estimator_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	estimator_handlers.offset = offsetof(estimator_object, std);
	estimator_handlers.free_obj = estimator_free;
	estimator_handlers.get_gc = estimator_get_gc;
	estimator_handlers.clone_obj = NULL;
}
