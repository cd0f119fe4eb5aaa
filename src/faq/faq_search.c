/*
 * FAQ search: query analysis and ranking.
 *
 * Every query word becomes a slot with weighted alternatives: its own stem (1.0), synonyms (0.9),
 * completions of the last word while typing (0.85) and, when the word itself is unknown, typo
 * matches (0.6 for one edit, 0.4 for two). A document scores, per slot, its best alternative
 * (idf x precomputed BM25F impact), so a synonym never counts twice. The best candidates are then
 * re-ranked with coverage, question proximity and the popularity prior, and normalised to 0..1.
 * SPDX-License-Identifier: MIT
 */
#include "faq_search.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define W_SYNONYM  0.9f
#define W_PREFIX   0.85f
#define W_TYPO1    0.6f
#define W_TYPO2    0.4f
#define PREFIX_SCAN 4096       /* words looked at for one prefix */
#define Q_BONUS    0.5f        /* all query words found in the question */
#define ADJ_BONUS  0.15f       /* query words next to each other in the question */
#define MAX_BONUS  (1.0f + Q_BONUS + ADJ_BONUS)
#define POP_WEIGHT 0.1f

static void add_alt(faq_slot *s, uint32_t term, float weight)
{
	uint32_t i;
	for (i = 0; i < s->n_alt; i++) {
		if (s->alt[i].term == term) {
			if (weight > s->alt[i].weight) {
				s->alt[i].weight = weight;
			}
			return;
		}
	}
	if (s->n_alt < FAQ_MAX_ALTS) {
		s->alt[s->n_alt].term = term;
		s->alt[s->n_alt].weight = weight;
		s->n_alt++;
	}
}

static int cmp_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);
	return c != 0 ? c : (alen < blen ? -1 : alen > blen);
}

static void add_synonyms(const faq_view *v, faq_slot *s, const char *stem, size_t len)
{
	uint32_t lo = 0, hi = v->h->n_syn, g, i;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = cmp_bytes(v->str + v->syn[mid].str_off, v->syn[mid].str_len, stem, len);
		if (c == 0) {
			g = v->syn[mid].group;
			for (i = v->syngrp[g]; i < v->syngrp[g + 1]; i++) {
				add_alt(s, v->synmem[i], W_SYNONYM);
			}
			return;
		}
		if (c < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
}

/* Completions of a word being typed: the most frequent terms among words starting with it. */
static void add_prefix(const faq_view *v, faq_slot *s, const char *w, size_t len)
{
	struct { uint32_t term, df; } best[FAQ_MAX_ALTS / 2];
	uint32_t i = faq_words_lower(v, w, len), end = v->h->n_words, seen = 0;
	size_t n = 0, k, worst;

	for (; i < end && seen < PREFIX_SCAN; i++, seen++) {
		const faq_word *wd = &v->words[i];
		uint32_t t = wd->term, df = v->terms[t].df;
		if (wd->str_len < len || memcmp(v->str + wd->str_off, w, len) != 0) {
			break;
		}
		for (k = 0; k < n && best[k].term != t; k++) {}
		if (k < n) {
			continue;
		}
		if (n < FAQ_MAX_ALTS / 2) {
			best[n].term = t;
			best[n].df = df;
			n++;
			continue;
		}
		for (worst = 0, k = 1; k < n; k++) {
			if (best[k].df < best[worst].df) worst = k;
		}
		if (df > best[worst].df) {
			best[worst].term = t;
			best[worst].df = df;
		}
	}
	for (k = 0; k < n; k++) {
		add_alt(s, best[k].term, W_PREFIX);
	}
}

/*
 * Completions of a word being typed among the shop's synonyms: "terug" completes "terugsturen",
 * which the merchant made a synonym of "retourneren", although no entry has the word. Synonyms
 * are stored stemmed; a stem is a prefix of its word, so a typed prefix up to the stem's length
 * finds it. Each group found adds its members a little below a direct completion.
 */
#define SYN_PREFIX_SCAN 64     /* synonyms looked at for one prefix */
static void add_prefix_synonyms(const faq_view *v, faq_slot *s, const char *w, size_t len)
{
	uint32_t lo = 0, hi = v->h->n_syn, i, k, seen = 0;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (cmp_bytes(v->str + v->syn[mid].str_off, v->syn[mid].str_len, w, len) < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	for (i = lo; i < v->h->n_syn && seen < SYN_PREFIX_SCAN; i++, seen++) {
		const faq_syn *sy = &v->syn[i];
		if (sy->str_len < len || memcmp(v->str + sy->str_off, w, len) != 0) {
			break;
		}
		for (k = v->syngrp[sy->group]; k < v->syngrp[sy->group + 1]; k++) {
			add_alt(s, v->synmem[k], W_PREFIX * W_SYNONYM);
		}
	}
}

/*
 * German typed without umlauts: "rueckgabe" for "Rückgabe", which folding stored as "ruckgabe".
 * Writes w with every "ae", "oe" and "ue" cut to its vowel; false when there is none.
 */
static bool umlaut_variant(const char *w, size_t len, char *out, size_t *out_len)
{
	size_t i, o = 0;
	bool changed = false;
	for (i = 0; i < len; i++) {
		out[o++] = w[i];
		if (i + 1 < len && w[i + 1] == 'e' && (w[i] == 'a' || w[i] == 'o' || w[i] == 'u')) {
			i++;
			changed = true;
		}
	}
	*out_len = o;
	return changed;
}

/* The term of a folded word: its stem, else its surface form in the word table (a word indexed
 * under another language's stem). UINT32_MAX when the index does not know it. The stem is left
 * in *stem (t's buffer, valid until the next faq_stem()). */
static uint32_t word_term(const faq_view *v, faq_text *t, int lang, const char *word, size_t len,
	const char **stem, size_t *slen)
{
	uint32_t term, w;
	*stem = faq_stem(t, lang, word, len, slen);
	term = faq_find_term(v, *stem, *slen);
	if (term == UINT32_MAX) {
		w = faq_words_lower(v, word, len);
		if (w < v->h->n_words && cmp_bytes(v->str + v->words[w].str_off, v->words[w].str_len, word, len) == 0) {
			term = v->words[w].term;
		}
	}
	return term;
}

typedef struct {
	const faq_view *v;
	faq_text *t;
} view_vocab;

/* Whether the index has a part of a compound, as a word or through its stem (as the builder asked). */
static bool view_knows(void *ctx, int lang, const char *s, size_t len)
{
	const view_vocab *c = ctx;
	uint32_t w = faq_words_lower(c->v, s, len);
	size_t slen;
	const char *stem;
	if (w < c->v->h->n_words && cmp_bytes(c->v->str + c->v->words[w].str_off, c->v->words[w].str_len, s, len) == 0) {
		return true;
	}
	/* As the builder: no word starts like the part, so it is no word's stem either. */
	w = faq_words_lower(c->v, s, FAQ_PART_MIN);
	if (w >= c->v->h->n_words || c->v->words[w].str_len < FAQ_PART_MIN
		|| memcmp(c->v->str + c->v->words[w].str_off, s, FAQ_PART_MIN) != 0) {
		return false;
	}
	stem = faq_stem(c->t, lang, s, len, &slen);
	return faq_find_term(c->v, stem, slen) != UINT32_MAX;
}

/* A slot for one part of a compound query word: the part must be known (view_knows()). */
static bool add_part_slot(const faq_view *v, faq_text *t, int lang, const char *part, size_t len, faq_query *out)
{
	faq_slot *s;
	const char *stem;
	size_t slen;
	uint32_t term, i;
	if (out->n_slots >= FAQ_MAX_SLOTS) {
		return false;
	}
	for (i = 0; i < out->n_slots; i++) {
		if (out->slot[i].len == len && memcmp(out->slot[i].word, part, len) == 0) {
			return false;   /* "kosten verzendkosten": the part is a word of the query already */
		}
	}
	term = word_term(v, t, lang, part, len, &stem, &slen);
	if (term == UINT32_MAX) {
		return false;
	}
	s = &out->slot[out->n_slots];
	memcpy(s->word, part, len);
	s->word[len] = '\0';
	s->len = (uint32_t) len;
	s->n_alt = 0;
	add_alt(s, term, 1.0f);
	add_synonyms(v, s, stem, slen);
	s->found = true;
	out->n_slots++;
	return true;
}

void faq_query_parse(const faq_view *v, faq_text *t, const char *q, size_t len, const faq_search_opts *o, faq_query *out)
{
	size_t pos = 0, start, end;
	bool stopwords = (v->h->flags & FAQ_FLAG_STOPWORDS) != 0;

	out->n_slots = 0;
	t->stem = (v->h->flags & FAQ_FLAG_STEM) != 0;
	if (len > FAQ_QUERY_MAX) {
		len = FAQ_QUERY_MAX;
	}
	while (out->n_slots < FAQ_MAX_SLOTS && faq_next_word(q, len, &pos, &start, &end)) {
		size_t flen = faq_fold(t, q + start, end - start), slen, chars;
		const char *stem;
		faq_slot *s = &out->slot[out->n_slots];
		bool typing = o->prefix && end == len, dup = false, split = false;
		size_t head_len = 0, tail_start = 0;
		uint32_t term, i;

		if (flen == 0) {
			continue;   /* only combining marks: never indexed */
		}
		if (stopwords && !typing && faq_is_stopword(o->lang, t->fold, flen)) {
			continue;
		}
		for (i = 0; i < out->n_slots; i++) {
			if (out->slot[i].len == flen && memcmp(out->slot[i].word, t->fold, flen) == 0) {
				dup = true;
			}
		}
		if (dup) {
			continue;
		}
		memcpy(s->word, t->fold, flen);
		s->word[flen] = '\0';
		s->len = (uint32_t) flen;
		s->n_alt = 0;
		term = word_term(v, t, o->lang, s->word, flen, &stem, &slen);
		if (term != UINT32_MAX) {
			add_alt(s, term, 1.0f);
		}
		add_synonyms(v, s, stem, slen);
		if (typing) {
			add_prefix(v, s, s->word, flen);
			add_prefix_synonyms(v, s, s->word, flen);
		}
		if (term == UINT32_MAX) {
			char alt[FAQ_WORD_MAX + 1];
			size_t alen;
			if (umlaut_variant(s->word, flen, alt, &alen)
				&& (term = word_term(v, t, o->lang, alt, alen, &stem, &slen)) != UINT32_MAX) {
				add_alt(s, term, 1.0f);   /* a spelling, not a typo: full weight, no typo walk */
				add_synonyms(v, s, stem, slen);
			}
		}
		/* A Dutch or German compound the index does not hold searches for its parts
		 * ("verzendkosten": "verzend" + "kosten"), split as the builder splits entries. One it holds
		 * is left whole: the entries that have it count its parts already, and a word such as
		 * "terugsturen" means more than "terug" and "sturen". */
		if (term == UINT32_MAX) {
			view_vocab ctx = {v, t};
			char alt[FAQ_WORD_MAX + 1];
			size_t alen;
			split = faq_split_compound(o->lang, s->word, flen, view_knows, &ctx, &head_len, &tail_start);
			if (!split && umlaut_variant(s->word, flen, alt, &alen)
				&& faq_split_compound(o->lang, alt, alen, view_knows, &ctx, &head_len, &tail_start)) {
				memcpy(s->word, alt, alen);   /* "ruecksendeetikett": the parts of "rucksendeetikett" */
				s->word[alen] = '\0';
				flen = alen;
				split = true;
			}
		}
		chars = faq_utf8_chars(s->word, flen);
		if (o->typos && term == UINT32_MAX && chars >= 4 && !split) {
			faq_typo_match m[FAQ_MAX_ALTS / 2];
			size_t n = faq_typo_words(v, s->word, flen, chars >= 9 ? 2 : 1, m, FAQ_MAX_ALTS / 2), k;
			for (k = 0; k < n; k++) {
				add_alt(s, m[k].term, m[k].edits == 1 ? W_TYPO1 : W_TYPO2);
			}
		}
		s->found = s->n_alt > 0;
		if (!s->found && stopwords && faq_is_stopword(o->lang, s->word, flen)) {
			continue;   /* a stop word being typed that completes to nothing: not an unknown word */
		}
		if (split) {
			char word[FAQ_WORD_MAX + 1];
			memcpy(word, s->word, flen);
			if (s->found) {
				out->n_slots++;   /* the compound itself is indexed too: it keeps its slot */
			}
			add_part_slot(v, t, o->lang, word, head_len, out);
			add_part_slot(v, t, o->lang, word + tail_start, flen - tail_start, out);
			continue;
		}
		out->n_slots++;
	}
}

void faq_query_from_doc(const faq_view *v, uint32_t doc, faq_query *out)
{
	const faq_doc *d = &v->docs[doc];
	uint32_t i, k;
	out->n_slots = 0;
	for (i = 0; i < d->qt_len && out->n_slots < FAQ_MAX_SLOTS; i++) {
		uint32_t term = v->qterms[d->qt_off + i];
		faq_slot *s = &out->slot[out->n_slots];
		bool dup = false;
		for (k = 0; k < out->n_slots; k++) {
			dup |= out->slot[k].alt[0].term == term;
		}
		if (dup) {
			continue;
		}
		s->len = v->terms[term].str_len < FAQ_WORD_MAX ? v->terms[term].str_len : FAQ_WORD_MAX;
		memcpy(s->word, v->str + v->terms[term].str_off, s->len);
		s->word[s->len] = '\0';
		s->n_alt = 1;
		s->alt[0].term = term;
		s->alt[0].weight = 1.0f;
		add_synonyms(v, s, s->word, s->len);
		s->found = true;
		out->n_slots++;
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
	return x < y ? -1 : x > y;
}

size_t faq_query_terms(const faq_query *q, uint32_t *out, size_t cap)
{
	size_t n = 0, i, j;
	for (i = 0; i < q->n_slots; i++) {
		for (j = 0; j < q->slot[i].n_alt && n < cap; j++) {
			out[n++] = q->slot[i].alt[j].term;
		}
	}
	qsort(out, n, sizeof(uint32_t), cmp_u32);
	for (i = 0, j = 0; i < n; i++) {
		if (j == 0 || out[j - 1] != out[i]) {
			out[j++] = out[i];
		}
	}
	return j;
}

void faq_scratch_free(faq_scratch *s)
{
	free(s->acc);
	free(s->touched);
	s->acc = NULL;
	s->touched = NULL;
	s->n = 0;
}

static bool scratch_ready(faq_scratch *s, uint32_t n)
{
	if (s->n != n || !s->acc) {
		faq_scratch_free(s);
		s->acc = calloc(n, sizeof(faq_acc));
		s->touched = malloc(n * sizeof(uint32_t));
		if (!s->acc || !s->touched) {
			faq_scratch_free(s);
			return false;
		}
		s->n = n;
		s->epoch = 0;
	}
	if (++s->epoch >= (1u << 26)) {
		memset(s->acc, 0, n * sizeof(faq_acc));
		s->epoch = 1;
	}
	return true;
}

/* Min-heap on score (ties: the higher doc number is "smaller", so lower doc numbers win). */
static bool hit_less(const faq_hit *a, const faq_hit *b)
{
	return a->score < b->score || (a->score == b->score && a->doc > b->doc);
}

static void heap_push(faq_hit *heap, size_t *n, size_t cap, faq_hit h)
{
	size_t i;
	if (*n == cap) {
		if (!hit_less(&heap[0], &h)) {
			return;
		}
		i = 0;
		for (;;) {
			size_t l = 2 * i + 1, r = l + 1, c = l;
			if (l >= *n) break;
			if (r < *n && hit_less(&heap[r], &heap[l])) c = r;
			if (!hit_less(&heap[c], &h)) break;
			heap[i] = heap[c];
			i = c;
		}
		heap[i] = h;
		return;
	}
	i = (*n)++;
	while (i > 0 && hit_less(&h, &heap[(i - 1) / 2])) {
		heap[i] = heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	heap[i] = h;
}

static int cmp_hit_desc(const void *a, const void *b)
{
	const faq_hit *x = a, *y = b;
	if (x->score != y->score) {
		return x->score > y->score ? -1 : 1;
	}
	return x->doc < y->doc ? -1 : x->doc > y->doc;
}

typedef struct { uint32_t term, slot; } term_slot;

static int cmp_term_slot(const void *a, const void *b)
{
	const term_slot *x = a, *y = b;
	return x->term < y->term ? -1 : x->term > y->term;
}

static int slot_of(const term_slot *ts, size_t n, uint32_t term)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ts[mid].term == term) return (int) ts[mid].slot;
		if (ts[mid].term < term) lo = mid + 1; else hi = mid;
	}
	return -1;
}

static uint32_t popcount32(uint32_t x)
{
	uint32_t n = 0;
	while (x) {
		x &= x - 1;
		n++;
	}
	return n;
}

#define CANDIDATES_MAX 256

size_t faq_rank(const faq_view *v, faq_scratch *s, const faq_query *q, const faq_search_opts *o,
	faq_hit *hits, size_t limit, uint32_t *total)
{
	uint32_t si, ai, n_touched = 0, found = 0, found_mask = 0, i, matched = 0;
	faq_hit heap[CANDIDATES_MAX];
	term_slot ts[FAQ_MAX_SLOTS * FAQ_MAX_ALTS];
	size_t n_heap = 0, cap, n_ts = 0, out = 0;
	float denom = 0, max_pop;
	faq_acc *acc;

	*total = 0;
	for (si = 0; si < q->n_slots; si++) {
		float best = 0;
		for (ai = 0; ai < q->slot[si].n_alt; ai++) {
			/* Normalise by the best idf at full weight, so a typo or prefix match scores lower
			 * than the exact word would have: minScore means the same with and without typos. */
			float w = v->terms[q->slot[si].alt[ai].term].idf;
			if (ai == 0 && q->slot[si].alt[0].weight >= 1.0f) {
				best = w;   /* the word itself is indexed: its idf is the yardstick */
			} else if (w > best && !(q->slot[si].alt[0].weight >= 1.0f)) {
				best = w;
			}
			ts[n_ts++] = (term_slot) {q->slot[si].alt[ai].term, si};
		}
		if (q->slot[si].n_alt > 0) {
			found++;
			found_mask |= 1u << si;
			denom += best * 255.0f;
		}
	}
	if (found == 0 || limit == 0 || denom <= 0) {
		return 0;
	}
	if (!scratch_ready(s, v->h->n_docs)) {
		return (size_t) -1;
	}
	acc = s->acc;
	for (si = 0; si < q->n_slots; si++) {
		for (ai = 0; ai < q->slot[si].n_alt; ai++) {
			uint32_t t = q->slot[si].alt[ai].term, doc = 0;
			float w = q->slot[si].alt[ai].weight * v->terms[t].idf;
			const unsigned char *p = v->post + v->terms[t].post_off, *end = v->post + faq_post_end(v, t);
			while (p < end) {
				faq_acc *a;
				float c;
				doc += faq_varint(&p);
				c = w * (float) *p++;
				a = &acc[doc];
				if (a->stamp >> 6 != s->epoch) {
					a->stamp = s->epoch << 6 | si;
					a->score = a->slot_score = c;
					s->touched[n_touched++] = doc;
				} else if ((a->stamp & 63) == si) {
					/* Another alternative of the same word: only the best one counts. */
					if (c > a->slot_score) {
						a->score += c - a->slot_score;
						a->slot_score = c;
					}
				} else {
					a->stamp = s->epoch << 6 | si;
					a->slot_score = c;
					a->score += c;
				}
			}
		}
	}
	qsort(ts, n_ts, sizeof(term_slot), cmp_term_slot);

	/* Candidates by BM25F, filtered. (A coverage factor on top of BM25F was tried and lost
	 * relevance on StackFAQ: idf already rewards matching the rare words.) */
	cap = limit * 2 > 64 ? limit * 2 : 64;
	if (cap > CANDIDATES_MAX) cap = CANDIDATES_MAX;
	for (i = 0; i < n_touched; i++) {
		uint32_t doc = s->touched[i];
		const faq_doc *d = &v->docs[doc];
		if (doc == o->exclude) {
			continue;
		}
		if (o->has_category && (d->cat_len != o->cat_len || memcmp(v->text + d->cat_off, o->category, o->cat_len) != 0)) {
			continue;
		}
		if (o->question_only) {
			uint32_t qmask = 0, k;
			for (k = 0; k < d->qt_len; k++) {
				int sl = slot_of(ts, n_ts, v->qterms[d->qt_off + k]);
				if (sl >= 0) qmask |= 1u << sl;
			}
			if (qmask != found_mask) {
				continue;
			}
		}
		matched++;
		heap_push(heap, &n_heap, cap, (faq_hit) {doc, acc[doc].score});
	}
	*total = matched;

	/* Re-rank: words found in the question, adjacent query words there, popularity, boosts. */
	max_pop = o->popularity ? o->max_popularity : v->h->max_popularity;
	for (i = 0; i < n_heap; i++) {
		const faq_doc *d = &v->docs[heap[i].doc];
		uint32_t qmask = 0, adjacent = 0, k;
		int prev = -1;
		float bonus, pop, popf = 1.0f;
		for (k = 0; k < d->qt_len; k++) {
			int sl = slot_of(ts, n_ts, v->qterms[d->qt_off + k]);
			if (sl >= 0) {
				qmask |= 1u << sl;
				if (prev >= 0 && sl == prev + 1) {
					adjacent++;
				}
			}
			prev = sl;
		}
		bonus = 1.0f + Q_BONUS * (float) popcount32(qmask) / (float) found
			+ (found > 1 ? ADJ_BONUS * (float) (adjacent < found - 1 ? adjacent : found - 1) / (float) (found - 1) : 0.0f);
		pop = o->popularity ? o->popularity[heap[i].doc] : d->popularity;
		if (max_pop > 0 && pop > 0) {
			popf = 1.0f + POP_WEIGHT * log1pf(pop) / log1pf(max_pop);
		}
		heap[i].score = heap[i].score * bonus * popf / (denom * MAX_BONUS * (1.0f + POP_WEIGHT));
		if (o->boost) {
			heap[i].score *= o->boost[heap[i].doc];
		}
		if (heap[i].score > 1.0f) {
			heap[i].score = 1.0f;
		}
	}
	qsort(heap, n_heap, sizeof(faq_hit), cmp_hit_desc);
	for (i = 0; i < n_heap && out < limit; i++) {
		if (heap[i].score >= o->min_score) {
			hits[out++] = heap[i];
		}
	}
	return out;
}
