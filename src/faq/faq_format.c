/*
 * FAQ index image validation and lookups.
 * SPDX-License-Identifier: MIT
 */
#include "faq_format.h"
#include "faq_text.h"

#include <string.h>
#include "php.h"
#include "ext/standard/crc32.h"

uint32_t faq_crc32(const unsigned char *p, size_t len)
{
	/* PHP's own CRC-32 (ext/standard/crc32.c, the one behind crc32()): SIMD (PCLMUL) or ARM CRC
	 * instructions where the CPU has them. Covers the whole image except the checksum field. */
	size_t at = offsetof(faq_header, crc32);
	uint32_t crc = php_crc32_bulk_update(0xFFFFFFFFu, (const char *) p, at);
	crc = php_crc32_bulk_update(crc, (const char *) p + at + 4, len - at - 4);
	return crc ^ 0xFFFFFFFFu;
}

uint32_t faq_format_stem_fingerprint(void)
{
	static uint32_t fingerprint;
	static bool known;
	if (!known) {
		fingerprint = faq_stemmer_fingerprint(php_crc32_bulk_update);
		known = true;
	}
	return fingerprint;
}

static int str_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);
	if (c != 0) {
		return c;
	}
	return alen < blen ? -1 : alen > blen;
}

static bool range_ok(uint32_t off, uint32_t len, uint32_t limit)
{
	return off <= limit && len <= limit - off;
}

#define SEC_ARRAY(v, idx, type, count, field) do { \
		const faq_section *s_ = &(v)->h->sec[idx]; \
		if (s_->len != (uint64_t) (count) * sizeof(type) || (s_->off & 3) != 0) { \
			return "section " #idx " has the wrong size"; \
		} \
		(v)->field = (const type *) ((v)->base + s_->off); \
	} while (0)

const char *faq_view_open(faq_view *v, const void *base, size_t size)
{
	const faq_header *h = base;
	uint32_t i, text_len, str_len, n_qterms, n_synmem;
	const uint32_t *syngrp;

	memset(v, 0, sizeof(*v));
	if (size < sizeof(faq_header) || ((uintptr_t) base & 7) != 0) {
		return "file is too short to be a FAQ index";
	}
	if (memcmp(h->magic, FAQ_MAGIC, 8) != 0) {
		return "not a ShopCx FAQ index (bad magic)";
	}
	if (h->version != FAQ_VERSION) {
		return "unsupported FAQ index version";
	}
	if (h->header_size != sizeof(faq_header) || h->file_size != size) {
		return "file size does not match its header (truncated?)";
	}
	if (faq_crc32((const unsigned char *) base, size) != h->crc32) {
		return "checksum mismatch (corrupt file)";
	}
	if (h->lang >= 4 || (h->flags & ~(FAQ_FLAG_STEM | FAQ_FLAG_STOPWORDS)) != 0 || h->reserved != 0) {
		return "bad header fields";
	}
	/* Its words were stemmed by another libstemmer than the one that will stem the queries. */
	if ((h->flags & FAQ_FLAG_STEM) && h->stem_fingerprint != faq_format_stem_fingerprint()) {
		return "built with another libstemmer (Snowball) version than this one: build it again";
	}
	for (i = 0; i < FAQ_SEC_COUNT; i++) {
		if (h->sec[i].off < sizeof(faq_header) || !range_ok(h->sec[i].off, h->sec[i].len, (uint32_t) size)) {
			return "section out of bounds";
		}
	}
	v->base = base;
	v->size = size;
	v->h = h;
	if (h->n_docs == 0 || h->n_docs > (1u << 24) || h->n_terms > (1u << 26) || h->n_words > (1u << 26)
		|| h->n_syn > (1u << 20) || h->n_groups > (1u << 20)) {
		return "bad counts";
	}
	SEC_ARRAY(v, FAQ_SEC_DOCS, faq_doc, h->n_docs, docs);
	SEC_ARRAY(v, FAQ_SEC_TERMS, faq_term, h->n_terms, terms);
	SEC_ARRAY(v, FAQ_SEC_WORDS, faq_word, h->n_words, words);
	SEC_ARRAY(v, FAQ_SEC_IDS, uint32_t, h->n_docs, ids);
	SEC_ARRAY(v, FAQ_SEC_SYNMAP, faq_syn, h->n_syn, syn);
	SEC_ARRAY(v, FAQ_SEC_SYNGRP, uint32_t, h->n_groups + 1, syngrp);
	if ((h->sec[FAQ_SEC_QTERMS].off & 3) || (h->sec[FAQ_SEC_QTERMS].len & 3)
		|| (h->sec[FAQ_SEC_SYNMEM].off & 3) || (h->sec[FAQ_SEC_SYNMEM].len & 3)) {
		return "misaligned section";
	}
	v->text = (const char *) v->base + h->sec[FAQ_SEC_TEXT].off;
	v->str = (const char *) v->base + h->sec[FAQ_SEC_STR].off;
	v->post = v->base + h->sec[FAQ_SEC_POST].off;
	v->post_len = h->sec[FAQ_SEC_POST].len;
	v->qterms = (const uint32_t *) (v->base + h->sec[FAQ_SEC_QTERMS].off);
	v->synmem = (const uint32_t *) (v->base + h->sec[FAQ_SEC_SYNMEM].off);
	text_len = h->sec[FAQ_SEC_TEXT].len;
	str_len = h->sec[FAQ_SEC_STR].len;
	n_qterms = h->sec[FAQ_SEC_QTERMS].len / 4;
	n_synmem = h->sec[FAQ_SEC_SYNMEM].len / 4;

	for (i = 0; i < h->n_docs; i++) {
		const faq_doc *d = &v->docs[i];
		if (!range_ok(d->id_off, d->id_len, text_len) || d->id_len == 0 || !range_ok(d->q_off, d->q_len, text_len)
			|| !range_ok(d->a_off, d->a_len, text_len) || !range_ok(d->cat_off, d->cat_len, text_len)
			|| !range_ok(d->qt_off, d->qt_len, n_qterms) || d->lang >= 4 || !(d->popularity >= 0.0f)) {
			return "bad document record";
		}
	}
	for (i = 0; i < n_qterms; i++) {
		if (v->qterms[i] >= h->n_terms) {
			return "bad question term";
		}
	}
	for (i = 0; i < h->n_docs; i++) {
		const faq_doc *a, *b;
		if (v->ids[i] >= h->n_docs) {
			return "bad id table";
		}
		if (i > 0) {
			a = &v->docs[v->ids[i - 1]];
			b = &v->docs[v->ids[i]];
			if (str_cmp(v->text + a->id_off, a->id_len, v->text + b->id_off, b->id_len) >= 0) {
				return "id table out of order";
			}
		}
	}
	/* Terms: strings in bounds and strictly sorted, postings contiguous and well-formed. */
	for (i = 0; i < h->n_terms; i++) {
		const faq_term *t = &v->terms[i];
		const unsigned char *p, *end;
		uint32_t doc = 0, count = 0, post_end;
		if (!range_ok(t->str_off, t->str_len, str_len) || t->str_len == 0 || t->df == 0 || t->df > h->n_docs
			|| !(t->idf >= 0.0f && t->idf < 100.0f)) {
			return "bad term record";
		}
		if (i > 0 && str_cmp(v->str + v->terms[i - 1].str_off, v->terms[i - 1].str_len, v->str + t->str_off, t->str_len) >= 0) {
			return "term table out of order";
		}
		if (i == 0 ? t->post_off != 0 : t->post_off < v->terms[i - 1].post_off) {
			return "bad postings offset";
		}
		post_end = faq_post_end(v, i);
		if (t->post_off > post_end || post_end > v->post_len) {
			return "bad postings offset";
		}
		p = v->post + t->post_off;
		end = v->post + post_end;
		while (p < end) {
			uint32_t delta = 0;
			int shift = 0;
			for (;;) {
				if (p >= end || shift > 28) {
					return "bad postings";
				}
				delta |= (uint32_t) (*p & 0x7F) << shift;
				shift += 7;
				if (*p++ < 0x80) {
					break;
				}
			}
			if (p >= end || *p == 0 || (count > 0 && delta == 0)) {
				return "bad postings";
			}
			p++;
			if (delta > h->n_docs - 1 - (count ? doc : 0) || (count == 0 && delta >= h->n_docs)) {
				return "bad postings";
			}
			doc += delta;
			count++;
		}
		if (count != t->df) {
			return "postings do not match document frequency";
		}
	}
	for (i = 0; i < h->n_words; i++) {
		const faq_word *w = &v->words[i];
		if (!range_ok(w->str_off, w->str_len, str_len) || w->str_len == 0 || w->term >= h->n_terms) {
			return "bad word record";
		}
		if (i > 0 && str_cmp(v->str + v->words[i - 1].str_off, v->words[i - 1].str_len, v->str + w->str_off, w->str_len) >= 0) {
			return "word table out of order";
		}
	}
	syngrp = v->syngrp;
	for (i = 0; i < h->n_syn; i++) {
		const faq_syn *s = &v->syn[i];
		if (!range_ok(s->str_off, s->str_len, str_len) || s->group >= h->n_groups) {
			return "bad synonym record";
		}
		if (i > 0 && str_cmp(v->str + v->syn[i - 1].str_off, v->syn[i - 1].str_len, v->str + s->str_off, s->str_len) >= 0) {
			return "synonym table out of order";
		}
	}
	if (syngrp[0] != 0 || syngrp[h->n_groups] != n_synmem) {
		return "bad synonym groups";
	}
	for (i = 0; i < h->n_groups; i++) {
		if (syngrp[i] > syngrp[i + 1]) {
			return "bad synonym groups";
		}
	}
	for (i = 0; i < n_synmem; i++) {
		if (v->synmem[i] >= h->n_terms) {
			return "bad synonym member";
		}
	}
	if (!(h->max_popularity >= 0.0f)) {
		return "bad header fields";
	}
	return NULL;
}

uint32_t faq_find_term(const faq_view *v, const char *s, size_t len)
{
	uint32_t lo = 0, hi = v->h->n_terms;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const faq_term *t = &v->terms[mid];
		int c = str_cmp(v->str + t->str_off, t->str_len, s, len);
		if (c == 0) {
			return mid;
		}
		if (c < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return UINT32_MAX;
}

uint32_t faq_words_lower(const faq_view *v, const char *s, size_t len)
{
	uint32_t lo = 0, hi = v->h->n_words;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const faq_word *w = &v->words[mid];
		if (str_cmp(v->str + w->str_off, w->str_len, s, len) < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

uint32_t faq_find_id(const faq_view *v, const char *s, size_t len)
{
	uint32_t lo = 0, hi = v->h->n_docs;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const faq_doc *d = &v->docs[v->ids[mid]];
		int c = str_cmp(v->text + d->id_off, d->id_len, s, len);
		if (c == 0) {
			return v->ids[mid];
		}
		if (c < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return UINT32_MAX;
}
