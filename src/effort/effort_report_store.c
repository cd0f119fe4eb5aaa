/*
 * ShopCx\Effort\Report::toString() / fromString(): the report's counts as a versioned JSON
 * document (jansson) for the shop's database. Everything read back is checked: shape, sizes,
 * ranges and sums, so a damaged or foreign document is an exception, never a wrong report.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_json.h"
#include "common/shopcx_utf8.h"
#include "effort_report.h"

#include <inttypes.h>

#define STORE_FORMAT   "shopcx.effort.report"
#define STORE_VERSION  1
#define STORE_MAX_COUNT INT64_C(9007199254740991)   /* 2^53 - 1: exact in every JSON reader */
#define STORE_MAX_BYTES (64 * 1024 * 1024)

static json_t *cell_counts(const effort_survey_object *s, const effort_cell *cell)
{
	json_t *list = json_array();
	uint32_t i, j;
	for (i = 0; i < s->count; i++) {
		const effort_qspec *q = &s->q[i].spec;
		uint32_t slots = effort_qspec_slots(q);
		json_t *counts = json_array();
		for (j = 0; j < slots; j++) {
			json_array_append_new(counts, json_integer((json_int_t) cell->counts[q->offset + j]));
		}
		json_array_append_new(list, counts);
	}
	return list;
}

ZEND_METHOD(ShopCx_Effort_Report, toString)
{
	effort_report_object *r = effort_report_from_obj(Z_OBJ_P(ZEND_THIS));
	json_t *doc, *segments, *buckets;
	zend_string *key, *out;
	zend_ulong index;
	effort_cell *cell;
	HashTable *values;
	char fingerprint[17];

	ZEND_PARSE_PARAMETERS_NONE();
	if (r->survey == NULL) {
		zend_throw_error(NULL, "ShopCx\\Effort\\Report object is not initialized");
		RETURN_THROWS();
	}
	snprintf(fingerprint, sizeof(fingerprint), "%016" PRIx64, r->survey->fingerprint);
	doc = json_object();
	json_object_set_new(doc, "format", json_string(STORE_FORMAT));
	json_object_set_new(doc, "version", json_integer(STORE_VERSION));
	json_object_set_new(doc, "survey", json_stringn(ZSTR_VAL(r->survey->id), ZSTR_LEN(r->survey->id)));
	json_object_set_new(doc, "fingerprint", json_string(fingerprint));
	json_object_set_new(doc, "bucket", r->bucket == BUCKET_NONE ? json_null() : json_string(effort_bucket_name(r->bucket)));
	json_object_set_new(doc, "timezone", json_stringn(ZSTR_VAL(r->tz_name), ZSTR_LEN(r->tz_name)));
	json_object_set_new(doc, "responses", json_integer((json_int_t) r->total->n));
	json_object_set_new(doc, "counts", cell_counts(r->survey, r->total));

	segments = json_array();
	ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&r->segments, key, values) {
		zend_string *vkey;
		ZEND_HASH_FOREACH_KEY_PTR(values, index, vkey, cell) {
			json_t *row = json_array();
			json_array_append_new(row, json_stringn(ZSTR_VAL(key), ZSTR_LEN(key)));
			if (vkey) {
				json_array_append_new(row, json_stringn(ZSTR_VAL(vkey), ZSTR_LEN(vkey)));
			} else {
				char buf[MAX_LENGTH_OF_LONG + 1];
				int len = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, (zend_long) index);
				json_array_append_new(row, json_stringn(buf, (size_t) len));
			}
			json_array_append_new(row, json_integer((json_int_t) cell->n));
			json_array_append_new(row, cell_counts(r->survey, cell));
			json_array_append_new(segments, row);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	json_object_set_new(doc, "segments", segments);

	buckets = json_array();
	ZEND_HASH_FOREACH_NUM_KEY_PTR(&r->buckets, index, cell) {
		json_t *row = json_array();
		json_array_append_new(row, json_integer((json_int_t) (int64_t) index));
		json_array_append_new(row, json_integer((json_int_t) cell->n));
		json_array_append_new(row, cell_counts(r->survey, cell));
		json_array_append_new(buckets, row);
	} ZEND_HASH_FOREACH_END();
	json_object_set_new(doc, "buckets", buckets);

	out = shopcx_json_dump(doc, 0);
	json_decref(doc);
	if (out == NULL) {
		zend_throw_error(NULL, "ShopCx\\Effort\\Report could not be encoded");
		RETURN_THROWS();
	}
	RETURN_NEW_STR(out);
}

/* A count: integer 0 .. limit. */
static bool read_count(json_t *v, uint64_t limit, uint64_t *out)
{
	if (!json_is_integer(v) || json_integer_value(v) < 0 || (uint64_t) json_integer_value(v) > limit) {
		return false;
	}
	*out = (uint64_t) json_integer_value(v);
	return true;
}

/* Fill `cell` from n and its per-question count lists; `path` is the JSON path of the row
 * ("$" for the totals) and n_at/counts_at the members' names within it (".responses", "[2]"). */
static bool read_cell(const effort_survey_object *s, json_t *n, json_t *counts, effort_cell *cell, const char *path,
	const char *n_at, const char *counts_at)
{
	uint32_t i, j;
	if (!read_count(n, (uint64_t) STORE_MAX_COUNT, &cell->n)) {
		shopcx_throw_config("%s%s must be an integer from 0 to 2^53-1", path, n_at);
		return false;
	}
	if (!json_is_array(counts) || json_array_size(counts) != s->count) {
		shopcx_throw_config("%s%s must be a list of %u lists (one per question)", path, counts_at, s->count);
		return false;
	}
	for (i = 0; i < s->count; i++) {
		const effort_qspec *q = &s->q[i].spec;
		uint32_t slots = effort_qspec_slots(q);
		json_t *list = json_array_get(counts, i);
		uint64_t sum = 0;
		if (!json_is_array(list) || json_array_size(list) != slots) {
			shopcx_throw_config("%s%s[%u] must be a list of %u counts", path, counts_at, i, slots);
			return false;
		}
		for (j = 0; j < slots; j++) {
			uint64_t c;
			if (!read_count(json_array_get(list, j), cell->n, &c)) {
				shopcx_throw_config("%s%s[%u][%u] must be an integer from 0 to the responses", path, counts_at, i, j);
				return false;
			}
			cell->counts[q->offset + j] = c;
			sum += c;
		}
		if (sum > cell->n) {
			shopcx_throw_config("%s%s[%u] add up to more than the responses", path, counts_at, i);
			return false;
		}
	}
	return true;
}

static bool bucket_start_valid(effort_bucket bucket, int64_t days)
{
	int64_t y;
	int m, d;
	if (days < 0 || days > shopcx_days_from_civil(2099, 12, 31)) {
		return false;
	}
	if (bucket == BUCKET_WEEK) {
		return shopcx_weekday_from_days(days) == 1;
	}
	if (bucket == BUCKET_MONTH) {
		shopcx_civil_from_days(days, &y, &m, &d);
		return d == 1;
	}
	return true;
}

static bool read_report(effort_report_object *r, effort_survey_object *s, json_t *doc)
{
	json_t *v, *segments, *buckets;
	HashTable *values;
	effort_bucket bucket = BUCKET_NONE;
	zend_string *tz_name;
	char fingerprint[17], path[64];
	size_t i;
	bool ok;

	v = json_object_get(doc, "format");
	if (!json_is_string(v) || strcmp(json_string_value(v), STORE_FORMAT) != 0) {
		shopcx_throw_config("$.format must be \"" STORE_FORMAT "\"");
		return false;
	}
	v = json_object_get(doc, "version");
	if (!json_is_integer(v) || json_integer_value(v) != STORE_VERSION) {
		shopcx_throw_config("$.version must be %d (this ShopCX reads report version %d only)", STORE_VERSION, STORE_VERSION);
		return false;
	}
	v = json_object_get(doc, "survey");
	if (!json_is_string(v) || json_string_length(v) != ZSTR_LEN(s->id)
		|| memcmp(json_string_value(v), ZSTR_VAL(s->id), ZSTR_LEN(s->id)) != 0) {
		shopcx_throw_config("$.survey must be \"%s\": the report belongs to another survey", ZSTR_VAL(s->id));
		return false;
	}
	snprintf(fingerprint, sizeof(fingerprint), "%016" PRIx64, s->fingerprint);
	v = json_object_get(doc, "fingerprint");
	if (!json_is_string(v) || strcmp(json_string_value(v), fingerprint) != 0) {
		shopcx_throw_config("$.fingerprint does not match: survey \"%s\" has other questions than when the report was stored",
			ZSTR_VAL(s->id));
		return false;
	}
	v = json_object_get(doc, "bucket");
	if (v != NULL && !json_is_null(v)) {
		const char *b = json_is_string(v) ? json_string_value(v) : "";
		bucket = strcmp(b, "day") == 0 ? BUCKET_DAY : strcmp(b, "week") == 0 ? BUCKET_WEEK
			: strcmp(b, "month") == 0 ? BUCKET_MONTH : BUCKET_NONE;
		if (bucket == BUCKET_NONE) {
			shopcx_throw_config("$.bucket must be \"day\", \"week\", \"month\" or null");
			return false;
		}
	}
	v = json_object_get(doc, "timezone");
	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > 63) {
		shopcx_throw_config("$.timezone must be an IANA time zone id");
		return false;
	}
	tz_name = zend_string_init(json_string_value(v), json_string_length(v), 0);
	ok = effort_report_init(r, s, bucket, tz_name);
	zend_string_release(tz_name);
	if (!ok) {
		shopcx_throw_config("$.timezone must be an IANA time zone id");
		return false;
	}
	if (!read_cell(s, json_object_get(doc, "responses"), json_object_get(doc, "counts"), r->total, "$", ".responses", ".counts")) {
		return false;
	}

	segments = json_object_get(doc, "segments");
	buckets = json_object_get(doc, "buckets");
	if (!json_is_array(segments) || !json_is_array(buckets)
		|| json_array_size(segments) + json_array_size(buckets) > REPORT_MAX_CELLS) {
		shopcx_throw_config("$.segments and $.buckets must be lists (of at most %d entries together)", REPORT_MAX_CELLS);
		return false;
	}
	for (i = 0; i < json_array_size(segments); i++) {
		json_t *row = json_array_get(segments, i), *name, *value;
		effort_cell *cell;
		zend_string *key;
		snprintf(path, sizeof(path), "$.segments[%zu]", i);
		if (!json_is_array(row) || json_array_size(row) != 4
			|| !json_is_string(name = json_array_get(row, 0)) || !json_is_string(value = json_array_get(row, 1))
			|| json_string_length(name) == 0 || json_string_length(name) > REPORT_MAX_SEGMENT_KEY
			|| json_string_length(value) == 0 || json_string_length(value) > REPORT_MAX_SEGMENT_VAL) {
			shopcx_throw_config("%s must be [name, value, responses, counts] with a name of 1 to %d and a value of 1 to %d bytes",
				path, REPORT_MAX_SEGMENT_KEY, REPORT_MAX_SEGMENT_VAL);
			return false;
		}
		if (!shopcx_utf8_valid(json_string_value(name), json_string_length(name))) {
			shopcx_throw_config("%s[0] must be valid UTF-8", path);
			return false;
		}
		key = zend_string_init(json_string_value(name), json_string_length(name), 0);
		values = effort_segment_values(r, key);
		zend_string_release(key);
		/* The value is keyed as add() keys it: "17" and 17 are the same value. */
		key = zend_string_init(json_string_value(value), json_string_length(value), 0);
		if (zend_symtable_exists(values, key)) {
			zend_string_release(key);
			shopcx_throw_config("%s repeats segment \"%s\" = \"%s\"", path, json_string_value(name), json_string_value(value));
			return false;
		}
		cell = effort_segment_add(r, values, 0, key);
		zend_string_release(key);
		if (!read_cell(s, json_array_get(row, 2), json_array_get(row, 3), cell, path, "[2]", "[3]")) {
			return false;
		}
	}
	for (i = 0; i < json_array_size(buckets); i++) {
		json_t *row = json_array_get(buckets, i), *start;
		effort_cell *cell;
		snprintf(path, sizeof(path), "$.buckets[%zu]", i);
		if (bucket == BUCKET_NONE) {
			shopcx_throw_config("%s is not allowed in a report without time buckets", path);
			return false;
		}
		if (!json_is_array(row) || json_array_size(row) != 3 || !json_is_integer(start = json_array_get(row, 0))
			|| !bucket_start_valid(bucket, (int64_t) json_integer_value(start))) {
			shopcx_throw_config("%s must be [first day, responses, counts] with the first day of a %s (days since 1970)",
				path, effort_bucket_name(bucket));
			return false;
		}
		if (zend_hash_index_exists(&r->buckets, (zend_ulong) json_integer_value(start))) {
			shopcx_throw_config("%s repeats a bucket", path);
			return false;
		}
		cell = zend_hash_index_add_new_ptr(&r->buckets, (zend_ulong) json_integer_value(start), effort_cell_new(r));
		if (!read_cell(s, json_array_get(row, 1), json_array_get(row, 2), cell, path, "[1]", "[2]")) {
			return false;
		}
	}
	return true;
}

ZEND_METHOD(ShopCx_Effort_Report, fromString)
{
	zval *survey_zv;
	zend_string *data;
	effort_survey_object *s;
	json_t *doc;
	json_error_t error;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(survey_zv, effort_survey_ce)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	s = effort_survey_from_obj(Z_OBJ_P(survey_zv));
	if (s->q == NULL) {
		zend_argument_value_error(1, "must be an initialized survey");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(data) > STORE_MAX_BYTES) {
		zend_argument_value_error(2, "must be at most %d bytes long", STORE_MAX_BYTES);
		RETURN_THROWS();
	}
	doc = json_loadb(ZSTR_VAL(data), ZSTR_LEN(data), JSON_REJECT_DUPLICATES, &error);
	if (doc == NULL) {
		shopcx_throw_config("$ is not a stored report: %s (line %d, column %d)", error.text, error.line, error.column);
		RETURN_THROWS();
	}
	if (!json_is_object(doc)) {
		json_decref(doc);
		shopcx_throw_config("$ must be an object");
		RETURN_THROWS();
	}
	object_init_ex(return_value, effort_report_ce);
	ok = read_report(effort_report_from_obj(Z_OBJ_P(return_value)), s, doc);
	json_decref(doc);
	if (!ok) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}
