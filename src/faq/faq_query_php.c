/*
 * ShopCx\Faq\Index queries: search(), suggest(), related(), setPopularity(), stats(), and the
 * Hit and Result value objects.
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
#include "common/shopcx_locale.h"
#include "common/shopcx_utf8.h"
#include "faq_php.h"

#include <math.h>

#define FAQ_MAX_SEARCH   100
#define FAQ_MAX_SUGGEST  20
#define FAQ_SNIPPET      200
#define FAQ_MAX_HL_TERMS (FAQ_MAX_SLOTS * FAQ_MAX_ALTS)

/* Property slots in declaration order (see php_stubs/faq.stub.php). */
enum { HIT_ID, HIT_SCORE, HIT_QUESTION, HIT_QHL, HIT_HL, HIT_CATEGORY, HIT_COUNT };
enum { RES_QUERY, RES_HITS, RES_TOTAL, RES_ANSWERED, RES_UNKNOWN, RES_COUNT };

static void emit_smart_str(void *ctx, const char *s, size_t len)
{
	smart_str_appendl((smart_str *) ctx, s, len);
}

static zend_string *highlight(const faq_view *v, faq_text *t, const char *text, size_t len,
	const uint32_t *terms, size_t n, size_t window)
{
	smart_str out = {0};
	faq_highlight(v, t, text, len, terms, n, window, emit_smart_str, &out);
	if (!out.s) {
		return ZSTR_EMPTY_ALLOC();
	}
	smart_str_0(&out);
	return out.s;
}

static void make_hit(zval *rv, faq_index_object *intern, const faq_hit *h, const uint32_t *terms, size_t n, bool marks)
{
	const faq_view *v = &intern->img->view;
	const faq_doc *d = &v->docs[h->doc];
	zend_object *obj;
	double score = round((double) h->score * 1e6) / 1e6;   /* stable digits for logs and tests */

	object_init_ex(rv, faq_hit_ce);
	obj = Z_OBJ_P(rv);
	ZVAL_STRINGL(OBJ_PROP_NUM(obj, HIT_ID), v->text + d->id_off, d->id_len);
	ZVAL_DOUBLE(OBJ_PROP_NUM(obj, HIT_SCORE), score);
	ZVAL_STRINGL(OBJ_PROP_NUM(obj, HIT_QUESTION), v->text + d->q_off, d->q_len);
	if (marks) {
		ZVAL_STR(OBJ_PROP_NUM(obj, HIT_QHL), highlight(v, &intern->text, v->text + d->q_off, d->q_len, terms, n, 0));
		ZVAL_STR(OBJ_PROP_NUM(obj, HIT_HL), highlight(v, &intern->text, v->text + d->a_off, d->a_len, terms, n, FAQ_SNIPPET));
	} else {
		/* "highlight" => false: the caller renders text itself; skip the work. */
		ZVAL_EMPTY_STRING(OBJ_PROP_NUM(obj, HIT_QHL));
		ZVAL_EMPTY_STRING(OBJ_PROP_NUM(obj, HIT_HL));
	}
	ZVAL_STRINGL(OBJ_PROP_NUM(obj, HIT_CATEGORY), v->text + d->cat_off, d->cat_len);
}

static void opts_defaults(faq_index_object *intern, faq_search_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->lang = (int) intern->img->view.h->lang;
	o->typos = true;
	o->prefix = true;
	o->exclude = UINT32_MAX;
	o->popularity = intern->popularity;
	o->max_popularity = intern->max_popularity;
}

static bool parse_search_options(HashTable *opts, faq_search_opts *o, bool *marks)
{
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(opts, key, v) {
		ZVAL_DEREF(v);
		if (!key) {
			zend_argument_value_error(3, "must only have string keys");
			return false;
		}
		if (zend_string_equals_literal(key, "typos") || zend_string_equals_literal(key, "prefix")
			|| zend_string_equals_literal(key, "highlight")) {
			bool b;
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				zend_argument_value_error(3, "option \"%s\" must be of type bool, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
				return false;
			}
			b = Z_TYPE_P(v) == IS_TRUE;
			if (ZSTR_VAL(key)[0] == 't') o->typos = b;
			else if (ZSTR_VAL(key)[0] == 'p') o->prefix = b;
			else *marks = b;
		} else if (zend_string_equals_literal(key, "category")) {
			if (Z_TYPE_P(v) != IS_STRING || !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
				zend_argument_value_error(3, "option \"category\" must be a UTF-8 string");
				return false;
			}
			o->category = Z_STRVAL_P(v);
			o->cat_len = Z_STRLEN_P(v);
			o->has_category = true;
		} else if (zend_string_equals_literal(key, "minScore")) {
			double d = Z_TYPE_P(v) == IS_LONG ? (double) Z_LVAL_P(v) : Z_TYPE_P(v) == IS_DOUBLE ? Z_DVAL_P(v) : -1;
			if (!(d >= 0 && d <= 1)) {
				zend_argument_value_error(3, "option \"minScore\" must be a number between 0 and 1");
				return false;
			}
			o->min_score = (float) d;
		} else if (zend_string_equals_literal(key, "lang")) {
			shopcx_locale l = Z_TYPE_P(v) == IS_STRING ? shopcx_locale_from_name(Z_STRVAL_P(v), Z_STRLEN_P(v)) : SHOPCX_LOCALE_INVALID;
			if (l == SHOPCX_LOCALE_INVALID) {
				zend_argument_value_error(3, "option \"lang\" must be one of \"nl\", \"en\", \"de\", \"fr\"");
				return false;
			}
			o->lang = (int) l;
		} else {
			zend_argument_value_error(3, "option \"%s\" is not known", ZSTR_LEN(key) > 64 ? "(long name)" : ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

PHP_METHOD(ShopCx_Faq_Index, search)
{
	zend_string *query;
	zend_long limit = 10;
	HashTable *opts = NULL;
	faq_index_object *intern;
	faq_search_opts o;
	faq_query q;
	faq_hit hits[FAQ_MAX_SEARCH];
	uint32_t terms[FAQ_MAX_HL_TERMS], i, total;
	size_t n, n_terms;
	bool marks = true;
	zval list, unknown, hit;
	zend_object *obj;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(query)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(limit)
		Z_PARAM_ARRAY_HT(opts)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = faq_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (ZSTR_LEN(query) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (!shopcx_arg_utf8_len(query, 1, FAQ_QUERY_MAX)) {
		RETURN_THROWS();
	}
	if (limit < 1 || limit > FAQ_MAX_SEARCH) {
		zend_argument_value_error(2, "must be between 1 and %d", FAQ_MAX_SEARCH);
		RETURN_THROWS();
	}
	opts_defaults(intern, &o);
	if (opts && !parse_search_options(opts, &o, &marks)) {
		RETURN_THROWS();
	}
	faq_query_parse(&intern->img->view, &intern->text, ZSTR_VAL(query), ZSTR_LEN(query), &o, &q);
	n = faq_rank(&intern->img->view, &intern->img->scratch, &q, &o, hits, (size_t) limit, &total);
	if (n == (size_t) -1) {
		zend_throw_error(NULL, "Cannot search: out of memory");
		RETURN_THROWS();
	}
	n_terms = marks ? faq_query_terms(&q, terms, FAQ_MAX_HL_TERMS) : 0;

	array_init_size(&list, (uint32_t) n);
	for (i = 0; i < n; i++) {
		make_hit(&hit, intern, &hits[i], terms, n_terms, marks);
		zend_hash_next_index_insert_new(Z_ARRVAL(list), &hit);
	}
	array_init(&unknown);
	for (i = 0; i < q.n_slots; i++) {
		if (!q.slot[i].found) {
			add_next_index_stringl(&unknown, q.slot[i].word, q.slot[i].len);
		}
	}
	object_init_ex(return_value, faq_result_ce);
	obj = Z_OBJ_P(return_value);
	ZVAL_STR_COPY(OBJ_PROP_NUM(obj, RES_QUERY), query);
	ZVAL_COPY_VALUE(OBJ_PROP_NUM(obj, RES_HITS), &list);
	ZVAL_LONG(OBJ_PROP_NUM(obj, RES_TOTAL), total);
	ZVAL_BOOL(OBJ_PROP_NUM(obj, RES_ANSWERED), n > 0);
	ZVAL_COPY_VALUE(OBJ_PROP_NUM(obj, RES_UNKNOWN), &unknown);
}

PHP_METHOD(ShopCx_Faq_Index, suggest)
{
	zend_string *prefix;
	zend_long limit = 5;
	faq_index_object *intern;
	faq_search_opts o;
	faq_query q;
	faq_hit hits[FAQ_MAX_SUGGEST];
	uint32_t total;
	size_t n, i;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(prefix)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(limit)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = faq_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (!shopcx_arg_utf8_len(prefix, 1, FAQ_QUERY_MAX)) {
		RETURN_THROWS();
	}
	if (limit < 1 || limit > FAQ_MAX_SUGGEST) {
		zend_argument_value_error(2, "must be between 1 and %d", FAQ_MAX_SUGGEST);
		RETURN_THROWS();
	}
	opts_defaults(intern, &o);
	o.typos = false;
	o.question_only = true;
	faq_query_parse(&intern->img->view, &intern->text, ZSTR_VAL(prefix), ZSTR_LEN(prefix), &o, &q);
	n = faq_rank(&intern->img->view, &intern->img->scratch, &q, &o, hits, (size_t) limit, &total);
	if (n == (size_t) -1) {
		zend_throw_error(NULL, "Cannot search: out of memory");
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) n);
	for (i = 0; i < n; i++) {
		const faq_doc *d = &intern->img->view.docs[hits[i].doc];
		add_next_index_stringl(return_value, intern->img->view.text + d->q_off, d->q_len);
	}
}

/* Resolves an id given as string or int; UINT32_MAX when unknown. */
static uint32_t doc_of(const faq_view *v, zend_string *s, zend_long l)
{
	char buf[MAX_LENGTH_OF_LONG + 1];
	if (s) {
		return faq_find_id(v, ZSTR_VAL(s), ZSTR_LEN(s));
	}
	return faq_find_id(v, buf, (size_t) snprintf(buf, sizeof(buf), ZEND_LONG_FMT, l));
}

PHP_METHOD(ShopCx_Faq_Index, related)
{
	zend_string *id_str = NULL;
	zend_long id_long = 0, limit = 5;
	HashTable *co = NULL;
	faq_index_object *intern;
	const faq_view *v;
	faq_search_opts o;
	faq_query q;
	faq_hit hits[FAQ_MAX_SUGGEST];
	uint32_t doc, total, terms[FAQ_MAX_SLOTS];
	size_t n, i, n_terms;
	float *boost = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR_OR_LONG(id_str, id_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(limit)
		Z_PARAM_ARRAY_HT(co)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = faq_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	v = &intern->img->view;
	if (limit < 1 || limit > FAQ_MAX_SUGGEST) {
		zend_argument_value_error(2, "must be between 1 and %d", FAQ_MAX_SUGGEST);
		RETURN_THROWS();
	}
	doc = doc_of(v, id_str, id_long);
	if (doc == UINT32_MAX) {
		zend_argument_value_error(1, "must be the id of an entry of this index");
		RETURN_THROWS();
	}
	opts_defaults(intern, &o);
	o.exclude = doc;
	if (co && zend_hash_num_elements(co) > 0) {
		zend_string *key;
		zend_ulong idx;
		zval *val;
		double max = 0;
		ZEND_HASH_FOREACH_KEY_VAL(co, idx, key, val) {
			double c;
			ZVAL_DEREF(val);
			c = Z_TYPE_P(val) == IS_LONG ? (double) Z_LVAL_P(val) : Z_TYPE_P(val) == IS_DOUBLE ? Z_DVAL_P(val) : -1;
			(void) key; (void) idx;
			if (!(c >= 0 && c <= 1e12)) {
				zend_argument_value_error(3, "must map ids to counts between 0 and 1e12");
				RETURN_THROWS();
			}
			if (c > max) max = c;
		} ZEND_HASH_FOREACH_END();
		boost = safe_emalloc(v->h->n_docs, sizeof(float), 0);
		for (i = 0; i < v->h->n_docs; i++) {
			boost[i] = 1.0f;
		}
		ZEND_HASH_FOREACH_KEY_VAL(co, idx, key, val) {
			uint32_t d = doc_of(v, key, (zend_long) idx);
			double c;
			ZVAL_DEREF(val);
			c = Z_TYPE_P(val) == IS_LONG ? (double) Z_LVAL_P(val) : Z_DVAL_P(val);
			if (d != UINT32_MAX && max > 0) {
				/* Co-views at most double a score: content decides what is related at all. */
				boost[d] = (float) (1.0 + log1p(c) / log1p(max));
			}
		} ZEND_HASH_FOREACH_END();
		o.boost = boost;
	}
	faq_query_from_doc(v, doc, &q);
	n = faq_rank(v, &intern->img->scratch, &q, &o, hits, (size_t) limit, &total);
	if (boost) {
		efree(boost);
	}
	if (n == (size_t) -1) {
		zend_throw_error(NULL, "Cannot search: out of memory");
		RETURN_THROWS();
	}
	n_terms = faq_query_terms(&q, terms, FAQ_MAX_SLOTS);
	array_init_size(return_value, (uint32_t) n);
	for (i = 0; i < n; i++) {
		zval hit;
		make_hit(&hit, intern, &hits[i], terms, n_terms, true);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &hit);
	}
}

PHP_METHOD(ShopCx_Faq_Index, setPopularity)
{
	HashTable *pop;
	faq_index_object *intern;
	const faq_view *v;
	zend_string *key;
	zend_ulong idx;
	zval *val;
	float *p, max = 0;
	uint32_t i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(pop)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = faq_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	v = &intern->img->view;
	ZEND_HASH_FOREACH_VAL(pop, val) {
		double c;
		ZVAL_DEREF(val);
		c = Z_TYPE_P(val) == IS_LONG ? (double) Z_LVAL_P(val) : Z_TYPE_P(val) == IS_DOUBLE ? Z_DVAL_P(val) : -1;
		if (!(c >= 0 && c <= 1e12)) {
			zend_argument_value_error(1, "must map ids to numbers between 0 and 1e12");
			RETURN_THROWS();
		}
	} ZEND_HASH_FOREACH_END();
	p = intern->popularity ? intern->popularity : safe_emalloc(v->h->n_docs, sizeof(float), 0);
	for (i = 0; i < v->h->n_docs; i++) {
		p[i] = 0;
	}
	ZEND_HASH_FOREACH_KEY_VAL(pop, idx, key, val) {
		uint32_t d = doc_of(v, key, (zend_long) idx);
		ZVAL_DEREF(val);
		if (d != UINT32_MAX) {
			p[d] = (float) (Z_TYPE_P(val) == IS_LONG ? (double) Z_LVAL_P(val) : Z_DVAL_P(val));
			if (p[d] > max) max = p[d];
		}
	} ZEND_HASH_FOREACH_END();
	intern->popularity = p;
	intern->max_popularity = max;
}

PHP_METHOD(ShopCx_Faq_Index, stats)
{
	faq_index_object *intern;
	const faq_header *h;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(intern = faq_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	h = intern->img->view.h;
	array_init(return_value);
	add_assoc_long(return_value, "entries", h->n_docs);
	add_assoc_long(return_value, "terms", h->n_terms);
	add_assoc_long(return_value, "words", h->n_words);
	add_assoc_long(return_value, "bytes", (zend_long) intern->img->size);
	add_assoc_string(return_value, "lang", (char *) shopcx_locale_name((shopcx_locale) h->lang));
	add_assoc_bool(return_value, "stemming", (h->flags & FAQ_FLAG_STEM) != 0);
	add_assoc_bool(return_value, "stopWords", (h->flags & FAQ_FLAG_STOPWORDS) != 0);
	add_assoc_bool(return_value, "mapped", intern->img->mapped);
}

static void props_to_array(zval *rv, zend_object *obj, uint32_t count)
{
	zend_property_info *info;
	array_init_size(rv, count);
	ZEND_HASH_FOREACH_PTR(&obj->ce->properties_info, info) {
		zval *p = OBJ_PROP(obj, info->offset);
		if (Z_TYPE_P(p) == IS_UNDEF) {
			continue;
		}
		if (Z_TYPE_P(p) == IS_ARRAY && obj->ce == faq_result_ce && zend_string_equals_literal(info->name, "hits")) {
			zval hits, *h, arr;
			array_init_size(&hits, zend_hash_num_elements(Z_ARRVAL_P(p)));
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(p), h) {
				props_to_array(&arr, Z_OBJ_P(h), HIT_COUNT);
				zend_hash_next_index_insert_new(Z_ARRVAL(hits), &arr);
			} ZEND_HASH_FOREACH_END();
			zend_hash_add_new(Z_ARRVAL_P(rv), info->name, &hits);
			continue;
		}
		Z_TRY_ADDREF_P(p);
		zend_hash_add_new(Z_ARRVAL_P(rv), info->name, p);
	} ZEND_HASH_FOREACH_END();
}

PHP_METHOD(ShopCx_Faq_Hit, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	props_to_array(return_value, Z_OBJ_P(ZEND_THIS), HIT_COUNT);
}

PHP_METHOD(ShopCx_Faq_Result, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	props_to_array(return_value, Z_OBJ_P(ZEND_THIS), RES_COUNT);
}
