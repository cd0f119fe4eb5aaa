/*
 * libFuzzer harness: any bytes as a chat rules document. The validator must either reject it
 * with a "$..." path message or build rules that then evaluate a few visits without crashing,
 * leaking or reading out of bounds (ASan/UBSan).
 * sources: src/chat/chat_parse.c src/chat/chat_settings.c src/chat/chat_names.c src/chat/chat_eval.c src/chat/chat_answer.c src/common/shopcx_utf8.c src/delivery/delivery_words.c src/common/shopcx_time.c src/common/shopcx_locale.c -ljansson -lpcre2-8
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "chat/chat_core.h"

static void visit_with(chat_visit *v, int page, double seconds, const char *url)
{
	memset(v, 0, sizeof(*v));
	v->present = (1u << CHAT_F_PAGE_TYPE) | (1u << CHAT_F_SECONDS) | (1u << CHAT_F_URL) | (1u << CHAT_F_ADDED_TO_CART)
		| (1u << CHAT_F_CART_VALUE) | (1u << CHAT_F_LANGUAGE) | (1u << CHAT_F_SEGMENT);
	v->page = page;
	v->num[CHAT_F_SECONDS] = seconds;
	v->num[CHAT_F_CART_VALUE] = 120.5;
	v->url = url;
	v->url_len = strlen(url);
	v->language = chat_language_code("nl", 2);
	v->locale = SHOPCX_LOCALE_NL;
	v->segment = "vip";
	v->segment_len = 3;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *urls[] = { "/", "/sofas/oslo", "/cart?step=2", "/caf\xc3\xa9/aaaaaaaaaaaaaaaaaaaaaaaaab" };
	char err[512];
	json_error_t jerr;
	json_t *doc;
	chat_rules *rules;
	shopcx_tz utc;
	chat_team team = { 3, 2, 0, false };
	int page, u, rep;

	if (size > CHAT_MAX_DOC_BYTES) {
		return 0;
	}
	doc = json_loadb((const char *) data, size, JSON_REJECT_DUPLICATES, &jerr);
	if (doc == NULL) {
		return 0;
	}
	err[0] = '\0';
	rules = chat_rules_parse(doc, err, sizeof(err));
	json_decref(doc);
	if (rules == NULL) {
		if (err[0] != '$') {
			abort();   /* every rejection names a path */
		}
		return 0;
	}
	memset(&utc, 0, sizeof(utc));   /* no transitions: UTC */
	for (rep = 0; rep < 70; rep += 23) {   /* crosses CHAT_JIT_AFTER on busy patterns */
		for (page = 0; page < CHAT_PAGE_COUNT; page++) {
			for (u = 0; u < 4; u++) {
				chat_visit v;
				int32_t any, i;
				char lines[2 * CHAT_F_COUNT][CHAT_DESCRIBE_LEN];
				visit_with(&v, page, (double) (rep * 7 + u * 40), urls[u]);
				chat_rules_caps(rules, &v, 1795431600);
				chat_rules_capacity(rules, &team);
				chat_rules_open_at(rules, &utc, 1795431600 + rep * 3600, NULL, NULL);
				i = chat_rules_match(rules, &v, 0, &any);
				if (i >= 0) {
					chat_rule_describe(&rules->rules[i], any, &v, lines, 2 * CHAT_F_COUNT);
				}
				{
					/* askAgainIn()'s moments: within (0, horizon], never more than the room given */
					int64_t points[CHAT_MAX_RULES * (1 + CHAT_MAX_ANY) + 2];
					uint32_t n = chat_rules_wait_points(rules, &utc, &v, 1795431600 + rep * 3600, NULL, NULL,
						points, sizeof(points) / sizeof(points[0])), k;
					for (k = 0; k < n; k++) {
						if (points[k] <= 0 || points[k] > CHAT_RECHECK_HORIZON) {
							abort();
						}
					}
				}
			}
		}
	}
	/* When the answer comes, from any hours and closed dates, in every language: a sentence always. */
	for (rep = 0; rep < 8; rep++) {
		chat_answer a;
		chat_answer_time(rules, &utc, rep & 1 ? CHAT_CHANNEL_EMAIL : CHAT_CHANNEL_CHAT, 1795431600 + rep * 40000,
			NULL, NULL, (shopcx_locale) (rep / 2), &a);
		if (a.text[0] == '\0') {
			abort();
		}
	}
	chat_rules_free(rules);
	return 0;
}
