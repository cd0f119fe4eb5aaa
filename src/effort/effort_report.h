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
	uint64_t n;            /* responses */
	uint64_t counts[1];    /* survey->slots counts (allocated to size) */
} effort_cell;

typedef enum { BUCKET_NONE = 0, BUCKET_DAY, BUCKET_WEEK, BUCKET_MONTH } effort_bucket;

typedef struct {
	effort_survey_object *survey;   /* a counted reference to the survey object */
	effort_cell *total;
	HashTable segments;             /* "key\0value" => effort_cell*, in first-seen order */
	HashTable buckets;              /* local days of the bucket's first day => effort_cell* */
	effort_bucket bucket;
	zend_string *tz_name;
	shopcx_tz tz;                   /* loaded when bucket != BUCKET_NONE */
	int64_t cache_lo, cache_hi;     /* UTC range of the last bucket added to */
	effort_cell *cache_cell;
	zend_object std;
} effort_report_object;

static inline effort_report_object *effort_report_from_obj(zend_object *obj)
{
	return (effort_report_object *) ((char *) obj - XtOffsetOf(effort_report_object, std));
}

effort_cell *effort_cell_new(const effort_report_object *r);
/* Set up a report of `survey` (the object gains a reference). Returns false when the time zone
 * cannot be loaded (nothing thrown). */
bool effort_report_init(effort_report_object *r, effort_survey_object *survey, effort_bucket bucket, zend_string *tz_name);
const char *effort_bucket_name(effort_bucket bucket);

#endif
