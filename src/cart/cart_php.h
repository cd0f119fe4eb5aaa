/*
 * ShopCx\Cart binding: what cart_php.c, cart_scan.c and cart_metrics.c share.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_CART_PHP_H
#define SHOPCX_CART_PHP_H

#include "php.h"
#include "cart_core.h"

#define CART_ROW_KEYS 16

typedef struct {
	cart_config cfg;
	shopcx_tz tz;
	cart_tz_span span;   /* cfg.span points here */
	/* The key strings last matched per field, referenced so they stay alive: rows from one query
	 * share their key strings, so later rows match by pointer instead of comparing bytes. */
	zend_string *seen_keys[CART_ROW_KEYS];
	bool ready;
	zend_object std;
} cart_detector;

static inline cart_detector *cart_detector_from_obj(zend_object *obj)
{
	return (cart_detector *) ((char *) obj - offsetof(cart_detector, std));
}

extern zend_class_entry *cart_ce_detector;
extern zend_class_entry *cart_ce_decision;
extern zend_class_entry *cart_ce_scan;
extern zend_class_entry *cart_ce_recovery;
extern zend_class_entry *cart_ce_metrics;
extern zend_class_entry *cart_ce_funnel;

/* Extra cart fields the metrics need; classify() does not read them. */
typedef struct {
	zend_string *currency;   /* not owned; NULL when the row has none */
} cart_extra;

/*
 * Reads one cart row into `in`, checked against `now`. `row_no` numbers rows of an iterable
 * (1-based) for messages, 0 for a single cart. *id gets the row's "id" zval (borrowed).
 * Throws (TypeError/ValueError naming the cart and field) and returns false on bad input.
 */
bool cart_read_row(cart_detector *d, zval *row, int64_t now, uint64_t row_no,
	cart_input *in, zval **id, cart_extra *extra);

/* A ShopCx\Cart\Decision for `id` (copied) into `out`. */
void cart_decision_new(zval *out, zval *id, const cart_decision *dec);

/* The detector behind $this, or NULL (Error thrown) when its constructor did not run. */
cart_detector *cart_detector_checked(zval *this_zv);

void cart_row_minit(void);
void cart_row_release_keys(cart_detector *d);
void cart_scan_minit(void);
void cart_scan_create(zval *out, zval *detector, zval *input, int64_t now, zend_object *policy);

#endif
