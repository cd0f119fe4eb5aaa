/*
 * FAQ search: query analysis (exact, synonym, prefix and typo alternatives per word), BM25F
 * scoring over the postings, re-ranking with question proximity and popularity, highlighting.
 * Pure C, no zvals.
 * SPDX-License-Identifier: MIT
 */
#ifndef FAQ_SEARCH_H
#define FAQ_SEARCH_H

#include "faq_format.h"
#include "faq_text.h"

#define FAQ_QUERY_MAX   1000   /* bytes of a query */
#define FAQ_MAX_SLOTS   32     /* words of a query that are looked up; the rest is ignored */
#define FAQ_MAX_ALTS    16     /* alternatives (synonyms, prefix completions, typo matches) per word */
#define FAQ_MAX_LIMIT   1000

typedef struct {
	uint32_t term;
	float weight;
} faq_alt;

typedef struct {
	char word[FAQ_WORD_MAX + 1];   /* folded */
	uint32_t len;
	uint32_t n_alt;
	bool found;                    /* some alternative exists in the index */
	faq_alt alt[FAQ_MAX_ALTS];
} faq_slot;

typedef struct {
	uint32_t n_slots;
	faq_slot slot[FAQ_MAX_SLOTS];
} faq_query;

typedef struct {
	int lang;
	bool typos, prefix;
	bool question_only;            /* suggest(): every word must occur in the question */
	const char *category; size_t cat_len; bool has_category;
	float min_score;
	const float *popularity;       /* per doc, overrides the built-in values when not NULL */
	float max_popularity;
	uint32_t exclude;              /* doc left out (related()), UINT32_MAX for none */
	const float *boost;            /* per doc extra factor >= 1 (related() co-views), or NULL */
} faq_search_opts;

/* Per-document accumulator, 12 bytes: stamp = search epoch << 6 | slot last scored. */
typedef struct {
	uint32_t stamp;
	float score, slot_score;
} faq_acc;

/* Per-index scratch reused across searches: no allocation on the hot path after the first. */
typedef struct {
	faq_acc *acc;
	uint32_t *touched;
	uint32_t n, epoch;     /* epoch < 2^26 so that epoch << 6 | slot fits the stamp */
} faq_scratch;

typedef struct {
	uint32_t doc;
	float score;
} faq_hit;

/* Splits and analyses a query. */
void faq_query_parse(const faq_view *v, faq_text *t, const char *q, size_t len, const faq_search_opts *o, faq_query *out);

/* The query of related(): the words of a document's question. */
void faq_query_from_doc(const faq_view *v, uint32_t doc, faq_query *out);

/* Scores, filters and ranks. Fills at most limit hits, best first; *total counts every match.
 * Returns the number of hits, or (size_t) -1 when scratch memory could not be had. */
size_t faq_rank(const faq_view *v, faq_scratch *s, const faq_query *q, const faq_search_opts *o,
	faq_hit *hits, size_t limit, uint32_t *total);

void faq_scratch_free(faq_scratch *s);

/* Typo candidates: words of the index within max_edits (optimal string alignment distance) of w.
 * Fills up to cap (term, edits) pairs with the fewest edits and highest df. */
typedef struct { uint32_t term; uint32_t edits; } faq_typo_match;
size_t faq_typo_words(const faq_view *v, const char *w, size_t len, uint32_t max_edits, faq_typo_match *out, size_t cap);

/*
 * Highlighting: escapes text for HTML and wraps words whose term is in terms[0..n) (sorted) in
 * <mark>. With window > 0 only a window of about that many bytes around the densest matches is
 * kept, with "…" where text was cut. Appends to a caller-owned growable buffer via the callback.
 */
typedef void (*faq_emit)(void *ctx, const char *s, size_t len);
void faq_highlight(const faq_view *v, faq_text *t, const char *text, size_t len, const uint32_t *terms, size_t n,
	size_t window, faq_emit emit, void *ctx);

/* Sorted unique term ids of every alternative in q; returns the count (at most cap). */
size_t faq_query_terms(const faq_query *q, uint32_t *out, size_t cap);

#endif
