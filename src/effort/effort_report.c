/*
 * ShopCx\Effort\Report: a running aggregate of responses, and its Result.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include <inttypes.h>
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "effort_report.h"

static zend_object_handlers report_handlers;

static void cell_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

static void values_dtor(zval *zv)
{
	HashTable *values = Z_PTR_P(zv);
	zend_hash_destroy(values);
	efree(values);
}

HashTable *effort_segment_values(effort_report_object *r, zend_string *name)
{
	HashTable *values = zend_hash_find_ptr(&r->segments, name);
	if (values == NULL) {
		values = emalloc(sizeof(HashTable));
		zend_hash_init(values, 8, NULL, cell_dtor, 0);
		zend_hash_add_new_ptr(&r->segments, name, values);
	}
	return values;
}

effort_cell *effort_segment_add(effort_report_object *r, HashTable *values, zend_ulong index, zend_string *key)
{
	effort_cell *cell = effort_cell_new(r);
	zval z;
	ZVAL_PTR(&z, cell);
	if (key) {
		zend_symtable_add_new(values, key, &z);
	} else {
		zend_hash_index_add_new(values, index, &z);
	}
	r->segment_cells++;
	return cell;
}

static zend_object *report_create(zend_class_entry *ce)
{
	effort_report_object *intern = zend_object_alloc(sizeof(effort_report_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &report_handlers;
	return &intern->std;
}

static void report_state_free(effort_report_object *r)
{
	uint32_t i;
	for (i = 0; i < REPORT_MAX_SEGMENTS; i++) {
		if (r->name_cache[i]) {
			zend_string_release(r->name_cache[i]);
			r->name_cache[i] = NULL;
		}
	}
	if (r->survey) {
		zend_hash_destroy(&r->segments);
		zend_hash_destroy(&r->buckets);
		efree(r->total);
		shopcx_tz_free(&r->tz);
		zend_string_release(r->tz_name);
		OBJ_RELEASE(&r->survey->std);
		r->survey = NULL;
	}
}

static void report_free(zend_object *object)
{
	effort_report_object *r = effort_report_from_obj(object);
	report_state_free(r);
	zend_object_std_dtor(&r->std);
}

effort_cell *effort_cell_new(const effort_report_object *r)
{
	return ecalloc(1, sizeof(effort_cell) + sizeof(uint64_t) * (r->survey->slots ? r->survey->slots - 1 : 0));
}

const char *effort_bucket_name(effort_bucket bucket)
{
	static const char *const names[] = { NULL, "day", "week", "month" };
	return names[bucket];
}

bool effort_report_init(effort_report_object *r, effort_survey_object *survey, effort_bucket bucket, zend_string *tz_name)
{
	if (bucket != BUCKET_NONE && !shopcx_tz_load(ZSTR_VAL(tz_name), ZSTR_LEN(tz_name), &r->tz)) {
		return false;
	}
	GC_ADDREF(&survey->std);
	r->survey = survey;
	r->bucket = bucket;
	r->tz_name = zend_string_copy(tz_name);
	r->total = effort_cell_new(r);
	zend_hash_init(&r->segments, 8, NULL, values_dtor, 0);
	r->segment_cells = 0;
	zend_hash_init(&r->buckets, 8, NULL, cell_dtor, 0);
	r->cache_cell = NULL;
	return true;
}

static effort_report_object *report_this(zval *this_zv)
{
	effort_report_object *r = effort_report_from_obj(Z_OBJ_P(this_zv));
	if (r->survey == NULL) {
		zend_throw_error(NULL, "ShopCx\\Effort\\Report object is not initialized");
		return NULL;
	}
	return r;
}

ZEND_METHOD(ShopCx_Effort_Report, __construct)
{
	zval *survey_zv;
	HashTable *options = NULL;
	effort_report_object *r = effort_report_from_obj(Z_OBJ_P(ZEND_THIS));
	effort_bucket bucket = BUCKET_NONE;
	zend_string *tz_name = NULL, *key;
	zval *v;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(survey_zv, effort_survey_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (r->survey) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Effort\\Report::__construct() twice");
		RETURN_THROWS();
	}
	if (effort_survey_from_obj(Z_OBJ_P(survey_zv))->q == NULL) {
		zend_argument_value_error(1, "must be an initialized survey");
		RETURN_THROWS();
	}
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
			ZVAL_DEREF(v);
			if (key && zend_string_equals_literal(key, "bucket")) {
				if (Z_TYPE_P(v) == IS_NULL) {
					bucket = BUCKET_NONE;
				} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "day")) {
					bucket = BUCKET_DAY;
				} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "week")) {
					bucket = BUCKET_WEEK;
				} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "month")) {
					bucket = BUCKET_MONTH;
				} else {
					zend_argument_value_error(2, "option \"bucket\" must be \"day\", \"week\", \"month\" or null");
					RETURN_THROWS();
				}
			} else if (key && zend_string_equals_literal(key, "timezone")) {
				if (Z_TYPE_P(v) != IS_STRING) {
					zend_argument_type_error(2, "option \"timezone\" must be of type string, %s given", zend_zval_type_name(v));
					RETURN_THROWS();
				}
				tz_name = Z_STR_P(v);
			} else {
				zend_argument_value_error(2, "contains unknown option \"%s\"",
					key && shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key)) ? ZSTR_VAL(key) : "(not a name)");
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (tz_name) {
		shopcx_tz probe;
		if (!shopcx_tz_load(ZSTR_VAL(tz_name), ZSTR_LEN(tz_name), &probe)) {
			zend_argument_value_error(2, "option \"timezone\" must be an IANA time zone id such as \"Europe/Amsterdam\"");
			RETURN_THROWS();
		}
		shopcx_tz_free(&probe);
		tz_name = zend_string_copy(tz_name);
	} else {
		tz_name = zend_string_init("UTC", 3, 0);
	}
	ok = effort_report_init(r, effort_survey_from_obj(Z_OBJ_P(survey_zv)), bucket, tz_name);
	zend_string_release(tz_name);
	if (!ok) {
		zend_argument_value_error(2, "option \"timezone\" must be an IANA time zone id such as \"Europe/Amsterdam\"");
		RETURN_THROWS();
	}
}

/* First local day of the bucket holding local day `days`. */
static int64_t bucket_start(effort_bucket bucket, int64_t days)
{
	int64_t y;
	int m, d;
	switch (bucket) {
		case BUCKET_WEEK:   /* ISO weeks start on Monday */
			return days - ((shopcx_weekday_from_days(days) + 6) % 7);
		case BUCKET_MONTH:
			shopcx_civil_from_days(days, &y, &m, &d);
			return shopcx_days_from_civil(y, m, 1);
		default:
			return days;
	}
}

static int64_t bucket_next(effort_bucket bucket, int64_t start)
{
	int64_t y;
	int m, d;
	switch (bucket) {
		case BUCKET_WEEK:
			return start + 7;
		case BUCKET_MONTH:
			shopcx_civil_from_days(start, &y, &m, &d);
			return m == 12 ? shopcx_days_from_civil(y + 1, 1, 1) : shopcx_days_from_civil(y, m + 1, 1);
		default:
			return start + 1;
	}
}

/* Remember the UTC range of a bucket cell (computed once per cell) and make it the cached one. */
static void bucket_range(effort_report_object *r, effort_cell *cell, int64_t start)
{
	if (cell->hi == 0) {
		cell->lo = shopcx_tz_day_start(&r->tz, start);
		cell->hi = shopcx_tz_day_start(&r->tz, bucket_next(r->bucket, start));
	}
	r->cache_cell = cell;
}

/* The count slots one response increments, worked out once for all the cells it goes into. */
static uint32_t response_slots(const effort_survey_object *s, const int32_t *vals, uint32_t *slots)
{
	uint32_t i, k = 0;
	for (i = 0; i < s->count; i++) {
		if (vals[i] != EFFORT_ABSENT) {
			const effort_qspec *q = &s->q[i].spec;
			slots[k++] = q->offset + (q->metric == EFFORT_METRIC_COMMENT ? 0 : (uint32_t) (vals[i] - q->min));
		}
	}
	return k;
}

static zend_always_inline void cell_add(effort_cell *cell, const uint32_t *slots, uint32_t k)
{
	uint32_t j;
	cell->n++;
	for (j = 0; j < k; j++) {
		cell->counts[slots[j]]++;
	}
}

static uint32_t report_cells(const effort_report_object *r)
{
	return r->segment_cells + zend_hash_num_elements(&r->buckets);
}

static ZEND_COLD void throw_full(void)
{
	zend_throw_exception_ex(spl_ce_LengthException, 0,
		"ShopCx\\Effort\\Report holds at most %d segment values and time buckets", REPORT_MAX_CELLS);
}

/*
 * Count one response. w[0], w[1], w[2] say where the answers, the time and the segments came
 * from, for the messages. Checks everything before counting anything: on failure (exception
 * thrown, false returned) the report is as it was.
 */
static bool report_add(effort_report_object *r, HashTable *answers, int64_t at, HashTable *segments, const effort_where *w)
{
	int32_t vals[EFFORT_MAX_QUESTIONS];
	uint32_t slots[EFFORT_MAX_QUESTIONS], k;
	struct {
		zend_string *name;
		zval *value;
		HashTable *values;    /* NULL: a name not seen before */
		effort_cell *cell;    /* NULL: a value not seen before */
	} seg[REPORT_MAX_SEGMENTS];
	uint32_t nseg = 0, i, fresh = 0;
	effort_cell *bucket_cell = NULL;
	int64_t bucket_day = 0;

	if (at < 0 || at > REPORT_MAX_TIME) {
		effort_value_error(&w[1], "must be a time between 1970 and 2099");
		return false;
	}
	if (!effort_normalize(r->survey, answers, &w[0], vals, NULL)) {
		return false;
	}

	if (segments) {
		zend_string *name;
		zval *value;
		if (zend_hash_num_elements(segments) > REPORT_MAX_SEGMENTS) {
			effort_value_error(&w[2], "must not hold more than %d segments", REPORT_MAX_SEGMENTS);
			return false;
		}
		ZEND_HASH_FOREACH_STR_KEY_VAL(segments, name, value) {
			HashTable *values;
			effort_cell *cell = NULL;
			if (name == NULL) {
				effort_value_error(&w[2], "must be an array with string keys");
				return false;
			}
			ZVAL_DEREF(value);
			if (Z_TYPE_P(value) == IS_NULL) {
				continue;   /* not known for this response: counted overall only */
			}
			if (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG) {
				effort_type_error(&w[2], "segment \"%s\" must be of type string|int|null, %s given",
					shopcx_utf8_valid(ZSTR_VAL(name), ZSTR_LEN(name)) ? ZSTR_VAL(name) : "(invalid)", zend_zval_type_name(value));
				return false;
			}
			/* Names and values already in the report were checked when they came in. */
			if (r->name_cache[nseg] == name) {
				values = r->name_values[nseg];
			} else {
				values = zend_hash_find_ptr(&r->segments, name);
			}
			if (values == NULL && (ZSTR_LEN(name) == 0 || ZSTR_LEN(name) > REPORT_MAX_SEGMENT_KEY
				|| !shopcx_utf8_valid(ZSTR_VAL(name), ZSTR_LEN(name)))) {
				effort_value_error(&w[2], "must have segment names of 1 to %d bytes of valid UTF-8", REPORT_MAX_SEGMENT_KEY);
				return false;
			}
			if (values) {
				if (Z_TYPE_P(value) == IS_LONG) {
					cell = zend_hash_index_find_ptr(values, (zend_ulong) Z_LVAL_P(value));
				} else {
					zval *found = zend_symtable_find(values, Z_STR_P(value));
					cell = found ? Z_PTR_P(found) : NULL;
				}
			}
			if (cell == NULL) {
				if (Z_TYPE_P(value) == IS_STRING && (Z_STRLEN_P(value) == 0 || Z_STRLEN_P(value) > REPORT_MAX_SEGMENT_VAL
					|| !shopcx_utf8_valid(Z_STRVAL_P(value), Z_STRLEN_P(value)))) {
					effort_value_error(&w[2], "segment \"%s\" must be 1 to %d bytes of valid UTF-8",
						ZSTR_VAL(name), REPORT_MAX_SEGMENT_VAL);
					return false;
				}
				fresh++;
			}
			seg[nseg].name = name;
			seg[nseg].value = value;
			seg[nseg].values = values;
			seg[nseg].cell = cell;
			nseg++;
		} ZEND_HASH_FOREACH_END();
	}

	if (r->bucket != BUCKET_NONE) {
		if (r->cache_cell && at >= r->cache_cell->lo && at < r->cache_cell->hi) {
			bucket_cell = r->cache_cell;
		} else {
			bool dst;
			int64_t start = bucket_start(r->bucket, shopcx_floor_div(at + shopcx_tz_offset_at(&r->tz, at, &dst), SHOPCX_SECONDS_PER_DAY));
			bucket_cell = zend_hash_index_find_ptr(&r->buckets, (zend_ulong) start);
			if (bucket_cell == NULL) {
				fresh++;
				bucket_day = start;
			} else {
				bucket_range(r, bucket_cell, start);
			}
		}
	}
	if (fresh > 0 && report_cells(r) + fresh > REPORT_MAX_CELLS) {
		throw_full();
		return false;
	}

	k = response_slots(r->survey, vals, slots);
	cell_add(r->total, slots, k);
	for (i = 0; i < nseg; i++) {
		effort_cell *cell = seg[i].cell;
		HashTable *values = seg[i].values ? seg[i].values : effort_segment_values(r, seg[i].name);
		if (r->name_cache[i] != seg[i].name) {
			if (r->name_cache[i]) {
				zend_string_release(r->name_cache[i]);
			}
			r->name_cache[i] = zend_string_copy(seg[i].name);
			r->name_values[i] = values;
		}
		if (cell == NULL) {
			cell = Z_TYPE_P(seg[i].value) == IS_LONG
				? effort_segment_add(r, values, (zend_ulong) Z_LVAL_P(seg[i].value), NULL)
				: effort_segment_add(r, values, 0, Z_STR_P(seg[i].value));
		}
		cell_add(cell, slots, k);
	}
	if (r->bucket != BUCKET_NONE) {
		if (bucket_cell == NULL) {
			bucket_cell = zend_hash_index_add_new_ptr(&r->buckets, (zend_ulong) bucket_day, effort_cell_new(r));
			bucket_range(r, bucket_cell, bucket_day);
		}
		cell_add(bucket_cell, slots, k);
	}
	return true;
}

ZEND_METHOD(ShopCx_Effort_Report, add)
{
	static const effort_where where[3] = { { 1, -1, "" }, { 2, -1, "" }, { 3, -1, "" } };
	HashTable *answers, *segments = NULL;
	zend_object *at_obj = NULL;
	zend_long at_long = 0;
	int64_t at;
	effort_report_object *r;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_ARRAY_HT(answers)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(at_obj, shopcx_date_ce(), at_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(segments)
	ZEND_PARSE_PARAMETERS_END();

	if ((r = report_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (at_obj) {
		if (!shopcx_time_from_object(at_obj, &at)) {
			RETURN_THROWS();
		}
	} else {
		at = (int64_t) at_long;
	}
	if (!report_add(r, answers, at, segments, where)) {
		RETURN_THROWS();
	}
}


static void cell_merge(effort_cell *into, const effort_cell *from, uint32_t slots)
{
	uint32_t i;
	into->n += from->n;
	for (i = 0; i < slots; i++) {
		into->counts[i] += from->counts[i];
	}
}

/* Add every count of `o` (same survey, buckets and zone: checked by the caller) to `r`. */
static bool report_merge(effort_report_object *r, effort_report_object *o)
{
	zend_string *key;
	zend_ulong index;
	effort_cell *cell, *mine;
	HashTable *theirs;
	uint32_t fresh = 0, slots;

	ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&o->segments, key, theirs) {
		HashTable *ours = zend_hash_find_ptr(&r->segments, key);
		zend_string *vkey;
		if (ours == NULL) {
			fresh += zend_hash_num_elements(theirs);
			continue;
		}
		ZEND_HASH_FOREACH_KEY(theirs, index, vkey) {
			fresh += vkey ? !zend_hash_exists(ours, vkey) : !zend_hash_index_exists(ours, index);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_NUM_KEY(&o->buckets, index) {
		fresh += !zend_hash_index_exists(&r->buckets, index);
	} ZEND_HASH_FOREACH_END();
	if (fresh > 0 && report_cells(r) + fresh > REPORT_MAX_CELLS) {
		throw_full();
		return false;
	}

	slots = r->survey->slots;
	cell_merge(r->total, o->total, slots);
	ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&o->segments, key, theirs) {
		HashTable *ours = effort_segment_values(r, key);
		zend_string *vkey;
		ZEND_HASH_FOREACH_KEY_PTR(theirs, index, vkey, cell) {
			mine = vkey ? zend_hash_find_ptr(ours, vkey) : zend_hash_index_find_ptr(ours, index);
			if (mine == NULL) {
				mine = effort_segment_add(r, ours, index, vkey);
			}
			cell_merge(mine, cell, slots);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_NUM_KEY_PTR(&o->buckets, index, cell) {
		mine = zend_hash_index_find_ptr(&r->buckets, index);
		if (mine == NULL) {
			mine = zend_hash_index_add_new_ptr(&r->buckets, index, effort_cell_new(r));
		}
		cell_merge(mine, cell, slots);
	} ZEND_HASH_FOREACH_END();
	return true;
}


/* Keys of a response in addAll(), made once: lookups then compare pointers, not bytes. */
static zend_string *key_answers, *key_at, *key_segments;

ZEND_METHOD(ShopCx_Effort_Report, addAll)
{
	HashTable *responses;
	effort_report_object *r, *batch;
	zval *row;
	zend_long index = 0;
	bool ok = true;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(responses)
	ZEND_PARSE_PARAMETERS_END();

	if ((r = report_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (zend_hash_num_elements(responses) == 0) {
		RETURN_LONG(0);
	}
	/* Count into a scratch report and merge it at the end: a bad response anywhere leaves this
	 * report unchanged, so a failed batch can be fixed and run again without double counting. */
	batch = ecalloc(1, sizeof(effort_report_object));
	batch->survey = NULL;
	if (r->bucket != BUCKET_NONE) {
		shopcx_tz_copy(&batch->tz, &r->tz);
	}
	GC_ADDREF(&r->survey->std);
	batch->survey = r->survey;
	batch->bucket = r->bucket;
	batch->tz_name = zend_string_copy(r->tz_name);
	batch->total = effort_cell_new(r);
	zend_hash_init(&batch->segments, 8, NULL, values_dtor, 0);
	zend_hash_init(&batch->buckets, 8, NULL, cell_dtor, 0);

	ZEND_HASH_FOREACH_VAL(responses, row) {
		effort_where where[3] = { { 1, index, "" }, { 1, index, "\"at\" " }, { 1, index, "\"segments\" " } };
		zval *answers, *at, *segments;
		int64_t t;
		uint32_t known = 2;

		ZVAL_DEREF(row);
		if (Z_TYPE_P(row) != IS_ARRAY) {
			effort_type_error(&where[0], "must be of type array, %s given", zend_zval_type_name(row));
			ok = false;
			break;
		}
		answers = zend_hash_find(Z_ARRVAL_P(row), key_answers);
		at = zend_hash_find(Z_ARRVAL_P(row), key_at);
		segments = zend_hash_find(Z_ARRVAL_P(row), key_segments);
		if (answers) {
			ZVAL_DEREF(answers);
		}
		if (at) {
			ZVAL_DEREF(at);
		}
		if (segments) {
			ZVAL_DEREF(segments);
			known++;
			if (Z_TYPE_P(segments) == IS_NULL) {
				segments = NULL;
			} else if (Z_TYPE_P(segments) != IS_ARRAY) {
				effort_type_error(&where[2], "must be of type ?array, %s given", zend_zval_type_name(segments));
				ok = false;
				break;
			}
		}
		if (answers == NULL || Z_TYPE_P(answers) != IS_ARRAY || at == NULL
			|| zend_hash_num_elements(Z_ARRVAL_P(row)) != known) {
			effort_value_error(&where[0], "must be an array with the keys \"answers\" (array), \"at\" and optionally \"segments\"");
			ok = false;
			break;
		}
		if (Z_TYPE_P(at) == IS_LONG) {
			t = (int64_t) Z_LVAL_P(at);
		} else if (Z_TYPE_P(at) == IS_OBJECT && instanceof_function(Z_OBJCE_P(at), shopcx_date_ce())) {
			if (!shopcx_time_from_object(Z_OBJ_P(at), &t)) {
				ok = false;
				break;
			}
		} else {
			effort_type_error(&where[1], "must be of type DateTimeInterface|int, %s given", zend_zval_type_name(at));
			ok = false;
			break;
		}
		if (!report_add(batch, Z_ARRVAL_P(answers), t, segments ? Z_ARRVAL_P(segments) : NULL, where)) {
			ok = false;
			break;
		}
		index++;
	} ZEND_HASH_FOREACH_END();

	if (ok) {
		ok = report_merge(r, batch);
	}
	report_state_free(batch);
	efree(batch);
	if (!ok) {
		RETURN_THROWS();
	}
	RETURN_LONG(index);
}

ZEND_METHOD(ShopCx_Effort_Report, merge)
{
	zval *other_zv;
	effort_report_object *r, *o;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(other_zv, effort_report_ce)
	ZEND_PARSE_PARAMETERS_END();

	if ((r = report_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	o = effort_report_from_obj(Z_OBJ_P(other_zv));
	if (o->survey == NULL) {
		zend_argument_value_error(1, "must be an initialized report");
		RETURN_THROWS();
	}
	if (!zend_string_equals(o->survey->id, r->survey->id)) {
		zend_argument_value_error(1, "must be a report of survey \"%s\", a report of \"%s\" given",
			ZSTR_VAL(r->survey->id), ZSTR_VAL(o->survey->id));
		RETURN_THROWS();
	}
	if (o->survey->fingerprint != r->survey->fingerprint) {
		zend_argument_value_error(1, "must be a report of the same definition of survey \"%s\" (its questions differ)",
			ZSTR_VAL(r->survey->id));
		RETURN_THROWS();
	}
	if (o->bucket != r->bucket || !zend_string_equals(o->tz_name, r->tz_name)) {
		zend_argument_value_error(1, "must use the same time buckets and time zone");
		RETURN_THROWS();
	}
	if (o == r) {
		/* Merging a report into itself doubles it; copy first so we do not read what we write. */
		zend_throw_error(NULL, "Cannot merge a ShopCx\\Effort\\Report into itself");
		RETURN_THROWS();
	}
	if (!report_merge(r, o)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(ShopCx_Effort_Report, count)
{
	effort_report_object *r;
	ZEND_PARSE_PARAMETERS_NONE();
	if ((r = report_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) r->total->n);
}

/* ---- result ------------------------------------------------------------------------- */

static void add_interval(zval *arr, const char *name, effort_interval ci, double scale)
{
	if (ci.valid) {
		zval v;
		array_init_size(&v, 2);
		add_assoc_double(&v, "low", ci.low * scale);
		add_assoc_double(&v, "high", ci.high * scale);
		add_assoc_zval(arr, name, &v);
	} else {
		add_assoc_null(arr, name);
	}
}

static void add_share(zval *arr, const char *name, const effort_qstats *st, double scale)
{
	if (st->count > 0) {
		add_assoc_double(arr, name, st->share * scale);
	} else {
		add_assoc_null(arr, name);
	}
}

/* Per-question figures and the hotspot of one cell. */
static void cell_result(const effort_survey_object *s, const effort_cell *cell, zval *out)
{
	zval questions;
	uint32_t i;
	int32_t v;
	double worst = -1;
	const effort_question *hotspot = NULL;

	array_init_size(out, 3);
	add_assoc_long(out, "responses", (zend_long) cell->n);
	array_init_size(&questions, s->count);
	for (i = 0; i < s->count; i++) {
		const effort_question *q = &s->q[i];
		const uint64_t *counts = &cell->counts[q->spec.offset];
		effort_qstats st;
		zval item, dist;

		effort_qstats_compute(&q->spec, counts, &st);
		array_init(&item);
		add_assoc_string(&item, "metric", effort_metric_name(q->spec.metric));
		add_assoc_long(&item, "count", (zend_long) st.count);
		if (q->spec.metric != EFFORT_METRIC_COMMENT) {
			if (st.has_mean) {
				add_assoc_double(&item, "mean", st.mean);
			} else {
				add_assoc_null(&item, "mean");
			}
			add_interval(&item, "ci", st.mean_ci, 1);
			array_init_size(&dist, (uint32_t) (q->spec.max - q->spec.min + 1));
			for (v = q->spec.min; v <= q->spec.max; v++) {
				add_index_long(&dist, v, (zend_long) counts[v - q->spec.min]);
			}
			add_assoc_zval(&item, "distribution", &dist);
		}
		switch (q->spec.metric) {
			case EFFORT_METRIC_EFFORT:
				add_share(&item, "lowEffort", &st, 1);
				add_interval(&item, "lowEffortCi", st.share_ci, 1);
				if (st.count > 0) {
					add_assoc_double(&item, "highEffort", st.high_effort);
				} else {
					add_assoc_null(&item, "highEffort");
				}
				if (st.count > 0 && st.mean > worst) {
					worst = st.mean;
					hotspot = q;
				}
				break;
			case EFFORT_METRIC_CES:
				add_share(&item, "lowEffort", &st, 1);
				add_interval(&item, "lowEffortCi", st.share_ci, 1);
				break;
			case EFFORT_METRIC_CSAT:
				add_share(&item, "csat", &st, 100);
				add_interval(&item, "csatCi", st.share_ci, 100);
				break;
			case EFFORT_METRIC_YESNO:
				add_share(&item, "yes", &st, 1);
				add_interval(&item, "yesCi", st.share_ci, 1);
				break;
			case EFFORT_METRIC_NPS:
				if (st.count > 0) {
					add_assoc_double(&item, "nps", st.nps);
				} else {
					add_assoc_null(&item, "nps");
				}
				add_interval(&item, "npsCi", st.nps_ci, 1);
				if (st.count > 0) {
					add_assoc_double(&item, "promoters", st.promoters);
					add_assoc_double(&item, "passives", st.passives);
					add_assoc_double(&item, "detractors", st.detractors);
				} else {
					add_assoc_null(&item, "promoters");
					add_assoc_null(&item, "passives");
					add_assoc_null(&item, "detractors");
				}
				break;
			default:
				break;
		}
		zend_hash_add_new(Z_ARRVAL(questions), q->id, &item);
	}
	add_assoc_zval(out, "questions", &questions);
	if (hotspot) {
		add_assoc_str(out, "hotspot", zend_string_copy(hotspot->stage));
	} else {
		add_assoc_null(out, "hotspot");
	}
}

static int bucket_compare(Bucket *a, Bucket *b)
{
	int64_t x = (int64_t) a->h, y = (int64_t) b->h;
	return x < y ? -1 : x > y;
}

static zend_string *bucket_label(effort_bucket bucket, int64_t days)
{
	int64_t y;
	int m, d;
	shopcx_civil_from_days(days, &y, &m, &d);
	if (bucket == BUCKET_MONTH) {
		return zend_strpprintf(0, "%04" PRId64 "-%02d", y, m);
	}
	if (bucket == BUCKET_WEEK) {
		/* ISO 8601: the week belongs to the year of its Thursday; week 1 holds January 4th. */
		int64_t thursday = days + 3, ty, week1;
		shopcx_civil_from_days(thursday, &ty, &m, &d);
		week1 = shopcx_days_from_civil(ty, 1, 4);
		week1 -= (shopcx_weekday_from_days(week1) + 6) % 7;
		return zend_strpprintf(0, "%04" PRId64 "-W%02d", ty, (int) ((days - week1) / 7 + 1));
	}
	return zend_strpprintf(0, "%04" PRId64 "-%02d-%02d", y, m, d);
}

ZEND_METHOD(ShopCx_Effort_Report, result)
{
	effort_report_object *r;
	zval values[6], total, *hot, *questions;
	zend_string *key;
	zend_ulong index;
	effort_cell *cell;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((r = report_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}

	cell_result(r->survey, r->total, &total);
	ZVAL_STR_COPY(&values[0], r->survey->id);
	ZVAL_LONG(&values[1], (zend_long) r->total->n);
	questions = zend_hash_str_find(Z_ARRVAL(total), "questions", sizeof("questions") - 1);
	ZVAL_COPY(&values[2], questions);
	hot = zend_hash_str_find(Z_ARRVAL(total), "hotspot", sizeof("hotspot") - 1);
	ZVAL_COPY(&values[3], hot);
	zval_ptr_dtor(&total);

	/* segments: name => value => figures, in the order they were first seen */
	array_init(&values[4]);
	{
		HashTable *by_value;
		zend_string *vkey;
		ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&r->segments, key, by_value) {
			zval group;
			array_init_size(&group, zend_hash_num_elements(by_value));
			ZEND_HASH_FOREACH_KEY_PTR(by_value, index, vkey, cell) {
				zval figures;
				cell_result(r->survey, cell, &figures);
				if (vkey) {
					zend_hash_add_new(Z_ARRVAL(group), vkey, &figures);
				} else {
					zend_hash_index_add_new(Z_ARRVAL(group), index, &figures);
				}
			} ZEND_HASH_FOREACH_END();
			zend_hash_add_new(Z_ARRVAL(values[4]), key, &group);
		} ZEND_HASH_FOREACH_END();
	}

	/* buckets: oldest first */
	array_init_size(&values[5], zend_hash_num_elements(&r->buckets));
	if (zend_hash_num_elements(&r->buckets) > 0) {
		HashTable sorted;
		zend_hash_init(&sorted, zend_hash_num_elements(&r->buckets), NULL, NULL, 0);
		ZEND_HASH_FOREACH_NUM_KEY_PTR(&r->buckets, index, cell) {
			zend_hash_index_add_new_ptr(&sorted, index, cell);
		} ZEND_HASH_FOREACH_END();
		zend_hash_sort(&sorted, bucket_compare, 0);
		ZEND_HASH_FOREACH_NUM_KEY_PTR(&sorted, index, cell) {
			zval item, figures, *f;
			int64_t days = (int64_t) index;
			cell_result(r->survey, cell, &figures);
			array_init_size(&item, 5);
			add_assoc_str(&item, "bucket", bucket_label(r->bucket, days));
			add_assoc_long(&item, "start", (zend_long) shopcx_tz_day_start(&r->tz, days));
			ZEND_HASH_MAP_FOREACH_VAL(Z_ARRVAL(figures), f) {
				Z_TRY_ADDREF_P(f);
			} ZEND_HASH_FOREACH_END();
			add_assoc_zval(&item, "responses", zend_hash_str_find(Z_ARRVAL(figures), "responses", sizeof("responses") - 1));
			add_assoc_zval(&item, "questions", zend_hash_str_find(Z_ARRVAL(figures), "questions", sizeof("questions") - 1));
			add_assoc_zval(&item, "hotspot", zend_hash_str_find(Z_ARRVAL(figures), "hotspot", sizeof("hotspot") - 1));
			zval_ptr_dtor(&figures);
			add_next_index_zval(&values[5], &item);
		} ZEND_HASH_FOREACH_END();
		zend_hash_destroy(&sorted);
	}
	effort_value_object(return_value, effort_result_ce, values, 6);
}

void effort_report_minit(zend_class_entry *ce)
{
	key_answers = zend_string_init_interned("answers", sizeof("answers") - 1, 1);
	key_at = zend_string_init_interned("at", sizeof("at") - 1, 1);
	key_segments = zend_string_init_interned("segments", sizeof("segments") - 1, 1);
	ce->create_object = report_create;
	memcpy(&report_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	report_handlers.offset = offsetof(effort_report_object, std);
	report_handlers.free_obj = report_free;
	report_handlers.clone_obj = NULL;   /* a report is one running tally: merge() into a new one to copy */
}
