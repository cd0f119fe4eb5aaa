/*
 * ShopCx\Effort\Survey: built-in and custom survey definitions, texts and answer validation.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_json.h"
#include "common/shopcx_utf8.h"
#include "effort_internal.h"

#include <math.h>

static zend_object_handlers survey_handlers;

static zend_object *survey_create(zend_class_entry *ce)
{
	effort_survey_object *intern = zend_object_alloc(sizeof(effort_survey_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &survey_handlers;
	return &intern->std;
}

static void questions_free(effort_question *q, uint32_t count)
{
	uint32_t i;
	int l;
	for (i = 0; i < count; i++) {
		if (q[i].id) {
			zend_string_release(q[i].id);
		}
		if (q[i].stage) {
			zend_string_release(q[i].stage);
		}
		for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
			if (q[i].text[l]) {
				zend_string_release(q[i].text[l]);
			}
		}
	}
	efree(q);
}

static void survey_free(zend_object *object)
{
	effort_survey_object *intern = effort_survey_from_obj(object);
	if (intern->q) {
		questions_free(intern->q, intern->count);
	}
	if (intern->id) {
		zend_string_release(intern->id);
	}
	zend_object_std_dtor(&intern->std);
}

/* Offsets into a report cell and the fingerprint that tells surveys apart. */
static void survey_finish(effort_survey_object *s)
{
	uint64_t h = effort_fnv1a(EFFORT_FNV_OFFSET, ZSTR_VAL(s->id), ZSTR_LEN(s->id) + 1);
	uint32_t i, offset = 0;
	for (i = 0; i < s->count; i++) {
		int32_t shape[3] = { (int32_t) s->q[i].spec.metric, s->q[i].spec.min, s->q[i].spec.max };
		s->q[i].spec.offset = offset;
		offset += effort_qspec_slots(&s->q[i].spec);
		h = effort_fnv1a(h, ZSTR_VAL(s->q[i].id), ZSTR_LEN(s->q[i].id) + 1);
		h = effort_fnv1a(h, shape, sizeof(shape));
	}
	s->slots = offset;
	s->fingerprint = h;
}

/*
 * Question ids are looked up in every response's answers. Interned, they are usually the very
 * string the script's array literal uses, and the lookup compares pointers instead of bytes.
 * (zend_new_interned_string returns an existing interned string or keeps ours; either way we own
 * a reference, and releasing an interned string is a no-op.)
 */
static zend_string *question_id(zend_string *id)
{
	return zend_new_interned_string(id);
}

static void survey_builtin(zval *return_value, effort_builtin which)
{
	const effort_builtin_survey *def = &effort_builtin_surveys[which];
	effort_survey_object *s;
	int i, l;

	object_init_ex(return_value, effort_survey_ce);
	s = effort_survey_from_obj(Z_OBJ_P(return_value));
	s->id = zend_string_init(def->id, strlen(def->id), 0);
	s->count = (uint32_t) def->count;
	s->q = ecalloc(s->count, sizeof(effort_question));
	for (i = 0; i < def->count; i++) {
		const effort_builtin_question *b = &def->questions[i];
		effort_question *q = &s->q[i];
		q->id = question_id(zend_string_init(b->id, strlen(b->id), 0));
		q->stage = b->stage ? zend_string_init(b->stage, strlen(b->stage), 0) : NULL;
		for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
			q->text[l] = zend_string_init(b->text[l], strlen(b->text[l]), 0);
			q->informal[l] = b->informal[l];
		}
		q->labels = b->labels;
		q->spec.metric = b->metric;
		q->spec.min = b->min;
		q->spec.max = b->max;
		q->required = b->required;
	}
	survey_finish(s);
}

ZEND_METHOD(ShopCx_Effort_Survey, __construct) {}

ZEND_METHOD(ShopCx_Effort_Survey, effort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	survey_builtin(return_value, EFFORT_BUILTIN_EFFORT);
}

ZEND_METHOD(ShopCx_Effort_Survey, ces)
{
	ZEND_PARSE_PARAMETERS_NONE();
	survey_builtin(return_value, EFFORT_BUILTIN_CES);
}

ZEND_METHOD(ShopCx_Effort_Survey, nps)
{
	ZEND_PARSE_PARAMETERS_NONE();
	survey_builtin(return_value, EFFORT_BUILTIN_NPS);
}

ZEND_METHOD(ShopCx_Effort_Survey, csat)
{
	ZEND_PARSE_PARAMETERS_NONE();
	survey_builtin(return_value, EFFORT_BUILTIN_CSAT);
}

ZEND_METHOD(ShopCx_Effort_Survey, conversation)
{
	ZEND_PARSE_PARAMETERS_NONE();
	survey_builtin(return_value, EFFORT_BUILTIN_CONVERSATION);
}

/* ---- custom definitions ------------------------------------------------------------- */

/* Ids are used as array keys, JSON keys and in URLs: keep them plain. */
static bool id_valid(const zend_string *s)
{
	size_t i;
	if (ZSTR_LEN(s) == 0 || ZSTR_LEN(s) > EFFORT_MAX_ID) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(s); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(s)[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) {
			return false;
		}
	}
	return true;
}

#define ID_RULE "1 to 64 characters of A-Z, a-z, 0-9, \"-\", \"_\" and \".\""

static bool text_valid(zval *v, const char *path, uint32_t qi, const char *locale)
{
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) > EFFORT_MAX_TEXT
		|| !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		shopcx_throw_config("%s.questions[%u].text%s%s must be a string of 1 to %d bytes of valid UTF-8",
			path, qi, locale ? "." : "", locale ? locale : "", EFFORT_MAX_TEXT);
		return false;
	}
	return true;
}

static bool parse_question(HashTable *def, effort_question *q, const char *path, uint32_t qi)
{
	zend_string *key;
	zval *v;
	bool have_min = false, have_max = false, have_required = false;
	zend_long min = 0, max = 0;

	ZEND_HASH_FOREACH_STR_KEY_VAL(def, key, v) {
		ZVAL_DEREF(v);
		if (key == NULL) {
			shopcx_throw_config("%s.questions[%u] must be an object with string keys", path, qi);
			return false;
		}
		if (zend_string_equals_literal(key, "id")) {
			zend_ulong numeric;
			if (Z_TYPE_P(v) != IS_STRING || !id_valid(Z_STR_P(v))) {
				shopcx_throw_config("%s.questions[%u].id must be " ID_RULE, path, qi);
				return false;
			}
			if (ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(v), Z_STRLEN_P(v), numeric)) {
				/* PHP turns the array key "7" into 7: answers could never name this question. */
				shopcx_throw_config("%s.questions[%u].id must not be an integer", path, qi);
				return false;
			}
			q->id = question_id(zend_string_copy(Z_STR_P(v)));
		} else if (zend_string_equals_literal(key, "metric")) {
			effort_metric m = EFFORT_METRIC_COUNT;
			if (Z_TYPE_P(v) == IS_STRING) {
				m = effort_metric_from_name(Z_STRVAL_P(v), Z_STRLEN_P(v));
			}
			if (m == EFFORT_METRIC_COUNT) {
				shopcx_throw_config("%s.questions[%u].metric must be one of \"effort\", \"ces\", \"nps\", \"csat\", "
					"\"rating\", \"yesno\", \"comment\"", path, qi);
				return false;
			}
			q->spec.metric = m;
		} else if (zend_string_equals_literal(key, "text")) {
			if (Z_TYPE_P(v) == IS_STRING) {
				int l;
				if (!text_valid(v, path, qi, NULL)) {
					return false;
				}
				for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
					q->text[l] = zend_string_copy(Z_STR_P(v));
				}
			} else if (Z_TYPE_P(v) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(v)) > 0) {
				zend_string *lkey;
				zval *lv;
				ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), lkey, lv) {
					shopcx_locale loc = lkey && ZSTR_LEN(lkey) == 2 ? shopcx_locale_from_name(ZSTR_VAL(lkey), 2) : SHOPCX_LOCALE_INVALID;
					ZVAL_DEREF(lv);
					if (loc == SHOPCX_LOCALE_INVALID) {
						shopcx_throw_config("%s.questions[%u].text must be keyed by \"nl\", \"en\", \"de\" or \"fr\"", path, qi);
						return false;
					}
					if (!text_valid(lv, path, qi, ZSTR_VAL(lkey))) {
						return false;
					}
					if (q->text[loc]) {
						zend_string_release(q->text[loc]);
					}
					q->text[loc] = zend_string_copy(Z_STR_P(lv));
				} ZEND_HASH_FOREACH_END();
			} else {
				shopcx_throw_config("%s.questions[%u].text must be a string or an object of texts by locale", path, qi);
				return false;
			}
		} else if (zend_string_equals_literal(key, "required")) {
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				shopcx_throw_config("%s.questions[%u].required must be a bool", path, qi);
				return false;
			}
			q->required = Z_TYPE_P(v) == IS_TRUE;
			have_required = true;
		} else if (zend_string_equals_literal(key, "min") || zend_string_equals_literal(key, "max")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < -100 || Z_LVAL_P(v) > 100) {
				shopcx_throw_config("%s.questions[%u].%s must be an integer from -100 to 100", path, qi, ZSTR_VAL(key));
				return false;
			}
			if (ZSTR_VAL(key)[1] == 'i') {
				min = Z_LVAL_P(v);
				have_min = true;
			} else {
				max = Z_LVAL_P(v);
				have_max = true;
			}
		} else if (zend_string_equals_literal(key, "stage")) {
			if (Z_TYPE_P(v) != IS_STRING || !id_valid(Z_STR_P(v))) {
				shopcx_throw_config("%s.questions[%u].stage must be " ID_RULE, path, qi);
				return false;
			}
			if (q->stage) {
				zend_string_release(q->stage);
			}
			q->stage = zend_string_copy(Z_STR_P(v));
		} else {
			shopcx_throw_config("%s.questions[%u] has unknown key \"%s\"", path, qi, ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();

	if (q->id == NULL) {
		shopcx_throw_config("%s.questions[%u].id is missing", path, qi);
		return false;
	}
	if (q->spec.metric == EFFORT_METRIC_COUNT) {
		shopcx_throw_config("%s.questions[%u].metric is missing", path, qi);
		return false;
	}
	if (q->text[0] == NULL && q->text[1] == NULL && q->text[2] == NULL && q->text[3] == NULL) {
		shopcx_throw_config("%s.questions[%u].text is missing", path, qi);
		return false;
	}
	if (q->spec.metric == EFFORT_METRIC_RATING) {
		if (!have_min || !have_max || min >= max || max - min + 1 > EFFORT_MAX_SCALE_POINTS) {
			shopcx_throw_config("%s.questions[%u] of metric \"rating\" needs \"min\" < \"max\" spanning at most %d points",
				path, qi, EFFORT_MAX_SCALE_POINTS);
			return false;
		}
		q->spec.min = (int32_t) min;
		q->spec.max = (int32_t) max;
	} else {
		static const int32_t scale[EFFORT_METRIC_COUNT][2] = { {1, 3}, {1, 7}, {0, 10}, {1, 5}, {0, 0}, {0, 1}, {0, 0} };
		if (have_min || have_max) {
			shopcx_throw_config("%s.questions[%u].%s is only allowed with metric \"rating\"", path, qi, have_min ? "min" : "max");
			return false;
		}
		q->spec.min = scale[q->spec.metric][0];
		q->spec.max = scale[q->spec.metric][1];
	}
	if (q->stage && q->spec.metric != EFFORT_METRIC_EFFORT) {
		shopcx_throw_config("%s.questions[%u].stage is only allowed with metric \"effort\"", path, qi);
		return false;
	}
	if (q->spec.metric == EFFORT_METRIC_EFFORT && q->stage == NULL) {
		q->stage = zend_string_copy(q->id);
	}
	if (!have_required) {
		q->required = q->spec.metric != EFFORT_METRIC_COMMENT;
	}
	q->labels = effort_default_labels(q->spec.metric);
	return true;
}

/* `path` prefixes every message: "$" for documents; the caller's own words otherwise. */
static bool survey_from_definition(zval *return_value, HashTable *def, const char *path)
{
	zend_string *key;
	zval *v, *id = NULL, *questions = NULL;
	effort_question *q;
	uint32_t count, i, j;
	effort_survey_object *s;

	ZEND_HASH_FOREACH_STR_KEY_VAL(def, key, v) {
		ZVAL_DEREF(v);
		if (key && zend_string_equals_literal(key, "id")) {
			id = v;
		} else if (key && zend_string_equals_literal(key, "questions")) {
			questions = v;
		} else if (key) {
			shopcx_throw_config("%s has unknown key \"%s\"", path, ZSTR_VAL(key));
			return false;
		} else {
			shopcx_throw_config("%s must be an object with the keys \"id\" and \"questions\"", path);
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	if (id == NULL || Z_TYPE_P(id) != IS_STRING || !id_valid(Z_STR_P(id))) {
		shopcx_throw_config("%s.id must be " ID_RULE, path);
		return false;
	}
	if (questions == NULL || Z_TYPE_P(questions) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(questions))
		|| zend_hash_num_elements(Z_ARRVAL_P(questions)) == 0
		|| zend_hash_num_elements(Z_ARRVAL_P(questions)) > EFFORT_MAX_QUESTIONS) {
		shopcx_throw_config("%s.questions must be a list of 1 to %d questions", path, EFFORT_MAX_QUESTIONS);
		return false;
	}
	count = zend_hash_num_elements(Z_ARRVAL_P(questions));
	q = ecalloc(count, sizeof(effort_question));
	for (i = 0; i < count; i++) {
		q[i].spec.metric = EFFORT_METRIC_COUNT;
	}
	i = 0;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(questions), v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_ARRAY) {
			shopcx_throw_config("%s.questions[%u] must be an object", path, i);
			questions_free(q, count);
			return false;
		}
		if (!parse_question(Z_ARRVAL_P(v), &q[i], path, i)) {
			questions_free(q, count);
			return false;
		}
		for (j = 0; j < i; j++) {
			if (zend_string_equals(q[j].id, q[i].id)) {
				shopcx_throw_config("%s.questions[%u].id \"%s\" is used twice", path, i, ZSTR_VAL(q[i].id));
				questions_free(q, count);
				return false;
			}
		}
		i++;
	} ZEND_HASH_FOREACH_END();

	object_init_ex(return_value, effort_survey_ce);
	s = effort_survey_from_obj(Z_OBJ_P(return_value));
	s->id = zend_string_copy(Z_STR_P(id));
	s->count = count;
	s->q = q;
	survey_finish(s);
	return true;
}

ZEND_METHOD(ShopCx_Effort_Survey, fromArray)
{
	HashTable *def;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(def)
	ZEND_PARSE_PARAMETERS_END();

	if (!survey_from_definition(return_value, def, "$")) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(ShopCx_Effort_Survey, fromJson)
{
	zend_string *json;
	json_t *doc;
	json_error_t error;
	zval def;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(json)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(json) > 1024 * 1024) {
		zend_argument_value_error(1, "must be at most 1 MiB");
		RETURN_THROWS();
	}
	doc = json_loadb(ZSTR_VAL(json), ZSTR_LEN(json), JSON_REJECT_DUPLICATES, &error);
	if (doc == NULL) {
		shopcx_throw_config("$ is not valid JSON: %s (line %d, column %d)", error.text, error.line, error.column);
		RETURN_THROWS();
	}
	if (!json_is_object(doc)) {
		json_decref(doc);
		shopcx_throw_config("$ must be an object with the keys \"id\" and \"questions\"");
		RETURN_THROWS();
	}
	shopcx_json_to_zval(doc, &def);
	json_decref(doc);
	ok = survey_from_definition(return_value, Z_ARRVAL(def), "$");
	zval_ptr_dtor(&def);
	if (!ok) {
		RETURN_THROWS();
	}
}

/* ---- reading a survey --------------------------------------------------------------- */

static effort_survey_object *survey_this(zval *this_zv)
{
	effort_survey_object *s = effort_survey_from_obj(Z_OBJ_P(this_zv));
	if (s->q == NULL) {
		zend_throw_error(NULL, "ShopCx\\Effort\\Survey object is not initialized");
		return NULL;
	}
	return s;
}

ZEND_METHOD(ShopCx_Effort_Survey, id)
{
	effort_survey_object *s;
	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = survey_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(s->id);
}

static zend_string *question_text(const effort_question *q, shopcx_locale loc)
{
	int l;
	if (q->text[loc]) {
		return q->text[loc];
	}
	if (q->text[SHOPCX_LOCALE_EN]) {
		return q->text[SHOPCX_LOCALE_EN];
	}
	for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
		if (q->text[l]) {
			return q->text[l];
		}
	}
	return ZSTR_EMPTY_ALLOC();
}

ZEND_METHOD(ShopCx_Effort_Survey, questions)
{
	zend_string *locale_name = NULL, *register_name = NULL;
	effort_survey_object *s;
	shopcx_locale loc;
	shopcx_register reg;
	uint32_t i;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(locale_name)
		Z_PARAM_STR_OR_NULL(register_name)
	ZEND_PARSE_PARAMETERS_END();

	if ((s = survey_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (register_name) {
		reg = shopcx_register_from_name(ZSTR_VAL(register_name), ZSTR_LEN(register_name));
		if (reg == SHOPCX_REGISTER_INVALID) {
			zend_argument_value_error(2, "must be \"formal\" or \"informal\"");
			RETURN_THROWS();
		}
	} else {
		reg = shopcx_default_register();
	}
	if (locale_name) {
		loc = shopcx_locale_from_name(ZSTR_VAL(locale_name), ZSTR_LEN(locale_name));
		if (loc == SHOPCX_LOCALE_INVALID) {
			zend_argument_value_error(1, "must be one of \"nl\", \"en\", \"de\", \"fr\" (optionally with a region)");
			RETURN_THROWS();
		}
	} else {
		const char *def = SHOPCX_G(default_locale);
		loc = def ? shopcx_locale_from_name(def, strlen(def)) : SHOPCX_LOCALE_INVALID;
		if (loc == SHOPCX_LOCALE_INVALID) {
			loc = SHOPCX_LOCALE_EN;
		}
	}

	array_init_size(return_value, s->count);
	for (i = 0; i < s->count; i++) {
		const effort_question *q = &s->q[i];
		zval item, labels;
		int32_t v;

		array_init(&item);
		add_assoc_str(&item, "id", zend_string_copy(q->id));
		add_assoc_string(&item, "metric", effort_metric_name(q->spec.metric));
		if (reg == SHOPCX_REGISTER_INFORMAL && q->informal[loc] != NULL) {
			add_assoc_string(&item, "text", q->informal[loc]);
		} else {
			add_assoc_str(&item, "text", zend_string_copy(question_text(q, loc)));
		}
		if (q->spec.metric == EFFORT_METRIC_COMMENT) {
			add_assoc_null(&item, "min");
			add_assoc_null(&item, "max");
		} else {
			add_assoc_long(&item, "min", q->spec.min);
			add_assoc_long(&item, "max", q->spec.max);
		}
		add_assoc_bool(&item, "required", q->required);
		if (q->stage) {
			add_assoc_str(&item, "stage", zend_string_copy(q->stage));
		} else {
			add_assoc_null(&item, "stage");
		}
		array_init(&labels);
		if (q->spec.metric != EFFORT_METRIC_COMMENT) {
			for (v = q->spec.min; v <= q->spec.max; v++) {
				const char *label = effort_label(q->labels, v, loc);
				if (label) {
					add_index_string(&labels, v, label);
				}
			}
		}
		add_assoc_zval(&item, "labels", &labels);
		add_next_index_zval(return_value, &item);
	}
}

ZEND_METHOD(ShopCx_Effort_Survey, toArray)
{
	effort_survey_object *s;
	zval questions;
	uint32_t i;
	int l;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = survey_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	array_init(return_value);
	add_assoc_str(return_value, "id", zend_string_copy(s->id));
	array_init_size(&questions, s->count);
	for (i = 0; i < s->count; i++) {
		const effort_question *q = &s->q[i];
		zval item, text;
		array_init(&item);
		add_assoc_str(&item, "id", zend_string_copy(q->id));
		add_assoc_string(&item, "metric", effort_metric_name(q->spec.metric));
		array_init(&text);
		for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
			if (q->text[l]) {
				add_assoc_str(&text, shopcx_locale_name((shopcx_locale) l), zend_string_copy(q->text[l]));
			}
		}
		add_assoc_zval(&item, "text", &text);
		add_assoc_bool(&item, "required", q->required);
		if (q->spec.metric == EFFORT_METRIC_RATING) {
			add_assoc_long(&item, "min", q->spec.min);
			add_assoc_long(&item, "max", q->spec.max);
		}
		if (q->stage) {
			add_assoc_str(&item, "stage", zend_string_copy(q->stage));
		}
		add_next_index_zval(&questions, &item);
	}
	add_assoc_zval(return_value, "questions", &questions);
}

/* ---- answers ------------------------------------------------------------------------ */

static bool scale_value(const effort_question *q, zval *v, const effort_where *w, int32_t *out)
{
	zend_long l;
	double d;

	switch (Z_TYPE_P(v)) {
		case IS_LONG:
			l = Z_LVAL_P(v);
			break;
		case IS_DOUBLE:
			d = Z_DVAL_P(v);
			if (!zend_finite(d)) {
				effort_value_error(w, "answer to \"%s\" must be a finite number", ZSTR_VAL(q->id));
				return false;
			}
			if (d != floor(d) || d < -1000 || d > 1000) {
				goto out_of_scale;
			}
			l = (zend_long) d;
			break;
		case IS_STRING: {
			/* Form posts arrive as strings: accept "7", not "7 stars" or "7.5". */
			zend_uchar type = is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), &l, &d, false);
			if (type == IS_DOUBLE) {
				if (!zend_finite(d)) {
					effort_value_error(w, "answer to \"%s\" must be a finite number", ZSTR_VAL(q->id));
					return false;
				}
				if (d != floor(d) || d < -1000 || d > 1000) {
					goto out_of_scale;
				}
				l = (zend_long) d;
			} else if (type != IS_LONG) {
				goto out_of_scale;
			}
			break;
		}
		default:
			effort_type_error(w, "answer to \"%s\" must be of type int|string, %s given",
				ZSTR_VAL(q->id), zend_zval_type_name(v));
			return false;
	}
	if (l < q->spec.min || l > q->spec.max) {
		goto out_of_scale;
	}
	*out = (int32_t) l;
	return true;

out_of_scale:
	effort_value_error(w, "answer to \"%s\" must be an integer from %d to %d",
		ZSTR_VAL(q->id), q->spec.min, q->spec.max);
	return false;
}

static bool yesno_value(const effort_question *q, zval *v, const effort_where *w, int32_t *out)
{
	switch (Z_TYPE_P(v)) {
		case IS_TRUE: *out = 1; return true;
		case IS_FALSE: *out = 0; return true;
		case IS_LONG:
			if (Z_LVAL_P(v) == 0 || Z_LVAL_P(v) == 1) {
				*out = (int32_t) Z_LVAL_P(v);
				return true;
			}
			break;
		case IS_STRING:
			if (zend_string_equals_literal(Z_STR_P(v), "yes") || zend_string_equals_literal(Z_STR_P(v), "1")) {
				*out = 1;
				return true;
			}
			if (zend_string_equals_literal(Z_STR_P(v), "no") || zend_string_equals_literal(Z_STR_P(v), "0")) {
				*out = 0;
				return true;
			}
			break;
		default:
			break;
	}
	effort_value_error(w, "answer to \"%s\" must be true, false, 0, 1, \"yes\" or \"no\"", ZSTR_VAL(q->id));
	return false;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The comment without surrounding white space: bytes start .. start + len. */
static bool comment_value(const effort_question *q, zval *v, const effort_where *w, size_t *start, size_t *len)
{
	const char *p;
	size_t b, e;
	if (Z_TYPE_P(v) != IS_STRING) {
		effort_type_error(w, "answer to \"%s\" must be of type string, %s given",
			ZSTR_VAL(q->id), zend_zval_type_name(v));
		return false;
	}
	if (Z_STRLEN_P(v) > EFFORT_MAX_COMMENT) {
		effort_value_error(w, "answer to \"%s\" must be at most %d bytes long", ZSTR_VAL(q->id), EFFORT_MAX_COMMENT);
		return false;
	}
	if (!shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		effort_value_error(w, "answer to \"%s\" must be valid UTF-8", ZSTR_VAL(q->id));
		return false;
	}
	p = Z_STRVAL_P(v);
	b = 0;
	e = Z_STRLEN_P(v);
	while (b < e && is_space(p[b])) {
		b++;
	}
	while (e > b && is_space(p[e - 1])) {
		e--;
	}
	*start = b;
	*len = e - b;
	return true;
}

bool effort_normalize(const effort_survey_object *s, HashTable *answers, const effort_where *w, int32_t *vals,
	zend_string **comments)
{
	zval *given[EFFORT_MAX_QUESTIONS];
	zend_string *key;
	zend_ulong index;
	zval *v;
	uint32_t i;

	if (comments) {
		memset(comments, 0, sizeof(zend_string *) * s->count);
	}
	memset(given, 0, sizeof(zval *) * s->count);
	/* One pass over the answers: each key is matched to its question by pointer first (ids are
	 * interned, like the keys of the script's array literals), by content otherwise. */
	ZEND_HASH_FOREACH_KEY_VAL(answers, index, key, v) {
		if (key) {
			for (i = 0; i < s->count && s->q[i].id != key; i++);
			if (i == s->count) {
				for (i = 0; i < s->count && !zend_string_equal_content(s->q[i].id, key); i++);
			}
		}
		if (key == NULL || i == s->count) {
			if (key) {
				effort_value_error(w, "contains unknown question \"%s\"",
					shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key)) && ZSTR_LEN(key) <= EFFORT_MAX_ID ? ZSTR_VAL(key) : "(invalid)");
			} else {
				effort_value_error(w, "contains unknown question " ZEND_ULONG_FMT, index);
			}
			return false;
		}
		given[i] = v;
	} ZEND_HASH_FOREACH_END();

	for (i = 0; i < s->count; i++) {
		const effort_question *q = &s->q[i];
		v = given[i];
		vals[i] = EFFORT_ABSENT;
		if (v) {
			ZVAL_DEREF(v);
			/* The common case first: an int on the scale (yes/no is the scale 0..1). */
			if (Z_TYPE_P(v) == IS_LONG && q->spec.metric != EFFORT_METRIC_COMMENT
				&& Z_LVAL_P(v) >= q->spec.min && Z_LVAL_P(v) <= q->spec.max) {
				vals[i] = (int32_t) Z_LVAL_P(v);
				continue;
			}
		}
		if (v && Z_TYPE_P(v) != IS_NULL) {
			bool ok;
			if (q->spec.metric == EFFORT_METRIC_COMMENT) {
				size_t start, len;
				ok = comment_value(q, v, w, &start, &len);
				if (ok && len > 0) {
					vals[i] = 1;
					if (comments) {
						comments[i] = len == Z_STRLEN_P(v) ? zend_string_copy(Z_STR_P(v))
							: zend_string_init(Z_STRVAL_P(v) + start, len, 0);
					}
				}
			} else if (q->spec.metric == EFFORT_METRIC_YESNO) {
				ok = yesno_value(q, v, w, &vals[i]);
			} else {
				ok = scale_value(q, v, w, &vals[i]);
			}
			if (!ok) {
				goto fail;
			}
		}
		if (vals[i] == EFFORT_ABSENT && q->required) {
			effort_value_error(w, "must answer question \"%s\"", ZSTR_VAL(q->id));
			goto fail;
		}
	}
	return true;

fail:
	if (comments) {
		for (i = 0; i < s->count; i++) {
			if (comments[i]) {
				zend_string_release(comments[i]);
				comments[i] = NULL;
			}
		}
	}
	return false;
}

ZEND_METHOD(ShopCx_Effort_Survey, validate)
{
	HashTable *answers;
	effort_survey_object *s;
	int32_t vals[EFFORT_MAX_QUESTIONS];
	zend_string *comments[EFFORT_MAX_QUESTIONS];
	uint32_t i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(answers)
	ZEND_PARSE_PARAMETERS_END();

	if ((s = survey_this(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	effort_where w = { 1, -1, "" };
	if (!effort_normalize(s, answers, &w, vals, comments)) {
		RETURN_THROWS();
	}
	array_init_size(return_value, s->count);
	for (i = 0; i < s->count; i++) {
		zval v;
		if (vals[i] == EFFORT_ABSENT) {
			ZVAL_NULL(&v);
		} else if (s->q[i].spec.metric == EFFORT_METRIC_COMMENT) {
			ZVAL_STR(&v, comments[i]);
		} else if (s->q[i].spec.metric == EFFORT_METRIC_YESNO) {
			ZVAL_BOOL(&v, vals[i] == 1);
		} else {
			ZVAL_LONG(&v, vals[i]);
		}
		zend_hash_add_new(Z_ARRVAL_P(return_value), s->q[i].id, &v);
	}
}

void effort_survey_minit(zend_class_entry *ce)
{
	ce->create_object = survey_create;
	memcpy(&survey_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	survey_handlers.offset = offsetof(effort_survey_object, std);
	survey_handlers.free_obj = survey_free;
	survey_handlers.clone_obj = NULL;   /* immutable: share the object instead */
}
