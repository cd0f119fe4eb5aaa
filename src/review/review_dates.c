/* Dates and times inside review arrays. Binding layer. SPDX-License-Identifier: MIT */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "common/shopcx_time.h"
#include "common/shopcx_time_php.h"
#include "review_dates.h"

#define DATE_MIN_TS INT64_C(0)
#define DATE_MAX_TS INT64_C(4102444799)   /* 2099-12-31 23:59:59 UTC */

static void date_error(uint32_t arg, zend_long index, const char *key)
{
	if (index < 0) {
		zend_argument_value_error(arg, "key \"%s\" must be a timestamp, a DateTimeInterface or \"YYYY-MM-DD\" between 1970 and 2099", key);
	} else {
		zend_argument_value_error(arg, "entry " ZEND_LONG_FMT " key \"%s\" must be a timestamp, a DateTimeInterface or \"YYYY-MM-DD\" between 1970 and 2099",
			index, key);
	}
}

static bool parse_ymd(const char *s, size_t len, int64_t *days)
{
	int y, m, d;
	size_t i;
	if (len != 10 || s[4] != '-' || s[7] != '-') {
		return false;
	}
	for (i = 0; i < 10; i++) {
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) {
			return false;
		}
	}
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1970 || y > 2099 || m < 1 || m > 12 || d < 1 || d > shopcx_days_in_month(y, m)) {
		return false;
	}
	*days = shopcx_days_from_civil(y, m, d);
	return true;
}

bool review_date_days(zval *value, uint32_t arg, zend_long index, const char *key, int64_t *days)
{
	int64_t ts;
	if (Z_TYPE_P(value) == IS_STRING) {
		if (!parse_ymd(Z_STRVAL_P(value), Z_STRLEN_P(value), days)) {
			date_error(arg, index, key);
			return false;
		}
		return true;
	}
	if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), shopcx_date_ce())) {
		zval offset;
		if (!shopcx_time_from_object(Z_OBJ_P(value), &ts)) {
			return false;
		}
		zend_call_method_with_0_params(Z_OBJ_P(value), Z_OBJCE_P(value), NULL, "getoffset", &offset);
		if (EG(exception)) {
			zval_ptr_dtor(&offset);
			return false;
		}
		ts += Z_TYPE(offset) == IS_LONG ? (int64_t) Z_LVAL(offset) : 0;
		zval_ptr_dtor(&offset);
	} else if (Z_TYPE_P(value) == IS_LONG) {
		ts = (int64_t) Z_LVAL_P(value);
	} else {
		date_error(arg, index, key);
		return false;
	}
	if (ts < DATE_MIN_TS || ts > DATE_MAX_TS) {
		date_error(arg, index, key);
		return false;
	}
	*days = shopcx_floor_div(ts, SHOPCX_SECONDS_PER_DAY);
	return true;
}

bool review_date_time(zval *value, uint32_t arg, zend_long index, const char *key, int64_t *ts)
{
	int64_t days;
	if (Z_TYPE_P(value) == IS_STRING) {
		if (!parse_ymd(Z_STRVAL_P(value), Z_STRLEN_P(value), &days)) {
			date_error(arg, index, key);
			return false;
		}
		*ts = days * SHOPCX_SECONDS_PER_DAY;
		return true;
	}
	if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), shopcx_date_ce())) {
		if (!shopcx_time_from_object(Z_OBJ_P(value), ts)) {
			return false;
		}
	} else if (Z_TYPE_P(value) == IS_LONG) {
		*ts = (int64_t) Z_LVAL_P(value);
	} else {
		date_error(arg, index, key);
		return false;
	}
	if (*ts < DATE_MIN_TS || *ts > DATE_MAX_TS) {
		date_error(arg, index, key);
		return false;
	}
	return true;
}

void review_format_ymd(int64_t days, char out[16])
{
	int64_t y;
	int m, d;
	shopcx_civil_from_days(days, &y, &m, &d);
	snprintf(out, 16, "%04d-%02d-%02d", (int) y, m, d);
}

void review_format_iso_utc(int64_t ts, char out[32])
{
	int64_t days = shopcx_floor_div(ts, SHOPCX_SECONDS_PER_DAY), sec = ts - days * SHOPCX_SECONDS_PER_DAY, y;
	int m, d;
	shopcx_civil_from_days(days, &y, &m, &d);
	snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ", (int) y, m, d, (int) (sec / 3600), (int) (sec / 60 % 60),
		(int) (sec % 60));
}
