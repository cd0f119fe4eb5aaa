/*
 * Exceptions every feature throws and php-src-style argument checks.
 * Binding layer (uses the Zend API). SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_ERRORS_H
#define SHOPCX_ERRORS_H

#include "php.h"

#include "common/shopcx_locale.h"
#include "token/token_core.h"   /* SHOPCX_TOKEN_* codes of ShopCx\TokenException */

extern zend_class_entry *shopcx_ce_exception;        /* ShopCx\Exception (interface) */
extern zend_class_entry *shopcx_ce_config_exception; /* ShopCx\ConfigException */
extern zend_class_entry *shopcx_ce_index_exception;  /* ShopCx\IndexException */
extern zend_class_entry *shopcx_ce_token_exception;  /* ShopCx\TokenException */

/* Throw ShopCx\ConfigException with a printf-style message. */
ZEND_COLD void shopcx_throw_config(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);
/* Throw ShopCx\IndexException. */
ZEND_COLD void shopcx_throw_index(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);
/* Throw ShopCx\TokenException with one of the SHOPCX_TOKEN_* codes. */
ZEND_COLD void shopcx_throw_token(zend_long code, const char *message);

/*
 * Argument checks in the words of php-src. Each returns false after throwing, so a caller writes
 *     if (!shopcx_arg_utf8(text, 1)) { RETURN_THROWS(); }
 */
bool shopcx_arg_utf8(const zend_string *s, uint32_t arg_num);
bool shopcx_arg_utf8_len(const zend_string *s, uint32_t arg_num, size_t max_len);

/*
 * Check a string found inside an options/record array. `what` names it for the message, like
 * "option \"label\"" or "entry 3 field \"question\"". Throws ValueError (arguments) when
 * as_config is false, ConfigException otherwise.
 */
bool shopcx_check_utf8_field(const zend_string *s, const char *what, bool as_config);

/*
 * ValueError for an option name a method does not know: "contains unknown option \"x\"", or
 * "must have option names of valid UTF-8" when echoing the name would put invalid bytes in the message.
 */
ZEND_COLD void shopcx_unknown_option_error(uint32_t arg_num, const zend_string *key);

/*
 * The form of address from a value (an option or argument; NULL: the INI shopcx.register). A bad
 * value is a ValueError on argument `arg_num` naming `what` ("option \"register\""). */
bool shopcx_register_arg(const zval *value, uint32_t arg_num, const char *what, shopcx_register *out);
/* The INI shopcx.register, read at each call (PHP_INI_ALL). */
shopcx_register shopcx_default_register(void);
/* The INI shopcx.default_locale, read at each call (PHP_INI_ALL); English when unset. */
shopcx_locale shopcx_default_locale(void);

#endif
