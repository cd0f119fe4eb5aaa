/*
 * libFuzzer harness: any bytes as a customer's FAQ query (and as a suggest() prefix and a typo
 * word) against a real index, with typos, prefix and highlighting on. The index is the committed
 * seed tests/fuzz/corpus/faq_index_fuzzer/webshop.idx, read once.
 *   bash tests/fuzz/run.sh [seconds] faq_query_fuzzer
 * sources: src/faq/faq_format.c src/faq/faq_search.c src/faq/faq_typo.c src/faq/faq_text.c src/faq/faq_highlight.c src/common/shopcx_utf8.c
 * cflags: -std=gnu11 -D_GNU_SOURCE @php_includes@
 * libs: -lutf8proc -lstemmer -lm
 * SPDX-License-Identifier: MIT
 */
#include "faq/faq_format.h"
#include "faq/faq_search.h"
#include "common/shopcx_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "faq_crc32.h"

static unsigned char *image;
static faq_view view;
static faq_text text;
static faq_scratch scratch;

static void ignore_emit(void *ctx, const char *s, size_t len)
{
	(void) ctx;
	(void) s;
	(void) len;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	FILE *f = fopen("tests/fuzz/corpus/faq_index_fuzzer/webshop.idx", "rb");
	long size;
	(void) argc;
	(void) argv;
	if (!f) {
		fprintf(stderr, "run from the repository root: the seed index is not found\n");
		abort();
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	image = aligned_alloc(8, ((size_t) size + 8) & ~(size_t) 7);
	if (!image || fread(image, 1, (size_t) size, f) != (size_t) size || faq_view_open(&view, image, (size_t) size) != NULL) {
		fprintf(stderr, "the seed index does not open\n");
		abort();
	}
	fclose(f);
	faq_text_init(&text, true, true);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	faq_search_opts o;
	faq_query q;
	faq_hit hits[10];
	faq_typo_match m[8];
	uint32_t total, terms[FAQ_MAX_SLOTS * FAQ_MAX_ALTS];
	size_t n, i, nt;
	char *query;

	/* The binding refuses invalid UTF-8 and queries over FAQ_QUERY_MAX bytes before the core sees them. */
	if (size > FAQ_QUERY_MAX || !shopcx_utf8_valid((const char *) data, size)) {
		return 0;
	}
	query = malloc(size ? size : 1);   /* exact size, so ASan sees any overread */
	memcpy(query, data, size);

	memset(&o, 0, sizeof(o));
	o.lang = (int) view.h->lang;
	o.typos = o.prefix = true;
	o.exclude = UINT32_MAX;
	faq_query_parse(&view, &text, query, size, &o, &q);
	n = faq_rank(&view, &scratch, &q, &o, hits, 10, &total);
	nt = faq_query_terms(&q, terms, sizeof(terms) / sizeof(terms[0]));
	for (i = 0; i < n && n != (size_t) -1; i++) {
		const faq_doc *d = &view.docs[hits[i].doc];
		faq_highlight(&view, &text, view.text + d->q_off, d->q_len, terms, nt, 0, ignore_emit, NULL);
		faq_highlight(&view, &text, view.text + d->a_off, d->a_len, terms, nt, 200, ignore_emit, NULL);
	}
	o.question_only = true;
	faq_query_parse(&view, &text, query, size, &o, &q);
	faq_rank(&view, &scratch, &q, &o, hits, 5, &total);
	faq_typo_words(&view, query, size, 2, m, 8);
	free(query);
	return 0;
}
