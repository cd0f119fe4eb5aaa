/* Time arguments and time zones through ext/date. SPDX-License-Identifier: MIT */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/date/php_date.h"
#include "shopcx_time_php.h"

/* 2100-01-01T00:00:00Z: the tables cover every year the calendars support (1970-2099). */
#define SHOPCX_TZ_TABLE_END INT64_C(4102444800)
#define SHOPCX_TZ_MAX_TRANSITIONS 4096

zend_class_entry *shopcx_date_ce(void)
{
	return php_date_get_interface_ce();
}

bool shopcx_time_from_object(zend_object *obj, int64_t *out)
{
	zval result;

	/* getTimestamp() through the object's own method: timelib is not exported to extensions. */
	zend_call_method_with_0_params(obj, obj->ce, NULL, "gettimestamp", &result);
	if (EG(exception)) {
		zval_ptr_dtor(&result);
		return false;
	}
	if (Z_TYPE(result) != IS_LONG) {
		zval_ptr_dtor(&result);
		zend_value_error("DateTimeInterface::getTimestamp() did not return an int");
		return false;
	}
	*out = (int64_t) Z_LVAL(result);
	return true;
}

bool shopcx_time_param(zend_object *obj, zend_long lval, uint32_t arg_num, int64_t *out)
{
	if (obj) {
		if (!shopcx_time_from_object(obj, out)) {
			return false;
		}
	} else {
		*out = (int64_t) lval;
	}
	if (*out < 0 || *out > SHOPCX_TIME_MAX) {
		zend_argument_value_error(arg_num, "must be a time between 1970 and 9999");
		return false;
	}
	return true;
}

bool shopcx_time_arg(zval *value, uint32_t arg_num, int64_t *out)
{
	if (Z_TYPE_P(value) == IS_LONG) {
		*out = (int64_t) Z_LVAL_P(value);
		return true;
	}
	if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), php_date_get_interface_ce())) {
		return shopcx_time_from_object(Z_OBJ_P(value), out);
	}
	zend_argument_type_error(arg_num, "must be of type DateTimeInterface|int, %s given", zend_zval_type_name(value));
	return false;
}

static zend_long array_long(HashTable *ht, const char *key, size_t key_len)
{
	zval *v = zend_hash_str_find(ht, key, key_len);
	return (v && Z_TYPE_P(v) == IS_LONG) ? Z_LVAL_P(v) : 0;
}

bool shopcx_tz_load(const char *name, size_t len, shopcx_tz *out)
{
	zval tz_obj, arg, begin, end, transitions;
	zend_class_entry *ce = php_date_get_timezone_ce();
	php_timezone_obj *tzo;
	zval *entry;
	size_t i = 0;
	bool ok = false;

	memset(out, 0, sizeof(*out));
	if (len == 0 || len >= sizeof(out->name) || memchr(name, '\0', len) != NULL) {
		return false;
	}

	object_init_ex(&tz_obj, ce);
	ZVAL_STRINGL(&arg, name, len);
	zend_call_known_instance_method_with_1_params(ce->constructor, Z_OBJ(tz_obj), NULL, &arg);
	zval_ptr_dtor(&arg);
	if (EG(exception)) {
		zend_clear_exception();
		zval_ptr_dtor(&tz_obj);
		return false;
	}
	tzo = php_timezone_obj_from_obj(Z_OBJ(tz_obj));
	if (!tzo->initialized || tzo->type != TIMELIB_ZONETYPE_ID) {
		/* "+02:00" or "CEST" have no DST rules: a shop's zone must be a region id. */
		zval_ptr_dtor(&tz_obj);
		return false;
	}

	ZVAL_LONG(&begin, 0);
	ZVAL_LONG(&end, SHOPCX_TZ_TABLE_END);
	zend_call_method_with_2_params(Z_OBJ(tz_obj), ce, NULL, "gettransitions", &transitions, &begin, &end);
	if (EG(exception) || Z_TYPE(transitions) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL(transitions)) == 0
		|| zend_hash_num_elements(Z_ARRVAL(transitions)) > SHOPCX_TZ_MAX_TRANSITIONS) {
		zend_clear_exception();
		goto done;
	}

	out->count = zend_hash_num_elements(Z_ARRVAL(transitions));
	out->transitions = safe_emalloc(out->count, sizeof(shopcx_tz_transition), 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(transitions), entry) {
		zval *dst;
		if (Z_TYPE_P(entry) != IS_ARRAY) {
			goto done;
		}
		out->transitions[i].at = (int64_t) array_long(Z_ARRVAL_P(entry), "ts", sizeof("ts") - 1);
		out->transitions[i].offset = (int32_t) array_long(Z_ARRVAL_P(entry), "offset", sizeof("offset") - 1);
		dst = zend_hash_str_find(Z_ARRVAL_P(entry), "isdst", sizeof("isdst") - 1);
		out->transitions[i].dst = dst && zend_is_true(dst);
		i++;
	} ZEND_HASH_FOREACH_END();
	/* The first entry describes the state at `begin`; let it cover all earlier instants too. */
	out->transitions[0].at = INT64_MIN;
	memcpy(out->name, name, len);
	out->name[len] = '\0';
	ok = true;

done:
	if (!ok && out->transitions) {
		efree(out->transitions);
		out->transitions = NULL;
		out->count = 0;
	}
	zval_ptr_dtor(&transitions);
	zval_ptr_dtor(&tz_obj);
	return ok;
}

void shopcx_tz_free(shopcx_tz *tz)
{
	if (tz->transitions) {
		efree(tz->transitions);
	}
	tz->transitions = NULL;
	tz->count = 0;
}

void shopcx_tz_copy(shopcx_tz *dst, const shopcx_tz *src)
{
	*dst = *src;
	if (src->transitions) {
		dst->transitions = safe_emalloc(src->count, sizeof(shopcx_tz_transition), 0);
		memcpy(dst->transitions, src->transitions, src->count * sizeof(shopcx_tz_transition));
	}
}
