/* Exceptions and argument checks shared by every feature. SPDX-License-Identifier: MIT */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_shopcx.h"
#include "shopcx_errors.h"
#include "shopcx_utf8.h"
#include "shopcx_arginfo.h"

zend_class_entry *shopcx_ce_exception;
zend_class_entry *shopcx_ce_config_exception;
zend_class_entry *shopcx_ce_index_exception;
zend_class_entry *shopcx_ce_token_exception;

PHP_MINIT_FUNCTION(shopcx_common)
{
	shopcx_ce_exception = register_class_ShopCx_Exception(zend_ce_throwable);
	shopcx_ce_config_exception = register_class_ShopCx_ConfigException(spl_ce_InvalidArgumentException, shopcx_ce_exception);
	shopcx_ce_index_exception = register_class_ShopCx_IndexException(spl_ce_RuntimeException, shopcx_ce_exception);
	shopcx_ce_token_exception = register_class_ShopCx_TokenException(spl_ce_RuntimeException, shopcx_ce_exception);
	return SUCCESS;
}

static ZEND_COLD void throw_formatted(zend_class_entry *ce, const char *format, va_list args)
{
	zend_string *message = zend_vstrpprintf(0, format, args);
	zend_throw_exception(ce, ZSTR_VAL(message), 0);
	zend_string_release(message);
}

ZEND_COLD void shopcx_throw_config(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	throw_formatted(shopcx_ce_config_exception, format, args);
	va_end(args);
}

ZEND_COLD void shopcx_throw_index(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	throw_formatted(shopcx_ce_index_exception, format, args);
	va_end(args);
}

ZEND_COLD void shopcx_throw_token(zend_long code, const char *message)
{
	zend_throw_exception(shopcx_ce_token_exception, message, code);
}

bool shopcx_arg_utf8(const zend_string *s, uint32_t arg_num)
{
	if (!shopcx_utf8_valid(ZSTR_VAL(s), ZSTR_LEN(s))) {
		zend_argument_value_error(arg_num, "must be valid UTF-8");
		return false;
	}
	return true;
}

bool shopcx_arg_utf8_len(const zend_string *s, uint32_t arg_num, size_t max_len)
{
	if (ZSTR_LEN(s) > max_len) {
		zend_argument_value_error(arg_num, "must be at most %zu bytes long", max_len);
		return false;
	}
	return shopcx_arg_utf8(s, arg_num);
}

ZEND_COLD void shopcx_unknown_option_error(uint32_t arg_num, const zend_string *key)
{
	if (!shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key))) {
		zend_argument_value_error(arg_num, "must have option names of valid UTF-8");
	} else {
		zend_argument_value_error(arg_num, "contains unknown option \"%s\"", ZSTR_VAL(key));
	}
}

bool shopcx_check_utf8_field(const zend_string *s, const char *what, bool as_config)
{
	if (shopcx_utf8_valid(ZSTR_VAL(s), ZSTR_LEN(s))) {
		return true;
	}
	if (as_config) {
		shopcx_throw_config("%s must be valid UTF-8", what);
	} else {
		zend_value_error("%s must be valid UTF-8", what);
	}
	return false;
}

shopcx_register shopcx_default_register(void)
{
	const char *name = SHOPCX_G(default_register);
	shopcx_register reg = name ? shopcx_register_from_name(name, strlen(name)) : SHOPCX_REGISTER_FORMAL;
	return reg == SHOPCX_REGISTER_INVALID ? SHOPCX_REGISTER_FORMAL : reg;
}

shopcx_locale shopcx_default_locale(void)
{
	const char *name = SHOPCX_G(default_locale);
	shopcx_locale loc = name ? shopcx_locale_from_name(name, strlen(name)) : SHOPCX_LOCALE_INVALID;
	return loc == SHOPCX_LOCALE_INVALID ? SHOPCX_LOCALE_EN : loc;
}

bool shopcx_register_arg(const zval *value, uint32_t arg_num, const char *what, shopcx_register *out)
{
	if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
		*out = shopcx_default_register();
		return true;
	}
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_STRING
		|| (*out = shopcx_register_from_name(Z_STRVAL_P(value), Z_STRLEN_P(value))) == SHOPCX_REGISTER_INVALID) {
		zend_argument_value_error(arg_num, "%s must be \"formal\" or \"informal\"", what);
		return false;
	}
	return true;
}
