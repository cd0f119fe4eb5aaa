/*
 * FAQ index builder: entries in, one validated-format image out (see faq_format.h).
 * Pure C, no zvals; memory from malloc, released before returning.
 * SPDX-License-Identifier: MIT
 */
#ifndef FAQ_BUILD_H
#define FAQ_BUILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
	const char *id; size_t id_len;
	const char *question; size_t q_len;
	const char *answer; size_t a_len;      /* HTML or plain text: tags are stripped, entities decoded */
	const char *tags; size_t tags_len;     /* tag words, any separator */
	const char *category; size_t cat_len;
	float popularity;                      /* >= 0, e.g. clicks */
	int lang;                              /* 0..3 (nl, en, de, fr) */
} faq_entry;

typedef struct {
	const char *word; size_t len;
	uint32_t group;
} faq_synonym;

typedef struct {
	int lang;
	bool stem, stopwords;
	float w_question, w_tags, w_answer;
	const faq_synonym *syn; size_t n_syn; uint32_t n_groups;
} faq_build_opts;

/* Returns a malloc'd, 8-byte aligned image of *size bytes, or NULL with a message in err. */
unsigned char *faq_build(const faq_entry *entries, size_t n, const faq_build_opts *o, size_t *size,
	char *err, size_t err_len);

/* Strips tags (script/style content too) and decodes entities. Writes at most len bytes to out;
 * returns the length written. */
size_t faq_strip_html(const char *in, size_t len, char *out);

#endif
