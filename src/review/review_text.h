/*
 * Review moderation text core, pure C (no zvals): folding and the word-list automaton.
 *
 * Folding turns text into a stream of one-byte symbols: 'a'..'z', '0'..'9', '$', '@', ' ' for every
 * separator run, and REVIEW_FOLD_OTHER for a letter outside Latin. Case is folded and accents are
 * stripped with utf8proc (so "É" and "e" are equal, "ß" is "ss"), compatibility forms are
 * decomposed (fullwidth letters, ligatures).
 *
 * The automaton is Aho-Corasick over that alphabet, with word boundaries built into the patterns
 * (" kut " matches the word, " fuck" also "fucking", "ficker " also "arschficker"), so "Scunthorpe"
 * or "assessment" never match. While scanning, a run of a repeated letter may stand for one or two
 * copies ("shiiiit" is "shit", "asss" is "ass") and leet characters stand for letters
 * (4 a, 1 i or l, 3 e, 0 o, 5 s, $ s, @ a) inside words that hold a letter. Both make the scan a
 * small set of automaton states instead of one; the set is deduplicated and capped.
 *
 * Dutch and German glue words together ("kutwinkel", "Scheißladen"), so a stem may also match as a
 * part of a word (REVIEW_MATCH_PART). Innocent words holding such a stem ("kleren" holds "klere",
 * "Kutsche" holds "kut") are listed with the allow tier: a match inside a word is dropped when an
 * allowed pattern found in the same word contains it.
 * SPDX-License-Identifier: MIT
 */
#ifndef REVIEW_TEXT_H
#define REVIEW_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/shopcx_locale.h"

#define REVIEW_FOLD_OTHER 0x80   /* a letter with no Latin folding (Cyrillic, CJK, ...) */

#define REVIEW_TIER_ALLOW  0    /* an innocent word that holds a listed part ("kleren") */
#define REVIEW_TIER_HOLD   1
#define REVIEW_TIER_REJECT 2

#define REVIEW_MATCH_WORD   0    /* the whole word (or phrase) */
#define REVIEW_MATCH_PREFIX 1    /* a word starting with it: "fuck" -> "fucking" */
#define REVIEW_MATCH_SUFFIX 2    /* a word ending with it: "ficker" -> "arschficker" */
#define REVIEW_MATCH_PART   3    /* anywhere in a word: "klere" -> "klerewinkel" (allow tier: always) */

#define REVIEW_SOURCE_BUILTIN  0
#define REVIEW_SOURCE_MERCHANT 1

#define REVIEW_TERM_MAX_BYTES 128   /* a list entry, before folding */

typedef struct {
	const char *term;
	shopcx_locale lang;
	unsigned char tier;
	unsigned char mode;
} review_builtin_word;

/*
 * Fold `len` bytes of valid UTF-8 into `out` (capacity REVIEW_FOLD_CAPACITY(len)). The result
 * starts and ends with ' '. Returns the folded length.
 */
size_t review_fold(const char *text, size_t len, unsigned char *out);

/*
 * Join words spelled out letter by letter ("f u c k", from "f.u.c.k" or "f-u-c-k") into one word:
 * three or more one-letter words in a row. Writes to `out` (capacity `len`) and returns the new
 * length, or 0 when there was nothing to join (then the folded text is all there is to scan).
 */
size_t review_join_spelled(const unsigned char *folded, size_t len, unsigned char *out);

/* Capacity review_fold needs for `len` input bytes: a code point of 2+ bytes decomposes to at
 * most 8 code points (more become one separator) of at most 2 output bytes each ("æ" -> "ae"). */
#define REVIEW_FOLD_CAPACITY(len) ((len) * 8 + 2)

typedef struct {
	char *term;            /* the entry as listed, NUL-terminated, owned */
	unsigned char tier;    /* REVIEW_TIER_* */
	unsigned char source;  /* REVIEW_SOURCE_* */
} review_pattern;

typedef struct review_automaton review_automaton;

/* Builder: add patterns, then compile. Every function returns false on allocation failure. */
review_automaton *review_automaton_new(void);
/*
 * Add a pattern. Returns 1 when added, 0 when the term folds to nothing usable (no letter, or a
 * non-Latin letter the alphabet cannot hold: the caller reports it), -1 on allocation failure.
 * Adding the same folded pattern twice keeps one, with the stronger tier (merchant beats builtin).
 */
int review_automaton_add(review_automaton *ac, const char *term, size_t len, unsigned char tier, unsigned char mode,
	unsigned char source);
/*
 * Remove nothing, but mark every pattern whose folded word equals the folded `term` as allowed,
 * and (for a single word) add it as an allowed part, so a merchant can allow a compound
 * ("Kutsche") that holds a listed part ("kut"). The term must hold a Latin letter to be a part.
 */
bool review_automaton_allow(review_automaton *ac, const char *term, size_t len);
bool review_automaton_compile(review_automaton *ac);
void review_automaton_free(review_automaton *ac);
size_t review_automaton_pattern_count(const review_automaton *ac);
size_t review_automaton_state_count(const review_automaton *ac);
const review_pattern *review_automaton_pattern(const review_automaton *ac, uint32_t id);

/* Called for every pattern found (never an allow-tier one); return false to stop scanning. The
 * matches of a word are reported when the word ends, after its allowed parts are known. */
typedef bool (*review_match_fn)(void *ctx, uint32_t pattern_id);

/* Scan folded text (from review_fold) and report each pattern occurrence. */
void review_automaton_scan(const review_automaton *ac, const unsigned char *folded, size_t len,
	review_match_fn fn, void *ctx);

#endif
