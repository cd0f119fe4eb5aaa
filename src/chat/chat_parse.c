/*
 * Chat rules: validation of a rules document into chat_rules. Pure C over jansson and pcre2.
 * Every error names the JSON path of the offending value, and nothing is used before the whole
 * document has passed. SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chat_parse.h"

bool chat_p_fail(pctx *p, const char *format, ...)
{
	char what[256];
	va_list args;
	va_start(args, format);
	vsnprintf(what, sizeof(what), format, args);
	va_end(args);
	snprintf(p->err, p->err_size, "%s %s", p->path, what);
	return false;
}

bool chat_p_dup(chat_string *out, const char *s, size_t len)
{
	out->s = malloc(len + 1);
	if (out->s == NULL) {
		return false;
	}
	memcpy(out->s, s, len);
	out->s[len] = '\0';
	out->len = len;
	return true;
}

/* Reject keys we do not know, so a typo ("secondsOnPag") is an error instead of a rule that never fires. */
bool chat_p_only_keys(pctx *p, const json_t *obj, const char *const *allowed)
{
	const char *key;
	json_t *value;
	json_object_foreach((json_t *) obj, key, value) {
		const char *const *a;
		bool known = false;
		(void) value;
		for (a = allowed; *a; a++) {
			if (strcmp(*a, key) == 0) {
				known = true;
				break;
			}
		}
		if (!known) {
			size_t old = push_key(p, key);
			chat_p_fail(p, "is not a known field");
			pop(p, old);
			return false;
		}
	}
	return true;
}

bool chat_p_int(pctx *p, const json_t *v, int64_t lo, int64_t hi, int64_t *out)
{
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi) {
		if (lo == 0 && hi >= INT32_MAX) {
			return chat_p_fail(p, "must be a non-negative integer");
		}
		return chat_p_fail(p, "must be an integer between %lld and %lld", (long long) lo, (long long) hi);
	}
	*out = (int64_t) json_integer_value(v);
	return true;
}

/* ---- condition fields ---------------------------------------------------------------- */

/* A numeric condition: a number (at least) or {"min": x, "max": y}. */
static bool parse_bound(pctx *p, chat_field f, const json_t *v, double *out)
{
	switch (chat_field_num_kind(f)) {
		case CHAT_NUM_INT:
			if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > INT64_C(1000000000000)) {
				return chat_p_fail(p, "must be a non-negative integer");
			}
			*out = (double) json_integer_value(v);
			return true;
		case CHAT_NUM_MONEY:
			if (!json_is_number(v) || !(json_number_value(v) >= 0) || json_number_value(v) > 1e12) {
				return chat_p_fail(p, "must be a non-negative number");
			}
			*out = json_number_value(v);
			return true;
		case CHAT_NUM_RATE:
		default:
			if (!json_is_number(v) || !(json_number_value(v) >= 0) || json_number_value(v) > 1) {
				return chat_p_fail(p, "must be a number between 0 and 1");
			}
			*out = json_number_value(v);
			return true;
	}
}

static bool parse_range(pctx *p, chat_field f, const json_t *v, chat_cond *c)
{
	static const char *const keys[] = { "min", "max", NULL };
	const json_t *lo, *hi;
	size_t old;

	c->min[f] = -INFINITY;
	c->max[f] = INFINITY;
	if (!json_is_object(v)) {
		return parse_bound(p, f, v, &c->min[f]);
	}
	if (!chat_p_only_keys(p, v, keys)) {
		return false;
	}
	lo = json_object_get(v, "min");
	hi = json_object_get(v, "max");
	if (lo == NULL && hi == NULL) {
		return chat_p_fail(p, "must have \"min\" and/or \"max\"");
	}
	if (lo) {
		old = push_key(p, "min");
		if (!parse_bound(p, f, lo, &c->min[f])) {
			return false;
		}
		pop(p, old);
	}
	if (hi) {
		old = push_key(p, "max");
		if (!parse_bound(p, f, hi, &c->max[f])) {
			return false;
		}
		pop(p, old);
	}
	if (c->min[f] > c->max[f]) {
		return chat_p_fail(p, "has a \"min\" above its \"max\"");
	}
	return true;
}

/* A string or a list of 1..CHAT_MAX_LIST strings; each passed to `each`. */
typedef bool (*item_fn)(pctx *p, const char *s, size_t len, chat_cond *c, chat_field f);

static bool parse_list(pctx *p, const json_t *v, chat_cond *c, chat_field f, item_fn each)
{
	size_t i, n;
	if (json_is_string(v)) {
		return each(p, json_string_value(v), json_string_length(v), c, f);
	}
	if (!json_is_array(v) || (n = json_array_size(v)) == 0 || n > CHAT_MAX_LIST) {
		return chat_p_fail(p, "must be a string or a list of 1 to %d strings", CHAT_MAX_LIST);
	}
	for (i = 0; i < n; i++) {
		const json_t *item = json_array_get(v, i);
		size_t old = push_index(p, i);
		if (!json_is_string(item)) {
			return chat_p_fail(p, "must be a string");
		}
		if (!each(p, json_string_value(item), json_string_length(item), c, f)) {
			return false;
		}
		pop(p, old);
	}
	return true;
}

static bool each_page(pctx *p, const char *s, size_t len, chat_cond *c, chat_field f)
{
	int page = chat_page_from_name(s, len);
	(void) f;
	if (page < 0) {
		return chat_p_fail(p, "must be one of home, category, product, search, faq, cart, checkout, account, content, other");
	}
	c->pages |= 1u << page;
	return true;
}

static bool each_device(pctx *p, const char *s, size_t len, chat_cond *c, chat_field f)
{
	int device = chat_device_from_name(s, len);
	(void) f;
	if (device < 0) {
		return chat_p_fail(p, "must be one of desktop, mobile, tablet");
	}
	c->devices |= 1u << device;
	return true;
}

static bool each_language(pctx *p, const char *s, size_t len, chat_cond *c, chat_field f)
{
	uint32_t code = chat_language_code(s, len);
	(void) f;
	if (code == 0 || len > 3) {
		return chat_p_fail(p, "must be a language code of 2 or 3 letters (\"nl\", \"de\")");
	}
	c->languages[c->language_count++] = code;
	return true;
}

static bool each_string(pctx *p, const char *s, size_t len, chat_cond *c, chat_field f)
{
	chat_string_list *list = f == CHAT_F_SEGMENT ? &c->segments : &c->categories;
	if (len == 0 || len > CHAT_MAX_STRING) {
		return chat_p_fail(p, "must be 1 to %d bytes long", CHAT_MAX_STRING);
	}
	if (list->items == NULL) {
		list->items = calloc(CHAT_MAX_LIST, sizeof(chat_string));
		if (list->items == NULL) {
			return chat_p_fail(p, "could not be allocated");
		}
	}
	if (!chat_p_dup(&list->items[list->count], s, len)) {
		return chat_p_fail(p, "could not be allocated");
	}
	list->count++;
	return true;
}

static void string_list_free(chat_string_list *list)
{
	uint32_t i;
	for (i = 0; i < list->count; i++) {
		free(list->items[i].s);
	}
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

static void cond_free(chat_cond *c)
{
	string_list_free(&c->segments);
	string_list_free(&c->categories);
	if (c->url) {
		pcre2_code_free(c->url);
		c->url = NULL;
	}
	free(c->url_source.s);
	c->url_source.s = NULL;
}

static bool parse_pattern(pctx *p, const json_t *v, chat_cond *c)
{
	int code;
	PCRE2_SIZE offset;

	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > CHAT_MAX_PATTERN) {
		return chat_p_fail(p, "must be a pattern of 1 to %d bytes", CHAT_MAX_PATTERN);
	}
	/* Compiled once here (JIT later, see CHAT_JIT_AFTER); matches run with limits. */
	c->url = pcre2_compile((PCRE2_SPTR) json_string_value(v), json_string_length(v), PCRE2_UTF | PCRE2_NEVER_BACKSLASH_C,
		&code, &offset, p->compile);
	if (c->url == NULL) {
		PCRE2_UCHAR message[160];
		pcre2_get_error_message(code, message, sizeof(message));
		return chat_p_fail(p, "is not a valid pattern: %s at offset %zu", (const char *) message, (size_t) offset);
	}
	if (!chat_p_dup(&c->url_source, json_string_value(v), json_string_length(v))) {
		return chat_p_fail(p, "could not be allocated");
	}
	return true;
}

static bool parse_field(pctx *p, chat_field f, const json_t *v, chat_cond *c)
{
	if (f < CHAT_F_NUM_COUNT) {
		return parse_range(p, f, v, c);
	}
	switch (f) {
		case CHAT_F_PAGE_TYPE:
			c->pages = 0;
			return parse_list(p, v, c, f, each_page);
		case CHAT_F_DEVICE:
			c->devices = 0;
			return parse_list(p, v, c, f, each_device);
		case CHAT_F_LANGUAGE:
			c->language_count = 0;
			return parse_list(p, v, c, f, each_language);
		case CHAT_F_SEGMENT:
			string_list_free(&c->segments);
			return parse_list(p, v, c, f, each_string);
		case CHAT_F_CATEGORY:
			string_list_free(&c->categories);
			return parse_list(p, v, c, f, each_string);
		case CHAT_F_ADDED_TO_CART:
			if (!json_is_boolean(v)) {
				return chat_p_fail(p, "must be true or false");
			}
			c->added_to_cart = json_is_true(v);
			return true;
		case CHAT_F_URL:
			if (c->url) {
				pcre2_code_free(c->url);
				c->url = NULL;
				free(c->url_source.s);
				c->url_source.s = NULL;
			}
			return parse_pattern(p, v, c);
		default:
			return chat_p_fail(p, "is not a known field");
	}
}

/* Conditions object: keys are field names; they override what a trigger preset set. */
static bool parse_cond(pctx *p, const json_t *v, chat_cond *c)
{
	const char *key;
	json_t *value;

	if (!json_is_object(v)) {
		return chat_p_fail(p, "must be an object of conditions");
	}
	json_object_foreach((json_t *) v, key, value) {
		int f = chat_field_from_name(key);
		size_t old = push_key(p, key);
		if (f < 0) {
			return chat_p_fail(p, "is not a known condition");
		}
		if (!parse_field(p, (chat_field) f, value, c)) {
			return false;
		}
		c->mask |= 1u << f;
		pop(p, old);
	}
	return true;
}

/* ---- trigger presets: the charter's rule kinds, thresholds a merchant may override ------- */

static void set_min(chat_cond *c, chat_field f, double min)
{
	c->mask |= 1u << f;
	c->min[f] = min;
	c->max[f] = INFINITY;
}

static void set_pages(chat_cond *c, uint32_t pages)
{
	c->mask |= 1u << CHAT_F_PAGE_TYPE;
	c->pages = pages;
}

/* Fills the rule's conditions, kind and default question type from its trigger. */
static const char *apply_preset(chat_rule *rule)
{
	chat_cond *c = &rule->all;
	rule->kind = CHAT_KIND_DEFENSIVE;
	switch (rule->trigger) {
		case CHAT_TRIGGER_PRODUCT_DWELL:
			set_pages(c, 1u << CHAT_PAGE_PRODUCT);
			set_min(c, CHAT_F_SECONDS, 120);
			c->mask |= 1u << CHAT_F_ADDED_TO_CART;
			c->added_to_cart = false;
			return "product";
		case CHAT_TRIGGER_CART_DWELL:
			set_pages(c, (1u << CHAT_PAGE_CART) | (1u << CHAT_PAGE_CHECKOUT));
			set_min(c, CHAT_F_SECONDS, 60);
			return "order";
		case CHAT_TRIGGER_FAQ_SEARCH:
			set_pages(c, (1u << CHAT_PAGE_FAQ) | (1u << CHAT_PAGE_SEARCH));
			rule->any = calloc(2, sizeof(chat_cond));
			if (rule->any) {
				rule->any_count = 2;
				set_min(&rule->any[0], CHAT_F_SECONDS, 45);
				rule->any[1].mask = 1u << CHAT_F_SEARCH_RESULTS;
				rule->any[1].min[CHAT_F_SEARCH_RESULTS] = -INFINITY;
				rule->any[1].max[CHAT_F_SEARCH_RESULTS] = 0;
			}
			return NULL;
		case CHAT_TRIGGER_VIP_RETURNING:
			set_min(c, CHAT_F_VISIT_COUNT, 2);
			set_min(c, CHAT_F_LIFETIME_VALUE, 500);
			c->mask |= 1u << CHAT_F_PAGES_VIEWED;
			c->min[CHAT_F_PAGES_VIEWED] = -INFINITY;
			c->max[CHAT_F_PAGES_VIEWED] = 1;
			return NULL;
		case CHAT_TRIGGER_HIGH_VALUE:
			rule->kind = CHAT_KIND_OPPORTUNISTIC;
			set_pages(c, 1u << CHAT_PAGE_PRODUCT);
			set_min(c, CHAT_F_PRODUCT_PRICE, 250);
			set_min(c, CHAT_F_SECONDS, 30);
			return "product";
		case CHAT_TRIGGER_MANY_RETURNS:
			rule->kind = CHAT_KIND_OPPORTUNISTIC;
			set_pages(c, 1u << CHAT_PAGE_PRODUCT);
			set_min(c, CHAT_F_RETURN_RATE, 0.15);
			set_min(c, CHAT_F_SECONDS, 30);
			return "product";
		case CHAT_TRIGGER_CROSS_SELL:
			rule->kind = CHAT_KIND_OPPORTUNISTIC;
			set_pages(c, 1u << CHAT_PAGE_CART);
			set_min(c, CHAT_F_CROSS_SELL, 1);
			set_min(c, CHAT_F_SECONDS, 20);
			return "product";
		default:
			return NULL;
	}
}

/* ---- one rule ------------------------------------------------------------------------- */

static int32_t find_route(const chat_rules *r, const char *s, size_t len)
{
	uint32_t i;
	for (i = 0; i < r->route_count; i++) {
		if (r->routes[i].question_type.len == len && memcmp(r->routes[i].question_type.s, s, len) == 0) {
			return (int32_t) i;
		}
	}
	return -1;
}

static bool parse_text(pctx *p, const json_t *v, chat_rule *rule)
{
	const char *key;
	json_t *value;

	if (json_is_string(v)) {
		if (json_string_length(v) == 0 || json_string_length(v) > CHAT_MAX_TEXT) {
			return chat_p_fail(p, "must be 1 to %d bytes long", CHAT_MAX_TEXT);
		}
		return chat_p_dup(&rule->text_all, json_string_value(v), json_string_length(v)) || chat_p_fail(p, "could not be allocated");
	}
	if (!json_is_object(v) || json_object_size(v) == 0) {
		return chat_p_fail(p, "must be a text or an object of texts by language (nl, en, de, fr)");
	}
	json_object_foreach((json_t *) v, key, value) {
		size_t old = push_key(p, key);
		shopcx_locale locale = strlen(key) == 2 ? shopcx_locale_from_name(key, 2) : SHOPCX_LOCALE_INVALID;
		if (locale == SHOPCX_LOCALE_INVALID || key[0] < 'a' || key[1] < 'a') {
			return chat_p_fail(p, "is not one of the languages nl, en, de, fr");
		}
		if (!json_is_string(value) || json_string_length(value) == 0 || json_string_length(value) > CHAT_MAX_TEXT) {
			return chat_p_fail(p, "must be a text of 1 to %d bytes", CHAT_MAX_TEXT);
		}
		if (!chat_p_dup(&rule->text[locale], json_string_value(value), json_string_length(value))) {
			return chat_p_fail(p, "could not be allocated");
		}
		pop(p, old);
	}
	return true;
}

static bool parse_rule(pctx *p, const json_t *v, chat_rule *rule, chat_rules *r)
{
	static const char *const keys[] = {
		"name", "trigger", "kind", "priority", "enabled", "when", "whenAny", "message", "questionType", NULL
	};
	const json_t *name, *trigger, *kind, *priority, *when, *any, *message, *qtype;
	const char *preset_qtype = NULL;
	size_t old;
	uint32_t i;

	if (!json_is_object(v)) {
		return chat_p_fail(p, "must be an object");
	}
	if (!chat_p_only_keys(p, v, keys)) {
		return false;
	}
	name = json_object_get(v, "name");
	old = push_key(p, "name");
	if (name == NULL) {
		return chat_p_fail(p, "is required");
	}
	if (!json_is_string(name) || !shopcx_ascii_name_valid(json_string_value(name), json_string_length(name), CHAT_MAX_NAME)) {
		return chat_p_fail(p, "must be 1 to %d characters of A-Z, a-z, 0-9, \"-\", \"_\" and \".\"", CHAT_MAX_NAME);
	}
	for (i = 0; i < r->count; i++) {
		if (r->rules[i].name.len == json_string_length(name) && memcmp(r->rules[i].name.s, json_string_value(name), json_string_length(name)) == 0) {
			return chat_p_fail(p, "\"%s\" is used by an earlier rule", json_string_value(name));
		}
	}
	if (!chat_p_dup(&rule->name, json_string_value(name), json_string_length(name))) {
		return chat_p_fail(p, "could not be allocated");
	}
	pop(p, old);
	rule->route = -1;

	trigger = json_object_get(v, "trigger");
	if (trigger) {
		int t = -1;
		old = push_key(p, "trigger");
		if (json_is_string(trigger)) {
			t = chat_trigger_from_name(json_string_value(trigger), json_string_length(trigger));
		}
		if (t < 0) {
			return chat_p_fail(p, "must be one of productDwell, cartDwell, faqSearch, vipReturning, highValue, manyReturns, crossSell");
		}
		rule->trigger = (chat_trigger) t;
		preset_qtype = apply_preset(rule);
		if (rule->trigger == CHAT_TRIGGER_FAQ_SEARCH && rule->any == NULL) {
			return chat_p_fail(p, "could not be allocated");
		}
		pop(p, old);
	}
	kind = json_object_get(v, "kind");
	if (kind) {
		old = push_key(p, "kind");
		if (json_is_string(kind) && strcmp(json_string_value(kind), "defensive") == 0) {
			rule->kind = CHAT_KIND_DEFENSIVE;
		} else if (json_is_string(kind) && strcmp(json_string_value(kind), "opportunistic") == 0) {
			rule->kind = CHAT_KIND_OPPORTUNISTIC;
		} else {
			return chat_p_fail(p, "must be \"defensive\" or \"opportunistic\"");
		}
		pop(p, old);
	} else if (!trigger) {
		old = push_key(p, "kind");
		return chat_p_fail(p, "is required when the rule has no trigger");
	}
	priority = json_object_get(v, "priority");
	if (priority) {
		int64_t value;
		old = push_key(p, "priority");
		if (!chat_p_int(p, priority, 0, CHAT_MAX_PRIORITY, &value)) {
			return false;
		}
		rule->priority = (int32_t) value;
		pop(p, old);
	}
	when = json_object_get(v, "when");
	if (when) {
		old = push_key(p, "when");
		if (!parse_cond(p, when, &rule->all)) {
			return false;
		}
		pop(p, old);
	}
	any = json_object_get(v, "whenAny");
	if (any) {
		size_t n;
		old = push_key(p, "whenAny");
		if (!json_is_array(any) || (n = json_array_size(any)) == 0 || n > CHAT_MAX_ANY) {
			return chat_p_fail(p, "must be a list of 1 to %d condition objects", CHAT_MAX_ANY);
		}
		for (i = 0; i < rule->any_count; i++) {
			cond_free(&rule->any[i]);
		}
		free(rule->any);
		rule->any_count = 0;
		rule->any = calloc(n, sizeof(chat_cond));
		if (rule->any == NULL) {
			return chat_p_fail(p, "could not be allocated");
		}
		for (i = 0; i < n; i++) {
			size_t old_i = push_index(p, i);
			rule->any_count = i + 1;
			if (!parse_cond(p, json_array_get(any, i), &rule->any[i])) {
				return false;
			}
			if (rule->any[i].mask == 0) {
				return chat_p_fail(p, "must hold at least one condition");
			}
			pop(p, old_i);
		}
		pop(p, old);
	}
	if (rule->all.mask == 0 && rule->any_count == 0) {
		old = push_key(p, "when");
		return chat_p_fail(p, "is required: a rule without conditions would invite every visitor");
	}
	message = json_object_get(v, "message");
	if (message) {
		old = push_key(p, "message");
		if (!parse_text(p, message, rule)) {
			return false;
		}
		pop(p, old);
	}
	qtype = json_object_get(v, "questionType");
	if (qtype) {
		old = push_key(p, "questionType");
		if (!json_is_string(qtype) || (rule->route = find_route(r, json_string_value(qtype), json_string_length(qtype))) < 0) {
			return chat_p_fail(p, "must be one of the question types in $.routing");
		}
		pop(p, old);
	} else if (preset_qtype) {
		/* The preset's question type routes only when the merchant's routing knows it. */
		rule->route = find_route(r, preset_qtype, strlen(preset_qtype));
	}
	return true;
}

static void rule_free(chat_rule *rule)
{
	uint32_t j;
	free(rule->name.s);
	cond_free(&rule->all);
	for (j = 0; j < rule->any_count; j++) {
		cond_free(&rule->any[j]);
	}
	free(rule->any);
	for (j = 0; j < SHOPCX_LOCALE_COUNT; j++) {
		free(rule->text[j].s);
	}
	free(rule->text_all.s);
}

/* Stable order: priority descending, then as written. */
static int compare_rules(const void *a, const void *b)
{
	const chat_rule *x = a, *y = b;
	if (x->priority != y->priority) {
		return x->priority > y->priority ? -1 : 1;
	}
	return (x->order > y->order) - (x->order < y->order);
}

/* Per page type, the rules that can hold there: a visit then skips the others unread. */
static bool index_pages(pctx *p, chat_rules *r)
{
	int page;
	uint32_t i;
	for (page = 0; page <= CHAT_PAGE_COUNT; page++) {
		r->by_page[page] = malloc((r->count ? r->count : 1) * sizeof(uint16_t));
		if (r->by_page[page] == NULL) {
			return chat_p_fail(p, "could not be allocated");
		}
		for (i = 0; i < r->count; i++) {
			const chat_cond *c = &r->rules[i].all;
			bool has_page_condition = (c->mask & (1u << CHAT_F_PAGE_TYPE)) != 0;
			if (!has_page_condition || (page < CHAT_PAGE_COUNT && (c->pages & (1u << page)))) {
				r->by_page[page][r->by_page_count[page]++] = (uint16_t) i;
			}
		}
	}
	return true;
}

static bool parse_document(pctx *p, const json_t *doc, chat_rules *r)
{
	static const char *const keys[] = {
		"version", "timezone", "locale", "register", "holidays", "hours", "closed", "responseTimes", "capacity", "caps", "form",
		"routing", "rules", NULL
	};
	const json_t *x, *rules;
	size_t old, i, n;

	if (!json_is_object(doc)) {
		return chat_p_fail(p, "must be an object");
	}
	if (!chat_p_only_keys(p, doc, keys)) {
		return false;
	}
	if ((x = json_object_get(doc, "version"))) {
		old = push_key(p, "version");
		if (!json_is_integer(x) || json_integer_value(x) != 1) {
			return chat_p_fail(p, "must be 1");
		}
		pop(p, old);
	}
	x = json_object_get(doc, "timezone");
	old = push_key(p, "timezone");
	if (x == NULL) {
		return chat_p_fail(p, "is required (the shop's IANA time zone, e.g. \"Europe/Amsterdam\")");
	}
	if (!json_is_string(x) || json_string_length(x) == 0 || json_string_length(x) >= sizeof(r->timezone)
		|| memchr(json_string_value(x), '\0', json_string_length(x)) != NULL) {
		return chat_p_fail(p, "must be an IANA time zone such as \"Europe/Amsterdam\"");
	}
	memcpy(r->timezone, json_string_value(x), json_string_length(x) + 1);
	pop(p, old);
	if ((x = json_object_get(doc, "locale"))) {
		old = push_key(p, "locale");
		if (!json_is_string(x) || (r->locale = shopcx_locale_from_name(json_string_value(x), json_string_length(x))) == SHOPCX_LOCALE_INVALID) {
			return chat_p_fail(p, "must be one of nl, en, de, fr");
		}
		pop(p, old);
	}
	if ((x = json_object_get(doc, "register"))) {
		old = push_key(p, "register");
		if (!json_is_string(x)
			|| (r->reg = shopcx_register_from_name(json_string_value(x), json_string_length(x))) == SHOPCX_REGISTER_INVALID) {
			return chat_p_fail(p, "must be \"formal\" or \"informal\"");
		}
		pop(p, old);
	}
	if ((x = json_object_get(doc, "holidays"))) {
		/* Checked against the calendar's country list by the binding. */
		old = push_key(p, "holidays");
		if (!json_is_string(x) || json_string_length(x) == 0 || json_string_length(x) >= sizeof(r->holidays)
			|| memchr(json_string_value(x), '\0', json_string_length(x)) != NULL) {
			return chat_p_fail(p, "must be a country or region code such as \"NL\" or \"DE-BY\"");
		}
		memcpy(r->holidays, json_string_value(x), json_string_length(x) + 1);
		pop(p, old);
	}
	if ((x = json_object_get(doc, "hours"))) {
		old = push_key(p, "hours");
		if (!chat_parse_hours(p, x, r)) {
			return false;
		}
		pop(p, old);
	}
	if ((x = json_object_get(doc, "closed"))) {
		old = push_key(p, "closed");
		if (!chat_parse_closed(p, x, r)) {
			return false;
		}
		pop(p, old);
	}
	if ((x = json_object_get(doc, "responseTimes"))) {
		static const char *const channels[] = { "email", NULL };
		const json_t *e;
		old = push_key(p, "responseTimes");
		if (!json_is_object(x)) {
			return chat_p_fail(p, "must be an object such as {\"email\": 86400}");
		}
		if (!chat_p_only_keys(p, x, channels)) {
			return false;
		}
		if ((e = json_object_get(x, "email"))) {
			size_t old2 = push_key(p, "email");
			if (!json_is_integer(e) || json_integer_value(e) < 60 || json_integer_value(e) > 30 * 86400) {
				return chat_p_fail(p, "must be seconds from 60 to %d (30 days)", 30 * 86400);
			}
			r->email_response = (int64_t) json_integer_value(e);
			pop(p, old2);
		}
		pop(p, old);
	}
	if ((x = json_object_get(doc, "capacity"))) {
		old = push_key(p, "capacity");
		if (!chat_parse_capacity(p, x, r)) {
			return false;
		}
		pop(p, old);
	}
	if ((x = json_object_get(doc, "caps"))) {
		old = push_key(p, "caps");
		if (!chat_parse_caps(p, x, r)) {
			return false;
		}
		pop(p, old);
	}
	/* Routing before form and rules: both refer to its question types. */
	if ((x = json_object_get(doc, "routing"))) {
		old = push_key(p, "routing");
		if (!chat_parse_routing(p, x, r)) {
			return false;
		}
		pop(p, old);
	}
	r->form_fields = CHAT_FORM_NAME | CHAT_FORM_EMAIL | CHAT_FORM_MESSAGE | (r->route_count ? CHAT_FORM_QUESTION_TYPE : 0);
	r->form_required = CHAT_FORM_EMAIL;
	if ((x = json_object_get(doc, "form"))) {
		old = push_key(p, "form");
		if (!chat_parse_form(p, x, r)) {
			return false;
		}
		pop(p, old);
	}
	r->form_required &= r->form_fields;   /* the default "email required" when the form leaves e-mail out */
	rules = json_object_get(doc, "rules");
	old = push_key(p, "rules");
	if (rules == NULL) {
		return chat_p_fail(p, "is required");
	}
	if (!json_is_array(rules) || (n = json_array_size(rules)) > CHAT_MAX_RULES) {
		return chat_p_fail(p, "must be a list of at most %d rules", CHAT_MAX_RULES);
	}
	if (n > 0) {
		r->rules = calloc(n, sizeof(chat_rule));
		if (r->rules == NULL) {
			return chat_p_fail(p, "could not be allocated");
		}
	}
	for (i = 0; i < n; i++) {
		const json_t *rule = json_array_get(rules, i);
		const json_t *enabled = json_is_object(rule) ? json_object_get(rule, "enabled") : NULL;
		size_t old_i = push_index(p, i);
		chat_rule *target = &r->rules[r->count];
		if (enabled && !json_is_boolean(enabled)) {
			push_key(p, "enabled");
			return chat_p_fail(p, "must be true or false");
		}
		memset(target, 0, sizeof(*target));
		target->order = (uint32_t) i;
		/* Counted before parsing so a half-built rule is freed with the rest. */
		r->count++;
		if (!parse_rule(p, rule, target, r)) {
			return false;
		}
		if (enabled && json_is_false(enabled)) {
			/* Validated like the others, then dropped: switching a rule off keeps its settings. */
			rule_free(target);
			r->count--;
			memset(target, 0, sizeof(*target));
		}
		pop(p, old_i);
	}
	pop(p, old);
	if (r->count > 1) {
		qsort(r->rules, r->count, sizeof(chat_rule), compare_rules);
	}
	return index_pages(p, r);
}

chat_rules *chat_rules_parse(const json_t *doc, char *err, size_t err_size)
{
	pctx p;
	chat_rules *r = calloc(1, sizeof(chat_rules));

	if (r == NULL) {
		snprintf(err, err_size, "$ could not be allocated");
		return NULL;
	}
	memset(&p, 0, sizeof(p));
	p.path[0] = '$';
	p.len = 1;
	p.err = err;
	p.err_size = err_size;
	r->locale = SHOPCX_LOCALE_INVALID;
	r->reg = SHOPCX_REGISTER_INVALID;
	r->chats_per_agent = 2.5;
	r->answer_seconds = 15;
	r->max_answer_seconds = 20;
	r->per_visit = 1;
	r->per_day = 3;
	r->dismiss_cooldown = 3600;
	r->email_response = 86400;

	p.compile = pcre2_compile_context_create(NULL);
	r->match_context = pcre2_match_context_create(NULL);
	r->match_data = pcre2_match_data_create(1, NULL);
	if (p.compile == NULL || r->match_context == NULL || r->match_data == NULL) {
		chat_p_fail(&p, "could not be allocated");
		goto error;
	}
	/* Bounds on what a merchant's pattern may cost, at compile time and per match. */
	pcre2_set_max_pattern_length(p.compile, CHAT_MAX_PATTERN);
	pcre2_set_parens_nest_limit(p.compile, CHAT_PATTERN_NEST_LIMIT);
	pcre2_set_match_limit(r->match_context, CHAT_PATTERN_MATCH_LIMIT);
	pcre2_set_depth_limit(r->match_context, CHAT_PATTERN_DEPTH_LIMIT);

	if (!parse_document(&p, doc, r)) {
		goto error;
	}
	pcre2_compile_context_free(p.compile);
	return r;

error:
	pcre2_compile_context_free(p.compile);
	chat_rules_free(r);
	return NULL;
}

void chat_rules_free(chat_rules *r)
{
	uint32_t i;
	if (r == NULL) {
		return;
	}
	for (i = 0; i < r->count; i++) {
		rule_free(&r->rules[i]);
	}
	free(r->rules);
	for (i = 0; i < r->route_count; i++) {
		free(r->routes[i].question_type.s);
		free(r->routes[i].group.s);
	}
	free(r->routes);
	free(r->closed);
	for (i = 0; i <= CHAT_PAGE_COUNT; i++) {
		free(r->by_page[i]);
	}
	pcre2_match_data_free(r->match_data);
	pcre2_match_context_free(r->match_context);
	free(r);
}
