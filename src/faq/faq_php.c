/*
 * ShopCx\Faq: PHP binding over the search core (faq_build, faq_search, faq_cache).
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_iterators.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_locale.h"
#include "common/shopcx_utf8.h"
#include "faq_build.h"
#include "faq_format.h"
#include "faq_image.h"
#include "faq_php.h"
#include "faq_arginfo.h"

#include <math.h>

#define FAQ_MAX_ENTRIES   1000000
#define FAQ_MAX_ID        200
#define FAQ_MAX_QUESTION  1000
#define FAQ_MAX_ANSWER    100000
#define FAQ_MAX_TAGS      50
#define FAQ_MAX_TAG       100
#define FAQ_MAX_CATEGORY  200
#define FAQ_MAX_WEIGHT    100.0
#define FAQ_MAX_GROUPS    10000
#define FAQ_MAX_GROUP     100

zend_class_entry *faq_index_ce, *faq_hit_ce, *faq_result_ce;
static zend_object_handlers faq_index_handlers;

static zend_object *faq_create(zend_class_entry *ce)
{
	faq_index_object *intern = zend_object_alloc(sizeof(faq_index_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &faq_index_handlers;
	faq_text_init(&intern->text, true, true);
	return &intern->std;
}

static void faq_free(zend_object *object)
{
	faq_index_object *intern = faq_from_obj(object);
	faq_image_release(intern->img);
	faq_text_free(&intern->text);
	if (intern->popularity) {
		efree(intern->popularity);
	}
	zend_object_std_dtor(&intern->std);
}

faq_index_object *faq_checked(zval *zv)
{
	faq_index_object *intern = Z_FAQ_P(zv);
	if (!intern->img) {
		zend_throw_error(NULL, "ShopCx\\Faq\\Index object is not initialized");
		return NULL;
	}
	return intern;
}

static void faq_new_index(zval *rv, faq_image *img)
{
	object_init_ex(rv, faq_index_ce);
	Z_FAQ_P(rv)->img = img;
}

/* ---------- build ---------- */

typedef struct {
	HashTable *list;
} collect_ctx;

static int collect_entry(zend_object_iterator *iter, void *puser)
{
	collect_ctx *c = puser;
	zval *v = iter->funcs->get_current_data(iter);
	if (zend_hash_num_elements(c->list) >= FAQ_MAX_ENTRIES) {
		zend_argument_value_error(1, "must not hold more than %d entries", FAQ_MAX_ENTRIES);
		return ZEND_HASH_APPLY_STOP;
	}
	if (v) {
		Z_TRY_ADDREF_P(v);
		zend_hash_next_index_insert(c->list, v);
	}
	return ZEND_HASH_APPLY_KEEP;
}

/* A string field of an entry: absent is allowed unless required, otherwise string within bounds. */
static bool entry_string(HashTable *e, const char *key, uint32_t n, size_t max, bool required, bool allow_int,
	zval *keep, const char **out, size_t *out_len)
{
	zval *v = zend_hash_str_find_deref(e, key, strlen(key));
	*out = "";
	*out_len = 0;
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		if (required) {
			zend_argument_value_error(1, "entry %u must have \"%s\"", n, key);
			return false;
		}
		return true;
	}
	if (allow_int && Z_TYPE_P(v) == IS_LONG) {
		zend_string *s = zend_long_to_str(Z_LVAL_P(v));
		zval tmp;
		ZVAL_STR(&tmp, s);
		zend_hash_next_index_insert(Z_ARRVAL_P(keep), &tmp);
		*out = ZSTR_VAL(s);
		*out_len = ZSTR_LEN(s);
		return true;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		zend_argument_value_error(1, "entry %u field \"%s\" must be of type string, %s given", n, key, zend_zval_type_name(v));
		return false;
	}
	if (Z_STRLEN_P(v) > max) {
		zend_argument_value_error(1, "entry %u field \"%s\" must be at most %zu bytes long", n, key, max);
		return false;
	}
	if (!shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		zend_argument_value_error(1, "entry %u field \"%s\" must be valid UTF-8", n, key);
		return false;
	}
	if (required && Z_STRLEN_P(v) == 0) {
		zend_argument_value_error(1, "entry %u must have a non-empty \"%s\"", n, key);
		return false;
	}
	*out = Z_STRVAL_P(v);
	*out_len = Z_STRLEN_P(v);
	return true;
}

static bool parse_entry(zval *zentry, uint32_t n, int default_lang, zval *keep, faq_entry *e)
{
	HashTable *h;
	zval *v;
	if (Z_TYPE_P(zentry) != IS_ARRAY) {
		zend_argument_value_error(1, "entry %u must be of type array, %s given", n, zend_zval_type_name(zentry));
		return false;
	}
	h = Z_ARRVAL_P(zentry);
	if (!entry_string(h, "id", n, FAQ_MAX_ID, true, true, keep, &e->id, &e->id_len)
		|| !entry_string(h, "question", n, FAQ_MAX_QUESTION, true, false, keep, &e->question, &e->q_len)
		|| !entry_string(h, "answer", n, FAQ_MAX_ANSWER, false, false, keep, &e->answer, &e->a_len)
		|| !entry_string(h, "category", n, FAQ_MAX_CATEGORY, false, false, keep, &e->category, &e->cat_len)) {
		return false;
	}
	e->tags = "";
	e->tags_len = 0;
	v = zend_hash_str_find_deref(h, "tags", 4);
	if (v && Z_TYPE_P(v) != IS_NULL) {
		smart_str joined = {0};
		zval *tag, tmp;
		if (Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) > FAQ_MAX_TAGS) {
			zend_argument_value_error(1, "entry %u field \"tags\" must be a list of at most %d strings", n, FAQ_MAX_TAGS);
			return false;
		}
		ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL_P(v), tag) {
			ZVAL_DEREF(tag);
			if (Z_TYPE_P(tag) != IS_STRING || Z_STRLEN_P(tag) > FAQ_MAX_TAG || !shopcx_utf8_valid(Z_STRVAL_P(tag), Z_STRLEN_P(tag))) {
				smart_str_free(&joined);
				zend_argument_value_error(1, "entry %u field \"tags\" must hold UTF-8 strings of at most %d bytes", n, FAQ_MAX_TAG);
				return false;
			}
			smart_str_append(&joined, Z_STR_P(tag));
			smart_str_appendc(&joined, '\n');
		} ZEND_HASH_FOREACH_END();
		if (joined.s) {
			smart_str_0(&joined);
			ZVAL_STR(&tmp, joined.s);
			zend_hash_next_index_insert(Z_ARRVAL_P(keep), &tmp);
			e->tags = ZSTR_VAL(joined.s);
			e->tags_len = ZSTR_LEN(joined.s);
		}
	}
	e->popularity = 0;
	v = zend_hash_str_find_deref(h, "popularity", 10);
	if (v && Z_TYPE_P(v) != IS_NULL) {
		double p;
		if (Z_TYPE_P(v) == IS_LONG) {
			p = (double) Z_LVAL_P(v);
		} else if (Z_TYPE_P(v) == IS_DOUBLE) {
			p = Z_DVAL_P(v);
		} else {
			zend_argument_value_error(1, "entry %u field \"popularity\" must be of type int|float, %s given", n, zend_zval_type_name(v));
			return false;
		}
		if (!(p >= 0 && p <= 1e12)) {
			zend_argument_value_error(1, "entry %u field \"popularity\" must be between 0 and 1e12", n);
			return false;
		}
		e->popularity = (float) p;
	}
	e->lang = default_lang;
	v = zend_hash_str_find_deref(h, "lang", 4);
	if (v && Z_TYPE_P(v) != IS_NULL) {
		shopcx_locale l = Z_TYPE_P(v) == IS_STRING ? shopcx_locale_from_name(Z_STRVAL_P(v), Z_STRLEN_P(v)) : SHOPCX_LOCALE_INVALID;
		if (l == SHOPCX_LOCALE_INVALID) {
			zend_argument_value_error(1, "entry %u field \"lang\" must be one of \"nl\", \"en\", \"de\", \"fr\"", n);
			return false;
		}
		e->lang = (int) l;
	}
	return true;
}

static bool option_bool(HashTable *opts, const char *name, uint32_t arg, bool *out)
{
	zval *v = zend_hash_str_find_deref(opts, name, strlen(name));
	if (!v) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		zend_argument_value_error(arg, "option \"%s\" must be of type bool, %s given", name, zend_zval_type_name(v));
		return false;
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	return true;
}

static bool option_lang(HashTable *opts, uint32_t arg, int *out)
{
	zval *v = zend_hash_str_find_deref(opts, "lang", 4);
	shopcx_locale l;
	if (!v) {
		return true;
	}
	l = Z_TYPE_P(v) == IS_STRING ? shopcx_locale_from_name(Z_STRVAL_P(v), Z_STRLEN_P(v)) : SHOPCX_LOCALE_INVALID;
	if (l == SHOPCX_LOCALE_INVALID) {
		zend_argument_value_error(arg, "option \"lang\" must be one of \"nl\", \"en\", \"de\", \"fr\"");
		return false;
	}
	*out = (int) l;
	return true;
}

static bool options_known(HashTable *opts, uint32_t arg, const char *const *known)
{
	zend_string *key;
	ZEND_HASH_FOREACH_STR_KEY(opts, key) {
		const char *const *k;
		bool ok = false;
		if (!key) {
			zend_argument_value_error(arg, "must only have string keys");
			return false;
		}
		for (k = known; *k; k++) {
			ok |= zend_string_equals_cstr(key, *k, strlen(*k));
		}
		if (!ok) {
			zend_argument_value_error(arg, "option \"%s\" is not known", ZSTR_LEN(key) > 64 ? "(long name)" : ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool parse_weights(HashTable *opts, faq_build_opts *o)
{
	static const char *const names[] = {"question", "tags", "answer", NULL};
	zval *v = zend_hash_str_find_deref(opts, "weights", 7), *w;
	float *dst[3] = {&o->w_question, &o->w_tags, &o->w_answer};
	int i;
	if (!v) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_ARRAY) {
		zend_argument_value_error(2, "option \"weights\" must be of type array, %s given", zend_zval_type_name(v));
		return false;
	}
	{
		zend_string *key;
		ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(v), key) {
			if (!key || (!zend_string_equals_literal(key, "question") && !zend_string_equals_literal(key, "tags")
				&& !zend_string_equals_literal(key, "answer"))) {
				zend_argument_value_error(2, "option \"weights\" must only have the keys \"question\", \"tags\" and \"answer\"");
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	}
	for (i = 0; names[i]; i++) {
		double d;
		w = zend_hash_str_find_deref(Z_ARRVAL_P(v), names[i], strlen(names[i]));
		if (!w) {
			continue;
		}
		if (Z_TYPE_P(w) == IS_LONG) {
			d = (double) Z_LVAL_P(w);
		} else if (Z_TYPE_P(w) == IS_DOUBLE) {
			d = Z_DVAL_P(w);
		} else {
			zend_argument_value_error(2, "option \"weights\" key \"%s\" must be of type int|float", names[i]);
			return false;
		}
		if (!(d >= 0 && d <= FAQ_MAX_WEIGHT)) {
			zend_argument_value_error(2, "option \"weights\" key \"%s\" must be between 0 and %g", names[i], FAQ_MAX_WEIGHT);
			return false;
		}
		*dst[i] = (float) d;
	}
	if (o->w_question + o->w_tags + o->w_answer <= 0) {
		zend_argument_value_error(2, "option \"weights\" must have at least one weight above 0");
		return false;
	}
	return true;
}

/* synonyms: list of groups, each a list of single words. A document, so ConfigException. */
static bool parse_synonyms(HashTable *opts, faq_synonym **out, size_t *n_out, uint32_t *groups_out)
{
	zval *v = zend_hash_str_find_deref(opts, "synonyms", 8), *group, *word;
	faq_synonym *syn;
	size_t n = 0, cap = 0;
	uint32_t g = 0;

	*out = NULL;
	*n_out = 0;
	*groups_out = 0;
	if (!v) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) > FAQ_MAX_GROUPS) {
		shopcx_throw_config("option \"synonyms\" must be a list of at most %d groups", FAQ_MAX_GROUPS);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), group) {
		ZVAL_DEREF(group);
		if (Z_TYPE_P(group) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(group)) < 2
			|| zend_hash_num_elements(Z_ARRVAL_P(group)) > FAQ_MAX_GROUP) {
			shopcx_throw_config("option \"synonyms\" group %u must be a list of 2 to %d words", g, FAQ_MAX_GROUP);
			goto fail;
		}
		cap += zend_hash_num_elements(Z_ARRVAL_P(group));
		g++;
	} ZEND_HASH_FOREACH_END();
	syn = safe_emalloc(cap ? cap : 1, sizeof(faq_synonym), 0);
	*out = syn;
	g = 0;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), group) {
		uint32_t k = 0;
		ZVAL_DEREF(group);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(group), word) {
			size_t pos = 0, s, e, s2, e2;
			ZVAL_DEREF(word);
			if (Z_TYPE_P(word) != IS_STRING || !shopcx_utf8_valid(Z_STRVAL_P(word), Z_STRLEN_P(word))
				|| !faq_next_word(Z_STRVAL_P(word), Z_STRLEN_P(word), &pos, &s, &e)
				|| faq_next_word(Z_STRVAL_P(word), Z_STRLEN_P(word), &pos, &s2, &e2) || e - s > FAQ_WORD_MAX) {
				shopcx_throw_config("option \"synonyms\" group %u word %u must be a single word of UTF-8 text", g, k);
				goto fail;
			}
			syn[n].word = Z_STRVAL_P(word) + s;
			syn[n].len = e - s;
			syn[n].group = g;
			n++;
			k++;
		} ZEND_HASH_FOREACH_END();
		g++;
	} ZEND_HASH_FOREACH_END();
	*n_out = n;
	*groups_out = g;
	return true;
fail:
	if (*out) {
		efree(*out);
		*out = NULL;
	}
	return false;
}

PHP_METHOD(ShopCx_Faq_Index, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Faq_Index, build)
{
	zval *entries, list, keep, *entry;
	HashTable *opts = NULL, *src;
	faq_build_opts o;
	faq_entry *e = NULL;
	faq_synonym *syn = NULL;
	uint32_t n = 0, count;
	unsigned char *img;
	size_t size = 0;
	char err[256];
	faq_image *image;
	static const char *const known[] = {"lang", "weights", "synonyms", "stopWords", "stemming", NULL};

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ITERABLE(entries)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(opts)
	ZEND_PARSE_PARAMETERS_END();

	memset(&o, 0, sizeof(o));
	o.lang = (int) shopcx_locale_from_name(SHOPCX_G(default_locale), strlen(SHOPCX_G(default_locale)));
	if (o.lang < 0) {
		o.lang = SHOPCX_LOCALE_EN;
	}
	o.stem = true;
	o.stopwords = true;
	o.w_question = 3.0f;
	o.w_tags = 2.0f;
	o.w_answer = 1.0f;
	if (opts && (!options_known(opts, 2, known) || !option_lang(opts, 2, &o.lang) || !option_bool(opts, "stopWords", 2, &o.stopwords)
		|| !option_bool(opts, "stemming", 2, &o.stem) || !parse_weights(opts, &o))) {
		RETURN_THROWS();
	}

	ZVAL_UNDEF(&list);
	if (Z_TYPE_P(entries) == IS_ARRAY) {
		src = Z_ARRVAL_P(entries);
		if (zend_hash_num_elements(src) > FAQ_MAX_ENTRIES) {
			zend_argument_value_error(1, "must not hold more than %d entries", FAQ_MAX_ENTRIES);
			RETURN_THROWS();
		}
	} else {
		collect_ctx c;
		array_init(&list);
		c.list = Z_ARRVAL(list);
		if (spl_iterator_apply(entries, collect_entry, &c) == FAILURE || EG(exception)) {
			zval_ptr_dtor(&list);
			RETURN_THROWS();
		}
		src = Z_ARRVAL(list);
	}
	count = zend_hash_num_elements(src);
	if (count == 0) {
		zend_argument_value_error(1, "must not be empty");
		zval_ptr_dtor(&list);
		RETURN_THROWS();
	}
	if (opts && !parse_synonyms(opts, &syn, &o.n_syn, &o.n_groups)) {
		zval_ptr_dtor(&list);
		RETURN_THROWS();
	}
	o.syn = syn;
	array_init(&keep);
	e = safe_emalloc(count, sizeof(faq_entry), 0);
	ZEND_HASH_FOREACH_VAL(src, entry) {
		ZVAL_DEREF(entry);
		if (!parse_entry(entry, n, o.lang, &keep, &e[n])) {
			goto done;
		}
		n++;
	} ZEND_HASH_FOREACH_END();
	img = faq_build(e, n, &o, &size, err, sizeof(err));
	if (!img) {
		if (strncmp(err, "synonym", 7) == 0) {
			shopcx_throw_config("option \"synonyms\": %s", err);
		} else if (strcmp(err, "out of memory") == 0) {
			zend_throw_error(NULL, "Cannot build the FAQ index: out of memory");
		} else {
			zend_argument_value_error(1, "%s", err);
		}
		goto done;
	}
	image = faq_image_from_build(img, size);
	if (!image) {
		zend_throw_error(NULL, "Cannot build the FAQ index: internal error");
		goto done;
	}
	faq_new_index(return_value, image);
done:
	efree(e);
	if (syn) {
		efree(syn);
	}
	zval_ptr_dtor(&keep);
	zval_ptr_dtor(&list);
}

PHP_METHOD(ShopCx_Faq_Index, load)
{
	zend_string *path;
	char err[256];
	faq_image *img;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(path)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(path) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (php_check_open_basedir(ZSTR_VAL(path))) {
		RETURN_THROWS();
	}
	img = faq_image_load(ZSTR_VAL(path), err, sizeof(err));
	if (!img) {
		shopcx_throw_index("Cannot load FAQ index \"%s\": %s", ZSTR_VAL(path), err);
		RETURN_THROWS();
	}
	faq_new_index(return_value, img);
}

PHP_METHOD(ShopCx_Faq_Index, save)
{
	zend_string *path;
	faq_index_object *intern;
	char err[256];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(path)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = faq_checked(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (ZSTR_LEN(path) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (php_check_open_basedir(ZSTR_VAL(path))) {
		RETURN_THROWS();
	}
	if (!faq_image_save(intern->img, ZSTR_VAL(path), err, sizeof(err))) {
		shopcx_throw_index("Cannot write FAQ index \"%s\": %s", ZSTR_VAL(path), err);
		RETURN_THROWS();
	}
}

PHP_METHOD(ShopCx_Faq_Hit, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Faq_Result, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_MINIT_FUNCTION(shopcx_faq)
{
	faq_index_ce = register_class_ShopCx_Faq_Index();
	faq_index_ce->create_object = faq_create;
	memcpy(&faq_index_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	faq_index_handlers.offset = offsetof(faq_index_object, std);
	faq_index_handlers.free_obj = faq_free;
	faq_index_handlers.clone_obj = NULL;
	faq_hit_ce = register_class_ShopCx_Faq_Hit();
	faq_result_ce = register_class_ShopCx_Faq_Result();
	/* Computed here, once per process, so threads (ZTS) only ever read it. */
	(void) faq_format_stem_fingerprint();
	return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(shopcx_faq)
{
	faq_cache_shutdown();
	return SUCCESS;
}
