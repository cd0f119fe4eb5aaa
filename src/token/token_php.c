/*
 * ShopCx\Token: PHP binding over token_core (envelope) and shopcx_hmac (signature).
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "ext/random/php_random.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_hmac.h"
#include "common/shopcx_base64url.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "token_core.h"
#include "token_arginfo.h"

#define TOKEN_MIN_SECRET      32
#define TOKEN_MAX_PREVIOUS    16
#define TOKEN_MAX_LEEWAY      3600
#define TOKEN_MAX_TTL         (10 * 366 * 86400)
#define TOKEN_MAX_CLAIMS      32
#define TOKEN_MAX_CLAIM_KEY   64
#define TOKEN_MAX_CLAIM_VALUE 1024

typedef struct {
	char id[SHOPCX_TOKEN_KEY_ID_MAX + 1];
	size_t id_len;
	shopcx_hmac_key mac;
} token_key;

typedef struct {
	token_key *keys;      /* keys[0] signs; all of them verify */
	uint32_t key_count;
	zend_long leeway;
	zend_object std;
} token_object;

static zend_class_entry *token_ce;
static zend_object_handlers token_handlers;

static inline token_object *token_from_obj(zend_object *obj)
{
	return (token_object *) ((char *) obj - offsetof(token_object, std));
}
#define Z_TOKEN_P(zv) token_from_obj(Z_OBJ_P(zv))

static zend_object *token_create(zend_class_entry *ce)
{
	token_object *intern = zend_object_alloc(sizeof(token_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &token_handlers;
	return &intern->std;
}

static void token_free(zend_object *object)
{
	token_object *intern = token_from_obj(object);
	if (intern->keys) {
		shopcx_wipe(intern->keys, sizeof(token_key) * intern->key_count);
		efree(intern->keys);
	}
	zend_object_std_dtor(&intern->std);
}

static token_object *token_checked(zval *this_zv)
{
	token_object *intern = Z_TOKEN_P(this_zv);
	if (intern->keys == NULL) {
		zend_throw_error(NULL, "ShopCx\\Token object is not initialized");
		return NULL;
	}
	return intern;
}

static const token_key *find_key(const token_object *intern, const char *id, size_t id_len)
{
	uint32_t i;
	for (i = 0; i < intern->key_count; i++) {
		if (intern->keys[i].id_len == id_len && memcmp(intern->keys[i].id, id, id_len) == 0) {
			return &intern->keys[i];
		}
	}
	return NULL;
}

static void key_init(token_key *key, const char *id, size_t id_len, const zend_string *secret)
{
	memcpy(key->id, id, id_len);
	key->id[id_len] = '\0';
	key->id_len = id_len;
	shopcx_hmac_key_init(&key->mac, (const unsigned char *) ZSTR_VAL(secret), ZSTR_LEN(secret));
}

PHP_METHOD(ShopCx_Token, __construct)
{
	zend_string *secret, *key_id = NULL;
	HashTable *previous = NULL;
	zend_long leeway = 0;
	token_object *intern = Z_TOKEN_P(ZEND_THIS);
	zend_string *prev_id;
	zend_ulong prev_index;
	zval *prev_secret;
	uint32_t count;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_STR(secret)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(key_id)
		Z_PARAM_ARRAY_HT(previous)
		Z_PARAM_LONG(leeway)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->keys) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Token::__construct() twice");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(secret) < TOKEN_MIN_SECRET) {
		zend_argument_value_error(1, "must be at least %d bytes long", TOKEN_MIN_SECRET);
		RETURN_THROWS();
	}
	if (key_id != NULL && !shopcx_token_key_id_valid(ZSTR_VAL(key_id), ZSTR_LEN(key_id))) {
		zend_argument_value_error(2, "must be 1 to %d characters of A-Z, a-z, 0-9, \"-\" and \"_\"", SHOPCX_TOKEN_KEY_ID_MAX);
		RETURN_THROWS();
	}
	count = previous ? zend_hash_num_elements(previous) : 0;
	if (count > TOKEN_MAX_PREVIOUS) {
		zend_argument_value_error(3, "must not hold more than %d keys", TOKEN_MAX_PREVIOUS);
		RETURN_THROWS();
	}
	if (previous) {
		ZEND_HASH_FOREACH_KEY_VAL(previous, prev_index, prev_id, prev_secret) {
			char id_buf[MAX_LENGTH_OF_LONG + 1];
			const char *id = id_buf;
			size_t id_len;
			/* PHP turns the key "2025" into the int 2025: accept both spellings. */
			if (prev_id) {
				id = ZSTR_VAL(prev_id);
				id_len = ZSTR_LEN(prev_id);
			} else {
				id_len = (size_t) snprintf(id_buf, sizeof(id_buf), ZEND_ULONG_FMT, prev_index);
			}
			if (!shopcx_token_key_id_valid(id, id_len)) {
				zend_argument_value_error(3, "must be keyed by key ids of 1 to %d characters of A-Z, a-z, 0-9, \"-\" and \"_\"",
					SHOPCX_TOKEN_KEY_ID_MAX);
				RETURN_THROWS();
			}
			if (Z_TYPE_P(prev_secret) != IS_STRING || Z_STRLEN_P(prev_secret) < TOKEN_MIN_SECRET) {
				zend_argument_value_error(3, "must hold secrets of at least %d bytes (key \"%s\")", TOKEN_MIN_SECRET, id);
				RETURN_THROWS();
			}
			if (key_id ? zend_string_equals_cstr(key_id, id, id_len) : (id_len == 2 && memcmp(id, "k1", 2) == 0)) {
				zend_argument_value_error(3, "must not repeat the current key id \"%s\"", id);
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (leeway < 0 || leeway > TOKEN_MAX_LEEWAY) {
		zend_argument_value_error(4, "must be between 0 and %d", TOKEN_MAX_LEEWAY);
		RETURN_THROWS();
	}

	intern->keys = safe_emalloc(count + 1, sizeof(token_key), 0);
	intern->key_count = 0;
	if (key_id) {
		key_init(&intern->keys[0], ZSTR_VAL(key_id), ZSTR_LEN(key_id), secret);
	} else {
		key_init(&intern->keys[0], "k1", 2, secret);
	}
	intern->key_count = 1;
	if (previous) {
		ZEND_HASH_FOREACH_KEY_VAL(previous, prev_index, prev_id, prev_secret) {
			char id_buf[MAX_LENGTH_OF_LONG + 1];
			if (prev_id) {
				key_init(&intern->keys[intern->key_count++], ZSTR_VAL(prev_id), ZSTR_LEN(prev_id), Z_STR_P(prev_secret));
			} else {
				size_t id_len = (size_t) snprintf(id_buf, sizeof(id_buf), ZEND_ULONG_FMT, prev_index);
				key_init(&intern->keys[intern->key_count++], id_buf, id_len, Z_STR_P(prev_secret));
			}
		} ZEND_HASH_FOREACH_END();
	}
	intern->leeway = leeway;
}

/* Claims are flat: names of 1-64 bytes, scalar values. Throws and returns false otherwise. */
static bool claims_check(HashTable *claims)
{
	zend_string *key;
	zval *value;

	if (zend_hash_num_elements(claims) > TOKEN_MAX_CLAIMS) {
		zend_argument_value_error(2, "must not hold more than %d claims", TOKEN_MAX_CLAIMS);
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(claims, key, value) {
		if (key == NULL) {
			zend_argument_value_error(2, "must be an array with string keys");
			return false;
		}
		if (ZSTR_LEN(key) == 0 || ZSTR_LEN(key) > TOKEN_MAX_CLAIM_KEY || !shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key))) {
			zend_argument_value_error(2, "must have claim names of 1 to %d bytes of valid UTF-8", TOKEN_MAX_CLAIM_KEY);
			return false;
		}
		ZVAL_DEREF(value);
		switch (Z_TYPE_P(value)) {
			case IS_NULL:
			case IS_TRUE:
			case IS_FALSE:
			case IS_LONG:
				break;
			case IS_DOUBLE:
				if (!zend_finite(Z_DVAL_P(value))) {
					zend_argument_value_error(2, "claim \"%s\" must be a finite number", ZSTR_VAL(key));
					return false;
				}
				break;
			case IS_STRING:
				if (Z_STRLEN_P(value) > TOKEN_MAX_CLAIM_VALUE || !shopcx_utf8_valid(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
					zend_argument_value_error(2, "claim \"%s\" must be valid UTF-8 of at most %d bytes",
						ZSTR_VAL(key), TOKEN_MAX_CLAIM_VALUE);
					return false;
				}
				break;
			default:
				zend_argument_type_error(2, "claim \"%s\" must be of type string|int|float|bool|null, %s given",
					ZSTR_VAL(key), zend_zval_type_name(value));
				return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

PHP_METHOD(ShopCx_Token, issue)
{
	zend_string *purpose;
	HashTable *claims;
	zend_long ttl, now_long = 0;
	zend_object *now_obj = NULL;
	int64_t now;
	token_object *intern;
	smart_str json = {0};
	zval *claims_zv;
	zend_string *payload_json, *token;
	size_t payload_b64_len, token_len, pos;
	unsigned char mac[SHOPCX_HMAC_SHA256_SIZE];

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_STR(purpose)
		Z_PARAM_ARRAY(claims_zv)
		Z_PARAM_LONG(ttl)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((intern = token_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (!shopcx_token_purpose_valid(ZSTR_VAL(purpose), ZSTR_LEN(purpose))) {
		zend_argument_value_error(1, "must be 1 to %d characters of A-Z, a-z, 0-9, \"-\", \"_\" and \".\"", SHOPCX_TOKEN_PURPOSE_MAX);
		RETURN_THROWS();
	}
	if (ttl < 1 || ttl > TOKEN_MAX_TTL) {
		zend_argument_value_error(3, "must be between 1 and %d seconds", TOKEN_MAX_TTL);
		RETURN_THROWS();
	}
	if (!shopcx_time_param(now_obj, now_long, 4, &now)) {
		RETURN_THROWS();
	}

	claims = Z_ARRVAL_P(claims_zv);
	if (!claims_check(claims)) {
		RETURN_THROWS();
	}
	/* The payload is small and its shape fixed: PHP's own JSON encoder writes it without a
	 * detour through a document tree (claims were checked to be flat, valid scalars). */
	smart_str_appendl(&json, "{\"pur\":\"", sizeof("{\"pur\":\"") - 1);
	smart_str_append(&json, purpose);   /* [A-Za-z0-9._-] only: nothing to escape */
	smart_str_appendl(&json, "\",\"iat\":", sizeof("\",\"iat\":") - 1);
	smart_str_append_long(&json, (zend_long) now);
	smart_str_appendl(&json, ",\"exp\":", sizeof(",\"exp\":") - 1);
	smart_str_append_long(&json, (zend_long) (now + ttl));
	smart_str_appendl(&json, ",\"c\":", sizeof(",\"c\":") - 1);
	if (php_json_encode(&json, claims_zv, PHP_JSON_FORCE_OBJECT | PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE) == FAILURE) {
		smart_str_free(&json);
		zend_argument_value_error(2, "could not be encoded as JSON");
		RETURN_THROWS();
	}
	smart_str_appendc(&json, '}');
	smart_str_0(&json);
	payload_json = json.s;

	payload_b64_len = shopcx_base64url_encoded_len(ZSTR_LEN(payload_json));
	token_len = SHOPCX_TOKEN_PREFIX_LEN + intern->keys[0].id_len + 1 + payload_b64_len + 1 + SHOPCX_TOKEN_SIG_CHARS;
	if (token_len > SHOPCX_TOKEN_MAX_LEN) {
		zend_string_release(payload_json);
		zend_argument_value_error(2, "makes the token longer than %d bytes", SHOPCX_TOKEN_MAX_LEN);
		RETURN_THROWS();
	}

	token = zend_string_alloc(token_len, 0);
	pos = 0;
	memcpy(ZSTR_VAL(token), SHOPCX_TOKEN_PREFIX, SHOPCX_TOKEN_PREFIX_LEN);
	pos += SHOPCX_TOKEN_PREFIX_LEN;
	memcpy(ZSTR_VAL(token) + pos, intern->keys[0].id, intern->keys[0].id_len);
	pos += intern->keys[0].id_len;
	ZSTR_VAL(token)[pos++] = '.';
	pos += shopcx_base64url_encode((const unsigned char *) ZSTR_VAL(payload_json), ZSTR_LEN(payload_json), ZSTR_VAL(token) + pos);
	zend_string_release(payload_json);

	shopcx_hmac_sha256(&intern->keys[0].mac, (const unsigned char *) ZSTR_VAL(token), pos, mac);
	ZSTR_VAL(token)[pos++] = '.';
	pos += shopcx_base64url_encode(mac, sizeof(mac), ZSTR_VAL(token) + pos);
	ZEND_ASSERT(pos == token_len);
	ZSTR_VAL(token)[pos] = '\0';
	RETURN_NEW_STR(token);
}

/* Messages name what failed, never the token's content or a secret. */
static const char *token_error_message(int code)
{
	switch (code) {
		case SHOPCX_TOKEN_MALFORMED: return "The token is malformed";
		case SHOPCX_TOKEN_TRUNCATED: return "The token is incomplete (was the link cut off?)";
		case SHOPCX_TOKEN_BAD_SIGNATURE: return "The token signature does not match";
		case SHOPCX_TOKEN_WRONG_PURPOSE: return "The token was issued for another purpose";
		case SHOPCX_TOKEN_EXPIRED: return "The token has expired";
		case SHOPCX_TOKEN_UNKNOWN_KEY: return "The token was signed with an unknown key";
		case SHOPCX_TOKEN_INVALID_UTF8: return "The token is not valid UTF-8";
		case SHOPCX_TOKEN_NOT_YET_VALID: return "The token was issued in the future (check the clock)";
		default: return "The token is invalid";
	}
}

PHP_METHOD(ShopCx_Token, verify)
{
	zend_string *token, *purpose;
	zend_long now_long = 0;
	zend_object *now_obj = NULL;
	int64_t now;
	token_object *intern;
	shopcx_token_parts parts;
	const token_key *key;
	unsigned char mac[SHOPCX_HMAC_SHA256_SIZE];
	unsigned char *payload_raw;
	size_t payload_len;
	zval payload, *pur, *iat, *exp, *claims;
	zend_result status;
	int code;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(token)
		Z_PARAM_STR(purpose)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((intern = token_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (!shopcx_token_purpose_valid(ZSTR_VAL(purpose), ZSTR_LEN(purpose))) {
		zend_argument_value_error(2, "must be 1 to %d characters of A-Z, a-z, 0-9, \"-\", \"_\" and \".\"", SHOPCX_TOKEN_PURPOSE_MAX);
		RETURN_THROWS();
	}
	if (now_obj) {
		if (!shopcx_time_from_object(now_obj, &now)) {
			RETURN_THROWS();
		}
	} else {
		now = (int64_t) now_long;
	}

	/* The token comes from a URL a customer clicked: any failure is a TokenException, not a ValueError. */
	if (!shopcx_utf8_valid(ZSTR_VAL(token), ZSTR_LEN(token))) {
		shopcx_throw_token(SHOPCX_TOKEN_INVALID_UTF8, token_error_message(SHOPCX_TOKEN_INVALID_UTF8));
		RETURN_THROWS();
	}
	code = shopcx_token_parse(ZSTR_VAL(token), ZSTR_LEN(token), &parts);
	if (code != SHOPCX_TOKEN_OK) {
		shopcx_throw_token(code, token_error_message(code));
		RETURN_THROWS();
	}
	key = find_key(intern, parts.key_id, parts.key_id_len);
	if (key == NULL) {
		shopcx_throw_token(SHOPCX_TOKEN_UNKNOWN_KEY, token_error_message(SHOPCX_TOKEN_UNKNOWN_KEY));
		RETURN_THROWS();
	}
	shopcx_hmac_sha256(&key->mac, (const unsigned char *) ZSTR_VAL(token), parts.signed_len, mac);
	if (!shopcx_equal_ct(mac, parts.signature, sizeof(mac))) {
		shopcx_throw_token(SHOPCX_TOKEN_BAD_SIGNATURE, token_error_message(SHOPCX_TOKEN_BAD_SIGNATURE));
		RETURN_THROWS();
	}

	/* Authentic from here on; a payload we cannot read means a bug or a leaked key: still refuse. */
	payload_raw = emalloc(parts.payload_b64_len / 4 * 3 + 4);
	if (!shopcx_base64url_decode(parts.payload_b64, parts.payload_b64_len, payload_raw, &payload_len)) {
		efree(payload_raw);
		shopcx_throw_token(SHOPCX_TOKEN_MALFORMED, token_error_message(SHOPCX_TOKEN_MALFORMED));
		RETURN_THROWS();
	}
	payload_raw[payload_len] = '\0';   /* PHP's JSON scanner reads up to a terminating NUL */
	status = php_json_decode_ex(&payload, (const char *) payload_raw, payload_len, PHP_JSON_OBJECT_AS_ARRAY, 4);
	efree(payload_raw);
	if (status == FAILURE || Z_TYPE(payload) != IS_ARRAY
		|| (pur = zend_hash_str_find(Z_ARRVAL(payload), "pur", sizeof("pur") - 1)) == NULL || Z_TYPE_P(pur) != IS_STRING
		|| (iat = zend_hash_str_find(Z_ARRVAL(payload), "iat", sizeof("iat") - 1)) == NULL || Z_TYPE_P(iat) != IS_LONG
		|| (exp = zend_hash_str_find(Z_ARRVAL(payload), "exp", sizeof("exp") - 1)) == NULL || Z_TYPE_P(exp) != IS_LONG
		|| (claims = zend_hash_str_find(Z_ARRVAL(payload), "c", sizeof("c") - 1)) == NULL || Z_TYPE_P(claims) != IS_ARRAY) {
		zval_ptr_dtor(&payload);
		shopcx_throw_token(SHOPCX_TOKEN_MALFORMED, token_error_message(SHOPCX_TOKEN_MALFORMED));
		RETURN_THROWS();
	}
	if (!zend_string_equals(Z_STR_P(pur), purpose)) {
		code = SHOPCX_TOKEN_WRONG_PURPOSE;
	} else if ((int64_t) Z_LVAL_P(iat) > now + intern->leeway) {
		code = SHOPCX_TOKEN_NOT_YET_VALID;
	} else if (now >= (int64_t) Z_LVAL_P(exp) + intern->leeway) {
		/* Valid while now < exp (+ leeway): a token with ttl 60 issued at t dies at t + 60. */
		code = SHOPCX_TOKEN_EXPIRED;
	}
	if (code != SHOPCX_TOKEN_OK) {
		zval_ptr_dtor(&payload);
		shopcx_throw_token(code, token_error_message(code));
		RETURN_THROWS();
	}
	RETVAL_COPY(claims);
	zval_ptr_dtor(&payload);
}

PHP_METHOD(ShopCx_Token, keyId)
{
	token_object *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((intern = token_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	RETURN_STRINGL(intern->keys[0].id, intern->keys[0].id_len);
}

PHP_METHOD(ShopCx_Token, generateSecret)
{
	unsigned char bytes[32];
	zend_string *secret;

	ZEND_PARSE_PARAMETERS_NONE();
	if (php_random_bytes_throw(bytes, sizeof(bytes)) == FAILURE) {
		RETURN_THROWS();
	}
	secret = zend_string_alloc(shopcx_base64url_encoded_len(sizeof(bytes)), 0);
	shopcx_base64url_encode(bytes, sizeof(bytes), ZSTR_VAL(secret));
	ZSTR_VAL(secret)[ZSTR_LEN(secret)] = '\0';
	shopcx_wipe(bytes, sizeof(bytes));
	RETURN_NEW_STR(secret);
}

PHP_MINIT_FUNCTION(shopcx_token)
{
	token_ce = register_class_ShopCx_Token();
	token_ce->create_object = token_create;

	memcpy(&token_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	token_handlers.offset = offsetof(token_object, std);
	token_handlers.free_obj = token_free;
	token_handlers.clone_obj = NULL;   /* holds key material: one owner */
	return SUCCESS;
}
