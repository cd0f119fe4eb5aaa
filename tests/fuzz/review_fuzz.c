/*
 * Fuzz target for the review text core: folding, the word-list automaton (built from the shipped
 * lists plus the input as a merchant term), spelled-word joining, text statistics, personal-data
 * detection and XML escaping. libFuzzer entry point; tests/fuzz/review.sh also builds it with gcc
 * and a small driver that replays the corpus and random mutations under ASan and UBSan.
 *   bash tests/fuzz/run.sh [seconds] review_fuzz
 * sources: src/review/review_text.c src/review/review_moderate.c src/review/review_xml.c src/common/shopcx_utf8.c
 * libs: -lpcre2-8 -lutf8proc
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/shopcx_utf8.h"
#include "review/review_text.h"
#include "review/review_moderate.h"
#include "review/review_xml.h"
#include "review/review_wordlists.h"

static review_automaton *builtin;
static pcre2_code *pii;
static pcre2_match_data *md;

static bool count_match(void *ctx, uint32_t id)
{
	(void) id;
	(*(size_t *) ctx)++;
	return true;
}

static void setup(void)
{
	size_t i;
	builtin = review_automaton_new();
	for (i = 0; i < REVIEW_BUILTIN_WORD_COUNT; i++) {
		const review_builtin_word *w = &review_builtin_words[i];
		review_automaton_add(builtin, w->term, strlen(w->term), w->tier, w->mode, REVIEW_SOURCE_BUILTIN);
	}
	review_automaton_compile(builtin);
	pii = review_pii_compile();
	md = pcre2_match_data_create_from_pattern(pii, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	unsigned char *folded, *joined;
	char *xml;
	size_t flen, jlen, matches = 0, n;
	review_text_stats st;
	review_pii_span spans[REVIEW_PII_MAX];

	if (!builtin) {
		setup();
	}
	if (size > 65536 || !shopcx_utf8_valid(text, size)) {
		return 0;
	}
	folded = malloc(REVIEW_FOLD_CAPACITY(size));
	flen = review_fold(text, size, folded);
	review_automaton_scan(builtin, folded, flen, count_match, &matches);
	joined = malloc(flen);
	jlen = review_join_spelled(folded, flen, joined);
	if (jlen) {
		review_automaton_scan(builtin, joined, jlen, count_match, &matches);
	}
	review_text_stats_compute(text, size, folded, flen, &st);
	n = review_pii_find(pii, md, text, size, spans, REVIEW_PII_MAX);
	while (n--) {
		if (spans[n].start + spans[n].len > size) {
			abort();
		}
	}
	xml = malloc(REVIEW_XML_CAPACITY(size) + 1);
	review_xml_escape(text, size, xml);
	if (size <= REVIEW_TERM_MAX_BYTES) {   /* the input as a merchant word, then scanned in itself */
		review_automaton *ac = review_automaton_new();
		/* every mode, the allow tier too; one-letter parts fill a word's pending matches (early flush) */
		unsigned char tier = size % 5 == 0 ? REVIEW_TIER_ALLOW : REVIEW_TIER_HOLD;
		review_automaton_add(ac, "a", 1, REVIEW_TIER_REJECT, REVIEW_MATCH_PART, REVIEW_SOURCE_BUILTIN);
		review_automaton_add(ac, "ab", 2, REVIEW_TIER_ALLOW, REVIEW_MATCH_PART, REVIEW_SOURCE_BUILTIN);
		if (review_automaton_add(ac, text, size, tier, (unsigned char) (size % 4), REVIEW_SOURCE_MERCHANT) == 1) {
			review_automaton_allow(ac, text, size);
			review_automaton_compile(ac);
			review_automaton_scan(ac, folded, flen, count_match, &matches);
		}
		review_automaton_free(ac);
	}
	free(xml);
	free(joined);
	free(folded);
	return 0;
}

#ifdef REVIEW_FUZZ_DRIVER
/* gcc has no libFuzzer: replay the files named on the command line, then mutate them randomly. */
#include <stdio.h>

int main(int argc, char **argv)
{
	unsigned char buf[4096];
	long rounds = getenv("ROUNDS") ? atol(getenv("ROUNDS")) : 20000;
	int i;
	size_t len[64] = {0};
	unsigned char seeds[64][512];
	int nseeds = 0;

	for (i = 1; i < argc && nseeds < 64; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f) {
			continue;
		}
		len[nseeds] = fread(seeds[nseeds], 1, sizeof(seeds[0]), f);
		fclose(f);
		LLVMFuzzerTestOneInput(seeds[nseeds], len[nseeds]);
		nseeds++;
	}
	srand(1);
	for (long r = 0; r < rounds && nseeds > 0; r++) {
		int s = rand() % nseeds, k;
		size_t n = len[s];
		memcpy(buf, seeds[s], n);
		for (k = rand() % 8; k >= 0; k--) {
			size_t at = n ? (size_t) rand() % n : 0;
			switch (rand() % 4) {
				case 0: if (n) buf[at] = (unsigned char) rand(); break;                          /* flip a byte */
				case 1: if (n < sizeof(buf) - 1) { memmove(buf + at + 1, buf + at, n - at); buf[at] = "aeo1@.  -0$"[rand() % 11]; n++; } break;
				case 2: if (n) { memmove(buf + at, buf + at + 1, n - at - 1); n--; } break;    /* delete */
				default: if (n && n * 2 < sizeof(buf)) { memcpy(buf + n, buf, n); n *= 2; } break; /* repeat */
			}
		}
		LLVMFuzzerTestOneInput(buf, n);
	}
	review_automaton_free(builtin);
	pcre2_match_data_free(md);
	pcre2_code_free(pii);
	printf("review fuzz: %d seeds, %ld rounds, no crash\n", nseeds, rounds);
	return 0;
}
#endif
