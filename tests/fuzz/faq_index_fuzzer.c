/*
 * Fuzz harness for the FAQ index reader: faq_view_open() on arbitrary bytes, then (when the
 * image is accepted) a search, typo walk, related() query and highlighting over it.
 * The checksum is recomputed before opening, so mutations reach the structural checks instead
 * of dying at the CRC.
 *
 *   libFuzzer (clang):  bash tests/fuzz/run.sh [seconds] faq_index_fuzzer
 *   standalone (gcc):   tests/fuzz/faq_fuzz.sh [iterations]   (seeded mutations of a real index)
 * sources: src/faq/faq_format.c src/faq/faq_search.c src/faq/faq_typo.c src/faq/faq_text.c src/faq/faq_highlight.c
 * cflags: -std=gnu11 -D_GNU_SOURCE -DFAQ_FUZZ_LIBFUZZER @php_includes@
 * libs: -lutf8proc -lstemmer -lm
 * SPDX-License-Identifier: MIT
 */
#include "faq/faq_format.h"
#include "faq/faq_search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "faq_crc32.h"

static size_t emitted;
static void count_emit(void *ctx, const char *s, size_t len)
{
	(void) ctx;
	(void) s;
	emitted += len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const queries[] = {"hoe retourneer ik mijn bestelling", "verzendk", "retourneern betalen", "ĳzer Straße 🙂"};
	unsigned char *img = aligned_alloc(8, (size + 8) & ~(size_t) 7);
	faq_view v;
	size_t qi;

	if (!img) {
		return 0;
	}
	memcpy(img, data, size);
	if (size >= sizeof(faq_header)) {
		((faq_header *) img)->crc32 = faq_crc32(img, size);
	}
	if (faq_view_open(&v, img, size) == NULL) {
		faq_text t;
		faq_scratch s = {0};
		faq_search_opts o;
		faq_query q;
		faq_hit hits[10];
		faq_typo_match m[8];
		uint32_t total, terms[FAQ_MAX_SLOTS * FAQ_MAX_ALTS];
		size_t n, i, nt;

		faq_text_init(&t, true, true);
		memset(&o, 0, sizeof(o));
		o.lang = (int) v.h->lang;
		o.typos = o.prefix = true;
		o.exclude = UINT32_MAX;
		for (qi = 0; qi < sizeof(queries) / sizeof(queries[0]); qi++) {
			faq_query_parse(&v, &t, queries[qi], strlen(queries[qi]), &o, &q);
			n = faq_rank(&v, &s, &q, &o, hits, 10, &total);
			nt = faq_query_terms(&q, terms, sizeof(terms) / sizeof(terms[0]));
			for (i = 0; i < n && n != (size_t) -1; i++) {
				const faq_doc *d = &v.docs[hits[i].doc];
				faq_highlight(&v, &t, v.text + d->q_off, d->q_len, terms, nt, 0, count_emit, NULL);
				faq_highlight(&v, &t, v.text + d->a_off, d->a_len, terms, nt, 200, count_emit, NULL);
			}
		}
		o.question_only = true;
		faq_query_parse(&v, &t, "bestel", 6, &o, &q);
		faq_rank(&v, &s, &q, &o, hits, 5, &total);
		o.question_only = false;
		o.exclude = 0;
		faq_query_from_doc(&v, 0, &q);
		faq_rank(&v, &s, &q, &o, hits, 5, &total);
		faq_typo_words(&v, "bestellingen", 12, 2, m, 8);
		faq_scratch_free(&s);
		faq_text_free(&t);
	}
	free(img);
	return 0;
}

#ifndef FAQ_FUZZ_LIBFUZZER
/* Standalone driver: seeded random mutations (byte flips, 32-bit overwrites, truncation) of a seed. */
int main(int argc, char **argv)
{
	FILE *f;
	unsigned char *seed, *buf;
	long size;
	unsigned long iterations = argc > 2 ? strtoul(argv[2], NULL, 10) : 20000, i;
	uint64_t x = 88172645463325252ull;

	if (argc < 2 || !(f = fopen(argv[1], "rb"))) {
		fprintf(stderr, "usage: %s seed.idx [iterations]\n", argv[0]);
		return 2;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	seed = malloc((size_t) size);
	buf = malloc((size_t) size);
	if (!seed || !buf || fread(seed, 1, (size_t) size, f) != (size_t) size) {
		return 2;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(seed, (size_t) size);
	for (i = 0; i < iterations; i++) {
		size_t len = (size_t) size, k, edits;
		memcpy(buf, seed, len);
		x ^= x << 13; x ^= x >> 7; x ^= x << 17;
		edits = 1 + x % 4;
		for (k = 0; k < edits; k++) {
			size_t at;
			x ^= x << 13; x ^= x >> 7; x ^= x << 17;
			at = (size_t) (x >> 16) % len;
			if (x & 1) {
				buf[at] ^= (unsigned char) (x >> 8);
			} else if (at + 4 <= len) {
				static const uint32_t hostile[] = {0, 1, 0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, 0xFFFF};
				uint32_t val = hostile[(x >> 40) % 6];
				memcpy(buf + (at & ~(size_t) 3), &val, 4 <= len - (at & ~(size_t) 3) ? 4 : 0);
			}
		}
		if ((x >> 3) % 8 == 0) {
			len = (size_t) (x >> 20) % len;
		}
		LLVMFuzzerTestOneInput(buf, len);
	}
	printf("faq fuzz: %lu mutated images, no crash (%zu bytes highlighted)\n", iterations, emitted);
	free(seed);
	free(buf);
	return 0;
}
#endif
