/*
 * Stock levels and label templates. Pure C: decides the level, the urgency, whether the quantity
 * may be shown and which template speaks; the binding renders it. SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_STOCK_CORE_H
#define SHOPCX_STOCK_CORE_H

#include <stdbool.h>
#include <stdint.h>

#include "common/shopcx_locale.h"

typedef enum {
	SHOPCX_STOCK_IN = 0, SHOPCX_STOCK_LOW, SHOPCX_STOCK_OUT, SHOPCX_STOCK_BACKORDER, SHOPCX_STOCK_PREORDER,
	SHOPCX_STOCK_NOT_MANAGED, SHOPCX_STOCK_LEVEL_COUNT
} shopcx_stock_level;

/* Template keys, in the order of the "labels" option's documentation. */
typedef enum {
	SHOPCX_TPL_IN_STOCK = 0, SHOPCX_TPL_IN_STOCK_QTY, SHOPCX_TPL_LOW, SHOPCX_TPL_LOW_NO_QTY, SHOPCX_TPL_OUT,
	SHOPCX_TPL_OUT_DATE, SHOPCX_TPL_BACKORDER, SHOPCX_TPL_BACKORDER_DATE, SHOPCX_TPL_PREORDER,
	SHOPCX_TPL_PREORDER_DATE, SHOPCX_TPL_NOT_MANAGED, SHOPCX_TPL_COUNT
} shopcx_stock_template_key;

typedef struct {
	bool has_qty;           /* false: stock not managed */
	int64_t qty;
	int managed;            /* -1 = from has_qty, 0/1 = explicit */
	int in_stock;           /* for unmanaged stock: -1 unknown (treated as in stock), 0, 1 */
	bool backorders;
	bool preorder;          /* pre-order without a known release date */
	int64_t available_on;   /* days since 1970-01-01, or -1 */
	int64_t release;        /* days since 1970-01-01, or -1 */
	int64_t low_threshold;  /* 1..low is low; 0 = never */
	int64_t show_below;     /* quantity shown when qty < show_below */
	int64_t today;          /* local date of $now, or -1 when no clock was given */
} shopcx_stock_input;

typedef struct {
	shopcx_stock_level level;
	shopcx_stock_template_key tpl;
	bool show_qty, urgent;
	int64_t date;           /* availableOn / release date to show, or -1 */
} shopcx_stock_result;

void shopcx_stock_describe(const shopcx_stock_input *in, shopcx_stock_result *out);
const char *shopcx_stock_level_name(shopcx_stock_level level);
const char *shopcx_stock_template_name(shopcx_stock_template_key key);
/* Built-in template of a key in a locale. */
const char *shopcx_stock_builtin_template(shopcx_locale locale, shopcx_stock_template_key key);

#endif
