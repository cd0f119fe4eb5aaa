/* PHP values <-> jansson. SPDX-License-Identifier: MIT */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "shopcx_json.h"
#include "shopcx_utf8.h"

#include <math.h>

static json_t *from_zval(zval *value, size_t depth, size_t max_depth, smart_str *path, char *error, size_t error_size);

static void set_error(char *error, size_t error_size, smart_str *path, const char *what)
{
	smart_str_0(path);
	snprintf(error, error_size, "%s %s", path->s ? ZSTR_VAL(path->s) : "$", what);
}

static json_t *from_array(HashTable *ht, size_t depth, size_t max_depth, smart_str *path, char *error, size_t error_size)
{
	zend_ulong index;
	zend_string *key;
	zval *item;
	size_t path_len = path->s ? ZSTR_LEN(path->s) : 0;
	bool is_list = zend_array_is_list(ht);
	json_t *container = is_list ? json_array() : json_object();

	if (container == NULL) {
		set_error(error, error_size, path, "could not be allocated");
		return NULL;
	}
	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, item) {
		json_t *child;
		if (is_list) {
			smart_str_append_printf(path, "[" ZEND_ULONG_FMT "]", index);
		} else if (key) {
			if (!shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key))) {
				set_error(error, error_size, path, "has a key that is not valid UTF-8");
				json_decref(container);
				return NULL;
			}
			smart_str_appendc(path, '.');
			smart_str_append(path, key);
		} else {
			smart_str_append_printf(path, "." ZEND_ULONG_FMT, index);
		}
		child = from_zval(item, depth + 1, max_depth, path, error, error_size);
		if (child == NULL) {
			json_decref(container);
			return NULL;
		}
		if (is_list) {
			json_array_append_new(container, child);
		} else if (key) {
			json_object_setn_new_nocheck(container, ZSTR_VAL(key), ZSTR_LEN(key), child);
		} else {
			char buf[32];
			int n = snprintf(buf, sizeof(buf), ZEND_ULONG_FMT, index);
			json_object_setn_new_nocheck(container, buf, (size_t) n, child);
		}
		if (path->s) {
			ZSTR_LEN(path->s) = path_len;
		}
	} ZEND_HASH_FOREACH_END();
	return container;
}

static json_t *from_zval(zval *value, size_t depth, size_t max_depth, smart_str *path, char *error, size_t error_size)
{
	ZVAL_DEREF(value);
	switch (Z_TYPE_P(value)) {
		case IS_NULL:
			return json_null();
		case IS_FALSE:
			return json_false();
		case IS_TRUE:
			return json_true();
		case IS_LONG:
			return json_integer((json_int_t) Z_LVAL_P(value));
		case IS_DOUBLE:
			if (!isfinite(Z_DVAL_P(value))) {
				set_error(error, error_size, path, "must be a finite number");
				return NULL;
			}
			return json_real(Z_DVAL_P(value));
		case IS_STRING:
			if (!shopcx_utf8_valid(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
				set_error(error, error_size, path, "must be valid UTF-8");
				return NULL;
			}
			return json_stringn_nocheck(Z_STRVAL_P(value), Z_STRLEN_P(value));
		case IS_ARRAY:
			if (depth >= max_depth) {
				set_error(error, error_size, path, "is nested too deeply");
				return NULL;
			}
			return from_array(Z_ARRVAL_P(value), depth, max_depth, path, error, error_size);
		default:
			set_error(error, error_size, path, "must be null, bool, int, float, string or array");
			return NULL;
	}
}

json_t *shopcx_json_from_zval(zval *value, size_t max_depth, char *error, size_t error_size)
{
	smart_str path = {0};
	json_t *result;

	smart_str_appendc(&path, '$');
	result = from_zval(value, 0, max_depth, &path, error, error_size);
	smart_str_free(&path);
	return result;
}

void shopcx_json_to_zval(const json_t *json, zval *out)
{
	switch (json_typeof(json)) {
		case JSON_OBJECT: {
			const char *key;
			json_t *child;
			void *iter;
			array_init_size(out, (uint32_t) json_object_size(json));
			for (iter = json_object_iter((json_t *) json); iter; iter = json_object_iter_next((json_t *) json, iter)) {
				zval item;
				key = json_object_iter_key(iter);
				child = json_object_iter_value(iter);
				shopcx_json_to_zval(child, &item);
				/* A numeric-string key becomes an int key, as json_decode(..., true) does. */
				zend_symtable_str_update(Z_ARRVAL_P(out), key, json_object_iter_key_len(iter), &item);
			}
			break;
		}
		case JSON_ARRAY: {
			size_t i;
			array_init_size(out, (uint32_t) json_array_size(json));
			for (i = 0; i < json_array_size(json); i++) {
				zval item;
				shopcx_json_to_zval(json_array_get(json, i), &item);
				zend_hash_next_index_insert(Z_ARRVAL_P(out), &item);
			}
			break;
		}
		case JSON_STRING:
			ZVAL_STRINGL(out, json_string_value(json), json_string_length(json));
			break;
		case JSON_INTEGER:
			ZVAL_LONG(out, (zend_long) json_integer_value(json));
			break;
		case JSON_REAL:
			ZVAL_DOUBLE(out, json_real_value(json));
			break;
		case JSON_TRUE:
			ZVAL_TRUE(out);
			break;
		case JSON_FALSE:
			ZVAL_FALSE(out);
			break;
		default:
			ZVAL_NULL(out);
			break;
	}
}

zend_string *shopcx_json_dump(const json_t *json, size_t flags)
{
	size_t size = json_dumpb(json, NULL, 0, JSON_COMPACT | flags);
	zend_string *out;

	if (size == 0) {
		return NULL;
	}
	out = zend_string_alloc(size, 0);
	if (json_dumpb(json, ZSTR_VAL(out), size, JSON_COMPACT | flags) != size) {
		zend_string_efree(out);
		return NULL;
	}
	ZSTR_VAL(out)[size] = '\0';
	return out;
}
