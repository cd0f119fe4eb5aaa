/*
 * ShopCx\Delivery binding: what other features may use (the Calendar class and its C core)
 * and helpers shared by the Calendar and Estimator bindings. SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_DELIVERY_PHP_H
#define SHOPCX_DELIVERY_PHP_H

#include "php.h"
#include "delivery_calendar.h"

extern zend_class_entry *shopcx_ce_delivery_calendar;

/* the calendar inside a ShopCx\Delivery\Calendar object, NULL (with an Error thrown) if not initialized */
const shopcx_calendar *shopcx_calendar_from_object(zend_object *obj);

/*
 * A date argument: "YYYY-MM-DD" or a DateTimeInterface (its own local date). Throws a ValueError
 * on argument `arg_num` and returns false for a malformed date or one outside 1970-2099.
 */
bool shopcx_delivery_date_arg(zend_string *str, zend_object *obj, uint32_t arg_num, int64_t *days);

/* Locale from an options value (NULL: shopcx.default_locale). Throws naming `what` on error. */
bool shopcx_delivery_locale(zval *value, uint32_t arg_num, const char *what, shopcx_locale *out);

/* A new Calendar object in `out` (throws and returns false like its constructor). */
bool shopcx_delivery_calendar_new(zval *out, zend_string *code, HashTable *options);

/* Called from the delivery MINIT with the registered class entries. */
void shopcx_delivery_calendar_setup(zend_class_entry *ce);
void shopcx_delivery_estimator_setup(zend_class_entry *estimator_ce, zend_class_entry *promise_ce);

#endif
