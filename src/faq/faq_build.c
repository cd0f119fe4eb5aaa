/*
 * FAQ index builder. Entries are tokenized field by field into a term dictionary (hash map),
 * postings are collected in document order, then everything is sorted and laid out as the image
 * described in faq_format.h. Term weights are BM25F, precomputed per posting as a one-byte impact.
 * SPDX-License-Identifier: MIT
 */
#include "faq_build.h"
#include "faq_format.h"
#include "faq_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* BM25 saturation. Tuned on StackFAQ (2.0 beat the textbook 1.2): FAQ questions are short, so a
 * repeated word in a long answer should keep adding evidence a little longer. */
#define K1 2.0f
/* Length normalisation per field: questions are short and similar in length, answers vary. */
static const float field_b[3] = {0.5f, 0.3f, 0.75f};

/* ---- growable buffers ---- */
typedef struct { char *p; size_t len, cap; } buf;

static bool buf_reserve(buf *b, size_t more)
{
	if (b->len + more > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 4096;
		char *p;
		while (cap < b->len + more) {
			cap *= 2;
		}
		p = realloc(b->p, cap);
		if (!p) {
			return false;
		}
		b->p = p;
		b->cap = cap;
	}
	return true;
}

static bool buf_add(buf *b, const void *s, size_t n)
{
	if (!buf_reserve(b, n)) {
		return false;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	return true;
}

/* ---- string -> uint32 hash map over an arena ---- */
typedef struct { uint32_t off, len, hash, val; } slot;
typedef struct { slot *slots; uint32_t cap, count; buf *arena; } strmap;

static uint32_t hash_str(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;
	for (i = 0; i < n; i++) {
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	}
	return h | 1;  /* 0 marks an empty slot */
}

static bool map_grow(strmap *m)
{
	uint32_t cap = m->cap ? m->cap * 2 : 1024, i;
	slot *s = calloc(cap, sizeof(slot));
	if (!s) {
		return false;
	}
	for (i = 0; i < m->cap; i++) {
		if (m->slots[i].hash) {
			uint32_t j = m->slots[i].hash & (cap - 1);
			while (s[j].hash) {
				j = (j + 1) & (cap - 1);
			}
			s[j] = m->slots[i];
		}
	}
	free(m->slots);
	m->slots = s;
	m->cap = cap;
	return true;
}

/* Finds s or, when add is set, inserts it with value `val`. Returns the slot or NULL (absent/no memory). */
static slot *map_get(strmap *m, const char *s, size_t n, bool add, uint32_t val)
{
	uint32_t h = hash_str(s, n), j;
	if (m->cap == 0 || (add && (m->count + 1) * 4 > m->cap * 3)) {
		if (!add && m->cap == 0) {
			return NULL;
		}
		if (!map_grow(m)) {
			return NULL;
		}
	}
	j = h & (m->cap - 1);
	while (m->slots[j].hash) {
		slot *e = &m->slots[j];
		if (e->hash == h && e->len == n && memcmp(m->arena->p + e->off, s, n) == 0) {
			return e;
		}
		j = (j + 1) & (m->cap - 1);
	}
	if (!add) {
		return NULL;
	}
	m->slots[j].off = (uint32_t) m->arena->len;
	if (!buf_add(m->arena, s, n)) {
		return NULL;
	}
	m->slots[j].len = (uint32_t) n;
	m->slots[j].hash = h;
	m->slots[j].val = val;
	m->count++;
	return &m->slots[j];
}

/* ---- builder state ---- */
typedef struct { uint32_t term, doc; uint16_t tf[3]; } posting;

typedef struct {
	faq_text text;
	buf arena;               /* term and word strings */
	strmap terms, words;
	strmap stems;            /* language byte + folded word -> term id: each word is stemmed once */
	buf stem_keys;
	strmap splits;           /* language byte + folded word -> its compound split + 1, or 0 */
	buf split_keys;
	strmap prefixes;         /* the first FAQ_PART_MIN bytes of every word, after the first pass */
	uint32_t n_terms;
	uint32_t *term_off, *term_len, *last_doc, *last_post;
	uint32_t term_cap;
	posting *post;
	size_t n_post, post_cap;
	buf qterms;              /* uint32 temporary term ids */
	uint32_t *flen;          /* 3 per doc */
	char *err;
	size_t err_len;
} builder;

static bool oom(builder *b)
{
	snprintf(b->err, b->err_len, "out of memory");
	return false;
}

static bool term_id(builder *b, const char *s, size_t n, uint32_t *id)
{
	slot *e = map_get(&b->terms, s, n, true, b->n_terms);
	if (!e) {
		return oom(b);
	}
	if (e->val == b->n_terms) {
		if (b->n_terms == b->term_cap) {
			uint32_t cap = b->term_cap ? b->term_cap * 2 : 4096;
			uint32_t *a = realloc(b->term_off, cap * sizeof(uint32_t)), *c, *d, *f;
			if (!a) return oom(b);
			b->term_off = a;
			if (!(c = realloc(b->term_len, cap * sizeof(uint32_t)))) return oom(b);
			b->term_len = c;
			if (!(d = realloc(b->last_doc, cap * sizeof(uint32_t)))) return oom(b);
			b->last_doc = d;
			if (!(f = realloc(b->last_post, cap * sizeof(uint32_t)))) return oom(b);
			b->last_post = f;
			b->term_cap = cap;
		}
		b->term_off[b->n_terms] = e->off;
		b->term_len[b->n_terms] = e->len;
		b->last_doc[b->n_terms] = UINT32_MAX;
		b->n_terms++;
	}
	*id = e->val;
	return true;
}

static bool occurrence(builder *b, uint32_t term, uint32_t doc, int field)
{
	if (b->last_doc[term] == doc) {
		posting *p = &b->post[b->last_post[term]];
		if (p->tf[field] < UINT16_MAX) {
			p->tf[field]++;
		}
		return true;
	}
	if (b->n_post == b->post_cap) {
		size_t cap = b->post_cap ? b->post_cap * 2 : 65536;
		posting *p = realloc(b->post, cap * sizeof(posting));
		if (!p) {
			return oom(b);
		}
		b->post = p;
		b->post_cap = cap;
	}
	b->post[b->n_post].term = term;
	b->post[b->n_post].doc = doc;
	memset(b->post[b->n_post].tf, 0, sizeof(b->post[b->n_post].tf));
	b->post[b->n_post].tf[field] = 1;
	b->last_doc[term] = doc;
	b->last_post[term] = (uint32_t) b->n_post;
	b->n_post++;
	return true;
}

/* Adds one folded word: its stem as a term, the word itself to the word table, and an occurrence
 * in doc (none when doc is UINT32_MAX: the first pass only learns the vocabulary). */
static bool add_word(builder *b, const char *fold, size_t flen, int lang, uint32_t doc, int field, uint32_t *tid)
{
	char key[FAQ_WORD_MAX + 2];
	size_t slen;
	const char *stem;
	slot *w, *k;

	/* Stemming is most of the build time; a word seen before (in this language) is not stemmed again. */
	key[0] = (char) ('0' + lang);
	memcpy(key + 1, fold, flen);
	k = map_get(&b->stems, key, flen + 1, false, 0);
	if (k) {
		*tid = k->val;
		return doc == UINT32_MAX || occurrence(b, *tid, doc, field);
	}
	stem = faq_stem(&b->text, lang, fold, flen, &slen);
	if (!term_id(b, stem, slen, tid) || (doc != UINT32_MAX && !occurrence(b, *tid, doc, field))) {
		return false;
	}
	if (!map_get(&b->stems, key, flen + 1, true, *tid)) {
		return oom(b);
	}
	w = map_get(&b->words, fold, flen, true, *tid);
	return w ? true : oom(b);
}

/* Whether the vocabulary has a part of a compound: as a word, or as the stem of one. */
static bool builder_knows(void *ctx, int lang, const char *s, size_t len)
{
	builder *b = ctx;
	size_t slen;
	const char *stem;
	if (map_get(&b->words, s, len, false, 0)) {
		return true;
	}
	/* Stemming is the cost here: a part no word starts like cannot be a word's stem either
	 * (the search asks the same of its sorted word table, so both decide alike). */
	if (!map_get(&b->prefixes, s, FAQ_PART_MIN, false, 0)) {
		return false;
	}
	stem = faq_stem(&b->text, lang, s, len, &slen);
	return map_get(&b->terms, stem, slen, false, 0) != NULL;
}

/* The term of a part the vocabulary knows (builder_knows() said so). */
static bool part_term(builder *b, const char *s, size_t len, int lang, uint32_t *tid)
{
	char key[FAQ_WORD_MAX + 2];
	size_t slen;
	const char *stem;
	slot *k;
	key[0] = (char) ('0' + lang);
	memcpy(key + 1, s, len);
	if ((k = map_get(&b->stems, key, len + 1, false, 0))) {
		*tid = k->val;
		return true;
	}
	stem = faq_stem(&b->text, lang, s, len, &slen);
	if ((k = map_get(&b->terms, stem, slen, false, 0))) {
		*tid = k->val;
		return true;
	}
	return false;
}

/*
 * A Dutch or German compound also counts as its two parts ("verzendkosten" as "verzend" and
 * "kosten"), so "kosten van verzending" finds it; parts are not words of the field's length
 * and not added to the word table. Each distinct word is split once.
 */
static bool add_compound_parts(builder *b, const char *fold, size_t flen, int lang, uint32_t doc, int field)
{
	char key[FAQ_WORD_MAX + 2];
	size_t head_len, tail_start;
	uint32_t split, tid, i;
	slot *k;

	if ((lang != FAQ_LANG_NL && lang != FAQ_LANG_DE) || flen < FAQ_COMPOUND_MIN) {
		return true;
	}
	key[0] = (char) ('0' + lang);
	memcpy(key + 1, fold, flen);
	if ((k = map_get(&b->splits, key, flen + 1, false, 0))) {
		split = k->val;
	} else {
		split = faq_split_compound(lang, fold, flen, builder_knows, b, &head_len, &tail_start)
			? (uint32_t) (head_len << 8 | tail_start) + 1 : 0;
		if (!map_get(&b->splits, key, flen + 1, true, split)) {
			return oom(b);
		}
	}
	if (split == 0) {
		return true;
	}
	head_len = (split - 1) >> 8;
	tail_start = (split - 1) & 0xff;
	for (i = 0; i < 2; i++) {
		const char *part = i == 0 ? fold : fold + tail_start;
		size_t part_len = i == 0 ? head_len : flen - tail_start;
		if (!part_term(b, part, part_len, lang, &tid)) {
			continue;   /* cannot happen: the split was made of known parts */
		}
		if (!occurrence(b, tid, doc, field) || (field == 0 && !buf_add(&b->qterms, &tid, sizeof(tid)))) {
			return oom(b);
		}
	}
	return true;
}

/* Tokenizes one field of a document. "T-Shirt" also adds "tshirt", so both spellings find it.
 * With doc UINT32_MAX only the vocabulary is learnt (the first pass, before compounds are split). */
static bool index_field(builder *b, const char *s, size_t len, int lang, uint32_t doc, int field)
{
	size_t pos = 0, start, end, prev_end = (size_t) -1;
	char prev[FAQ_WORD_MAX + 1];
	size_t prev_len = 0;
	uint32_t count = 0, tid;

	while (faq_next_word(s, len, &pos, &start, &end)) {
		size_t flen = faq_fold(&b->text, s + start, end - start);
		bool joined;
		char cur[FAQ_WORD_MAX + 1];
		if (flen == 0) {
			continue;   /* only combining marks, stripped by folding: not a word */
		}
		joined = prev_len > 0 && prev_end + 1 == start && s[prev_end] == '-';
		memcpy(cur, b->text.fold, flen);
		if (joined && prev_len + flen <= FAQ_WORD_MAX) {
			char both[FAQ_WORD_MAX + 1];
			memcpy(both, prev, prev_len);
			memcpy(both + prev_len, cur, flen);
			if (!add_word(b, both, prev_len + flen, lang, doc, field, &tid)) {
				return false;
			}
		}
		memcpy(prev, cur, flen);
		prev_len = flen;
		prev_end = end;
		if (b->text.stopwords && faq_is_stopword(lang, cur, flen)) {
			continue;
		}
		if (!add_word(b, cur, flen, lang, doc, field, &tid)) {
			return false;
		}
		if (doc == UINT32_MAX) {
			continue;
		}
		if (field == 0 && !buf_add(&b->qterms, &tid, sizeof(tid))) {
			return oom(b);
		}
		if (!add_compound_parts(b, cur, flen, lang, doc, field)) {
			return false;
		}
		count++;
	}
	if (doc != UINT32_MAX) {
		b->flen[doc * 3 + field] = count;
	}
	return true;
}

/* An entry's answer as plain text in *plain (grown as needed); its length in *alen. */
static bool plain_answer(builder *b, const faq_entry *e, char **plain, size_t *plain_cap, size_t *alen)
{
	if (e->a_len + 1 > *plain_cap) {
		char *p = realloc(*plain, e->a_len + 1);
		if (!p) {
			return oom(b);
		}
		*plain = p;
		*plain_cap = e->a_len + 1;
	}
	*alen = faq_strip_html(e->answer, e->a_len, *plain);
	return true;
}

/* The first pass over one entry: its words into the vocabulary, no occurrences. */
static bool learn_entry(builder *b, const faq_entry *e, char **plain, size_t *plain_cap)
{
	size_t alen;
	return plain_answer(b, e, plain, plain_cap, &alen)
		&& index_field(b, e->question, e->q_len, e->lang, UINT32_MAX, 0)
		&& index_field(b, e->tags, e->tags_len, e->lang, UINT32_MAX, 1)
		&& index_field(b, *plain, alen, e->lang, UINT32_MAX, 2);
}

typedef struct { const char *s; uint32_t len, id; } sort_item;

static int cmp_item(const void *x, const void *y)
{
	const sort_item *a = x, *b = y;
	int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
	if (c != 0) {
		return c;
	}
	return a->len < b->len ? -1 : a->len > b->len;
}

static void put_varint(unsigned char **p, uint32_t v)
{
	while (v >= 0x80) {
		*(*p)++ = (unsigned char) (v | 0x80);
		v >>= 7;
	}
	*(*p)++ = (unsigned char) v;
}

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

unsigned char *faq_build(const faq_entry *entries, size_t n, const faq_build_opts *o, size_t *size,
	char *err, size_t err_len)
{
	builder b;
	buf text = {0};
	faq_doc *docs = NULL;
	sort_item *items = NULL;
	uint32_t *remap = NULL, *post_start = NULL, *grp = NULL, *mem = NULL;
	faq_term *terms = NULL;
	faq_word *words = NULL;
	faq_syn *syn = NULL;
	unsigned char *post = NULL, *img = NULL, *pp;
	uint32_t i, *ids = NULL, n_syn = 0, n_mem = 0;
	size_t j, post_bytes, sizes[FAQ_SEC_COUNT], off;
	double sum[3] = {0, 0, 0}, avg[3];
	float max_pop = 0;
	const void *sec_data[FAQ_SEC_COUNT];
	faq_header h;
	char *plain = NULL;
	size_t plain_cap = 0;

	memset(&b, 0, sizeof(b));
	b.err = err;
	b.err_len = err_len;
	b.terms.arena = &b.arena;
	b.words.arena = &b.arena;
	b.stems.arena = &b.stem_keys;
	b.splits.arena = &b.split_keys;
	b.prefixes.arena = &b.split_keys;
	faq_text_init(&b.text, o->stem, o->stopwords);
	if (n == 0 || n > (1u << 24)) {
		snprintf(err, err_len, "must hold between 1 and %u entries", 1u << 24);
		goto fail;
	}
	docs = calloc(n, sizeof(faq_doc));
	b.flen = calloc(n * 3, sizeof(uint32_t));
	if (!docs || !b.flen) {
		oom(&b);
		goto fail;
	}
	/* Compounds are split against the whole vocabulary, so a first pass learns it; only when some
	 * entry is Dutch or German (English and French never split, and their build stays one pass). */
	for (i = 0; i < n && entries[i].lang != FAQ_LANG_NL && entries[i].lang != FAQ_LANG_DE; i++) {
	}
	if (i < n) {
		for (i = 0; i < n; i++) {
			if (!learn_entry(&b, &entries[i], &plain, &plain_cap)) {
				goto fail;
			}
		}
		for (i = 0; i < b.words.cap; i++) {
			const slot *w = &b.words.slots[i];
			if (w->hash && w->len >= FAQ_PART_MIN && !map_get(&b.prefixes, b.arena.p + w->off, FAQ_PART_MIN, true, 0)) {
				oom(&b);
				goto fail;
			}
		}
	}
	for (i = 0; i < n; i++) {
		const faq_entry *e = &entries[i];
		faq_doc *d = &docs[i];
		size_t alen;
		if (!plain_answer(&b, e, &plain, &plain_cap, &alen)) {
			goto fail;
		}
		d->id_off = (uint32_t) text.len;
		d->id_len = (uint32_t) e->id_len;
		if (!buf_add(&text, e->id, e->id_len)) { oom(&b); goto fail; }
		d->q_off = (uint32_t) text.len;
		d->q_len = (uint32_t) e->q_len;
		if (!buf_add(&text, e->question, e->q_len)) { oom(&b); goto fail; }
		d->a_off = (uint32_t) text.len;
		d->a_len = (uint32_t) alen;
		if (!buf_add(&text, plain, alen)) { oom(&b); goto fail; }
		d->cat_off = (uint32_t) text.len;
		d->cat_len = (uint32_t) e->cat_len;
		if (!buf_add(&text, e->category, e->cat_len)) { oom(&b); goto fail; }
		if (text.len > UINT32_MAX / 2) {
			snprintf(err, err_len, "entries hold more than 2 GiB of text");
			goto fail;
		}
		d->popularity = e->popularity;
		d->lang = (uint32_t) e->lang;
		if (e->popularity > max_pop) {
			max_pop = e->popularity;
		}
		d->qt_off = (uint32_t) (b.qterms.len / 4);
		if (!index_field(&b, e->question, e->q_len, e->lang, i, 0)
			|| !index_field(&b, e->tags, e->tags_len, e->lang, i, 1)
			|| !index_field(&b, plain, alen, e->lang, i, 2)) {
			goto fail;
		}
		d->qt_len = (uint32_t) (b.qterms.len / 4) - d->qt_off;
		sum[0] += b.flen[i * 3];
		sum[1] += b.flen[i * 3 + 1];
		sum[2] += b.flen[i * 3 + 2];
	}
	for (j = 0; j < 3; j++) {
		avg[j] = sum[j] / (double) n;
	}

	/* Ids sorted, duplicates refused. */
	items = malloc((n > b.n_terms ? n : b.n_terms) * sizeof(sort_item) + sizeof(sort_item));
	ids = malloc(n * sizeof(uint32_t));
	if (!items || !ids) { oom(&b); goto fail; }
	for (i = 0; i < n; i++) {
		items[i].s = text.p + docs[i].id_off;
		items[i].len = docs[i].id_len;
		items[i].id = i;
	}
	qsort(items, n, sizeof(sort_item), cmp_item);
	for (i = 0; i < n; i++) {
		if (i > 0 && cmp_item(&items[i - 1], &items[i]) == 0) {
			snprintf(err, err_len, "duplicate id \"%.*s\"", (int) (items[i].len > 64 ? 64 : items[i].len), items[i].s);
			goto fail;
		}
		ids[i] = items[i].id;
	}

	/* Terms sorted by string; remap[temporary id] = final id. */
	remap = malloc((b.n_terms + 1) * sizeof(uint32_t));
	terms = calloc(b.n_terms + 1, sizeof(faq_term));
	post_start = calloc(b.n_terms + 2, sizeof(uint32_t));
	if (!remap || !terms || !post_start) { oom(&b); goto fail; }
	for (i = 0; i < b.n_terms; i++) {
		items[i].s = b.arena.p + b.term_off[i];
		items[i].len = b.term_len[i];
		items[i].id = i;
	}
	qsort(items, b.n_terms, sizeof(sort_item), cmp_item);
	for (i = 0; i < b.n_terms; i++) {
		remap[items[i].id] = i;
		terms[i].str_off = b.term_off[items[i].id];
		terms[i].str_len = b.term_len[items[i].id];
	}
	/* Counting sort of postings by final term; document order is kept within a term. */
	for (j = 0; j < b.n_post; j++) {
		post_start[remap[b.post[j].term] + 1]++;
	}
	for (i = 0; i < b.n_terms; i++) {
		terms[i].df = post_start[i + 1];
		terms[i].idf = (float) log(1.0 + ((double) n - terms[i].df + 0.5) / (terms[i].df + 0.5));
		post_start[i + 1] += post_start[i];
	}
	{
		posting *sorted = malloc((b.n_post + 1) * sizeof(posting));
		uint32_t *fill = malloc((b.n_terms + 1) * sizeof(uint32_t));
		if (!sorted || !fill) { free(sorted); free(fill); oom(&b); goto fail; }
		memcpy(fill, post_start, b.n_terms * sizeof(uint32_t));
		for (j = 0; j < b.n_post; j++) {
			uint32_t t = remap[b.post[j].term];
			sorted[fill[t]++] = b.post[j];
		}
		free(fill);
		free(b.post);
		b.post = sorted;
	}
	post = malloc(b.n_post * 6 + 16);
	if (!post) { oom(&b); goto fail; }
	pp = post;
	{
		const float w[3] = {o->w_question, o->w_tags, o->w_answer};
		for (i = 0; i < b.n_terms; i++) {
			uint32_t prev = 0;
			terms[i].post_off = (uint32_t) (pp - post);
			for (j = post_start[i]; j < post_start[i + 1]; j++) {
				const posting *p = &b.post[j];
				double tf = 0, sat;
				int f, impact;
				for (f = 0; f < 3; f++) {
					if (p->tf[f]) {
						double norm = avg[f] > 0 ? 1.0 - field_b[f] + field_b[f] * b.flen[p->doc * 3 + f] / avg[f] : 1.0;
						tf += w[f] * p->tf[f] / norm;
					}
				}
				sat = tf / (K1 + tf);
				impact = 1 + (int) lround(sat * 254.0);
				put_varint(&pp, p->doc - prev);
				*pp++ = (unsigned char) (impact > 255 ? 255 : impact);
				prev = p->doc;
			}
		}
	}
	post_bytes = (size_t) (pp - post);
	if (post_bytes > UINT32_MAX / 2) {
		snprintf(err, err_len, "index too large");
		goto fail;
	}
	{
		uint32_t *qt = (uint32_t *) b.qterms.p;
		for (j = 0; j < b.qterms.len / 4; j++) {
			qt[j] = remap[qt[j]];
		}
	}
	/* Words sorted by string. */
	words = calloc(b.words.count + 1, sizeof(faq_word));
	if (!words) { oom(&b); goto fail; }
	{
		sort_item *wi = malloc((b.words.count + 1) * sizeof(sort_item));
		uint32_t k = 0;
		if (!wi) { oom(&b); goto fail; }
		for (i = 0; i < b.words.cap; i++) {
			if (b.words.slots[i].hash) {
				wi[k].s = b.arena.p + b.words.slots[i].off;
				wi[k].len = b.words.slots[i].len;
				wi[k].id = i;
				k++;
			}
		}
		qsort(wi, k, sizeof(sort_item), cmp_item);
		for (i = 0; i < k; i++) {
			const slot *s = &b.words.slots[wi[i].id];
			words[i].str_off = s->off;
			words[i].str_len = s->len;
			words[i].term = remap[s->val];
		}
		free(wi);
	}
	/* Synonyms: folded and stemmed like the text; members looked up in the final dictionary. */
	if (o->n_syn > 0) {
		sort_item *si = malloc(o->n_syn * sizeof(sort_item));
		uint32_t *sg = malloc(o->n_syn * sizeof(uint32_t));
		size_t k;
		syn = calloc(o->n_syn, sizeof(faq_syn));
		grp = calloc(o->n_groups + 1, sizeof(uint32_t));
		mem = malloc(o->n_syn * sizeof(uint32_t));
		if (!si || !sg || !syn || !grp || !mem) { free(si); free(sg); oom(&b); goto fail; }
		for (k = 0; k < o->n_syn; k++) {
			size_t flen = faq_fold(&b.text, o->syn[k].word, o->syn[k].len), slen;
			const char *stem = faq_stem(&b.text, o->lang, b.text.fold, flen, &slen);
			uint32_t off = (uint32_t) b.arena.len;
			if (!buf_add(&b.arena, stem, slen)) { free(si); free(sg); oom(&b); goto fail; }
			si[k].s = NULL;
			si[k].len = (uint32_t) slen;
			si[k].id = (uint32_t) k;
			sg[k] = off;
		}
		for (k = 0; k < o->n_syn; k++) {
			si[k].s = b.arena.p + sg[k];
		}
		qsort(si, o->n_syn, sizeof(sort_item), cmp_item);
		for (k = 0; k < o->n_syn; k++) {
			uint32_t g = o->syn[si[k].id].group;
			if (n_syn > 0 && cmp_item(&si[k - 1], &si[k]) == 0) {
				if (syn[n_syn - 1].group != g) {
					snprintf(err, err_len, "synonym \"%.*s\" is in more than one group",
						(int) (o->syn[si[k].id].len > 64 ? 64 : o->syn[si[k].id].len), o->syn[si[k].id].word);
					free(si); free(sg);
					goto fail;
				}
				continue;
			}
			syn[n_syn].str_off = (uint32_t) (si[k].s - b.arena.p);
			syn[n_syn].str_len = si[k].len;
			syn[n_syn].group = g;
			n_syn++;
		}
		/* Members by group: count, then fill. A stem that never occurs in the entries has no term. */
		for (k = 0; k < n_syn; k++) {
			slot *t = map_get(&b.terms, b.arena.p + syn[k].str_off, syn[k].str_len, false, 0);
			sg[k] = t ? remap[t->val] : UINT32_MAX;
			if (t) {
				grp[syn[k].group + 1]++;
			}
		}
		for (i = 0; i < o->n_groups; i++) {
			grp[i + 1] += grp[i];
		}
		{
			uint32_t *fill = calloc(o->n_groups + 1, sizeof(uint32_t));
			if (!fill) { free(si); free(sg); oom(&b); goto fail; }
			memcpy(fill, grp, o->n_groups * sizeof(uint32_t));
			for (k = 0; k < n_syn; k++) {
				if (sg[k] != UINT32_MAX) {
					mem[fill[syn[k].group]++] = sg[k];
				}
			}
			free(fill);
		}
		n_mem = grp[o->n_groups];
		free(si);
		free(sg);
	} else {
		grp = calloc(1, sizeof(uint32_t));
		if (!grp) { oom(&b); goto fail; }
	}
	if (b.arena.len > UINT32_MAX / 2) {
		snprintf(err, err_len, "index too large");
		goto fail;
	}

	/* Lay out the image. */
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, FAQ_MAGIC, 8);
	h.version = FAQ_VERSION;
	h.header_size = sizeof(faq_header);
	h.lang = (uint32_t) o->lang;
	h.flags = (o->stem ? FAQ_FLAG_STEM : 0) | (o->stopwords ? FAQ_FLAG_STOPWORDS : 0);
	h.n_docs = (uint32_t) n;
	h.n_terms = b.n_terms;
	h.n_words = b.words.count;
	h.n_syn = n_syn;
	h.n_groups = o->n_syn > 0 ? o->n_groups : 0;
	h.weight_question = o->w_question;
	h.weight_tags = o->w_tags;
	h.weight_answer = o->w_answer;
	h.max_popularity = max_pop;
	h.stem_fingerprint = o->stem ? faq_format_stem_fingerprint() : 0;
	sizes[FAQ_SEC_DOCS] = n * sizeof(faq_doc);           sec_data[FAQ_SEC_DOCS] = docs;
	sizes[FAQ_SEC_TEXT] = text.len;                        sec_data[FAQ_SEC_TEXT] = text.p;
	sizes[FAQ_SEC_TERMS] = b.n_terms * sizeof(faq_term);   sec_data[FAQ_SEC_TERMS] = terms;
	sizes[FAQ_SEC_STR] = b.arena.len;                      sec_data[FAQ_SEC_STR] = b.arena.p;
	sizes[FAQ_SEC_POST] = post_bytes;                      sec_data[FAQ_SEC_POST] = post;
	sizes[FAQ_SEC_WORDS] = b.words.count * sizeof(faq_word); sec_data[FAQ_SEC_WORDS] = words;
	sizes[FAQ_SEC_QTERMS] = b.qterms.len;                  sec_data[FAQ_SEC_QTERMS] = b.qterms.p;
	sizes[FAQ_SEC_IDS] = n * sizeof(uint32_t);             sec_data[FAQ_SEC_IDS] = ids;
	sizes[FAQ_SEC_SYNMAP] = n_syn * sizeof(faq_syn);       sec_data[FAQ_SEC_SYNMAP] = syn;
	sizes[FAQ_SEC_SYNGRP] = (h.n_groups + 1) * sizeof(uint32_t); sec_data[FAQ_SEC_SYNGRP] = grp;
	sizes[FAQ_SEC_SYNMEM] = n_mem * sizeof(uint32_t);      sec_data[FAQ_SEC_SYNMEM] = mem;
	off = align8(sizeof(faq_header));
	for (i = 0; i < FAQ_SEC_COUNT; i++) {
		h.sec[i].off = (uint32_t) off;
		h.sec[i].len = (uint32_t) sizes[i];
		off = align8(off + sizes[i]);
	}
	if (off > UINT32_MAX) {
		snprintf(err, err_len, "index too large");
		goto fail;
	}
	h.file_size = (uint32_t) off;
	if (posix_memalign((void **) &img, 8, off) != 0) {
		img = NULL;
		oom(&b);
		goto fail;
	}
	memset(img, 0, off);
	for (i = 0; i < FAQ_SEC_COUNT; i++) {
		if (sizes[i]) {
			memcpy(img + h.sec[i].off, sec_data[i], sizes[i]);
		}
	}
	memcpy(img, &h, sizeof(h));
	((faq_header *) img)->crc32 = faq_crc32(img, off);
	*size = off;

fail:
	faq_text_free(&b.text);
	free(b.arena.p);
	free(b.terms.slots);
	free(b.words.slots);
	free(b.stems.slots);
	free(b.stem_keys.p);
	free(b.splits.slots);
	free(b.prefixes.slots);
	free(b.split_keys.p);
	free(b.term_off);
	free(b.term_len);
	free(b.last_doc);
	free(b.last_post);
	free(b.post);
	free(b.qterms.p);
	free(b.flen);
	free(text.p);
	free(docs);
	free(items);
	free(ids);
	free(remap);
	free(terms);
	free(post_start);
	free(post);
	free(words);
	free(syn);
	free(grp);
	free(mem);
	free(plain);
	return img;
}
