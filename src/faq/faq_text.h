/*
 * FAQ search text layer: tokenizer, Unicode folding (utf8proc), stop words and stemming
 * (libstemmer). Pure C, no zvals.
 * SPDX-License-Identifier: MIT
 */
#ifndef FAQ_TEXT_H
#define FAQ_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FAQ_LANG_COUNT 4        /* nl, en, de, fr: same numbering as shopcx_locale */
#define FAQ_LANG_NL    0
#define FAQ_LANG_DE    2
#define FAQ_WORD_MAX   64       /* bytes of a folded word; longer words are cut at a character boundary */

struct sb_stemmer;

/* Reusable scratch for folding and stemming. One per thread of work (stemmers are not thread-safe). */
typedef struct {
	struct sb_stemmer *stemmer[FAQ_LANG_COUNT];
	bool stem;                  /* stemming switched on */
	bool stopwords;             /* stop words dropped */
	int32_t cp[FAQ_WORD_MAX * 4 + 16];
	char fold[FAQ_WORD_MAX * 4 + 16];
	char stemmed[FAQ_WORD_MAX + 1];
} faq_text;

void faq_text_init(faq_text *t, bool stem, bool stopwords);
void faq_text_free(faq_text *t);

/*
 * Next word of s[0..len) from *pos: letters, digits and combining marks, split at everything
 * else (spaces, punctuation, apostrophes, hyphens, emoji). Sets [*start, *end) and moves *pos.
 * s must be valid UTF-8.
 */
bool faq_next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *end);

/* Case- and accent-folds one word (NFKC, case fold, marks stripped: "Ĳzer" -> "ijzer",
 * "Straße" -> "strasse", "Élève" -> "eleve"). Returns the length written to t->fold. */
size_t faq_fold(faq_text *t, const char *w, size_t len);

/* A checksum of what the installed libstemmer does: its algorithm list and the stems of probe words
 * in every language. An index records the one it was built with, so a file built before a
 * libstemmer upgrade (whose stems no longer match the queries') is refused instead of silently
 * finding less. crc continues a CRC-32 over bytes (PHP's php_crc32_bulk_update). */
uint32_t faq_stemmer_fingerprint(uint32_t (*crc)(uint32_t crc, const char *p, size_t len));

/* Stems a folded word in lang (when stemming is on), returning a pointer to t->stemmed or w. */
const char *faq_stem(faq_text *t, int lang, const char *w, size_t len, size_t *out_len);

bool faq_is_stopword(int lang, const char *w, size_t len);

/*
 * Dutch and German compounds: splits a folded word into a head [0, *head_len) and a tail
 * [*tail_start, len) that the index knows as words of their own ("verzendkosten" -> "verzend" +
 * "kosten", "rucksendeetikett" -> "rucksende" + "etikett"), dropping a linking -s-, -e-, -n-, -en-
 * or -es- between them ("klantenservice" -> "klant" + "service"). Only nl and de; the word is at
 * least FAQ_COMPOUND_MIN bytes and each part FAQ_PART_MIN. known() says whether the index has a
 * part, as a word or through its stem; build and query ask the same question of the same
 * vocabulary, so they split alike. Of several splits the one with the longest shorter part wins
 * (ties: the longer tail, the part compounds end in). Two parts only.
 */
#define FAQ_COMPOUND_MIN 8
#define FAQ_PART_MIN     4
typedef bool (*faq_known_part)(void *ctx, int lang, const char *s, size_t len);
bool faq_split_compound(int lang, const char *w, size_t len, faq_known_part known, void *ctx,
	size_t *head_len, size_t *tail_start);

/* Number of UTF-8 characters in s[0..len). */
size_t faq_utf8_chars(const char *s, size_t len);

#endif
