/*
 * Review moderation heuristics and personal-data detection. Pure C (pcre2, utf8proc).
 * SPDX-License-Identifier: MIT
 */
#ifndef REVIEW_MODERATE_H
#define REVIEW_MODERATE_H

#ifndef PCRE2_CODE_UNIT_WIDTH
# define PCRE2_CODE_UNIT_WIDTH 8   /* config.w32 defines it for the whole extension */
#endif
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define REVIEW_PII_EMAIL 'e'
#define REVIEW_PII_URL   'u'
#define REVIEW_PII_PHONE 'p'
#define REVIEW_PII_MAX   64    /* spans reported per text; more are redacted in one sweep */

typedef struct {
	size_t start, len;
	char kind;   /* REVIEW_PII_* */
} review_pii_span;

/* The one pattern for e-mail addresses, links and phone numbers (NL, BE, DE, FR, international). */
pcre2_code *review_pii_compile(void);

/* Find non-overlapping personal data in valid UTF-8, in order. Returns the number of spans. */
size_t review_pii_find(const pcre2_code *re, pcre2_match_data *md, const char *text, size_t len,
	review_pii_span *spans, size_t cap);

typedef struct {
	uint32_t chars;           /* code points that are not white space */
	uint32_t letters, upper, lower;
	uint32_t longest_run;     /* longest run of one repeated non-space, non-digit code point */
	uint32_t words;           /* words holding a letter (from the folded text) */
	uint32_t gibberish_words; /* of those: 5+ letters without a vowel, or a keyboard row */
} review_text_stats;

void review_text_stats_compute(const char *text, size_t len, const unsigned char *folded, size_t flen,
	review_text_stats *st);

#endif
