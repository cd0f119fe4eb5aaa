/*
 * Highlighting: HTML-escaped text with <mark> around the words a query matched, optionally cut to
 * a window around the densest run of matches. A word matches when its folded surface form maps,
 * through the word table, to one of the query's terms; a two-byte prefilter keeps the word-table
 * lookups to the few words that could match.
 * SPDX-License-Identifier: MIT
 */
#include "faq_search.h"

#include <string.h>

#define SCAN_MAX    16384   /* bytes of a long answer searched for a snippet */
#define SPANS_MAX   256
#define PREFIX_MAX  64

static void emit_escaped(faq_emit emit, void *ctx, const char *s, size_t len)
{
	size_t i, from = 0;
	for (i = 0; i < len; i++) {
		const char *rep = NULL;
		switch (s[i]) {
			case '&': rep = "&amp;"; break;
			case '<': rep = "&lt;"; break;
			case '>': rep = "&gt;"; break;
			case '"': rep = "&quot;"; break;
			case '\'': rep = "&#039;"; break;
			default: continue;
		}
		if (i > from) emit(ctx, s + from, i - from);
		emit(ctx, rep, strlen(rep));
		from = i + 1;
	}
	if (len > from) emit(ctx, s + from, len - from);
}

static bool in_sorted(const uint32_t *a, size_t n, uint32_t x)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (a[mid] == x) return true;
		if (a[mid] < x) lo = mid + 1; else hi = mid;
	}
	return false;
}

typedef struct { size_t start, end; } span;

void faq_highlight(const faq_view *v, faq_text *t, const char *text, size_t len, const uint32_t *terms, size_t n,
	size_t window, faq_emit emit, void *ctx)
{
	span spans[SPANS_MAX];
	uint16_t prefixes[PREFIX_MAX];
	size_t n_spans = 0, n_pre = 0, pos = 0, start, end, i, j, from, to, scan = len;

	/* Terms' first two bytes: a word whose folded form starts otherwise cannot map to them, as
	 * stems keep the start of the word (and the word table maps each word to its own stem). */
	for (i = 0; i < n && n_pre < PREFIX_MAX; i++) {
		const faq_term *tm = &v->terms[terms[i]];
		uint16_t p = (uint16_t) ((unsigned char) v->str[tm->str_off] << 8 | (tm->str_len > 1 ? (unsigned char) v->str[tm->str_off + 1] : 0));
		for (j = 0; j < n_pre && prefixes[j] != p; j++) {}
		if (j == n_pre) prefixes[n_pre++] = p;
	}
	if (window > 0 && scan > SCAN_MAX) {
		scan = SCAN_MAX;
	}
	while (n > 0 && n_spans < SPANS_MAX && faq_next_word(text, scan, &pos, &start, &end)) {
		size_t flen = faq_fold(t, text + start, end - start);
		uint16_t p = (uint16_t) ((unsigned char) t->fold[0] << 8 | (flen > 1 ? (unsigned char) t->fold[1] : 0));
		uint32_t w;
		if (flen == 0) {
			continue;   /* only combining marks: never indexed */
		}
		for (j = 0; j < n_pre && prefixes[j] != p; j++) {}
		if (j == n_pre && n_pre < PREFIX_MAX) {
			continue;
		}
		w = faq_words_lower(v, t->fold, flen);
		if (w < v->h->n_words && v->words[w].str_len == flen && memcmp(v->str + v->words[w].str_off, t->fold, flen) == 0
			&& in_sorted(terms, n, v->words[w].term)) {
			spans[n_spans].start = start;
			spans[n_spans].end = end;
			n_spans++;
		}
	}
	from = 0;
	to = len;
	if (window > 0 && len > window) {
		size_t best = 0, best_count = 0, lead = window / 4;
		for (i = 0; i < n_spans; i++) {
			size_t lo = spans[i].start > lead ? spans[i].start - lead : 0, count = 0;
			for (j = i; j < n_spans && spans[j].end <= lo + window; j++) {
				count++;
			}
			if (count > best_count) {
				best_count = count;
				best = lo;
			}
		}
		from = best;
		/* Start at the beginning of a word (backing up at most one word's length). */
		for (i = 0; from > 0 && i < FAQ_WORD_MAX * 4; i++) {
			unsigned char c = (unsigned char) text[from - 1];
			if (!(c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
				break;
			}
			from--;
		}
		while (from > 0 && ((unsigned char) text[from] & 0xC0) == 0x80) from--;
		to = from + window < len ? from + window : len;
		if (to < len) {
			/* End after the last whole word. */
			size_t p3 = from, s3, e3, last = from;
			while (faq_next_word(text, len, &p3, &s3, &e3) && e3 <= to) {
				last = e3;
			}
			to = last > from ? last : to;
			while (to > from && ((unsigned char) text[to] & 0xC0) == 0x80) to--;
		}
	}
	if (from > 0) {
		emit(ctx, "\xE2\x80\xA6", 3);
	}
	pos = from;
	for (i = 0; i < n_spans; i++) {
		if (spans[i].start < from || spans[i].end > to) {
			continue;
		}
		emit_escaped(emit, ctx, text + pos, spans[i].start - pos);
		emit(ctx, "<mark>", 6);
		emit_escaped(emit, ctx, text + spans[i].start, spans[i].end - spans[i].start);
		emit(ctx, "</mark>", 7);
		pos = spans[i].end;
	}
	emit_escaped(emit, ctx, text + pos, to - pos);
	if (to < len) {
		emit(ctx, "\xE2\x80\xA6", 3);
	}
}
