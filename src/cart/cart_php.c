/*
 * ShopCx\Cart\Detector, Decision and Recovery: options, cart rows, classify(), recovery links.
 * The iterator lives in cart_scan.c, metrics and the funnel in cart_metrics.c.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "outreach/outreach_php.h"
#include "common/shopcx_object.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "cart_php.h"
#include "cart_arginfo.h"

zend_class_entry *cart_ce_detector;
zend_class_entry *cart_ce_decision;
zend_class_entry *cart_ce_scan;
zend_class_entry *cart_ce_recovery;
zend_class_entry *cart_ce_metrics;
zend_class_entry *cart_ce_funnel;

static zend_class_entry *token_ce;
static zend_object_handlers detector_handlers;

/* Interned once: state and reason names. */
static zend_string *state_str[CART_STATE_COUNT];
static zend_string *reason_str[CART_REASON_COUNT];

/* ---- Detector object ---------------------------------------------------------------------- */

static zend_object *detector_create(zend_class_entry *ce)
{
	cart_detector *d = zend_object_alloc(sizeof(cart_detector), ce);
	zend_object_std_init(&d->std, ce);
	object_properties_init(&d->std, ce);
	d->std.handlers = &detector_handlers;
	return &d->std;
}

static void detector_free(zend_object *obj)
{
	cart_detector *d = cart_detector_from_obj(obj);
	shopcx_tz_free(&d->tz);
	cart_row_release_keys(d);
	zend_object_std_dtor(&d->std);
}

cart_detector *cart_detector_checked(zval *this_zv)
{
	cart_detector *d = cart_detector_from_obj(Z_OBJ_P(this_zv));
	if (!d->ready) {
		zend_throw_error(NULL, "ShopCx\\Cart\\Detector object is not initialized");
		return NULL;
	}
	return d;
}

/* ---- Options --------------------------------------------------------------------------------- */

static bool opt_duration(zval *v, const char *name, int64_t min, int64_t *out)
{
	if (Z_TYPE_P(v) != IS_LONG) {
		zend_argument_type_error(1, "option \"%s\" must be of type int, %s given", name, zend_zval_type_name(v));
		return false;
	}
	if (Z_LVAL_P(v) < min || Z_LVAL_P(v) > CART_MAX_DURATION) {
		zend_argument_value_error(1, "option \"%s\" must be between %" PRId64 " and %" PRId64 " seconds",
			name, min, (int64_t) CART_MAX_DURATION);
		return false;
	}
	*out = (int64_t) Z_LVAL_P(v);
	return true;
}

/* "HH:MM" (00:00-23:59) or "24:00" is not accepted: a quiet period ends inside a day. */
static bool parse_clock(zval *v, int32_t *out)
{
	const char *s;
	int h, m;
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) != 5) {
		return false;
	}
	s = Z_STRVAL_P(v);
	if (!isdigit((unsigned char) s[0]) || !isdigit((unsigned char) s[1]) || s[2] != ':'
		|| !isdigit((unsigned char) s[3]) || !isdigit((unsigned char) s[4])) {
		return false;
	}
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23 || m > 59) {
		return false;
	}
	*out = h * 3600 + m * 60;
	return true;
}

static bool parse_options(cart_detector *d, HashTable *options)
{
	cart_config *cfg = &d->cfg;
	zend_string *key;
	zval *v;
	const char *tz_name = "UTC";
	size_t tz_len = 3;
	bool has_reminders = false;

	cfg->idle = 3600;
	cfg->expiry = 7 * 86400;
	cfg->skew = 300;
	cfg->delays[0] = 3600;
	cfg->delays[1] = 86400;
	cfg->delays[2] = 3 * 86400;
	cfg->steps = 3;
	cfg->min_value = 0;
	cfg->consent_required = true;
	cfg->quiet = false;

	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		ZVAL_DEREF(v);
		if (key == NULL) {
			zend_argument_value_error(1, "must be an array with string keys");
			return false;
		}
		if (zend_string_equals_literal(key, "idle")) {
			if (!opt_duration(v, "idle", 1, &cfg->idle)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "expiry")) {
			if (!opt_duration(v, "expiry", 1, &cfg->expiry)) {
				return false;
			}
		} else if (zend_string_equals_literal(key, "clockSkew")) {
			if (Z_TYPE_P(v) != IS_LONG) {
				zend_argument_type_error(1, "option \"clockSkew\" must be of type int, %s given", zend_zval_type_name(v));
				return false;
			}
			if (Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > CART_MAX_SKEW) {
				zend_argument_value_error(1, "option \"clockSkew\" must be between 0 and %d seconds", CART_MAX_SKEW);
				return false;
			}
			cfg->skew = Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "reminders")) {
			zval *delay;
			uint32_t n = 0;
			if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))
				|| zend_hash_num_elements(Z_ARRVAL_P(v)) == 0 || zend_hash_num_elements(Z_ARRVAL_P(v)) > CART_MAX_STEPS) {
				zend_argument_value_error(1, "option \"reminders\" must be a list of 1 to %d delays in seconds", CART_MAX_STEPS);
				return false;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), delay) {
				ZVAL_DEREF(delay);
				if (Z_TYPE_P(delay) != IS_LONG || Z_LVAL_P(delay) < 1 || Z_LVAL_P(delay) > CART_MAX_DURATION) {
					zend_argument_value_error(1, "option \"reminders\" entry %u must be an int between 1 and %" PRId64 " seconds",
						n + 1, (int64_t) CART_MAX_DURATION);
					return false;
				}
				if (n > 0 && Z_LVAL_P(delay) <= cfg->delays[n - 1]) {
					zend_argument_value_error(1, "option \"reminders\" must be in ascending order (entry %u: " ZEND_LONG_FMT
						" is not after %" PRId64 ")", n + 1, Z_LVAL_P(delay), cfg->delays[n - 1]);
					return false;
				}
				cfg->delays[n++] = (int64_t) Z_LVAL_P(delay);
			} ZEND_HASH_FOREACH_END();
			cfg->steps = n;
			has_reminders = true;
		} else if (zend_string_equals_literal(key, "minValue")) {
			double min;
			if (Z_TYPE_P(v) == IS_LONG) {
				min = (double) Z_LVAL_P(v);
			} else if (Z_TYPE_P(v) == IS_DOUBLE) {
				min = Z_DVAL_P(v);
			} else {
				zend_argument_type_error(1, "option \"minValue\" must be of type int|float, %s given", zend_zval_type_name(v));
				return false;
			}
			if (!zend_finite(min) || min < 0) {
				zend_argument_value_error(1, "option \"minValue\" must be a finite number greater than or equal to 0");
				return false;
			}
			cfg->min_value = min;
		} else if (zend_string_equals_literal(key, "consentRequired")) {
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				zend_argument_type_error(1, "option \"consentRequired\" must be of type bool, %s given", zend_zval_type_name(v));
				return false;
			}
			cfg->consent_required = Z_TYPE_P(v) == IS_TRUE;
		} else if (zend_string_equals_literal(key, "quietHours")) {
			zval *from, *to;
			if (Z_TYPE_P(v) == IS_NULL) {
				cfg->quiet = false;
				continue;
			}
			if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v)) || zend_hash_num_elements(Z_ARRVAL_P(v)) != 2
				|| (from = zend_hash_index_find_deref(Z_ARRVAL_P(v), 0)) == NULL
				|| (to = zend_hash_index_find_deref(Z_ARRVAL_P(v), 1)) == NULL
				|| !parse_clock(from, &cfg->quiet_start) || !parse_clock(to, &cfg->quiet_end)) {
				zend_argument_value_error(1, "option \"quietHours\" must be null or [start, end] as \"HH:MM\" local times");
				return false;
			}
			if (cfg->quiet_start == cfg->quiet_end) {
				zend_argument_value_error(1, "option \"quietHours\" must not start and end at the same time");
				return false;
			}
			cfg->quiet = true;
		} else if (zend_string_equals_literal(key, "timezone")) {
			if (Z_TYPE_P(v) != IS_STRING) {
				zend_argument_type_error(1, "option \"timezone\" must be of type string, %s given", zend_zval_type_name(v));
				return false;
			}
			tz_name = Z_STRVAL_P(v);
			tz_len = Z_STRLEN_P(v);
		} else {
			if (!shopcx_check_utf8_field(key, "Option name", false)) {
				return false;
			}
			zend_argument_value_error(1, "option \"%s\" is unknown", ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();

	if (has_reminders ? cfg->delays[0] < cfg->idle : cfg->idle > cfg->delays[0]) {
		zend_argument_value_error(1, "option \"reminders\" must not start before the idle time (%" PRId64 " < %" PRId64 ")",
			cfg->delays[0], cfg->idle);
		return false;
	}
	if (cfg->delays[cfg->steps - 1] >= cfg->expiry) {
		zend_argument_value_error(1, "option \"expiry\" must be longer than the last reminder delay (%" PRId64 ")",
			cfg->delays[cfg->steps - 1]);
		return false;
	}
	if (!shopcx_utf8_valid(tz_name, tz_len) || !shopcx_tz_load(tz_name, tz_len, &d->tz)) {
		zend_argument_value_error(1, "option \"timezone\" must be a valid time zone identifier such as \"Europe/Amsterdam\"");
		return false;
	}
	cfg->tz = &d->tz;
	d->span.from = d->span.until = 0;   /* empty: the first lookup fills it */
	cfg->span = &d->span;
	return true;
}

PHP_METHOD(ShopCx_Cart_Detector, __construct)
{
	HashTable *options = NULL;
	cart_detector *d = cart_detector_from_obj(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (d->ready) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Cart\\Detector::__construct() twice");
		RETURN_THROWS();
	}
	if (!parse_options(d, options ? options : (HashTable *) &zend_empty_array)) {
		shopcx_tz_free(&d->tz);
		RETURN_THROWS();
	}
	d->ready = true;
}

/* ---- Decision -------------------------------------------------------------------------------- */

/* Property slots in stub order. */
enum { DEC_CART_ID, DEC_STATE, DEC_STEP, DEC_DUE_AT, DEC_REASON };

void cart_decision_new(zval *out, zval *id, const cart_decision *dec)
{
	zend_object *obj;
	object_init_ex(out, cart_ce_decision);
	obj = Z_OBJ_P(out);
	ZVAL_COPY(OBJ_PROP_NUM(obj, DEC_CART_ID), id);
	ZVAL_INTERNED_STR(OBJ_PROP_NUM(obj, DEC_STATE), state_str[dec->state]);
	if (dec->step) {
		ZVAL_LONG(OBJ_PROP_NUM(obj, DEC_STEP), dec->step);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(obj, DEC_STEP));
	}
	if (dec->has_due) {
		ZVAL_LONG(OBJ_PROP_NUM(obj, DEC_DUE_AT), (zend_long) dec->due_at);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(obj, DEC_DUE_AT));
	}
	if (dec->reason != CART_REASON_NONE) {
		ZVAL_INTERNED_STR(OBJ_PROP_NUM(obj, DEC_REASON), reason_str[dec->reason]);
	} else {
		ZVAL_NULL(OBJ_PROP_NUM(obj, DEC_REASON));
	}
}

PHP_METHOD(ShopCx_Cart_Detector, classify)
{
	HashTable *cart;
	zval cart_zv, *id;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	cart_detector *d;
	cart_input in;
	cart_decision dec;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ARRAY_HT(cart)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((d = cart_detector_checked(ZEND_THIS)) == NULL || !shopcx_time_param(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	ZVAL_ARR(&cart_zv, cart);
	if (!cart_read_row(d, &cart_zv, now, 0, &in, &id, NULL)) {
		RETURN_THROWS();
	}
	cart_classify(&d->cfg, &in, now, &dec);
	cart_decision_new(return_value, id, &dec);
}

PHP_METHOD(ShopCx_Cart_Detector, scan)
{
	zval *carts;
	zend_object *now_obj = NULL, *policy = NULL;
	zend_long now_long = 0;
	int64_t now;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_ITERABLE(carts)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(policy, shopcx_outreach_policy_ce())
	ZEND_PARSE_PARAMETERS_END();

	if (cart_detector_checked(ZEND_THIS) == NULL || !shopcx_time_param(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	cart_scan_create(return_value, ZEND_THIS, carts, now, policy);
}

PHP_METHOD(ShopCx_Cart_Decision, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Decision, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	shopcx_object_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

PHP_METHOD(ShopCx_Cart_Recovery, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Recovery, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	shopcx_object_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

PHP_METHOD(ShopCx_Cart_Metrics, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Metrics, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	shopcx_object_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

PHP_METHOD(ShopCx_Cart_Funnel, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Funnel, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	shopcx_object_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

/* ---- Recovery links -------------------------------------------------------------------------- */

static bool cart_id_arg(zend_string *id_str, uint32_t arg_num)
{
	if (ZSTR_LEN(id_str) == 0 || ZSTR_LEN(id_str) > CART_MAX_ID_LEN) {
		zend_argument_value_error(arg_num, "must be 1 to %d bytes long", CART_MAX_ID_LEN);
		return false;
	}
	return shopcx_arg_utf8(id_str, arg_num);
}

PHP_METHOD(ShopCx_Cart_Detector, recoveryToken)
{
	zend_object *tokens, *now_obj = NULL;
	zend_string *id_str = NULL;
	zend_long id_long = 0, step, ttl = 0, now_long = 0;
	int64_t now;
	cart_detector *d;
	zval params[4];
	zend_function *issue;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_OBJ_OF_CLASS(tokens, token_ce)
		Z_PARAM_STR_OR_LONG(id_str, id_long)
		Z_PARAM_LONG(step)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ttl)
	ZEND_PARSE_PARAMETERS_END();

	if ((d = cart_detector_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (id_str && !cart_id_arg(id_str, 2)) {
		RETURN_THROWS();
	}
	if (step < 1 || step > (zend_long) d->cfg.steps) {
		zend_argument_value_error(3, "must be between 1 and %u (the reminder steps)", d->cfg.steps);
		RETURN_THROWS();
	}
	if (!shopcx_time_param(now_obj, now_long, 4, &now)) {
		RETURN_THROWS();
	}
	if (ttl < 0 || ttl > CART_MAX_DURATION) {
		zend_argument_value_error(5, "must be between 0 (the detector's expiry) and %" PRId64 " seconds", (int64_t) CART_MAX_DURATION);
		RETURN_THROWS();
	}

	ZVAL_STRINGL(&params[0], "cart", 4);
	array_init_size(&params[1], 2);
	if (id_str) {
		add_assoc_str(&params[1], "cart", zend_string_copy(id_str));
	} else {
		add_assoc_long(&params[1], "cart", id_long);
	}
	add_assoc_long(&params[1], "step", step);
	ZVAL_LONG(&params[2], ttl ? ttl : (zend_long) d->cfg.expiry);
	ZVAL_LONG(&params[3], (zend_long) now);
	issue = zend_hash_str_find_ptr(&token_ce->function_table, "issue", sizeof("issue") - 1);
	zend_call_known_instance_method(issue, tokens, return_value, 4, params);
	zval_ptr_dtor(&params[0]);
	zval_ptr_dtor(&params[1]);
}

PHP_METHOD(ShopCx_Cart_Detector, recover)
{
	zend_object *tokens, *now_obj = NULL;
	zend_string *token;
	zend_long now_long = 0;
	int64_t now;
	zval params[3], claims, *cart, *step;
	zend_function *verify;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJ_OF_CLASS(tokens, token_ce)
		Z_PARAM_STR(token)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if (cart_detector_checked(ZEND_THIS) == NULL || !shopcx_time_param(now_obj, now_long, 3, &now)) {
		RETURN_THROWS();
	}
	ZVAL_STR(&params[0], token);
	ZVAL_STRINGL(&params[1], "cart", 4);
	ZVAL_LONG(&params[2], (zend_long) now);
	verify = zend_hash_str_find_ptr(&token_ce->function_table, "verify", sizeof("verify") - 1);
	ZVAL_UNDEF(&claims);
	zend_call_known_instance_method(verify, tokens, &claims, 3, params);
	zval_ptr_dtor(&params[1]);
	if (EG(exception)) {
		zval_ptr_dtor(&claims);
		RETURN_THROWS();
	}
	/* Authentic and of purpose "cart": the claims are ours, but check their shape anyway. */
	if (Z_TYPE(claims) != IS_ARRAY
		|| (cart = zend_hash_str_find(Z_ARRVAL(claims), "cart", 4)) == NULL
		|| (Z_TYPE_P(cart) != IS_STRING && Z_TYPE_P(cart) != IS_LONG)
		|| (step = zend_hash_str_find(Z_ARRVAL(claims), "step", 4)) == NULL
		|| Z_TYPE_P(step) != IS_LONG || Z_LVAL_P(step) < 1 || Z_LVAL_P(step) > CART_MAX_STEPS) {
		zval_ptr_dtor(&claims);
		shopcx_throw_token(SHOPCX_TOKEN_MALFORMED, "The token is not a cart recovery token");
		RETURN_THROWS();
	}
	object_init_ex(return_value, cart_ce_recovery);
	ZVAL_COPY(OBJ_PROP_NUM(Z_OBJ_P(return_value), 0), cart);
	ZVAL_LONG(OBJ_PROP_NUM(Z_OBJ_P(return_value), 1), Z_LVAL_P(step));
	zval_ptr_dtor(&claims);
}

/* ---- Registration ---------------------------------------------------------------------------- */

PHP_MINIT_FUNCTION(shopcx_cart)
{
	int i;

	token_ce = zend_hash_str_find_ptr(CG(class_table), "shopcx\\token", sizeof("shopcx\\token") - 1);
	ZEND_ASSERT(token_ce != NULL);   /* PHP_MINIT(shopcx_token) runs first */

	cart_row_minit();
	for (i = 0; i < CART_STATE_COUNT; i++) {
		state_str[i] = zend_string_init_interned(cart_state_name(i), strlen(cart_state_name(i)), 1);
	}
	for (i = 1; i < CART_REASON_COUNT; i++) {
		reason_str[i] = zend_string_init_interned(cart_reason_name(i), strlen(cart_reason_name(i)), 1);
	}

	cart_ce_detector = register_class_ShopCx_Cart_Detector();
	cart_ce_detector->create_object = detector_create;
	memcpy(&detector_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	detector_handlers.offset = offsetof(cart_detector, std);
	detector_handlers.free_obj = detector_free;
	detector_handlers.clone_obj = NULL;

	cart_ce_decision = register_class_ShopCx_Cart_Decision();
	cart_ce_scan = register_class_ShopCx_Cart_Scan(zend_ce_iterator);
	cart_ce_recovery = register_class_ShopCx_Cart_Recovery();
	cart_ce_metrics = register_class_ShopCx_Cart_Metrics();
	cart_ce_funnel = register_class_ShopCx_Cart_Funnel();
	cart_scan_minit();
	return SUCCESS;
}
