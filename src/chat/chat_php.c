/*
 * ShopCx\Chat\Rules and ShopCx\Chat\Invitation: PHP binding over chat_core.
 * The visit and team arrays are read into stack structs; only a match allocates (the Invitation).
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
#include "common/shopcx_json.h"
#include "common/shopcx_locale.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "delivery/delivery_php.h"
#include "chat_php.h"
#include "chat_arginfo.h"

#define CHAT_MAX_URL 2048

typedef chat_rules_object rules_object;
typedef chat_decision decision;

static zend_class_entry *rules_ce;
zend_class_entry *shopcx_chat_invitation_ce;
static zend_object_handlers rules_handlers;

static inline rules_object *rules_from_obj(zend_object *obj)
{
	return (rules_object *) ((char *) obj - offsetof(rules_object, std));
}
#define Z_RULES_P(zv) rules_from_obj(Z_OBJ_P(zv))

static zend_object *rules_create(zend_class_entry *ce)
{
	rules_object *intern = zend_object_alloc(sizeof(rules_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &rules_handlers;
	return &intern->std;
}

static void rules_free(zend_object *object)
{
	rules_object *intern = rules_from_obj(object);
	shopcx_chat_cache_free(intern);
	chat_rules_free(intern->rules);
	shopcx_tz_free(&intern->tz);
	if (intern->calendar) {
		OBJ_RELEASE(intern->calendar);
	}
	zend_object_std_dtor(&intern->std);
}

static rules_object *rules_checked(zval *this_zv)
{
	rules_object *intern = Z_RULES_P(this_zv);
	if (intern->rules == NULL) {
		zend_throw_error(NULL, "ShopCx\\Chat\\Rules object is not initialized");
		return NULL;
	}
	return intern;
}

/* ---- building ------------------------------------------------------------------------- */

/*
 * Time-zone tables by name, kept for the life of the process: loading one through ext/date costs
 * more than validating a whole rules document, and a shop builds its rules on every request.
 * Zone data is compiled into PHP, so a table never goes stale. Not under ZTS (no lock here).
 */
#define TZ_CACHE_SIZE 8
#ifndef ZTS
static struct {
	char name[64];
	shopcx_tz_transition *transitions;   /* malloc'd, never freed: reachable until exit */
	size_t count;
} tz_cache[TZ_CACHE_SIZE];
#endif

static bool tz_load_cached(const char *name, shopcx_tz *out)
{
#ifndef ZTS
	int i;
	for (i = 0; i < TZ_CACHE_SIZE && tz_cache[i].transitions; i++) {
		if (strcmp(tz_cache[i].name, name) == 0) {
			memset(out, 0, sizeof(*out));
			memcpy(out->name, tz_cache[i].name, sizeof(out->name));
			out->count = tz_cache[i].count;
			out->transitions = safe_emalloc(out->count, sizeof(shopcx_tz_transition), 0);
			memcpy(out->transitions, tz_cache[i].transitions, out->count * sizeof(shopcx_tz_transition));
			return true;
		}
	}
	if (!shopcx_tz_load(name, strlen(name), out)) {
		return false;
	}
	if (i < TZ_CACHE_SIZE) {
		shopcx_tz_transition *copy = malloc(out->count * sizeof(shopcx_tz_transition));
		if (copy) {
			memcpy(copy, out->transitions, out->count * sizeof(shopcx_tz_transition));
			snprintf(tz_cache[i].name, sizeof(tz_cache[i].name), "%s", name);
			tz_cache[i].count = out->count;
			tz_cache[i].transitions = copy;
		}
	}
	return true;
#else
	return shopcx_tz_load(name, strlen(name), out);
#endif
}

/* Validates `doc` and fills return_value with a new Rules object; throws ConfigException otherwise. */
static void rules_build(const json_t *doc, zend_object *calendar, zval *return_value)
{
	char err[512];
	chat_rules *rules;
	rules_object *intern;
	shopcx_tz tz;
	zval own_calendar;
	const shopcx_calendar *cal = NULL;

	ZVAL_UNDEF(&own_calendar);
	rules = chat_rules_parse(doc, err, sizeof(err));
	if (rules == NULL) {
		shopcx_throw_config("%s", err);
		return;
	}
	if (rules->holidays[0]) {
		uint8_t country, region;
		zend_string *code;
		if (calendar) {
			shopcx_throw_config("$.holidays and the $holidays argument are both given: use one of them");
			chat_rules_free(rules);
			return;
		}
		if (!shopcx_calendar_parse_code(rules->holidays, strlen(rules->holidays), &country, &region) || country == 0) {
			shopcx_throw_config("$.holidays \"%s\" is not a country or region that ShopCx\\Delivery\\Calendar knows (such as \"NL\" or \"DE-BY\")", rules->holidays);
			chat_rules_free(rules);
			return;
		}
		/* The shop's public holidays, Monday to Friday: holiday_cb() looks past the weekdays. */
		code = zend_string_init(rules->holidays, strlen(rules->holidays), 0);
		if (!shopcx_delivery_calendar_new(&own_calendar, code, NULL)) {
			zend_string_release(code);
			chat_rules_free(rules);
			return;
		}
		zend_string_release(code);
		calendar = Z_OBJ(own_calendar);
	}
	if (calendar && (cal = shopcx_calendar_from_object(calendar)) == NULL) {
		zval_ptr_dtor(&own_calendar);
		chat_rules_free(rules);
		return;
	}
	if (!tz_load_cached(rules->timezone, &tz)) {
		shopcx_throw_config("$.timezone \"%s\" is not a known IANA time zone (such as \"Europe/Amsterdam\")", rules->timezone);
		zval_ptr_dtor(&own_calendar);
		chat_rules_free(rules);
		return;
	}
	object_init_ex(return_value, rules_ce);
	intern = Z_RULES_P(return_value);
	intern->rules = rules;
	intern->tz = tz;
	if (calendar) {
		GC_ADDREF(calendar);
		intern->calendar = calendar;
		intern->cal = cal;
	}
	shopcx_chat_cache_build(intern);
	zval_ptr_dtor(&own_calendar);
}

PHP_METHOD(ShopCx_Chat_Rules, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Chat_Rules, fromArray)
{
	zval *document;
	zend_object *calendar = NULL;
	json_t *json;
	char err[512];

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY(document)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(calendar, shopcx_ce_delivery_calendar)
	ZEND_PARSE_PARAMETERS_END();

	json = shopcx_json_from_zval(document, SHOPCX_JSON_MAX_DEPTH, err, sizeof(err));
	if (json == NULL) {
		shopcx_throw_config("%s", err);
		RETURN_THROWS();
	}
	/* No byte bound here: the counts and lengths the parser enforces bound an array document. */
	rules_build(json, calendar, return_value);
	json_decref(json);
}

PHP_METHOD(ShopCx_Chat_Rules, fromJson)
{
	zend_string *text;
	zend_object *calendar = NULL;
	json_t *json;
	json_error_t error;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(text)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(calendar, shopcx_ce_delivery_calendar)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(text) > CHAT_MAX_DOC_BYTES) {
		shopcx_throw_config("$ must be at most %d bytes of JSON, %zu given", CHAT_MAX_DOC_BYTES, ZSTR_LEN(text));
		RETURN_THROWS();
	}
	if (!shopcx_check_utf8_field(text, "The rules document", true)) {
		RETURN_THROWS();
	}
	json = json_loadb(ZSTR_VAL(text), ZSTR_LEN(text), JSON_REJECT_DUPLICATES, &error);
	if (json == NULL) {
		shopcx_throw_config("$ is not valid JSON: %s at line %d column %d", error.text, error.line, error.column);
		RETURN_THROWS();
	}
	rules_build(json, calendar, return_value);
	json_decref(json);
}

/* ---- the visit and team arrays -------------------------------------------------------- */

typedef enum {
	VK_PAGE_TYPE, VK_URL, VK_SECONDS, VK_ADDED_TO_CART, VK_CART_VALUE, VK_CART_ITEMS, VK_SEGMENT,
	VK_VISIT_COUNT, VK_PAGES_VIEWED, VK_LIFETIME_VALUE, VK_LANGUAGE, VK_DEVICE, VK_SEARCH_RESULTS,
	VK_PRODUCT_PRICE, VK_CATEGORY, VK_RETURN_RATE, VK_CROSS_SELL, VK_INVITATIONS_VISIT,
	VK_INVITATIONS_TODAY, VK_LAST_DISMISSED, VK_CHAT_OPEN, VK_COUNT
} visit_key;

static struct {
	const char *name;
	int field;          /* chat_field, -1 for the caps keys */
	size_t len;         /* filled in MINIT */
	chat_num_kind kind; /* of numeric fields, filled in MINIT */
} visit_keys[VK_COUNT] = {
	[VK_PAGE_TYPE] = { "pageType", CHAT_F_PAGE_TYPE },
	[VK_URL] = { "url", CHAT_F_URL },
	[VK_SECONDS] = { "secondsOnPage", CHAT_F_SECONDS },
	[VK_ADDED_TO_CART] = { "addedToCart", CHAT_F_ADDED_TO_CART },
	[VK_CART_VALUE] = { "cartValue", CHAT_F_CART_VALUE },
	[VK_CART_ITEMS] = { "cartItems", CHAT_F_CART_ITEMS },
	[VK_SEGMENT] = { "segment", CHAT_F_SEGMENT },
	[VK_VISIT_COUNT] = { "visitCount", CHAT_F_VISIT_COUNT },
	[VK_PAGES_VIEWED] = { "pagesViewed", CHAT_F_PAGES_VIEWED },
	[VK_LIFETIME_VALUE] = { "lifetimeValue", CHAT_F_LIFETIME_VALUE },
	[VK_LANGUAGE] = { "language", CHAT_F_LANGUAGE },
	[VK_DEVICE] = { "device", CHAT_F_DEVICE },
	[VK_SEARCH_RESULTS] = { "searchResults", CHAT_F_SEARCH_RESULTS },
	[VK_PRODUCT_PRICE] = { "productPrice", CHAT_F_PRODUCT_PRICE },
	[VK_CATEGORY] = { "category", CHAT_F_CATEGORY },
	[VK_RETURN_RATE] = { "returnRate", CHAT_F_RETURN_RATE },
	[VK_CROSS_SELL] = { "crossSellCandidates", CHAT_F_CROSS_SELL },
	[VK_INVITATIONS_VISIT] = { "invitationsThisVisit", -1 },
	[VK_INVITATIONS_TODAY] = { "invitationsToday", -1 },
	[VK_LAST_DISMISSED] = { "lastDismissedAt", -1 },
	[VK_CHAT_OPEN] = { "chatOpen", -1 },
};

/* Open addressing over the keys' PHP hashes: one probe for almost every key of a visit. */
#define KEY_SLOTS 64
static struct {
	zend_ulong h;
	int8_t key;   /* visit_key, -1 empty */
} key_table[KEY_SLOTS];

static void key_table_init(void)
{
	int k;
	for (k = 0; k < KEY_SLOTS; k++) {
		key_table[k].key = -1;
	}
	for (k = 0; k < VK_COUNT; k++) {
		zend_ulong h;
		visit_keys[k].len = strlen(visit_keys[k].name);
		if (visit_keys[k].field >= 0 && visit_keys[k].field < CHAT_F_NUM_COUNT) {
			visit_keys[k].kind = chat_field_num_kind((chat_field) visit_keys[k].field);
		}
		h = zend_inline_hash_func(visit_keys[k].name, visit_keys[k].len);
		uint32_t slot = (uint32_t) (h & (KEY_SLOTS - 1));
		while (key_table[slot].key >= 0) {
			slot = (slot + 1) & (KEY_SLOTS - 1);
		}
		key_table[slot].h = h;
		key_table[slot].key = (int8_t) k;
	}
}

/* Equal bytes, compared a word at a time without a call: visit keys are 3 to 20 bytes. */
static zend_always_inline bool same_bytes(const char *a, const char *b, size_t len)
{
	uint64_t x, y;
	size_t i;
	if (len < 8) {
		for (i = 0; i < len; i++) {
			if (a[i] != b[i]) {
				return false;
			}
		}
		return true;
	}
	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y) {
			return false;
		}
	}
	memcpy(&x, a + len - 8, 8);
	memcpy(&y, b + len - 8, 8);
	return x == y;
}

static int key_lookup(zend_string *key)
{
	zend_ulong h = ZSTR_H(key) ? ZSTR_H(key) : zend_string_hash_val(key);
	uint32_t slot = (uint32_t) (h & (KEY_SLOTS - 1));
	while (key_table[slot].key >= 0) {
		if (key_table[slot].h == h) {
			int k = key_table[slot].key;
			if (visit_keys[k].len == ZSTR_LEN(key) && same_bytes(visit_keys[k].name, ZSTR_VAL(key), ZSTR_LEN(key))) {
				return key_table[slot].key;
			}
		}
		slot = (slot + 1) & (KEY_SLOTS - 1);
	}
	return -1;
}

/* An unknown key as it may appear in a message: short valid UTF-8, else "?". */
static const char *printable_key(const zend_string *key)
{
	return ZSTR_LEN(key) <= 64 && shopcx_utf8_valid(ZSTR_VAL(key), ZSTR_LEN(key)) ? ZSTR_VAL(key) : "?";
}

static bool visit_int(zval *value, const char *name, int64_t *out)
{
	if (Z_TYPE_P(value) != IS_LONG) {
		zend_argument_type_error(1, "key \"%s\" must be of type int, %s given", name, zend_zval_type_name(value));
		return false;
	}
	if (Z_LVAL_P(value) < 0) {
		zend_argument_value_error(1, "key \"%s\" must be greater than or equal to 0", name);
		return false;
	}
	*out = (int64_t) Z_LVAL_P(value);
	return true;
}

static bool visit_number(zval *value, const char *name, chat_num_kind kind, double *out)
{
	double x;
	if (Z_TYPE_P(value) == IS_LONG) {
		if (kind == CHAT_NUM_INT) {
			if (Z_LVAL_P(value) < 0) {
				zend_argument_value_error(1, "key \"%s\" must be greater than or equal to 0", name);
				return false;
			}
		}
		x = (double) Z_LVAL_P(value);
	} else if (Z_TYPE_P(value) == IS_DOUBLE && kind != CHAT_NUM_INT) {
		x = Z_DVAL_P(value);
	} else {
		zend_argument_type_error(1, "key \"%s\" must be of type %s, %s given", name,
			kind == CHAT_NUM_INT ? "?int" : "int|float|null", zend_zval_type_name(value));
		return false;
	}
	if (!(x >= 0) || !zend_finite(x) || (kind == CHAT_NUM_RATE && x > 1)) {
		zend_argument_value_error(1, "key \"%s\" must be %s", name,
			kind == CHAT_NUM_RATE ? "between 0 and 1" : "a finite number greater than or equal to 0");
		return false;
	}
	*out = x;
	return true;
}

static bool visit_string(zval *value, const char *name, size_t max)
{
	if (Z_TYPE_P(value) != IS_STRING) {
		zend_argument_type_error(1, "key \"%s\" must be of type ?string, %s given", name, zend_zval_type_name(value));
		return false;
	}
	if (Z_STRLEN_P(value) > max) {
		zend_argument_value_error(1, "key \"%s\" must be at most %zu bytes long", name, max);
		return false;
	}
	if (!shopcx_utf8_valid(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
		zend_argument_value_error(1, "key \"%s\" must be valid UTF-8", name);
		return false;
	}
	return true;
}

/* A value compared with ASCII names only (pageType, device, language): anything else is refused
 * by that comparison, so no UTF-8 scan is needed. */
static inline bool visit_token(zval *value, const char *name)
{
	if (Z_TYPE_P(value) != IS_STRING) {
		zend_argument_type_error(1, "key \"%s\" must be of type ?string, %s given", name, zend_zval_type_name(value));
		return false;
	}
	return true;
}

static bool visit_bool(zval *value, const char *name, bool *out)
{
	if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
		zend_argument_type_error(1, "key \"%s\" must be of type bool, %s given", name, zend_zval_type_name(value));
		return false;
	}
	*out = Z_TYPE_P(value) == IS_TRUE;
	return true;
}

static bool visit_category(zval *value, chat_visit *v, chat_string *storage)
{
	zval *item;
	if (Z_TYPE_P(value) == IS_STRING) {
		if (!visit_string(value, "category", CHAT_MAX_STRING)) {
			return false;
		}
		storage[0].s = Z_STRVAL_P(value);
		storage[0].len = Z_STRLEN_P(value);
		v->category_count = 1;
		return true;
	}
	if (Z_TYPE_P(value) != IS_ARRAY) {
		zend_argument_type_error(1, "key \"category\" must be of type string|array|null, %s given", zend_zval_type_name(value));
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(value)) > CHAT_MAX_LIST) {
		zend_argument_value_error(1, "key \"category\" must not hold more than %d categories", CHAT_MAX_LIST);
		return false;
	}
	v->category_count = 0;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
		ZVAL_DEREF(item);
		if (!visit_string(item, "category", CHAT_MAX_STRING)) {
			return false;
		}
		storage[v->category_count].s = Z_STRVAL_P(item);
		storage[v->category_count].len = Z_STRLEN_P(item);
		v->category_count++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Reads a visit array into *v (pointing into the array's strings). Throws and returns false on bad input. */
static bool visit_read(HashTable *ht, chat_visit *v, chat_string *categories)
{
	zend_string *key;
	zval *value;

	memset(v, 0, sizeof(*v));
	v->locale = SHOPCX_LOCALE_INVALID;
	/* Unset booleans mean "no": nobody added to cart, no chat open. */
	v->present = 1u << CHAT_F_ADDED_TO_CART;
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, value) {
		int k;
		const char *name;
		if (key == NULL) {
			zend_argument_value_error(1, "must be an array with string keys");
			return false;
		}
		k = key_lookup(key);
		if (k < 0) {
			zend_argument_value_error(1, "has an unknown key \"%s\"", printable_key(key));
			return false;
		}
		name = visit_keys[k].name;
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_NULL) {
			continue;   /* unknown: conditions on it do not match */
		}
		if (visit_keys[k].field >= 0 && visit_keys[k].field < CHAT_F_NUM_COUNT) {
			int f = visit_keys[k].field;
			if (!visit_number(value, name, visit_keys[k].kind, &v->num[f])) {
				return false;
			}
			v->present |= 1u << f;
			continue;
		}
		switch ((visit_key) k) {
			case VK_PAGE_TYPE:
				if (!visit_token(value, name)) {
					return false;
				}
				if ((v->page = chat_page_from_name(Z_STRVAL_P(value), Z_STRLEN_P(value))) < 0) {
					zend_argument_value_error(1, "key \"pageType\" must be one of home, category, product, search, faq, cart, checkout, account, content, other");
					return false;
				}
				v->present |= 1u << CHAT_F_PAGE_TYPE;
				break;
			case VK_DEVICE:
				if (!visit_token(value, name)) {
					return false;
				}
				if ((v->device = chat_device_from_name(Z_STRVAL_P(value), Z_STRLEN_P(value))) < 0) {
					zend_argument_value_error(1, "key \"device\" must be one of desktop, mobile, tablet");
					return false;
				}
				v->present |= 1u << CHAT_F_DEVICE;
				break;
			case VK_URL:
				if (!visit_string(value, name, CHAT_MAX_URL)) {
					return false;
				}
				v->url = Z_STRVAL_P(value);
				v->url_len = Z_STRLEN_P(value);
				v->present |= 1u << CHAT_F_URL;
				break;
			case VK_SEGMENT:
				if (!visit_string(value, name, CHAT_MAX_STRING)) {
					return false;
				}
				v->segment = Z_STRVAL_P(value);
				v->segment_len = Z_STRLEN_P(value);
				v->present |= 1u << CHAT_F_SEGMENT;
				break;
			case VK_LANGUAGE:
				if (!visit_token(value, name)) {
					return false;
				}
				v->language = chat_language_code(Z_STRVAL_P(value), Z_STRLEN_P(value));
				if (v->language == 0) {
					zend_argument_value_error(1, "key \"language\" must be a language tag such as \"nl\" or \"de-AT\"");
					return false;
				}
				if (v->language <= 0xffff) {
					v->locale = shopcx_locale_from_name(Z_STRVAL_P(value), 2);
				}
				v->present |= 1u << CHAT_F_LANGUAGE;
				break;
			case VK_CATEGORY:
				if (!visit_category(value, v, categories)) {
					return false;
				}
				v->categories = categories;
				v->present |= 1u << CHAT_F_CATEGORY;
				break;
			case VK_ADDED_TO_CART:
				if (!visit_bool(value, name, &v->added_to_cart)) {
					return false;
				}
				break;
			case VK_CHAT_OPEN:
				if (!visit_bool(value, name, &v->chat_open)) {
					return false;
				}
				break;
			case VK_INVITATIONS_VISIT:
				if (!visit_int(value, name, &v->invitations_this_visit)) {
					return false;
				}
				break;
			case VK_INVITATIONS_TODAY:
				if (!visit_int(value, name, &v->invitations_today)) {
					return false;
				}
				break;
			case VK_LAST_DISMISSED:
				if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), shopcx_date_ce())) {
					if (!shopcx_time_from_object(Z_OBJ_P(value), &v->last_dismissed_at)) {
						return false;
					}
				} else if (Z_TYPE_P(value) == IS_LONG) {
					v->last_dismissed_at = (int64_t) Z_LVAL_P(value);
				} else {
					zend_argument_type_error(1, "key \"lastDismissedAt\" must be of type DateTimeInterface|int|null, %s given", zend_zval_type_name(value));
					return false;
				}
				v->dismissed = true;
				break;
			default:
				break;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static ZEND_COLD void team_error(zval *value, const char *group, const char *key)
{
	char what[CHAT_MAX_STRING + 64];
	if (group) {
		snprintf(what, sizeof(what), "group \"%s\" key \"%s\"", group, key);
	} else {
		snprintf(what, sizeof(what), "key \"%s\"", key);
	}
	if (Z_TYPE_P(value) != IS_LONG) {
		zend_argument_type_error(3, "%s must be of type int, %s given", what, zend_zval_type_name(value));
	} else {
		zend_argument_value_error(3, "%s must be between 0 and 1000000", what);
	}
}

/* agentsOnline and openChats of one team or group (an array with just those keys). */
static bool team_counts(HashTable *ht, const char *group, chat_team *t, bool top)
{
	zend_string *key;
	zval *value;
	bool has_agents = false;

	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, value) {
		int64_t *target = NULL;
		if (key == NULL) {
			zend_argument_value_error(3, "must be an array with string keys");
			return false;
		}
		if (zend_string_equals_literal(key, "agentsOnline")) {
			target = &t->agents_online;
			has_agents = true;
		} else if (zend_string_equals_literal(key, "openChats")) {
			target = &t->open_chats;
		} else if (top && zend_string_equals_literal(key, "answerSeconds")) {
			ZVAL_DEREF(value);
			if (Z_TYPE_P(value) == IS_NULL) {
				continue;
			}
			target = &t->answer_seconds;
			t->has_answer_seconds = true;
		} else if (top && zend_string_equals_literal(key, "groups")) {
			continue;   /* read by team_read() */
		} else {
			if (group) {
				zend_argument_value_error(3, "group \"%s\" has an unknown key \"%s\"", group, printable_key(key));
			} else {
				zend_argument_value_error(3, "has an unknown key \"%s\"", printable_key(key));
			}
			return false;
		}
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) != IS_LONG || Z_LVAL_P(value) < 0 || Z_LVAL_P(value) > 1000000) {
			team_error(value, group, ZSTR_VAL(key));
			return false;
		}
		*target = (int64_t) Z_LVAL_P(value);
	} ZEND_HASH_FOREACH_END();
	if (!has_agents) {
		if (group) {
			zend_argument_value_error(3, "group \"%s\" must contain key \"agentsOnline\"", group);
		} else {
			zend_argument_value_error(3, "must contain key \"agentsOnline\"");
		}
		return false;
	}
	return true;
}

static bool team_read(HashTable *ht, chat_team *t, HashTable **groups)
{
	zval *g, *entry;
	zend_string *name;

	memset(t, 0, sizeof(*t));
	*groups = NULL;
	if (!team_counts(ht, NULL, t, true)) {
		return false;
	}
	g = zend_hash_str_find_deref(ht, "groups", sizeof("groups") - 1);
	if (g == NULL || Z_TYPE_P(g) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(g) != IS_ARRAY) {
		zend_argument_type_error(3, "key \"groups\" must be of type array, %s given", zend_zval_type_name(g));
		return false;
	}
	/* Checked whole here, so a mistake shows even when no rule routes to that group today. */
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(g), name, entry) {
		chat_team scratch = { 0 };
		ZVAL_DEREF(entry);
		if (name == NULL || ZSTR_LEN(name) == 0 || ZSTR_LEN(name) > CHAT_MAX_STRING || !shopcx_utf8_valid(ZSTR_VAL(name), ZSTR_LEN(name))) {
			zend_argument_value_error(3, "key \"groups\" must be keyed by group names of 1 to %d bytes of UTF-8", CHAT_MAX_STRING);
			return false;
		}
		if (Z_TYPE_P(entry) != IS_ARRAY) {
			zend_argument_type_error(3, "group \"%s\" must be of type array, %s given", ZSTR_VAL(name), zend_zval_type_name(entry));
			return false;
		}
		if (!team_counts(Z_ARRVAL_P(entry), ZSTR_VAL(name), &scratch, false)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	*groups = Z_ARRVAL_P(g);
	return true;
}

/* Whether the group a rule routes to has a free slot (true when the team gave no figures for it). */
static bool group_has_room(const chat_rules *r, HashTable *groups, const chat_rule *rule)
{
	const chat_string *group;
	zval *entry;
	chat_team t = { 0 };

	if (groups == NULL || rule->route < 0) {
		return true;
	}
	group = &r->routes[rule->route].group;
	entry = zend_hash_str_find_deref(groups, group->s, group->len);
	if (entry == NULL) {
		return true;
	}
	team_counts(Z_ARRVAL_P(entry), group->s, &t, false);   /* validated in team_read */
	return t.agents_online > 0 && t.open_chats < chat_rules_slots(r, t.agents_online);
}

/* ---- evaluation ----------------------------------------------------------------------- */

/*
 * A date the chat is closed for, per the shop's Calendar: a public holiday (on any weekday) or an
 * extra closed date on one of the calendar's working weekdays. A weekday the calendar does not
 * work on (a warehouse calendar's Saturday) is no holiday: the chat's own hours decide those.
 */
static bool holiday_cb(const void *ctx, int64_t days)
{
	const shopcx_calendar *cal = ctx;
	if (shopcx_calendar_is_open(cal, days)) {
		return false;
	}
	if (shopcx_calendar_holiday_name(cal, days) != NULL) {
		return true;
	}
	return (cal->weekdays >> shopcx_weekday_from_days(days)) & 1;
}

/* The decision for a visit and team already read, in the order of what is cheapest to rule out. */
static void decide_read(rules_object *intern, const chat_visit *v, int64_t now, HashTable *groups, decision *d)
{
	const chat_rules *r = intern->rules;
	uint32_t from = 0;

	d->rule = -1;
	d->any_index = -1;
	if ((d->status = chat_rules_caps(r, v, now)) != CHAT_OK
		|| (d->status = chat_rules_capacity(r, &d->team)) != CHAT_OK
		|| (d->status = chat_rules_open_at(intern->rules, &intern->tz, now, intern->cal ? holiday_cb : NULL, intern->cal)) != CHAT_OK) {
		return;
	}
	for (;;) {
		int32_t i = chat_rules_match(intern->rules, v, from, &d->any_index);
		if (i < 0) {
			/* Rules matched but every group they route to was full: say so, not "no rule". */
			d->status = from > 0 ? CHAT_FULL : CHAT_NO_RULE;
			return;
		}
		/* The team this rule routes to is full: a later rule may route elsewhere. */
		if (group_has_room(r, groups, &r->rules[i])) {
			d->rule = i;
			d->status = CHAT_OK;
			return;
		}
		from = (uint32_t) i + 1;
	}
}

static bool decide(rules_object *intern, HashTable *visit_ht, int64_t now, HashTable *team_ht,
	chat_visit *v, chat_string *categories, decision *d, HashTable **groups)
{
	if (!visit_read(visit_ht, v, categories) || !team_read(team_ht, &d->team, groups)) {
		return false;
	}
	decide_read(intern, v, now, *groups, d);
	return true;
}

static int compare_int64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
	return x < y ? -1 : x > y;
}

#define RULES_EVAL_ARGS() \
	HashTable *visit_ht, *team_ht; \
	zend_object *now_obj = NULL; \
	zend_long now_long = 0; \
	int64_t now; \
	rules_object *intern; \
	chat_visit v; \
	chat_string categories[CHAT_MAX_LIST]; \
	decision d; \
	HashTable *groups; \
	ZEND_PARSE_PARAMETERS_START(3, 3) \
		Z_PARAM_ARRAY_HT(visit_ht) \
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long) \
		Z_PARAM_ARRAY_HT(team_ht) \
	ZEND_PARSE_PARAMETERS_END(); \
	if ((intern = rules_checked(ZEND_THIS)) == NULL || !shopcx_time_param(now_obj, now_long, 2, &now) \
		|| !decide(intern, visit_ht, now, team_ht, &v, categories, &d, &groups)) { \
		RETURN_THROWS(); \
	}

PHP_METHOD(ShopCx_Chat_Rules, evaluate)
{
	RULES_EVAL_ARGS();
	if (d.status != CHAT_OK) {
		RETURN_NULL();
	}
	shopcx_chat_invitation_build(intern, &d, &v, return_value);
}

PHP_METHOD(ShopCx_Chat_Rules, explain)
{
	static const char *const words[] = {
		[CHAT_OK] = "invite", [CHAT_NO_RULE] = "no-rule", [CHAT_CHAT_OPEN] = "chat-open",
		[CHAT_CAP_VISIT] = "cap-visit", [CHAT_CAP_DAY] = "cap-day", [CHAT_COOLDOWN] = "cooldown",
		[CHAT_CLOSED_HOURS] = "closed-hours", [CHAT_CLOSED_DATE] = "closed-date", [CHAT_HOLIDAY] = "holiday",
		[CHAT_NO_AGENTS] = "no-agents", [CHAT_FULL] = "full", [CHAT_SLOW] = "slow",
	};
	RULES_EVAL_ARGS();
	RETURN_STRING(words[d.status]);
}

/*
 * Seconds until evaluate() would first invite this visitor if they stay on the page and nothing
 * else changes: evaluate() itself is asked at each moment that could change its answer.
 */
PHP_METHOD(ShopCx_Chat_Rules, askAgainIn)
{
	int64_t points[CHAT_MAX_RULES * (1 + CHAT_MAX_ANY) + 2];
	uint32_t n, i;
	double seconds;
	RULES_EVAL_ARGS();

	if (d.status == CHAT_OK) {
		RETURN_LONG(0);
	}
	if (d.status == CHAT_CHAT_OPEN || d.status == CHAT_CAP_VISIT || d.status == CHAT_CAP_DAY) {
		RETURN_NULL();   /* staying on the page changes none of these */
	}
	n = chat_rules_wait_points(intern->rules, &intern->tz, &v, now, intern->cal ? holiday_cb : NULL, intern->cal,
		points, sizeof(points) / sizeof(points[0]));
	qsort(points, n, sizeof(points[0]), compare_int64);
	seconds = (v.present & (1u << CHAT_F_SECONDS)) ? v.num[CHAT_F_SECONDS] : 0;
	for (i = 0; i < n; i++) {
		chat_visit later = v;
		if (i > 0 && points[i] == points[i - 1]) {
			continue;
		}
		later.present |= 1u << CHAT_F_SECONDS;
		later.num[CHAT_F_SECONDS] = seconds + (double) points[i];
		decide_read(intern, &later, now + points[i], groups, &d);
		if (d.status == CHAT_OK) {
			RETURN_LONG((zend_long) points[i]);
		}
	}
	RETURN_NULL();
}

PHP_METHOD(ShopCx_Chat_Rules, isOpen)
{
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	rules_object *intern;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
	ZEND_PARSE_PARAMETERS_END();

	if ((intern = rules_checked(ZEND_THIS)) == NULL || !shopcx_time_param(now_obj, now_long, 1, &now)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(chat_rules_open_at(intern->rules, &intern->tz, now,
		intern->cal ? holiday_cb : NULL, intern->cal) == CHAT_OK);
}

PHP_METHOD(ShopCx_Chat_Rules, answerTime)
{
	zend_string *channel, *locale = NULL;
	zend_object *now_obj = NULL;
	zend_long now_long = 0;
	int64_t now;
	rules_object *intern;
	chat_channel ch;
	shopcx_locale loc;
	chat_answer a;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(channel)
		Z_PARAM_OBJ_OF_CLASS_OR_LONG(now_obj, shopcx_date_ce(), now_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(locale)
	ZEND_PARSE_PARAMETERS_END();

	if (zend_string_equals_literal(channel, "chat")) {
		ch = CHAT_CHANNEL_CHAT;
	} else if (zend_string_equals_literal(channel, "email")) {
		ch = CHAT_CHANNEL_EMAIL;
	} else {
		zend_argument_value_error(1, "must be \"chat\" or \"email\"");
		RETURN_THROWS();
	}
	if ((intern = rules_checked(ZEND_THIS)) == NULL || !shopcx_time_param(now_obj, now_long, 2, &now)) {
		RETURN_THROWS();
	}
	if (locale) {
		if ((loc = shopcx_locale_from_name(ZSTR_VAL(locale), ZSTR_LEN(locale))) == SHOPCX_LOCALE_INVALID) {
			zend_argument_value_error(3, "must be one of nl, en, de, fr (optionally with a region, e.g. nl_BE)");
			RETURN_THROWS();
		}
	} else {
		loc = intern->rules->locale != SHOPCX_LOCALE_INVALID ? intern->rules->locale : shopcx_default_locale();
	}
	chat_answer_time(intern->rules, &intern->tz, ch, now, intern->cal ? holiday_cb : NULL, intern->cal, loc, &a);
	array_init_size(return_value, 3);
	add_assoc_string(return_value, "text", a.text);
	add_assoc_bool(return_value, "open", a.open);
	if (a.has_at) {
		add_assoc_long(return_value, "at", (zend_long) a.at);
	} else {
		add_assoc_null(return_value, "at");
	}
}

PHP_METHOD(ShopCx_Chat_Rules, ruleNames)
{
	rules_object *intern;
	uint32_t i;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((intern = rules_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	array_init_size(return_value, intern->rules->count);
	for (i = 0; i < intern->rules->count; i++) {
		add_next_index_stringl(return_value, intern->rules->rules[i].name.s, intern->rules->rules[i].name.len);
	}
}

PHP_MINIT_FUNCTION(shopcx_chat)
{
	rules_ce = register_class_ShopCx_Chat_Rules();
	rules_ce->create_object = rules_create;
	memcpy(&rules_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	rules_handlers.offset = offsetof(rules_object, std);
	rules_handlers.free_obj = rules_free;
	rules_handlers.clone_obj = NULL;   /* immutable: share the object instead */

	shopcx_chat_invitation_ce = register_class_ShopCx_Chat_Invitation();
	key_table_init();
	return SUCCESS;
}
