/*
 * ShopCx\Delivery\Calendar: PHP binding over delivery_calendar (pure C).
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "delivery_php.h"

#define CAL_MAX_DATES      1000   /* entries in "closed" and in "open" */
#define CAL_MAX_PERIOD     366    /* days in one closed period */
#define CAL_MAX_ADD_DAYS   3660

typedef struct {
	bool initialized;
	shopcx_calendar cal;
	zend_object std;
} calendar_object;

zend_class_entry *shopcx_ce_delivery_calendar;
static zend_object_handlers calendar_handlers;

static inline calendar_object *calendar_from_obj(zend_object *obj)
{
	return (calendar_object *) ((char *) obj - offsetof(calendar_object, std));
}
#define Z_CALENDAR_P(zv) calendar_from_obj(Z_OBJ_P(zv))

static zend_object *calendar_create(zend_class_entry *ce)
{
	calendar_object *intern = zend_object_alloc(sizeof(calendar_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &calendar_handlers;
	return &intern->std;
}

const shopcx_calendar *shopcx_calendar_from_object(zend_object *obj)
{
	calendar_object *intern;
	if (obj == NULL || !instanceof_function(obj->ce, shopcx_ce_delivery_calendar)) {
		zend_type_error("Expected an object of class ShopCx\\Delivery\\Calendar");
		return NULL;
	}
	intern = calendar_from_obj(obj);
	if (!intern->initialized) {
		zend_throw_error(NULL, "ShopCx\\Delivery\\Calendar object is not initialized");
		return NULL;
	}
	return &intern->cal;
}

bool shopcx_delivery_locale(zval *value, uint32_t arg_num, const char *what, shopcx_locale *out)
{
	if (value == NULL) {
		const char *name = SHOPCX_G(default_locale);
		*out = name ? shopcx_locale_from_name(name, strlen(name)) : SHOPCX_LOCALE_EN;
		if (*out == SHOPCX_LOCALE_INVALID) {
			*out = SHOPCX_LOCALE_EN;
		}
		return true;
	}
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_STRING
		|| (*out = shopcx_locale_from_name(Z_STRVAL_P(value), Z_STRLEN_P(value))) == SHOPCX_LOCALE_INVALID) {
		zend_argument_value_error(arg_num, "%s must be one of \"nl\", \"en\", \"de\", \"fr\"", what);
		return false;
	}
	return true;
}

bool shopcx_delivery_date_arg(zend_string *str, zend_object *obj, uint32_t arg_num, int64_t *days)
{
	if (obj) {
		int64_t ts;
		zval offset;
		if (!shopcx_time_from_object(obj, &ts)) {
			return false;
		}
		zend_call_method_with_0_params(obj, obj->ce, NULL, "getoffset", &offset);
		if (EG(exception)) {
			zval_ptr_dtor(&offset);
			return false;
		}
		if (Z_TYPE(offset) != IS_LONG) {
			zval_ptr_dtor(&offset);
			zend_value_error("DateTimeInterface::getOffset() did not return an int");
			return false;
		}
		*days = shopcx_floor_div(ts + (int64_t) Z_LVAL(offset), SHOPCX_SECONDS_PER_DAY);
		if (*days < 0 || *days >= SHOPCX_CAL_END_DAYS) {
			zend_argument_value_error(arg_num, "must be a date between 1970-01-01 and 2099-12-31");
			return false;
		}
		return true;
	}
	if (!shopcx_parse_ymd(ZSTR_VAL(str), ZSTR_LEN(str), days)) {
		zend_argument_value_error(arg_num, "must be a date \"YYYY-MM-DD\" between 1970-01-01 and 2099-12-31");
		return false;
	}
	return true;
}

static bool parse_workdays(zval *value, uint8_t *mask)
{
	static const char *const short_names[7] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
	zval *entry;

	*mask = 0;
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		goto bad;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), entry) {
		int wd = -1, i;
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) == IS_LONG && Z_LVAL_P(entry) >= 1 && Z_LVAL_P(entry) <= 7) {
			wd = (int) (Z_LVAL_P(entry) % 7);   /* ISO 7 = Sunday = 0 */
		} else if (Z_TYPE_P(entry) == IS_STRING && Z_STRLEN_P(entry) == 3) {
			for (i = 0; i < 7; i++) {
				if (zend_binary_strcasecmp(Z_STRVAL_P(entry), 3, short_names[i], 3) == 0) {
					wd = i;
				}
			}
		}
		if (wd < 0) {
			goto bad;
		}
		*mask |= (uint8_t) (1u << wd);
	} ZEND_HASH_FOREACH_END();
	if (*mask == 0) {
		zend_argument_value_error(2, "option \"workdays\" must not be empty");
		return false;
	}
	return true;
bad:
	zend_argument_value_error(2, "option \"workdays\" must be a list of weekdays 1 (Monday) to 7 (Sunday) or \"mon\" to \"sun\"");
	return false;
}

static bool dates_list(zval *value, const char *name, HashTable **out)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		zend_argument_value_error(2, "option \"%s\" must be an array of date strings", name);
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(value)) > CAL_MAX_DATES) {
		zend_argument_value_error(2, "option \"%s\" must not hold more than %d dates", name, CAL_MAX_DATES);
		return false;
	}
	*out = Z_ARRVAL_P(value);
	return true;
}

/* "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD": closes the day(s), or reports false. */
static bool apply_closed(shopcx_calendar *cal, const char *s, size_t len)
{
	int64_t from, to, d;
	int month, day;

	if (shopcx_parse_ymd(s, len, &from)) {
		shopcx_calendar_set_open(cal, from, false);
		return true;
	}
	if (shopcx_parse_md(s, len, &month, &day)) {
		shopcx_calendar_close_yearly(cal, month, day);
		return true;
	}
	if (len == 22 && s[10] == '.' && s[11] == '.' && shopcx_parse_ymd(s, 10, &from) && shopcx_parse_ymd(s + 12, 10, &to)
		&& to >= from && to - from < CAL_MAX_PERIOD) {
		for (d = from; d <= to; d++) {
			shopcx_calendar_set_open(cal, d, false);
		}
		return true;
	}
	return false;
}

static bool calendar_build(calendar_object *intern, zend_string *code, HashTable *options)
{
	uint8_t country, region, weekdays = SHOPCX_CAL_MON_FRI;
	shopcx_locale locale;
	HashTable *closed = NULL, *open = NULL;
	zval *locale_zv = NULL, *value, *entry;
	zend_string *key;
	zend_ulong index;

	if (intern->initialized) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Delivery\\Calendar::__construct() twice");
		return false;
	}
	if (!shopcx_calendar_parse_code(ZSTR_VAL(code), ZSTR_LEN(code), &country, &region)) {
		zend_argument_value_error(1, "must be a supported country or region code: NL, BE, DE, DE-BW .. DE-TH, FR, LU, AT, GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR, US, or \"\"");
		return false;
	}
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
			if (key == NULL) {
				zend_argument_value_error(2, "must be an array with string keys");
				return false;
			}
			if (zend_string_equals_literal(key, "workdays")) {
				if (!parse_workdays(value, &weekdays)) {
					return false;
				}
			} else if (zend_string_equals_literal(key, "closed")) {
				if (!dates_list(value, "closed", &closed)) {
					return false;
				}
			} else if (zend_string_equals_literal(key, "open")) {
				if (!dates_list(value, "open", &open)) {
					return false;
				}
			} else if (zend_string_equals_literal(key, "locale")) {
				locale_zv = value;
			} else {
				shopcx_unknown_option_error(2, key);
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (!shopcx_delivery_locale(locale_zv, 2, "option \"locale\"", &locale)) {
		return false;
	}

	shopcx_calendar_init(&intern->cal, country, region, weekdays, locale);
	if (closed) {
		ZEND_HASH_FOREACH_NUM_KEY_VAL(closed, index, entry) {
			ZVAL_DEREF(entry);
			if (Z_TYPE_P(entry) != IS_STRING || !apply_closed(&intern->cal, Z_STRVAL_P(entry), Z_STRLEN_P(entry))) {
				zend_argument_value_error(2, "option \"closed\" entry %" ZEND_ULONG_FMT_SPEC " must be \"YYYY-MM-DD\", \"MM-DD\" or \"YYYY-MM-DD..YYYY-MM-DD\" (at most %d days) within 1970-2099",
					index, CAL_MAX_PERIOD);
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (open) {
		ZEND_HASH_FOREACH_NUM_KEY_VAL(open, index, entry) {
			int64_t d;
			ZVAL_DEREF(entry);
			if (Z_TYPE_P(entry) != IS_STRING || !shopcx_parse_ymd(Z_STRVAL_P(entry), Z_STRLEN_P(entry), &d)) {
				zend_argument_value_error(2, "option \"open\" entry %" ZEND_ULONG_FMT_SPEC " must be a date \"YYYY-MM-DD\" within 1970-2099", index);
				return false;
			}
			shopcx_calendar_set_open(&intern->cal, d, true);
		} ZEND_HASH_FOREACH_END();
	}
	intern->initialized = true;
	return true;
}

bool shopcx_delivery_calendar_new(zval *out, zend_string *code, HashTable *options)
{
	object_init_ex(out, shopcx_ce_delivery_calendar);
	if (!calendar_build(Z_CALENDAR_P(out), code, options)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

PHP_METHOD(ShopCx_Delivery_Calendar, __construct)
{
	zend_string *code = ZSTR_EMPTY_ALLOC();
	HashTable *options = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(code)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!calendar_build(Z_CALENDAR_P(ZEND_THIS), code, options)) {
		RETURN_THROWS();
	}
}

PHP_METHOD(ShopCx_Delivery_Calendar, country)
{
	zend_string *code;
	HashTable *options = NULL;
	zval obj;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!shopcx_delivery_calendar_new(&obj, code, options)) {
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&obj);
}

static const shopcx_calendar *this_calendar(zval *this_zv)
{
	return shopcx_calendar_from_object(Z_OBJ_P(this_zv));
}

PHP_METHOD(ShopCx_Delivery_Calendar, code)
{
	const shopcx_calendar *cal;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((cal = this_calendar(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	RETURN_STRING(shopcx_calendar_code(cal->country, cal->region));
}

PHP_METHOD(ShopCx_Delivery_Calendar, holidays)
{
	zend_long year;
	const shopcx_calendar *cal;
	shopcx_holiday list[SHOPCX_CAL_MAX_HOLIDAYS];
	size_t i, n;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(year)
	ZEND_PARSE_PARAMETERS_END();

	if ((cal = this_calendar(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (year < SHOPCX_CAL_FIRST_YEAR || year > SHOPCX_CAL_LAST_YEAR) {
		zend_argument_value_error(1, "must be between %d and %d", SHOPCX_CAL_FIRST_YEAR, SHOPCX_CAL_LAST_YEAR);
		RETURN_THROWS();
	}
	n = cal->country == SHOPCX_CC_NONE ? 0 : shopcx_holidays_of_year(cal->country, cal->region, year, list, SHOPCX_CAL_MAX_HOLIDAYS);
	array_init_size(return_value, (uint32_t) n);
	for (i = 0; i < n; i++) {
		char date[11];
		const char *name = shopcx_holiday_kind_name(list[i].kind, list[i].substitute, cal->country, (shopcx_locale) cal->locale);
		zval *existing, zname;
		shopcx_format_ymd(list[i].days, date);
		existing = zend_hash_str_find(Z_ARRVAL_P(return_value), date, 10);
		if (existing) {
			zend_string *joined = zend_string_concat3(Z_STRVAL_P(existing), Z_STRLEN_P(existing), ", ", 2, name, strlen(name));
			zval_ptr_dtor(existing);
			ZVAL_STR(existing, joined);
		} else {
			ZVAL_STRING(&zname, name);
			zend_hash_str_add_new(Z_ARRVAL_P(return_value), date, 10, &zname);
		}
	}
}

PHP_METHOD(ShopCx_Delivery_Calendar, isOpen)
{
	zend_string *str = NULL;
	zend_object *obj = NULL;
	const shopcx_calendar *cal;
	int64_t days;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ_OF_CLASS_OR_STR(obj, shopcx_date_ce(), str)
	ZEND_PARSE_PARAMETERS_END();

	if ((cal = this_calendar(ZEND_THIS)) == NULL || !shopcx_delivery_date_arg(str, obj, 1, &days)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(shopcx_calendar_is_open(cal, days));
}

PHP_METHOD(ShopCx_Delivery_Calendar, holidayName)
{
	zend_string *str = NULL;
	zend_object *obj = NULL;
	const shopcx_calendar *cal;
	const char *name;
	int64_t days;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ_OF_CLASS_OR_STR(obj, shopcx_date_ce(), str)
	ZEND_PARSE_PARAMETERS_END();

	if ((cal = this_calendar(ZEND_THIS)) == NULL || !shopcx_delivery_date_arg(str, obj, 1, &days)) {
		RETURN_THROWS();
	}
	name = shopcx_calendar_holiday_name(cal, days);
	if (name == NULL) {
		RETURN_NULL();
	}
	/* Two holidays can share a date (Ascension on 1 May 2008): name both, as holidays() does. */
	{
		shopcx_holiday list[SHOPCX_CAL_MAX_HOLIDAYS];
		int64_t year;
		int month, day;
		size_t i, n;
		smart_str out = {0};
		shopcx_civil_from_days(days, &year, &month, &day);
		n = shopcx_holidays_of_year(cal->country, cal->region, year, list, SHOPCX_CAL_MAX_HOLIDAYS);
		for (i = 0; i < n; i++) {
			if (list[i].days == days) {
				if (out.s) {
					smart_str_appendl(&out, ", ", 2);
				}
				smart_str_appends(&out, shopcx_holiday_kind_name(list[i].kind, list[i].substitute, cal->country, (shopcx_locale) cal->locale));
			}
		}
		smart_str_0(&out);
		RETURN_STR(out.s);
	}
}

PHP_METHOD(ShopCx_Delivery_Calendar, addBusinessDays)
{
	zend_string *str = NULL;
	zend_object *obj = NULL;
	zend_long n;
	const shopcx_calendar *cal;
	int64_t days, result;
	char date[11];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJ_OF_CLASS_OR_STR(obj, shopcx_date_ce(), str)
		Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();

	if ((cal = this_calendar(ZEND_THIS)) == NULL || !shopcx_delivery_date_arg(str, obj, 1, &days)) {
		RETURN_THROWS();
	}
	if (n < -CAL_MAX_ADD_DAYS || n > CAL_MAX_ADD_DAYS) {
		zend_argument_value_error(2, "must be between %d and %d", -CAL_MAX_ADD_DAYS, CAL_MAX_ADD_DAYS);
		RETURN_THROWS();
	}
	if (!shopcx_calendar_add_days(cal, days, (int64_t) n, &result)) {
		zend_argument_value_error(2, "leads outside 1970-01-01 .. 2099-12-31");
		RETURN_THROWS();
	}
	shopcx_format_ymd(result, date);
	RETURN_STRINGL(date, 10);
}

void shopcx_delivery_calendar_setup(zend_class_entry *ce)
{
	shopcx_ce_delivery_calendar = ce;
	ce->create_object = calendar_create;
	memcpy(&calendar_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	calendar_handlers.offset = offsetof(calendar_object, std);
	calendar_handlers.clone_obj = NULL;   /* immutable: share the object instead */
}
