/*
 * ShopCx\Review\Invitation and Verification: review links are ShopCx\Token tokens for the
 * purpose "review", bound to an order item and a hash of the buyer's e-mail address, and sent
 * a number of working days (ShopCx\Delivery\Calendar) after delivery. SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_hmac.h"
#include "common/shopcx_base64url.h"
#include "common/shopcx_time.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "common/shopcx_locale.h"
#include "delivery/delivery_php.h"
#include "review_php.h"
#include "review_dates.h"

#define INVITE_PURPOSE       "review"
#define INVITE_MIN_TTL       86400
#define INVITE_MAX_TTL       (366 * 86400)
#define INVITE_MAX_ID        64
#define INVITE_MAX_EMAIL     254
#define INVITE_MAX_DAYS      60
#define INVITE_SEARCH_DAYS   3660    /* a calendar closed for ten years has no next working day */
/* ShopCx\TokenException code when the link was issued to another e-mail address. */
#define INVITE_WRONG_BUYER   20

typedef struct {
	zend_object *token;   /* ShopCx\Token, one reference held */
	zend_long ttl;
	zend_object std;
} invitation_object;

static zend_object_handlers invitation_handlers;
static zend_class_entry *token_ce;

static inline invitation_object *invitation_from_obj(zend_object *obj)
{
	return (invitation_object *) ((char *) obj - offsetof(invitation_object, std));
}
#define Z_INVITATION_P(zv) invitation_from_obj(Z_OBJ_P(zv))

static zend_object *invitation_create(zend_class_entry *ce)
{
	invitation_object *intern = zend_object_alloc(sizeof(invitation_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &invitation_handlers;
	return &intern->std;
}

static void invitation_free(zend_object *object)
{
	invitation_object *intern = invitation_from_obj(object);
	if (intern->token) {
		OBJ_RELEASE(intern->token);
	}
	zend_object_std_dtor(&intern->std);
}

static invitation_object *invitation_checked(zval *this_zv)
{
	invitation_object *intern = Z_INVITATION_P(this_zv);
	if (!intern->token) {
		zend_throw_error(NULL, "ShopCx\\Review\\Invitation object is not initialized");
		return NULL;
	}
	return intern;
}

/* base64url of the first 16 bytes of SHA-256("shopcx-review-buyer:" + trimmed lower-case e-mail). */
static bool buyer_hash(zend_string *email, uint32_t arg, char out[32])
{
	const char *s = ZSTR_VAL(email), *e = s + ZSTR_LEN(email);
	PHP_SHA256_CTX ctx;
	unsigned char digest[32];
	char lower[INVITE_MAX_EMAIL];
	size_t n, i;

	while (s < e && (*s == ' ' || *s == '\t')) {
		s++;
	}
	while (e > s && (e[-1] == ' ' || e[-1] == '\t')) {
		e--;
	}
	n = (size_t) (e - s);
	if (n == 0 || n > INVITE_MAX_EMAIL || !memchr(s, '@', n) || !shopcx_utf8_valid(s, n)) {
		zend_argument_value_error(arg, "must be an e-mail address of at most %d bytes", INVITE_MAX_EMAIL);
		return false;
	}
	for (i = 0; i < n; i++) {
		lower[i] = (char) zend_tolower_ascii((unsigned char) s[i]);
	}
	PHP_SHA256Init(&ctx);
	PHP_SHA256Update(&ctx, (const unsigned char *) "shopcx-review-buyer:", sizeof("shopcx-review-buyer:") - 1);
	PHP_SHA256Update(&ctx, (const unsigned char *) lower, n);
	PHP_SHA256Final(digest, &ctx);
	n = shopcx_base64url_encode(digest, 16, out);
	out[n] = '\0';
	return true;
}

static bool id_arg(zend_string *s, uint32_t arg)
{
	if (ZSTR_LEN(s) == 0 || ZSTR_LEN(s) > INVITE_MAX_ID || !shopcx_utf8_valid(ZSTR_VAL(s), ZSTR_LEN(s))) {
		zend_argument_value_error(arg, "must be 1 to %d bytes of valid UTF-8", INVITE_MAX_ID);
		return false;
	}
	return true;
}

static bool time_from(zend_object *obj, zend_long lval, int64_t *out)
{
	if (obj) {
		return shopcx_time_from_object(obj, out);
	}
	*out = (int64_t) lval;
	return true;
}

PHP_METHOD(ShopCx_Review_Invitation, __construct)
{
	zend_object *token;
	zend_long ttl = 60 * 86400;
	invitation_object *intern = Z_INVITATION_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJ_OF_CLASS(token, token_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ttl)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->token) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Review\\Invitation::__construct() twice");
		RETURN_THROWS();
	}
	if (ttl < INVITE_MIN_TTL || ttl > INVITE_MAX_TTL) {
		zend_argument_value_error(2, "must be between %d and %d seconds", INVITE_MIN_TTL, INVITE_MAX_TTL);
		RETURN_THROWS();
	}
	GC_ADDREF(token);
	intern->token = token;
	intern->ttl = ttl;
}

PHP_METHOD(ShopCx_Review_Invitation, issue)
{
	zend_string *order, *item, *email;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	invitation_object *intern;
	char hash[32];
	zval params[4], claims;
	zend_function *fn;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_STR(order)
		Z_PARAM_STR(item)
		Z_PARAM_STR(email)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((intern = invitation_checked(ZEND_THIS)) == NULL || !id_arg(order, 1) || !id_arg(item, 2)
		|| !buyer_hash(email, 3, hash) || !time_from(now_obj, now_long, &now)) {
		RETURN_THROWS();
	}
	array_init_size(&claims, 4);
	add_assoc_str(&claims, "o", zend_string_copy(order));
	add_assoc_str(&claims, "i", zend_string_copy(item));
	add_assoc_string(&claims, "b", hash);
	add_assoc_long(&claims, "t", (zend_long) now);
	ZVAL_STRINGL(&params[0], INVITE_PURPOSE, sizeof(INVITE_PURPOSE) - 1);
	ZVAL_COPY_VALUE(&params[1], &claims);
	ZVAL_LONG(&params[2], intern->ttl);
	ZVAL_LONG(&params[3], (zend_long) now);
	fn = zend_hash_str_find_ptr(&token_ce->function_table, "issue", sizeof("issue") - 1);
	zend_call_known_instance_method(fn, intern->token, return_value, 4, params);
	zval_ptr_dtor(&params[0]);
	zval_ptr_dtor(&claims);
}

static zval *claim(HashTable *claims, const char *key, int type)
{
	zval *v = zend_hash_str_find(claims, key, strlen(key));
	return v && Z_TYPE_P(v) == type ? v : NULL;
}

PHP_METHOD(ShopCx_Review_Invitation, verify)
{
	zend_string *token, *email = NULL;
	zend_object *now_obj = NULL, *result;
	zend_long now_long = 0;
	int64_t now;
	invitation_object *intern;
	zval params[3], claims, v, *o, *i, *b, *t;
	zend_function *fn;
	char hash[32];

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(token)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(email)
	ZEND_PARSE_PARAMETERS_END();

	if ((intern = invitation_checked(ZEND_THIS)) == NULL || !time_from(now_obj, now_long, &now)
		|| (email && !buyer_hash(email, 3, hash))) {
		RETURN_THROWS();
	}
	ZVAL_STR(&params[0], token);
	ZVAL_STRINGL(&params[1], INVITE_PURPOSE, sizeof(INVITE_PURPOSE) - 1);
	ZVAL_LONG(&params[2], (zend_long) now);
	fn = zend_hash_str_find_ptr(&token_ce->function_table, "verify", sizeof("verify") - 1);
	zend_call_known_instance_method(fn, intern->token, &claims, 3, params);
	zval_ptr_dtor(&params[1]);
	if (EG(exception)) {
		zval_ptr_dtor(&claims);
		RETURN_THROWS();
	}
	if (Z_TYPE(claims) != IS_ARRAY || !(o = claim(Z_ARRVAL(claims), "o", IS_STRING))
		|| !(i = claim(Z_ARRVAL(claims), "i", IS_STRING)) || !(b = claim(Z_ARRVAL(claims), "b", IS_STRING))
		|| !(t = claim(Z_ARRVAL(claims), "t", IS_LONG))) {
		zval_ptr_dtor(&claims);
		shopcx_throw_token(SHOPCX_TOKEN_MALFORMED, "The token is not a review invitation");
		RETURN_THROWS();
	}
	if (email && (Z_STRLEN_P(b) != strlen(hash)
			|| !shopcx_equal_ct((const unsigned char *) Z_STRVAL_P(b), (const unsigned char *) hash, strlen(hash)))) {
		zval_ptr_dtor(&claims);
		shopcx_throw_token(INVITE_WRONG_BUYER, "The invitation was sent to another e-mail address");
		RETURN_THROWS();
	}

	result = review_value_new(review_ce_verification);
	ZVAL_STRING(&v, "order-invitation");
	review_value_set(result, 0, &v);
	ZVAL_COPY(&v, o);
	review_value_set(result, 1, &v);
	ZVAL_COPY(&v, i);
	review_value_set(result, 2, &v);
	ZVAL_STR(&v, zend_strpprintf(0, "%s:%s", Z_STRVAL_P(o), Z_STRVAL_P(i)));
	review_value_set(result, 3, &v);
	ZVAL_LONG(&v, Z_LVAL_P(t));
	review_value_set(result, 4, &v);
	ZVAL_LONG(&v, (zend_long) now);
	review_value_set(result, 5, &v);
	ZVAL_BOOL(&v, email != NULL);
	review_value_set(result, 6, &v);
	zval_ptr_dtor(&claims);
	RETURN_OBJ(result);
}

static bool status_suppressed(zend_string *status)
{
	static const char *const stop[] = {"cancelled", "canceled", "refunded", "failed", "returned", "closed"};
	size_t k;
	for (k = 0; k < sizeof(stop) / sizeof(stop[0]); k++) {
		if (zend_string_equals_cstr(status, stop[k], strlen(stop[k]))) {
			return true;
		}
	}
	return false;
}

PHP_METHOD(ShopCx_Review_Invitation, dueAt)
{
	HashTable *order, *options = NULL;
	zend_object *cal_obj;
	zend_long business_days = 5, hour = 10;
	const shopcx_calendar *cal;
	zval *status, *delivered, *opt;
	const char *tz_name = "Europe/Amsterdam";
	size_t tz_len = sizeof("Europe/Amsterdam") - 1, n;
	shopcx_tz tz;
	shopcx_local_time local;
	int64_t at = 0, day = 0;
	zend_long left;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_ARRAY_HT(order)
		Z_PARAM_OBJ_OF_CLASS(cal_obj, shopcx_ce_delivery_calendar)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(business_days)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if ((cal = shopcx_calendar_from_object(cal_obj)) == NULL) {
		RETURN_THROWS();
	}
	if (business_days < 1 || business_days > INVITE_MAX_DAYS) {
		zend_argument_value_error(3, "must be between 1 and %d", INVITE_MAX_DAYS);
		RETURN_THROWS();
	}
	if (options) {
		zend_string *key;
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, opt) {
			ZVAL_DEREF(opt);
			if (key && zend_string_equals_literal(key, "hour")) {
				if (Z_TYPE_P(opt) != IS_LONG || Z_LVAL_P(opt) < 0 || Z_LVAL_P(opt) > 23) {
					zend_argument_value_error(4, "option \"hour\" must be an int between 0 and 23");
					RETURN_THROWS();
				}
				hour = Z_LVAL_P(opt);
			} else if (key && zend_string_equals_literal(key, "timezone")) {
				if (Z_TYPE_P(opt) != IS_STRING || Z_STRLEN_P(opt) == 0 || Z_STRLEN_P(opt) >= 64) {
					zend_argument_value_error(4, "option \"timezone\" must be an IANA time zone like \"Europe/Amsterdam\"");
					RETURN_THROWS();
				}
				tz_name = Z_STRVAL_P(opt);
				tz_len = Z_STRLEN_P(opt);
			} else {
				if (key) {
					shopcx_unknown_option_error(4, key);
				} else {
					zend_argument_value_error(4, "contains unknown option \"(int key)\"");
				}
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	status = zend_hash_str_find_deref(order, "status", sizeof("status") - 1);
	if (!status || Z_TYPE_P(status) != IS_STRING) {
		zend_argument_value_error(1, "key \"status\" must be a string like \"completed\" or \"refunded\"");
		RETURN_THROWS();
	}
	delivered = zend_hash_str_find_deref(order, "deliveredAt", sizeof("deliveredAt") - 1);
	if (delivered && Z_TYPE_P(delivered) == IS_STRING) {
		/* "2025-12-19" is already the local delivery date */
		if (!review_date_days(delivered, 1, -1, "deliveredAt", &day)) {
			RETURN_THROWS();
		}
	} else if (delivered && Z_TYPE_P(delivered) != IS_NULL && !review_date_time(delivered, 1, -1, "deliveredAt", &at)) {
		RETURN_THROWS();
	}
	if (status_suppressed(Z_STR_P(status)) || !delivered || Z_TYPE_P(delivered) == IS_NULL) {
		RETURN_NULL();   /* no invitation for cancelled, refunded or undelivered orders */
	}
	if (!shopcx_tz_load(tz_name, tz_len, &tz)) {
		zend_argument_value_error(4, "option \"timezone\" must be an IANA time zone like \"Europe/Amsterdam\"");
		RETURN_THROWS();
	}
	/* Count working days after the local delivery date: delivered on Friday, 1 business day
	 * later is Monday (or Tuesday after a holiday Monday). */
	if (Z_TYPE_P(delivered) != IS_STRING) {
		shopcx_tz_to_local(&tz, at, &local);
		day = local.days;
	}
	left = business_days;
	for (n = 0; left > 0 && n < INVITE_SEARCH_DAYS; n++) {
		day++;
		if (shopcx_calendar_is_open(cal, day)) {
			left--;
		}
	}
	if (left > 0) {
		shopcx_tz_free(&tz);
		zend_argument_value_error(2, "has no working day in the ten years after the delivery");
		RETURN_THROWS();
	}
	at = shopcx_tz_from_local(&tz, day, (int) hour, 0, 0);
	shopcx_tz_free(&tz);
	RETURN_LONG((zend_long) at);
}

/* Omnibus: say whether and how reviews are checked. Matches what Invitation guarantees. */
static const char *const disclosures[SHOPCX_LOCALE_COUNT] = {
	[SHOPCX_LOCALE_NL] = "Reviews zijn geverifieerd: alleen klanten die het product bij ons kochten, kunnen een review schrijven, via een persoonlijke link die we na de levering sturen. Elke review wordt gecontroleerd voordat hij verschijnt.",
	[SHOPCX_LOCALE_EN] = "Reviews are verified: only customers who bought the product from us can write a review, through a personal link we send after delivery. Every review is checked before it is published.",
	[SHOPCX_LOCALE_DE] = "Bewertungen sind verifiziert: Nur Kunden, die das Produkt bei uns gekauft haben, können eine Bewertung schreiben, über einen persönlichen Link, den wir nach der Lieferung senden. Jede Bewertung wird vor der Veröffentlichung geprüft.",
	[SHOPCX_LOCALE_FR] = "Les avis sont vérifiés : seuls les clients ayant acheté le produit chez nous peuvent écrire un avis, via un lien personnel envoyé après la livraison. Chaque avis est contrôlé avant sa publication.",
};

PHP_METHOD(ShopCx_Review_Invitation, disclosure)
{
	zend_string *name = NULL;
	shopcx_locale locale;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();

	if (name) {
		locale = shopcx_locale_from_name(ZSTR_VAL(name), ZSTR_LEN(name));
		if (locale == SHOPCX_LOCALE_INVALID) {
			zend_argument_value_error(1, "must be one of \"nl\", \"en\", \"de\", \"fr\"");
			RETURN_THROWS();
		}
	} else {
		const char *def = SHOPCX_G(default_locale);
		locale = def ? shopcx_locale_from_name(def, strlen(def)) : SHOPCX_LOCALE_INVALID;
		if (locale == SHOPCX_LOCALE_INVALID) {
			locale = SHOPCX_LOCALE_EN;
		}
	}
	RETURN_STRING(disclosures[locale]);
}

void review_invitation_setup(void)
{
	token_ce = zend_hash_str_find_ptr(CG(class_table), "shopcx\\token", sizeof("shopcx\\token") - 1);
	review_ce_invitation->create_object = invitation_create;
	memcpy(&invitation_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	invitation_handlers.offset = offsetof(invitation_object, std);
	invitation_handlers.free_obj = invitation_free;
	invitation_handlers.clone_obj = NULL;
}
