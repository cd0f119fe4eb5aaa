/*
 * FAQ index file format (version 2; version 1 had no stemmer fingerprint). One contiguous little-endian image, the same bytes in
 * memory after build() and on disk after save(), so search runs on a mapped file unchanged.
 *
 *   header | sections (each 8-byte aligned)
 *
 * The header names every section by offset and length; faq_index_open() checks magic, version,
 * CRC32 (of every byte after the header) and every offset, count and cross-reference before a
 * search may trust them. Pure C, no zvals.
 * SPDX-License-Identifier: MIT
 */
#ifndef FAQ_FORMAT_H
#define FAQ_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FAQ_MAGIC      "SCXFAQ\r\n"   /* \r\n catches text-mode transfers that mangle line ends */
#define FAQ_VERSION    2u

#define FAQ_FLAG_STEM       1u
#define FAQ_FLAG_STOPWORDS  2u

enum {
	FAQ_SEC_DOCS = 0,    /* faq_doc[n_docs] */
	FAQ_SEC_TEXT,        /* bytes: ids, questions, plain answers, categories */
	FAQ_SEC_TERMS,       /* faq_term[n_terms], sorted by string */
	FAQ_SEC_STR,         /* bytes: term and word strings */
	FAQ_SEC_POST,        /* bytes: per term, varint doc deltas each followed by a one-byte impact */
	FAQ_SEC_WORDS,       /* faq_word[n_words]: folded surface words -> term, sorted by string */
	FAQ_SEC_QTERMS,      /* uint32 term ids of each question, in order */
	FAQ_SEC_IDS,         /* uint32 doc numbers sorted by id */
	FAQ_SEC_SYNMAP,      /* faq_syn[n_syn]: folded+stemmed synonym -> group, sorted by string */
	FAQ_SEC_SYNGRP,      /* uint32[n_groups + 1]: start of each group in SYNMEM */
	FAQ_SEC_SYNMEM,      /* uint32 term ids of the group members found in the index */
	FAQ_SEC_COUNT
};

typedef struct {
	uint32_t off;
	uint32_t len;
} faq_section;

typedef struct {
	char magic[8];
	uint32_t version;
	uint32_t header_size;
	uint32_t file_size;
	uint32_t crc32;          /* CRC-32 (IEEE, as PHP's crc32()) of the whole file except these 4 bytes */
	uint32_t lang;           /* default language, 0..3 */
	uint32_t flags;          /* FAQ_FLAG_* */
	uint32_t n_docs, n_terms, n_words, n_syn, n_groups;
	float weight_question, weight_tags, weight_answer;
	float max_popularity;
	uint32_t stem_fingerprint;  /* faq_stemmer_fingerprint() of the libstemmer that built it */
	uint32_t reserved;          /* zero; keeps the header a multiple of 8 bytes */
	faq_section sec[FAQ_SEC_COUNT];
} faq_header;

typedef struct {
	uint32_t id_off, id_len;
	uint32_t q_off, q_len;
	uint32_t a_off, a_len;
	uint32_t cat_off, cat_len;
	uint32_t qt_off, qt_len;  /* range in QTERMS */
	float popularity;
	uint32_t lang;
} faq_doc;

typedef struct {
	uint32_t str_off;
	uint32_t str_len;
	uint32_t post_off;        /* in POST; the list ends where the next term's begins */
	uint32_t df;
	float idf;
} faq_term;

typedef struct {
	uint32_t str_off;
	uint32_t str_len;
	uint32_t term;
} faq_word;

typedef struct {
	uint32_t str_off;
	uint32_t str_len;
	uint32_t group;
} faq_syn;

/* A validated view of an image. Pointers into the image; no ownership. */
typedef struct {
	const unsigned char *base;
	size_t size;
	const faq_header *h;
	const faq_doc *docs;
	const char *text;
	const faq_term *terms;
	const char *str;
	const unsigned char *post;
	uint32_t post_len;
	const faq_word *words;
	const uint32_t *qterms;
	const uint32_t *ids;
	const faq_syn *syn;
	const uint32_t *syngrp;
	const uint32_t *synmem;
} faq_view;

/* The stemmer fingerprint of this process's libstemmer, computed on first use (the module's MINIT
 * calls it once, before any thread could). */
uint32_t faq_format_stem_fingerprint(void);

/* Validates an image and fills view. Returns NULL or a static message naming what is wrong. */
const char *faq_view_open(faq_view *view, const void *base, size_t size);

/* CRC-32 of an image (len >= sizeof(faq_header)) skipping the checksum field itself. */
uint32_t faq_crc32(const unsigned char *p, size_t len);

/* Postings reader: LEB128 varint. Callers trust a validated image. */
static inline uint32_t faq_varint(const unsigned char **p)
{
	const unsigned char *q = *p;
	uint32_t v = q[0] & 0x7F;
	if (q[0] < 0x80) { *p = q + 1; return v; }
	v |= (uint32_t) (q[1] & 0x7F) << 7;
	if (q[1] < 0x80) { *p = q + 2; return v; }
	v |= (uint32_t) (q[2] & 0x7F) << 14;
	if (q[2] < 0x80) { *p = q + 3; return v; }
	v |= (uint32_t) (q[3] & 0x7F) << 21;
	if (q[3] < 0x80) { *p = q + 4; return v; }
	v |= (uint32_t) (q[4] & 0x0F) << 28;
	*p = q + 5;
	return v;
}

static inline uint32_t faq_post_end(const faq_view *v, uint32_t term)
{
	return term + 1 < v->h->n_terms ? v->terms[term + 1].post_off : v->post_len;
}

/* Binary search of the sorted term table; UINT32_MAX when absent. */
uint32_t faq_find_term(const faq_view *v, const char *s, size_t len);
/* First word >= s (n_words when none). */
uint32_t faq_words_lower(const faq_view *v, const char *s, size_t len);
/* Doc number of an id; UINT32_MAX when absent. */
uint32_t faq_find_id(const faq_view *v, const char *s, size_t len);

#endif
