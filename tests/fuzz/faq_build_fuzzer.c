/*
 * libFuzzer harness: any bytes as FAQ entries (ids, questions, HTML answers, tags, categories,
 * languages, synonyms). Whatever the builder accepts must be an image the reader validates and
 * can search; duplicate ids may be refused, but nothing may crash or read out of bounds.
 *   bash tests/fuzz/run.sh [seconds] faq_build_fuzzer
 * sources: src/faq/faq_build.c src/faq/faq_html.c src/faq/faq_format.c src/faq/faq_search.c src/faq/faq_typo.c src/faq/faq_text.c src/faq/faq_highlight.c src/common/shopcx_utf8.c
 * cflags: -std=gnu11 -D_GNU_SOURCE @php_includes@
 * libs: -lutf8proc -lstemmer -lm
 * SPDX-License-Identifier: MIT
 */
#include "faq/faq_build.h"
#include "faq/faq_format.h"
#include "faq/faq_search.h"
#include "common/shopcx_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "faq_crc32.h"

#define MAX_ENTRIES 8

/* Splits the input at 0x1F bytes into fields: 6 per entry (id, question, answer, tags, category,
 * one control byte), the rest are synonyms. The binding only passes valid UTF-8: so do we. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *fields[6 * MAX_ENTRIES + 8];
	size_t lens[6 * MAX_ENTRIES + 8], nf = 0, start = 0, i, n, size_img;
	faq_entry entries[MAX_ENTRIES];
	faq_synonym syn[8];
	faq_build_opts o;
	unsigned char *copy, *img;
	char err[256];

	if (size == 0 || size > 16384 || !shopcx_utf8_valid((const char *) data, size)) {
		return 0;
	}
	copy = malloc(size);
	memcpy(copy, data, size);
	for (i = 0; i <= size && nf < sizeof(fields) / sizeof(fields[0]); i++) {
		if (i == size || copy[i] == 0x1F) {
			fields[nf] = (const char *) copy + start;
			lens[nf++] = i - start;
			start = i + 1;
		}
	}
	n = nf / 6 > MAX_ENTRIES ? MAX_ENTRIES : nf / 6;
	if (n == 0) {
		free(copy);
		return 0;
	}
	for (i = 0; i < n; i++) {
		const char **f = &fields[i * 6];
		size_t *l = &lens[i * 6];
		unsigned char ctl = l[5] ? (unsigned char) f[5][0] : 0;
		if (l[0] == 0 || l[1] == 0) {   /* the binding requires an id and a question */
			free(copy);
			return 0;
		}
		entries[i] = (faq_entry) { f[0], l[0], f[1], l[1], f[2], l[2], f[3], l[3], f[4], l[4],
			(float) (ctl >> 2), ctl & 3 };
	}
	memset(&o, 0, sizeof(o));
	o.lang = (int) (data[0] & 3);
	o.stem = data[size - 1] & 1;
	o.stopwords = data[size - 1] & 2;
	o.w_question = 3.0f;
	o.w_tags = 2.0f;
	o.w_answer = 1.0f;
	for (i = n * 6; i < nf && o.n_syn < 8; i++) {
		if (lens[i] > 0) {
			syn[o.n_syn] = (faq_synonym) { fields[i], lens[i], (uint32_t) (o.n_syn / 2) };
			o.n_syn++;
		}
	}
	o.syn = syn;
	o.n_groups = (uint32_t) ((o.n_syn + 1) / 2);

	img = faq_build(entries, n, &o, &size_img, err, sizeof(err));
	if (img) {
		faq_view v;
		faq_text t;
		faq_scratch s = {0};
		faq_search_opts so;
		faq_query q;
		faq_hit hits[5];
		uint32_t total;
		/* Built images must pass the same checks as loaded files. */
		const char *why = faq_view_open(&v, img, size_img);
		if (why != NULL) {
			fprintf(stderr, "built image refused: %s\n", why);
			abort();
		}
		faq_text_init(&t, o.stem, o.stopwords);
		memset(&so, 0, sizeof(so));
		so.lang = o.lang;
		so.typos = so.prefix = true;
		so.exclude = UINT32_MAX;
		faq_query_parse(&v, &t, entries[0].question, entries[0].q_len, &so, &q);
		faq_rank(&v, &s, &q, &so, hits, 5, &total);
		faq_scratch_free(&s);
		faq_text_free(&t);
		free(img);
	}
	free(copy);
	return 0;
}
