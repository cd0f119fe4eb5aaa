/*
 * Typo matching over the sorted word table: optimal string alignment (Damerau-Levenshtein with
 * adjacent transpositions) computed row by row along the words, like walking a trie. Rows for a
 * shared prefix are reused from the previous word, and once every cell of a row exceeds the edit
 * budget the whole run of words sharing that prefix is skipped with a binary search.
 * SPDX-License-Identifier: MIT
 */
#include "faq_search.h"

#include <string.h>

#define ROW (FAQ_WORD_MAX + 2)

/* First word after `from` whose first k bytes differ from p[0..k). */
static uint32_t skip_prefix(const faq_view *v, uint32_t from, const char *p, uint32_t k)
{
	uint32_t lo = from, hi = v->h->n_words;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const faq_word *w = &v->words[mid];
		uint32_t n = w->str_len < k ? w->str_len : k;
		int c = memcmp(v->str + w->str_off, p, n);
		if (c < 0 || (c == 0 && n == k)) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

static void keep(const faq_view *v, faq_typo_match *out, size_t *n, size_t cap, uint32_t term, uint32_t edits)
{
	size_t i, worst = 0;
	for (i = 0; i < *n; i++) {
		if (out[i].term == term) {
			if (edits < out[i].edits) {
				out[i].edits = edits;
			}
			return;
		}
	}
	if (*n < cap) {
		out[(*n)++] = (faq_typo_match) {term, edits};
		return;
	}
	/* Full: replace the worst (most edits, then lowest df) when the new one is better. */
	for (i = 1; i < *n; i++) {
		if (out[i].edits > out[worst].edits
			|| (out[i].edits == out[worst].edits && v->terms[out[i].term].df < v->terms[out[worst].term].df)) {
			worst = i;
		}
	}
	if (edits < out[worst].edits || (edits == out[worst].edits && v->terms[term].df > v->terms[out[worst].term].df)) {
		out[worst] = (faq_typo_match) {term, edits};
	}
}

size_t faq_typo_words(const faq_view *v, const char *q, size_t m, uint32_t max, faq_typo_match *out, size_t cap)
{
	uint32_t rows[ROW][ROW];
	const char *prev = NULL;
	uint32_t prev_len = 0, i = 0, j, k;
	size_t n = 0;

	if (m == 0 || m > FAQ_WORD_MAX || max == 0) {
		return 0;
	}
	for (j = 0; j <= m; j++) {
		rows[0][j] = j;
	}
	while (i < v->h->n_words) {
		const faq_word *w = &v->words[i];
		const char *s = v->str + w->str_off;
		uint32_t len = w->str_len < FAQ_WORD_MAX ? w->str_len : FAQ_WORD_MAX;
		uint32_t common = 0, pruned = 0;

		while (prev && common < prev_len && common < len && prev[common] == s[common]) {
			common++;
		}
		/* rows[0..common] still hold for this word; compute the rest. */
		for (k = common + 1; k <= len; k++) {
			uint32_t best = rows[k][0] = k;
			for (j = 1; j <= m; j++) {
				uint32_t cost = s[k - 1] != q[j - 1];
				uint32_t d = rows[k - 1][j - 1] + cost;
				if (rows[k - 1][j] + 1 < d) d = rows[k - 1][j] + 1;
				if (rows[k][j - 1] + 1 < d) d = rows[k][j - 1] + 1;
				if (k > 1 && j > 1 && s[k - 1] == q[j - 2] && s[k - 2] == q[j - 1] && rows[k - 2][j - 2] + 1 < d) {
					d = rows[k - 2][j - 2] + 1;
				}
				rows[k][j] = d;
				if (d < best) best = d;
			}
			if (best > max) {
				pruned = k;
				break;
			}
		}
		prev = s;
		if (pruned) {
			/* No word starting with s[0..pruned) can come within budget. Rows up to pruned-1 stay valid. */
			prev_len = pruned - 1;
			i = skip_prefix(v, i + 1, s, pruned);
			continue;
		}
		prev_len = len;
		if (rows[len][m] <= max && (len > m ? len - m : m - len) <= max) {
			keep(v, out, &n, cap, w->term, rows[len][m]);
		}
		i++;
	}
	return n;
}
