/*
 * ShopCx\Webhook\Client and Result: PHP binding over webhook_core (libcurl) with jansson
 * payloads and HMAC-SHA256 signatures. SPDX-License-Identifier: MIT
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
#include "common/shopcx_json.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "webhook_core.h"
#include "webhook_arginfo.h"

#define WEBHOOK_MIN_SECRET     32
#define WEBHOOK_MAX_SECRET     1024
#define WEBHOOK_MAX_URL        2048
#define WEBHOOK_MAX_TYPE       64
#define WEBHOOK_MAX_BODY       (1024 * 1024)
#define WEBHOOK_MAX_EVENTS     1000
#define WEBHOOK_MAX_ATTEMPT    100
#define WEBHOOK_MAX_HEADERS    32
#define WEBHOOK_MAX_TOLERANCE  86400
#define WEBHOOK_MAX_ALLOW      64
#define WEBHOOK_MAX_HOST       253

typedef struct {
	webhook_config *cfg;       /* NULL until the constructor succeeded */
	unsigned char *secret;
	size_t secret_len;
	CURLM *multi;              /* kept between calls: its connection cache serves the next send */
	zend_object std;
} client_object;

static zend_class_entry *client_ce, *result_ce;
static zend_object_handlers client_handlers;

static inline client_object *client_from_obj(zend_object *obj)
{
	return (client_object *) ((char *) obj - offsetof(client_object, std));
}
#define Z_CLIENT_P(zv) client_from_obj(Z_OBJ_P(zv))

static zend_object *client_create(zend_class_entry *ce)
{
	client_object *intern = zend_object_alloc(sizeof(client_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &client_handlers;
	return &intern->std;
}

static void config_free(webhook_config *cfg)
{
	if (!cfg) {
		return;
	}
	if (cfg->url) {
		shopcx_wipe(cfg->url, strlen(cfg->url));   /* may hold credentials */
		efree(cfg->url);
	}
	if (cfg->ca_file) {
		efree(cfg->ca_file);
	}
	if (cfg->user_agent) {
		efree(cfg->user_agent);
	}
	curl_slist_free_all(cfg->headers);
	if (cfg->allow) {
		efree(cfg->allow);
	}
	efree(cfg);
}

static void client_free(zend_object *object)
{
	client_object *intern = client_from_obj(object);
	if (intern->multi) {
		curl_multi_cleanup(intern->multi);
	}
	config_free(intern->cfg);
	if (intern->secret) {
		shopcx_wipe(intern->secret, intern->secret_len);
		efree(intern->secret);
	}
	zend_object_std_dtor(object);
}

/* ---- constructor ------------------------------------------------------------------------ */

/* http(s) with a host, parsed by libcurl itself. The URL never appears in a message.
 * On success *host_out (when given) is the host, lower-cased, for the caller to efree. */
static bool url_valid(const zend_string *url, char **host_out)
{
	CURLU *u;
	char *scheme = NULL, *host = NULL;
	bool ok = false;

	if (ZSTR_LEN(url) == 0 || ZSTR_LEN(url) > WEBHOOK_MAX_URL || memchr(ZSTR_VAL(url), '\0', ZSTR_LEN(url))
		|| !shopcx_utf8_valid(ZSTR_VAL(url), ZSTR_LEN(url))) {
		return false;
	}
	if ((u = curl_url()) == NULL) {
		return false;
	}
	if (curl_url_set(u, CURLUPART_URL, ZSTR_VAL(url), 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK
		&& (strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0) && host[0] != '\0') {
		ok = true;
		if (host_out) {
			*host_out = zend_str_tolower_dup(host, strlen(host));
		}
	}
	curl_free(scheme);
	curl_free(host);
	curl_url_cleanup(u);
	return ok;
}

#define OPT_ERROR(...) do { zend_argument_value_error(3, __VA_ARGS__); return false; } while (0)

static bool opt_long(zval *v, const char *name, zend_long min, zend_long max, zend_long *out)
{
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < min || Z_LVAL_P(v) > max) {
		OPT_ERROR("option \"%s\" must be an integer between " ZEND_LONG_FMT " and " ZEND_LONG_FMT, name, min, max);
	}
	*out = Z_LVAL_P(v);
	return true;
}

static bool opt_bool(zval *v, const char *name, bool *out)
{
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		OPT_ERROR("option \"%s\" must be a bool", name);
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	return true;
}

static bool header_name_valid(const zend_string *s)
{
	size_t i;
	if (ZSTR_LEN(s) == 0 || ZSTR_LEN(s) > 64) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(s); i++) {
		char c = ZSTR_VAL(s)[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
			return false;
		}
	}
	/* Ours are set per event; Content-Length and Host are curl's. */
	return strncasecmp(ZSTR_VAL(s), "X-ShopCx-", 9) != 0 && !zend_string_equals_literal_ci(s, "Content-Length")
		&& !zend_string_equals_literal_ci(s, "Host") && !zend_string_equals_literal_ci(s, "Content-Type");
}

/* allowInternal: host names (the URL's host may then resolve to anything) and IP addresses or
 * CIDR ranges (the connected address may lie there). */
static bool parse_allow_internal(webhook_config *cfg, zval *v, const char *host)
{
	zval *entry;
	if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v)) || zend_hash_num_elements(Z_ARRVAL_P(v)) > WEBHOOK_MAX_ALLOW) {
		OPT_ERROR("option \"allowInternal\" must be a list of at most %d host names, IP addresses or CIDR ranges", WEBHOOK_MAX_ALLOW);
	}
	if (cfg->allow) {
		efree(cfg->allow);
	}
	cfg->allow = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(v)) + 1, sizeof(webhook_cidr), 0);
	cfg->allow_count = 0;
	cfg->host_allowed = false;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), entry) {
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) == IS_STRING && webhook_cidr_parse(Z_STRVAL_P(entry), Z_STRLEN_P(entry), &cfg->allow[cfg->allow_count])) {
			cfg->allow_count++;
		} else if (Z_TYPE_P(entry) == IS_STRING && shopcx_ascii_name_valid(Z_STRVAL_P(entry), Z_STRLEN_P(entry), WEBHOOK_MAX_HOST)) {
			if (host && strlen(host) == Z_STRLEN_P(entry) && strncasecmp(host, Z_STRVAL_P(entry), Z_STRLEN_P(entry)) == 0) {
				cfg->host_allowed = true;
			}
		} else {
			OPT_ERROR("option \"allowInternal\" must be a list of at most %d host names, IP addresses or CIDR ranges", WEBHOOK_MAX_ALLOW);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool parse_options(webhook_config *cfg, HashTable *options, const char *host)
{
	zend_string *key;
	zval *v;
	zend_long l;
	char line[1024];

	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		ZVAL_DEREF(v);
		if (key == NULL) {
			OPT_ERROR("must be an array with string keys");
		}
		if (zend_string_equals_literal(key, "connectTimeout")) {
			if (!opt_long(v, "connectTimeout", 1, 60000, &l)) return false;
			cfg->connect_timeout_ms = (long) l;
		} else if (zend_string_equals_literal(key, "timeout")) {
			if (!opt_long(v, "timeout", 1, 300000, &l)) return false;
			cfg->timeout_ms = (long) l;
		} else if (zend_string_equals_literal(key, "maxResponseBytes")) {
			if (!opt_long(v, "maxResponseBytes", 0, 16 * 1024 * 1024, &l)) return false;
			cfg->max_response = (size_t) l;
		} else if (zend_string_equals_literal(key, "verifyTls")) {
			if (!opt_bool(v, "verifyTls", &cfg->verify_tls)) return false;
		} else if (zend_string_equals_literal(key, "jitter")) {
			if (!opt_bool(v, "jitter", &cfg->jitter)) return false;
		} else if (zend_string_equals_literal(key, "seed")) {
			if (Z_TYPE_P(v) != IS_LONG) {
				OPT_ERROR("option \"seed\" must be an integer");
			}
			cfg->seeded = true;
			cfg->seed = (uint64_t) Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "backoffBase")) {
			if (!opt_long(v, "backoffBase", 1, 86400, &l)) return false;
			cfg->backoff_base = l;
		} else if (zend_string_equals_literal(key, "backoffMax")) {
			if (!opt_long(v, "backoffMax", 1, 7 * 86400, &l)) return false;
			cfg->backoff_max = l;
		} else if (zend_string_equals_literal(key, "maxRetryAfter")) {
			if (!opt_long(v, "maxRetryAfter", 0, 7 * 86400, &l)) return false;
			cfg->max_retry_after = l;
		} else if (zend_string_equals_literal(key, "concurrency")) {
			if (!opt_long(v, "concurrency", 1, 64, &l)) return false;
			cfg->concurrency = (long) l;
		} else if (zend_string_equals_literal(key, "caFile")) {
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) > 4096
				|| memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v))) {
				OPT_ERROR("option \"caFile\" must be a file path");
			}
			if (cfg->ca_file) {
				efree(cfg->ca_file);
			}
			cfg->ca_file = estrndup(Z_STRVAL_P(v), Z_STRLEN_P(v));
		} else if (zend_string_equals_literal(key, "userAgent")) {
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) > 256
				|| strpbrk(Z_STRVAL_P(v), "\r\n") || memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v))
				|| !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
				OPT_ERROR("option \"userAgent\" must be 1 to 256 bytes of UTF-8 without line breaks");
			}
			efree(cfg->user_agent);
			cfg->user_agent = estrndup(Z_STRVAL_P(v), Z_STRLEN_P(v));
		} else if (zend_string_equals_literal(key, "headers")) {
			zend_string *name;
			zval *value;
			if (Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) > WEBHOOK_MAX_HEADERS) {
				OPT_ERROR("option \"headers\" must be an array of at most %d name => value pairs", WEBHOOK_MAX_HEADERS);
			}
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), name, value) {
				struct curl_slist *next;
				if (name == NULL || !header_name_valid(name)) {
					OPT_ERROR("option \"headers\" must have header names of 1 to 64 characters of A-Z, a-z, 0-9, \"-\" and \"_\" (not X-ShopCx-*, Host, Content-Type or Content-Length)");
				}
				ZVAL_DEREF(value);
				/* The value is not echoed: it is typically a credential. */
				if (Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) > 900 || strpbrk(Z_STRVAL_P(value), "\r\n")
					|| memchr(Z_STRVAL_P(value), '\0', Z_STRLEN_P(value)) || !shopcx_utf8_valid(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
					OPT_ERROR("option \"headers\" value of \"%s\" must be a string of at most 900 bytes of UTF-8 without line breaks", ZSTR_VAL(name));
				}
				snprintf(line, sizeof(line), "%s: %s", ZSTR_VAL(name), Z_STRVAL_P(value));
				next = curl_slist_append(cfg->headers, line);
				shopcx_wipe(line, sizeof(line));
				if (!next) {
					zend_throw_error(NULL, "Out of memory");
					return false;
				}
				cfg->headers = next;
			} ZEND_HASH_FOREACH_END();
		} else if (zend_string_equals_literal(key, "allowInternal")) {
			if (!parse_allow_internal(cfg, v, host)) return false;
		} else {
			OPT_ERROR("contains the unknown option \"%s\"", ZSTR_VAL(key));
		}
	} ZEND_HASH_FOREACH_END();
	if (cfg->backoff_base > cfg->backoff_max) {
		OPT_ERROR("option \"backoffBase\" must not exceed \"backoffMax\"");
	}
	return true;
}

PHP_METHOD(ShopCx_Webhook_Client, __construct)
{
	zend_string *url, *secret;
	HashTable *options = NULL;
	client_object *intern = Z_CLIENT_P(ZEND_THIS);
	webhook_config *cfg;
	struct curl_slist *h;
	char *host = NULL;
	bool options_ok;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(url)
		Z_PARAM_STR(secret)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->cfg) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Webhook\\Client::__construct() twice");
		RETURN_THROWS();
	}
	if (!url_valid(url, &host)) {
		zend_argument_value_error(1, "must be an http:// or https:// URL with a host, of at most %d bytes", WEBHOOK_MAX_URL);
		RETURN_THROWS();
	}
	if (ZSTR_LEN(secret) < WEBHOOK_MIN_SECRET || ZSTR_LEN(secret) > WEBHOOK_MAX_SECRET) {
		efree(host);
		zend_argument_value_error(2, "must be %d to %d bytes long", WEBHOOK_MIN_SECRET, WEBHOOK_MAX_SECRET);
		RETURN_THROWS();
	}

	cfg = ecalloc(1, sizeof(*cfg));
	cfg->url = estrndup(ZSTR_VAL(url), ZSTR_LEN(url));
	cfg->user_agent = estrdup("ShopCx-Webhook/" PHP_SHOPCX_VERSION);
	cfg->connect_timeout_ms = 2000;
	cfg->timeout_ms = 10000;
	cfg->max_response = 65536;
	cfg->verify_tls = true;
	cfg->jitter = true;
	cfg->backoff_base = 30;
	cfg->backoff_max = 86400;
	cfg->max_retry_after = 86400;
	cfg->concurrency = 8;
	/* "Expect:" off: no 100-continue round trip before larger bodies. */
	if ((h = curl_slist_append(NULL, "Content-Type: application/json")) == NULL
		|| (cfg->headers = curl_slist_append(h, "Expect:")) == NULL) {
		curl_slist_free_all(h);
		cfg->headers = NULL;
		config_free(cfg);
		efree(host);
		zend_throw_error(NULL, "Out of memory");
		RETURN_THROWS();
	}
	options_ok = options == NULL || parse_options(cfg, options, host);
	efree(host);
	if (!options_ok) {
		config_free(cfg);
		RETURN_THROWS();
	}
	intern->cfg = cfg;
	intern->secret = emalloc(ZSTR_LEN(secret));
	memcpy(intern->secret, ZSTR_VAL(secret), ZSTR_LEN(secret));
	intern->secret_len = ZSTR_LEN(secret);
}

static client_object *client_checked(zval *this_zv)
{
	client_object *intern = Z_CLIENT_P(this_zv);
	if (intern->cfg == NULL) {
		zend_throw_error(NULL, "ShopCx\\Webhook\\Client object is not initialized");
		return NULL;
	}
	return intern;
}

/* ---- signatures ------------------------------------------------------------------------- */

static void signature_mac(const unsigned char *secret, size_t secret_len, int64_t t, const char *body, size_t body_len,
	unsigned char mac[SHOPCX_HMAC_SHA256_SIZE])
{
	char prefix[24];
	size_t plen = (size_t) snprintf(prefix, sizeof(prefix), "%" PRId64 ".", t);
	char *msg = emalloc(plen + body_len);
	memcpy(msg, prefix, plen);
	memcpy(msg + plen, body, body_len);
	shopcx_hmac_sha256_once(secret, secret_len, (const unsigned char *) msg, plen + body_len, mac);
	efree(msg);
}

/* "t=<t>,v1=<64 hex>" into out (room for 96 bytes). */
static void signature_header(const unsigned char *secret, size_t secret_len, int64_t t, const char *body, size_t body_len, char *out)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char mac[SHOPCX_HMAC_SHA256_SIZE];
	size_t pos, i;

	signature_mac(secret, secret_len, t, body, body_len, mac);
	pos = (size_t) snprintf(out, 40, "t=%" PRId64 ",v1=", t);
	for (i = 0; i < sizeof(mac); i++) {
		out[pos++] = hex[mac[i] >> 4];
		out[pos++] = hex[mac[i] & 15];
	}
	out[pos] = '\0';
}

PHP_METHOD(ShopCx_Webhook_Client, sign)
{
	zend_string *secret, *body;
	zend_object *ts_obj = NULL;
	zend_long ts_long = 0;
	int64_t ts;
	char header[128];

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(secret)
		Z_PARAM_STR(body)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(ts_obj, shopcx_date_ce(), ts_long)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(secret) < WEBHOOK_MIN_SECRET || ZSTR_LEN(secret) > WEBHOOK_MAX_SECRET) {
		zend_argument_value_error(1, "must be %d to %d bytes long", WEBHOOK_MIN_SECRET, WEBHOOK_MAX_SECRET);
		RETURN_THROWS();
	}
	if (!shopcx_time_param(ts_obj, ts_long, 3, &ts)) {
		RETURN_THROWS();
	}
	signature_header((const unsigned char *) ZSTR_VAL(secret), ZSTR_LEN(secret), ts, ZSTR_VAL(body), ZSTR_LEN(body), header);
	RETURN_STRING(header);
}

PHP_METHOD(ShopCx_Webhook_Client, verify)
{
	zend_string *secret, *body, *signature;
	zend_object *now_obj = NULL;
	zend_long now_long = 0, tolerance = 300;
	int64_t now, t = 0;
	unsigned char sigs[4][32], mac[SHOPCX_HMAC_SHA256_SIZE];
	size_t count, i;
	bool ok = false;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_STR(secret)
		Z_PARAM_STR(body)
		Z_PARAM_STR(signature)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(tolerance)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(secret) < WEBHOOK_MIN_SECRET || ZSTR_LEN(secret) > WEBHOOK_MAX_SECRET) {
		zend_argument_value_error(1, "must be %d to %d bytes long", WEBHOOK_MIN_SECRET, WEBHOOK_MAX_SECRET);
		RETURN_THROWS();
	}
	if (!shopcx_time_param(now_obj, now_long, 4, &now)) {
		RETURN_THROWS();
	}
	if (tolerance < 1 || tolerance > WEBHOOK_MAX_TOLERANCE) {
		zend_argument_value_error(5, "must be between 1 and %d seconds", WEBHOOK_MAX_TOLERANCE);
		RETURN_THROWS();
	}
	/* A header from the network: anything malformed, stale or forged is simply false. */
	if (ZSTR_LEN(signature) > 512) {
		RETURN_FALSE;
	}
	count = webhook_parse_signature(ZSTR_VAL(signature), ZSTR_LEN(signature), &t, sigs, 4);
	if (count == 0 || t > now + tolerance || t < now - tolerance) {
		RETURN_FALSE;
	}
	signature_mac((const unsigned char *) ZSTR_VAL(secret), ZSTR_LEN(secret), t, ZSTR_VAL(body), ZSTR_LEN(body), mac);
	for (i = 0; i < count; i++) {
		ok |= shopcx_equal_ct(mac, sigs[i], sizeof(mac));
	}
	RETURN_BOOL(ok);
}

/* ---- events ----------------------------------------------------------------------------- */

typedef struct {
	zend_string *body;
	char type[WEBHOOK_MAX_TYPE + 1];
	webhook_transfer t;
} event_slot;

static bool type_valid(const zend_string *s)
{
	size_t i;
	if (ZSTR_LEN(s) == 0 || ZSTR_LEN(s) > WEBHOOK_MAX_TYPE) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(s); i++) {
		char c = ZSTR_VAL(s)[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
			return false;
		}
	}
	return true;
}

static bool event_id_valid(const zend_string *s)
{
	size_t i;
	if (ZSTR_LEN(s) == 0 || ZSTR_LEN(s) > WEBHOOK_EVENT_ID_MAX) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(s); i++) {
		char c = ZSTR_VAL(s)[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
			return false;
		}
	}
	return true;
}

/* Where an event's field comes from, for messages: send() arguments or a sendMany() entry. */
typedef struct {
	bool many;
	const char *entry;   /* "entry 3" / "entry \"low\"" */
} event_where;

static bool event_prepare(client_object *c, event_slot *slot, const event_where *w, zend_string *type, zval *payload,
	zend_string *id, zend_long attempt, int64_t now)
{
	json_t *data, *root;
	char err[256];
	char sig[128];
	unsigned char raw[16];
	uint64_t h = UINT64_C(14695981039346656037);
	size_t i;

	memset(slot, 0, sizeof(*slot));
	if (!type_valid(type)) {
		if (w->many) {
			zend_argument_value_error(1, "%s key \"type\" must be 1 to %d characters of a-z, 0-9, \".\", \"_\" and \"-\"", w->entry, WEBHOOK_MAX_TYPE);
		} else {
			zend_argument_value_error(1, "must be 1 to %d characters of a-z, 0-9, \".\", \"_\" and \"-\"", WEBHOOK_MAX_TYPE);
		}
		return false;
	}
	if (id != NULL && !event_id_valid(id)) {
		if (w->many) {
			zend_argument_value_error(1, "%s key \"id\" must be 1 to %d characters of A-Z, a-z, 0-9, \"_\" and \"-\"", w->entry, WEBHOOK_EVENT_ID_MAX);
		} else {
			zend_argument_value_error(4, "key \"id\" must be 1 to %d characters of A-Z, a-z, 0-9, \"_\" and \"-\"", WEBHOOK_EVENT_ID_MAX);
		}
		return false;
	}
	if (attempt < 1 || attempt > WEBHOOK_MAX_ATTEMPT) {
		if (w->many) {
			zend_argument_value_error(1, "%s key \"attempt\" must be between 1 and %d", w->entry, WEBHOOK_MAX_ATTEMPT);
		} else {
			zend_argument_value_error(4, "key \"attempt\" must be between 1 and %d", WEBHOOK_MAX_ATTEMPT);
		}
		return false;
	}
	data = shopcx_json_from_zval(payload, SHOPCX_JSON_MAX_DEPTH, err, sizeof(err));
	if (data == NULL) {
		if (w->many) {
			zend_argument_value_error(1, "%s key \"payload\" could not be encoded as JSON: %s", w->entry, err);
		} else {
			zend_argument_value_error(2, "could not be encoded as JSON: %s", err);
		}
		return false;
	}
	if (json_is_array(data) && json_array_size(data) == 0) {
		json_decref(data);
		data = json_object();   /* [] in PHP is most likely "no fields" */
	}

	if (id) {
		memcpy(slot->t.event_id, ZSTR_VAL(id), ZSTR_LEN(id) + 1);
	} else {
		static const char hex[] = "0123456789abcdef";
		if (php_random_bytes_throw(raw, sizeof(raw)) == FAILURE) {
			json_decref(data);
			return false;
		}
		for (i = 0; i < sizeof(raw); i++) {
			slot->t.event_id[2 * i] = hex[raw[i] >> 4];
			slot->t.event_id[2 * i + 1] = hex[raw[i] & 15];
		}
		slot->t.event_id[2 * sizeof(raw)] = '\0';
	}
	memcpy(slot->type, ZSTR_VAL(type), ZSTR_LEN(type) + 1);

	root = json_object();
	json_object_set_new(root, "id", json_string(slot->t.event_id));
	json_object_set_new(root, "type", json_string(slot->type));
	json_object_set_new(root, "time", json_integer((json_int_t) now));
	json_object_set_new(root, "data", data);
	slot->body = shopcx_json_dump(root, 0);
	json_decref(root);
	if (slot->body == NULL) {
		zend_throw_error(NULL, "Out of memory");
		return false;
	}
	if (ZSTR_LEN(slot->body) > WEBHOOK_MAX_BODY) {
		zend_string_release(slot->body);
		slot->body = NULL;
		if (w->many) {
			zend_argument_value_error(1, "%s key \"payload\" must encode to at most %d bytes of JSON", w->entry, WEBHOOK_MAX_BODY);
		} else {
			zend_argument_value_error(2, "must encode to at most %d bytes of JSON", WEBHOOK_MAX_BODY);
		}
		return false;
	}

	slot->t.body = ZSTR_VAL(slot->body);
	slot->t.body_len = ZSTR_LEN(slot->body);
	slot->t.attempt = (long) attempt;
	if (c->cfg->seeded) {
		/* Reproducible, yet different per event and attempt. */
		for (i = 0; slot->t.event_id[i]; i++) {
			h = (h ^ (unsigned char) slot->t.event_id[i]) * UINT64_C(1099511628211);
		}
		slot->t.random = webhook_mix(c->cfg->seed ^ h ^ ((uint64_t) attempt << 32));
	} else {
		php_random_bytes_silent(&slot->t.random, sizeof(slot->t.random));
	}
	signature_header(c->secret, c->secret_len, now, slot->t.body, slot->t.body_len, sig);
	if (!webhook_transfer_init(&slot->t, c->cfg, slot->type, sig)) {
		/* Reported per event by webhook_run as out of memory. */
		webhook_transfer_free(&slot->t);
	}
	return true;
}

static void slot_free(event_slot *slot)
{
	webhook_transfer_free(&slot->t);
	if (slot->body) {
		zend_string_release(slot->body);
		slot->body = NULL;
	}
}

static void result_make(zval *rv, const event_slot *slot, const webhook_outcome *o)
{
	zend_object *obj;
	object_init_ex(rv, result_ce);
	obj = Z_OBJ_P(rv);
	zend_update_property_bool(result_ce, obj, "delivered", sizeof("delivered") - 1, o->delivered);
	zend_update_property_long(result_ce, obj, "status", sizeof("status") - 1, o->status);
	zend_update_property_bool(result_ce, obj, "retryable", sizeof("retryable") - 1, o->retryable);
	if (o->has_retry_at) {
		zend_update_property_long(result_ce, obj, "retryAt", sizeof("retryAt") - 1, (zend_long) o->retry_at);
	} else {
		zend_update_property_null(result_ce, obj, "retryAt", sizeof("retryAt") - 1);
	}
	if (o->error[0]) {
		zend_update_property_string(result_ce, obj, "error", sizeof("error") - 1, o->error);
	} else {
		zend_update_property_null(result_ce, obj, "error", sizeof("error") - 1);
	}
	zend_update_property_string(result_ce, obj, "eventId", sizeof("eventId") - 1, slot->t.event_id);
	zend_update_property_long(result_ce, obj, "attempt", sizeof("attempt") - 1, slot->t.attempt);
}

static CURLM *client_multi(client_object *c)
{
	if (c->multi == NULL) {
		c->multi = curl_multi_init();
	}
	return c->multi;
}

static void deliver(client_object *c, event_slot *slots, size_t count)
{
	webhook_transfer **ts;
	CURLM *multi = client_multi(c);
	size_t i;

	if (count == 0) {
		return;
	}
	ts = safe_emalloc(count, sizeof(webhook_transfer *), 0);
	for (i = 0; i < count; i++) {
		ts[i] = &slots[i].t;
		if (multi == NULL) {
			/* Classified as a retryable failure like any other allocation failure. */
			webhook_transfer_free(ts[i]);
		}
	}
	if (multi) {
		webhook_run(multi, c->cfg, ts, count);
	} else {
		for (i = 0; i < count; i++) {
			ts[i]->code = CURLE_OUT_OF_MEMORY;
			ts[i]->done = true;
		}
	}
	efree(ts);
}

PHP_METHOD(ShopCx_Webhook_Client, send)
{
	zend_string *type, *id = NULL;
	zval *payload, *v;
	HashTable *delivery = NULL;
	zend_object *now_obj = NULL;
	zend_long now_long = 0, attempt = 1;
	int64_t now;
	client_object *c;
	event_slot slot;
	webhook_outcome outcome;
	event_where where = { false, "" };
	zend_string *key;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_STR(type)
		Z_PARAM_ARRAY(payload)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(delivery)
	ZEND_PARSE_PARAMETERS_END();

	if ((c = client_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (!shopcx_time_param(now_obj, now_long, 3, &now)) {
		RETURN_THROWS();
	}
	if (delivery) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(delivery, key, v) {
			ZVAL_DEREF(v);
			if (key && zend_string_equals_literal(key, "id")) {
				if (Z_TYPE_P(v) == IS_NULL) {
					continue;
				}
				if (Z_TYPE_P(v) != IS_STRING) {
					zend_argument_type_error(4, "key \"id\" must be of type ?string, %s given", zend_zval_type_name(v));
					RETURN_THROWS();
				}
				id = Z_STR_P(v);
			} else if (key && zend_string_equals_literal(key, "attempt")) {
				if (Z_TYPE_P(v) != IS_LONG) {
					zend_argument_type_error(4, "key \"attempt\" must be of type int, %s given", zend_zval_type_name(v));
					RETURN_THROWS();
				}
				attempt = Z_LVAL_P(v);
			} else {
				zend_argument_value_error(4, "may only contain the keys \"id\" and \"attempt\"");
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (!event_prepare(c, &slot, &where, type, payload, id, attempt, now)) {
		slot_free(&slot);
		RETURN_THROWS();
	}
	deliver(c, &slot, 1);
	webhook_classify(c->cfg, &slot.t, now, &outcome);
	result_make(return_value, &slot, &outcome);
	slot_free(&slot);
}

PHP_METHOD(ShopCx_Webhook_Client, sendMany)
{
	HashTable *events;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	client_object *c;
	event_slot *slots;
	uint32_t count;
	size_t n = 0, i;
	zend_string *key;
	zend_ulong index;
	zval *entry, result;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ARRAY_HT(events)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((c = client_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (!shopcx_time_param(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	count = zend_hash_num_elements(events);
	if (count > WEBHOOK_MAX_EVENTS) {
		zend_argument_value_error(1, "must not hold more than %d events", WEBHOOK_MAX_EVENTS);
		RETURN_THROWS();
	}
	slots = safe_emalloc(count ? count : 1, sizeof(event_slot), 0);
	ZEND_HASH_FOREACH_KEY_VAL(events, index, key, entry) {
		char label[96];
		event_where where = { true, label };
		zval *type, *payload, *id, *attempt;
		zend_long attempt_n = 1;

		if (key) {
			snprintf(label, sizeof(label), "entry \"%.64s\"", ZSTR_VAL(key));
		} else {
			snprintf(label, sizeof(label), "entry " ZEND_ULONG_FMT, index);
		}
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) != IS_ARRAY
			|| (type = zend_hash_str_find_deref(Z_ARRVAL_P(entry), "type", 4)) == NULL || Z_TYPE_P(type) != IS_STRING
			|| (payload = zend_hash_str_find_deref(Z_ARRVAL_P(entry), "payload", 7)) == NULL || Z_TYPE_P(payload) != IS_ARRAY) {
			zend_argument_value_error(1, "%s must be an array with a string \"type\" and an array \"payload\"", label);
			goto fail;
		}
		id = zend_hash_str_find_deref(Z_ARRVAL_P(entry), "id", 2);
		if (id && Z_TYPE_P(id) != IS_STRING && Z_TYPE_P(id) != IS_NULL) {
			zend_argument_type_error(1, "%s key \"id\" must be of type ?string, %s given", label, zend_zval_type_name(id));
			goto fail;
		}
		attempt = zend_hash_str_find_deref(Z_ARRVAL_P(entry), "attempt", 7);
		if (attempt && Z_TYPE_P(attempt) != IS_LONG) {
			zend_argument_type_error(1, "%s key \"attempt\" must be of type int, %s given", label, zend_zval_type_name(attempt));
			goto fail;
		}
		if (attempt) {
			attempt_n = Z_LVAL_P(attempt);
		}
		if (!event_prepare(c, &slots[n], &where, Z_STR_P(type), payload, (id && Z_TYPE_P(id) == IS_STRING) ? Z_STR_P(id) : NULL,
				attempt_n, now)) {
			slot_free(&slots[n]);
			goto fail;
		}
		n++;
	} ZEND_HASH_FOREACH_END();

	deliver(c, slots, n);
	array_init_size(return_value, count);
	i = 0;
	ZEND_HASH_FOREACH_KEY(events, index, key) {
		webhook_outcome outcome;
		webhook_classify(c->cfg, &slots[i].t, now, &outcome);
		result_make(&result, &slots[i], &outcome);
		if (key) {
			zend_hash_update(Z_ARRVAL_P(return_value), key, &result);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(return_value), index, &result);
		}
		slot_free(&slots[i]);
		i++;
	} ZEND_HASH_FOREACH_END();
	efree(slots);
	return;

fail:
	for (i = 0; i < n; i++) {
		slot_free(&slots[i]);
	}
	efree(slots);
	RETURN_THROWS();
}

PHP_METHOD(ShopCx_Webhook_Result, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Webhook_Result, toArray)
{
	static const char *const names[] = { "delivered", "status", "retryable", "retryAt", "error", "eventId", "attempt" };
	size_t i;
	zval rv, *v;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		v = zend_read_property(result_ce, Z_OBJ_P(ZEND_THIS), names[i], strlen(names[i]), 1, &rv);
		Z_TRY_ADDREF_P(v);
		add_assoc_zval(return_value, names[i], v);
	}
}

PHP_MINIT_FUNCTION(shopcx_webhook)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	client_ce = register_class_ShopCx_Webhook_Client();
	client_ce->create_object = client_create;
	memcpy(&client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	client_handlers.offset = offsetof(client_object, std);
	client_handlers.free_obj = client_free;
	client_handlers.clone_obj = NULL;   /* holds a secret and a connection cache */

	result_ce = register_class_ShopCx_Webhook_Result();
	return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(shopcx_webhook)
{
	curl_global_cleanup();
	return SUCCESS;
}
