/*
 * Chat rules: what the document parser's files share (internal). Pure C.
 * The parser walks the document keeping the JSON path of where it is, so every error can say
 * "$.rules[3].when.secondsOnPage must be a non-negative integer".
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_CHAT_PARSE_H
#define SHOPCX_CHAT_PARSE_H

#include <stdio.h>
#include "chat_core.h"
#include "common/shopcx_utf8.h"   /* shopcx_ascii_name_valid() for names and keys */

#define PATH_MAX_LEN 256

typedef struct {
	char path[PATH_MAX_LEN];
	size_t len;
	char *err;
	size_t err_size;
	pcre2_compile_context *compile;
} pctx;

static inline size_t push_key(pctx *p, const char *key)
{
	size_t old = p->len;
	int n = snprintf(p->path + p->len, PATH_MAX_LEN - p->len, ".%s", key);
	if (n > 0) {
		p->len += (size_t) n < PATH_MAX_LEN - p->len ? (size_t) n : PATH_MAX_LEN - 1 - p->len;
	}
	return old;
}

static inline size_t push_index(pctx *p, size_t index)
{
	size_t old = p->len;
	int n = snprintf(p->path + p->len, PATH_MAX_LEN - p->len, "[%zu]", index);
	if (n > 0) {
		p->len += (size_t) n < PATH_MAX_LEN - p->len ? (size_t) n : PATH_MAX_LEN - 1 - p->len;
	}
	return old;
}

static inline void pop(pctx *p, size_t old)
{
	p->len = old;
	p->path[old] = '\0';
}

/* Writes "<path> <message>" into the error buffer; returns false. */
bool chat_p_fail(pctx *p, const char *format, ...)
#ifdef __GNUC__
	__attribute__((format(printf, 2, 3)))
#endif
	;
bool chat_p_dup(chat_string *out, const char *s, size_t len);
/* Fails on the first key not in the NULL-terminated list `allowed`. */
bool chat_p_only_keys(pctx *p, const json_t *obj, const char *const *allowed);
bool chat_p_int(pctx *p, const json_t *v, int64_t lo, int64_t hi, int64_t *out);

/* Document sections (chat_settings.c). */
bool chat_parse_hours(pctx *p, const json_t *v, chat_rules *r);
bool chat_parse_closed(pctx *p, const json_t *v, chat_rules *r);
bool chat_parse_capacity(pctx *p, const json_t *v, chat_rules *r);
bool chat_parse_caps(pctx *p, const json_t *v, chat_rules *r);
bool chat_parse_form(pctx *p, const json_t *v, chat_rules *r);
bool chat_parse_routing(pctx *p, const json_t *v, chat_rules *r);

#endif
