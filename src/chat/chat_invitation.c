/*
 * ShopCx\Chat\Invitation: built from a decision. The strings and arrays every invitation of a
 * Rules object shares (names, texts, form, routing) are made once when the rules are built and
 * only referenced here, so an invitation costs its object, its reason and its conditions.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "common/shopcx_object.h"
#include "zend_smart_str.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_locale.h"
#include "chat_php.h"

static zend_string *str_or_null(const chat_string *s)
{
	return s->s ? zend_string_init(s->s, s->len, 0) : NULL;
}

static void release(zend_string **s)
{
	if (*s) {
		zend_string_release(*s);
		*s = NULL;
	}
}

void shopcx_chat_cache_build(chat_rules_object *intern)
{
	const chat_rules *r = intern->rules;
	chat_cache *c = &intern->cache;
	uint32_t i;
	int l;

	for (i = 0; i < 2; i++) {
		c->kind[i] = zend_string_init(chat_kind_name((chat_kind) i), strlen(chat_kind_name((chat_kind) i)), 0);
	}
	for (i = 1; i < CHAT_TRIGGER_COUNT; i++) {
		c->trigger[i] = zend_string_init(chat_trigger_name((chat_trigger) i), strlen(chat_trigger_name((chat_trigger) i)), 0);
	}
	for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
		c->locale[l] = zend_string_init(shopcx_locale_name((shopcx_locale) l), 2, 0);
	}
	c->rules = r->count ? ecalloc(r->count, sizeof(chat_rule_strings)) : NULL;
	for (i = 0; i < r->count; i++) {
		const chat_rule *rule = &r->rules[i];
		chat_rule_strings *s = &c->rules[i];
		s->name = str_or_null(&rule->name);
		s->text_all = str_or_null(&rule->text_all);
		for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
			int g;
			s->text[l] = str_or_null(&rule->text[l]);
			for (g = 0; g < SHOPCX_REGISTER_COUNT; g++) {
				const char *text = chat_builtin_text(rule->trigger, (shopcx_locale) l, (shopcx_register) g);
				s->builtin[g][l] = zend_string_init(text, strlen(text), 0);
			}
		}
		if (rule->route >= 0) {
			s->question_type = str_or_null(&r->routes[rule->route].question_type);
			s->group = str_or_null(&r->routes[rule->route].group);
		}
	}

	array_init_size(&c->routing, r->route_count);
	for (i = 0; i < r->route_count; i++) {
		add_assoc_stringl_ex(&c->routing, r->routes[i].question_type.s, r->routes[i].question_type.len,
			r->routes[i].group.s, r->routes[i].group.len);
	}
	array_init(&c->form);
	for (i = 0; i < CHAT_FORM_FIELD_COUNT; i++) {
		zval field;
		if (!(r->form_fields & (1u << i))) {
			continue;
		}
		array_init_size(&field, 3);
		add_assoc_string(&field, "field", chat_form_field_name((int) i));
		add_assoc_bool(&field, "required", (r->form_required & (1u << i)) != 0);
		if ((1u << i) == CHAT_FORM_QUESTION_TYPE) {
			zval options;
			uint32_t k;
			array_init_size(&options, r->route_count);
			for (k = 0; k < r->route_count; k++) {
				add_next_index_stringl(&options, r->routes[k].question_type.s, r->routes[k].question_type.len);
			}
			add_assoc_zval(&field, "options", &options);
		}
		add_next_index_zval(&c->form, &field);
	}
}

void shopcx_chat_cache_free(chat_rules_object *intern)
{
	chat_cache *c = &intern->cache;
	uint32_t i;
	int l;

	if (intern->rules == NULL) {
		return;   /* never built */
	}
	for (i = 0; i < 2; i++) {
		release(&c->kind[i]);
	}
	for (i = 0; i < CHAT_TRIGGER_COUNT; i++) {
		release(&c->trigger[i]);
	}
	for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
		release(&c->locale[l]);
	}
	for (i = 0; c->rules && i < intern->rules->count; i++) {
		chat_rule_strings *s = &c->rules[i];
		release(&s->name);
		release(&s->text_all);
		for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
			release(&s->text[l]);
			release(&s->builtin[SHOPCX_REGISTER_FORMAL][l]);
			release(&s->builtin[SHOPCX_REGISTER_INFORMAL][l]);
		}
		release(&s->question_type);
		release(&s->group);
	}
	if (c->rules) {
		efree(c->rules);
		c->rules = NULL;
	}
	zval_ptr_dtor(&c->form);
	zval_ptr_dtor(&c->routing);
	ZVAL_UNDEF(&c->form);
	ZVAL_UNDEF(&c->routing);
}

static shopcx_locale default_locale(const chat_rules *r)
{
	/* shopcx.default_locale may change at run time (PHP_INI_ALL): read it per invitation. */
	return r->locale != SHOPCX_LOCALE_INVALID ? r->locale : shopcx_default_locale();
}

/* Merchant text in the visitor's language, else the shop's, else any; ShopCX's own text otherwise. */
static zend_string *pick_message(const chat_rules *r, const chat_rule_strings *s, const chat_visit *v, shopcx_locale *locale)
{
	shopcx_locale shop = default_locale(r);
	shopcx_locale want = v->locale != SHOPCX_LOCALE_INVALID ? v->locale : shop;
	int l;

	*locale = want;
	if (s->text_all) {
		return s->text_all;
	}
	if (s->text[want]) {
		return s->text[want];
	}
	if (s->text[shop]) {
		*locale = shop;
		return s->text[shop];
	}
	for (l = 0; l < SHOPCX_LOCALE_COUNT; l++) {
		if (s->text[l]) {
			*locale = (shopcx_locale) l;
			return s->text[l];
		}
	}
	/* shopcx.register may change at run time too: the document's "register", else the INI. */
	return s->builtin[r->reg != SHOPCX_REGISTER_INVALID ? r->reg : shopcx_default_register()][want];
}

/* Property slots in stub order. */
enum {
	INV_RULE, INV_KIND, INV_TRIGGER, INV_MESSAGE, INV_LOCALE, INV_REASON, INV_CONDITIONS,
	INV_QUESTION_TYPE, INV_GROUP, INV_EXPECTED, INV_FORM, INV_ROUTING, INV_COUNT
};

void shopcx_chat_invitation_build(chat_rules_object *intern, const chat_decision *d, const chat_visit *v, zval *return_value)
{
	const chat_rules *r = intern->rules;
	const chat_rule *rule = &r->rules[d->rule];
	const chat_rule_strings *s = &intern->cache.rules[d->rule];
	char lines[2 * CHAT_F_COUNT][CHAT_DESCRIBE_LEN];
	uint32_t n = chat_rule_describe(rule, d->any_index, v, lines, 2 * CHAT_F_COUNT), i;
	zend_object *obj;
	zval *props, conditions;
	smart_str reason = { 0 };
	shopcx_locale locale;
	zend_string *message = pick_message(r, s, v, &locale);

	array_init_size(&conditions, n);
	smart_str_appends(&reason, "rule \"");
	smart_str_append(&reason, s->name);
	smart_str_appends(&reason, "\" (");
	smart_str_appends(&reason, chat_kind_name(rule->kind));
	if (rule->trigger != CHAT_TRIGGER_NONE) {
		smart_str_appends(&reason, ", ");
		smart_str_appends(&reason, chat_trigger_name(rule->trigger));
	}
	smart_str_appends(&reason, ", priority ");
	smart_str_append_long(&reason, (zend_long) rule->priority);
	smart_str_appendc(&reason, ')');
	smart_str_appendc(&reason, ':');
	for (i = 0; i < n; i++) {
		size_t len = strlen(lines[i]);
		add_next_index_stringl(&conditions, lines[i], len);
		smart_str_appends(&reason, i ? ", " : " ");
		smart_str_appendl(&reason, lines[i], len);
	}
	smart_str_0(&reason);

	object_init_ex(return_value, shopcx_chat_invitation_ce);
	obj = Z_OBJ_P(return_value);
	props = OBJ_PROP_NUM(obj, 0);
	ZVAL_STR_COPY(&props[INV_RULE], s->name);
	ZVAL_STR_COPY(&props[INV_KIND], intern->cache.kind[rule->kind]);
	if (rule->trigger != CHAT_TRIGGER_NONE) {
		ZVAL_STR_COPY(&props[INV_TRIGGER], intern->cache.trigger[rule->trigger]);
	} else {
		ZVAL_NULL(&props[INV_TRIGGER]);
	}
	ZVAL_STR_COPY(&props[INV_MESSAGE], message);
	ZVAL_STR_COPY(&props[INV_LOCALE], intern->cache.locale[locale]);
	ZVAL_STR(&props[INV_REASON], reason.s);
	ZVAL_COPY_VALUE(&props[INV_CONDITIONS], &conditions);
	if (s->question_type) {
		ZVAL_STR_COPY(&props[INV_QUESTION_TYPE], s->question_type);
		ZVAL_STR_COPY(&props[INV_GROUP], s->group);
	} else {
		ZVAL_NULL(&props[INV_QUESTION_TYPE]);
		ZVAL_NULL(&props[INV_GROUP]);
	}
	ZVAL_LONG(&props[INV_EXPECTED], (zend_long) (d->team.has_answer_seconds ? d->team.answer_seconds : r->answer_seconds));
	/* Shared, never modified in place: PHP separates a copy if a caller writes to one. */
	ZVAL_COPY(&props[INV_FORM], &intern->cache.form);
	ZVAL_COPY(&props[INV_ROUTING], &intern->cache.routing);
}

PHP_METHOD(ShopCx_Chat_Invitation, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Chat_Invitation, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	shopcx_object_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}
