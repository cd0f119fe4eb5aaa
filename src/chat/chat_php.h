/*
 * ShopCx\Chat binding: what chat_php.c (Rules) and chat_invitation.c (Invitation) share.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_CHAT_PHP_H
#define SHOPCX_CHAT_PHP_H

#include "php.h"
#include "common/shopcx_time.h"
#include "delivery/delivery_calendar.h"
#include "chat_core.h"

/* zend_strings and arrays an Invitation shares with its Rules (made once, then only referenced). */
typedef struct {
	zend_string *name;
	zend_string *text[SHOPCX_LOCALE_COUNT];     /* merchant text per language, NULL when none */
	zend_string *text_all;                      /* merchant text for every language */
	zend_string *builtin[SHOPCX_REGISTER_COUNT][SHOPCX_LOCALE_COUNT];  /* ShopCX's text for the trigger */
	zend_string *question_type;                 /* NULL when the rule routes nowhere */
	zend_string *group;
} chat_rule_strings;

typedef struct {
	chat_rule_strings *rules;                   /* parallel to chat_rules.rules */
	zend_string *kind[2];
	zend_string *trigger[CHAT_TRIGGER_COUNT];
	zend_string *locale[SHOPCX_LOCALE_COUNT];
	zval form;
	zval routing;
} chat_cache;

typedef struct {
	chat_rules *rules;
	shopcx_tz tz;
	zend_object *calendar;        /* ShopCx\Delivery\Calendar with the holidays, NULL when none */
	const shopcx_calendar *cal;   /* inside `calendar`, which this object keeps alive */
	chat_cache cache;
	zend_object std;
} chat_rules_object;

/* The outcome of one evaluation. */
typedef struct {
	chat_status status;
	int32_t rule;
	int32_t any_index;
	chat_team team;
} chat_decision;

extern zend_class_entry *shopcx_chat_invitation_ce;

void shopcx_chat_cache_build(chat_rules_object *intern);
void shopcx_chat_cache_free(chat_rules_object *intern);
/* A new Invitation in return_value for a decision with status CHAT_OK. */
void shopcx_chat_invitation_build(chat_rules_object *intern, const chat_decision *d, const chat_visit *v, zval *return_value);

#endif
