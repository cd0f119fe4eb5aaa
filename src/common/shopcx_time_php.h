/*
 * Time arguments and time zones for the bindings: int|DateTimeInterface to a Unix timestamp,
 * and IANA zone names to a shopcx_tz table through ext/date. SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_TIME_PHP_H
#define SHOPCX_TIME_PHP_H

#include "php.h"
#include "shopcx_time.h"

/* The class entry of DateTimeInterface, for Z_PARAM_OBJ_OF_CLASS_OR_LONG(obj, shopcx_date_ce(), ts). */
zend_class_entry *shopcx_date_ce(void);

/* Unix timestamp of a DateTimeInterface object. Returns false (exception thrown) when it has none. */
bool shopcx_time_from_object(zend_object *obj, int64_t *out);

/* Latest instant a `now` argument may name: 9999-12-31T23:59:59Z. */
#define SHOPCX_TIME_MAX INT64_C(253402300799)

/*
 * A `now` argument received with Z_PARAM_OBJ_OF_CLASS_OR_LONG(obj, shopcx_date_ce(), lval): the
 * Unix timestamp, checked to lie in 1970..9999. Throws ("must be a time between 1970 and 9999")
 * and returns false otherwise.
 */
bool shopcx_time_param(zend_object *obj, zend_long lval, uint32_t arg_num, int64_t *out);

/*
 * A time argument received with Z_PARAM_ZVAL: int or DateTimeInterface. Throws a php-src style
 * TypeError ("must be of type DateTimeInterface|int, string given") and returns false otherwise.
 */
bool shopcx_time_arg(zval *value, uint32_t arg_num, int64_t *out);

/*
 * Load an IANA time-zone id ("Europe/Amsterdam", "UTC") with the transitions 1970-2100.
 * Returns false, with no exception pending, when PHP does not know the zone or it is a
 * fixed offset/abbreviation: the caller throws naming its option. Free with shopcx_tz_free().
 */
bool shopcx_tz_load(const char *name, size_t len, shopcx_tz *out);
void shopcx_tz_free(shopcx_tz *tz);
/* Copy a loaded zone (e.g. when cloning an object that holds one). */
void shopcx_tz_copy(shopcx_tz *dst, const shopcx_tz *src);

#endif
