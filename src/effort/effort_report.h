/*
 * ShopCX effort: the report object shared by its binding files (effort_report.c: add, merge,
 * result; effort_report_store.c: toString/fromString). Binding layer. SPDX-License-Identifier: MIT
 */
#ifndef EFFORT_REPORT_H
#define EFFORT_REPORT_H

#include "effort_internal.h"
#include "common/shopcx_time.h"

#define REPORT_MAX_CELLS        100000   /* distinct segment values plus time buckets */
#define REPORT_MAX_SEGMENTS     8        /* segment keys per response */
#define REPORT_MAX_SEGMENT_KEY  64
#define REPORT_MAX_SEGMENT_VAL  128
#define REPORT_MAX_TIME         INT64_C(4102444799)   /* 2099-12-31T23:59:59Z: the time-zone tables' end */

typedef struct {
	int64_t lo, hi;        /* time buckets: the bucket's UTC range, once add() needed it (hi == 0: not yet) */
	uint64_t n;            /* responses */
	uint64_t counts[1];    /* survey->slots counts (allocated to size) */
} effort_cell;

typedef enum { BUCKET_NONE = 0, BUCKET_DAY, BUCKET_WEEK, BUCKET_MONTH } effort_bucket;

typedef struct {
	effort_survey_object *survey;   /* a counted reference to the survey object */
	effort_cell *total;
	/* name => (HashTable *) value => effort_cell*, both in first-seen order. Values are keyed like
	 * PHP array keys (int 17 and "17" are one value), and lookups reuse the hash PHP has already
	 * cached in the caller's strings. */
	HashTable segments;
	uint32_t segment_cells;         /* values over all names */
	/* The value table of the i-th segment name of the last add(): responses of one shop pass the
	 * same names in the same order, so most calls skip the name lookup. Holds references. */
	zend_string *name_cache[REPORT_MAX_SEGMENTS];
	HashTable *name_values[REPORT_MAX_SEGMENTS];
	HashTable buckets;              /* local days of the bucket's first day => effort_cell* */
	effort_bucket bucket;
	zend_string *tz_name;
	shopcx_tz tz;                   /* loaded when bucket != BUCKET_NONE */
	effort_cell *cache_cell;        /* the bucket add() counted in last: the next response is likely in it too */
	zend_object std;
} effort_report_object;

static inline effort_report_object *effort_report_from_obj(zend_object *obj)
{
	return (effort_report_object *) ((char *) obj - offsetof(effort_report_object, std));
}

effort_cell *effort_cell_new(const effort_report_object *r);
/* The value table of segment `name`, created when missing. */
HashTable *effort_segment_values(effort_report_object *r, zend_string *name);
/* Add a new cell for a value (key as in PHP arrays: int, or a string that may be numeric). */
effort_cell *effort_segment_add(effort_report_object *r, HashTable *values, zend_ulong index, zend_string *key);
/* Set up a report of `survey` (the object gains a reference). Returns false when the time zone
 * cannot be loaded (nothing thrown). */
bool effort_report_init(effort_report_object *r, effort_survey_object *survey, effort_bucket bucket, zend_string *tz_name);
const char *effort_bucket_name(effort_bucket bucket);

#endif
