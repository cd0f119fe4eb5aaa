/*
 * Review moderation: personal data (pcre2) and text heuristics. Pure C. SPDX-License-Identifier: MIT
 */
#include <ctype.h>
#include <string.h>
#include <utf8proc.h>

#include "review_moderate.h"

/*
 * Alternatives, first match wins at a position: e-mail before link (an address holds a domain),
 * links with a scheme or www, bare domains with a common TLD written in lower case (so a missing
 * space in "product.De levering" is not a link), then phone numbers: international (+31, 0049)
 * and national with a trunk 0, digits grouped by spaces, dots, dashes or slashes. Candidates are
 * checked in C afterwards (digit counts, dates).
 */
static const char pii_pattern[] =
	"(*MARK:e)[a-z0-9._%+\\-]+@[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}"
	"|(*MARK:u)(?:https?://|www\\.)[^\\s<>\"]+"
	"|(*MARK:u)(?<![@\\w.\\-])[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*"
		"\\.(?-i:com|net|org|nl|be|de|fr|eu|info|shop|store|online|io|co|uk|at|ch|lu|biz|xyz|ru|app)"
		"(?![\\w\\-])(?:/[^\\s<>\"]*)?"
	"|(*MARK:p)(?<![\\w+])(?:\\+|00)[1-9][0-9]{0,2}(?:[ .\\-/]?\\(0\\))?(?:[ .\\-/]?[0-9]){6,12}(?![0-9])"
	"|(*MARK:p)(?<![\\w.,/\\-+])\\(?0[0-9]{1,4}\\)?(?:[ .\\-/]?[0-9]){5,10}(?![0-9])";

pcre2_code *review_pii_compile(void)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR) pii_pattern, PCRE2_ZERO_TERMINATED,
		PCRE2_CASELESS | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &err, &off, NULL);
#ifndef SHOPCX_NO_PCRE_JIT   /* set by config.m4 when PHP bundles its own pcre2 */
	if (re) {
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);   /* falls back to the interpreter when JIT is off */
	}
#endif
	return re;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* "01-02-2024 10" is a date and a time, not a phone number. */
static bool looks_like_date(const char *s, size_t len)
{
	size_t i = 0, groups = 0;
	while (groups < 3) {
		size_t d = 0;
		while (i < len && is_digit(s[i])) {
			i++;
			d++;
		}
		if (d == 0 || d > 4) {
			return false;
		}
		groups++;
		if (groups < 3) {
			if (i >= len || (s[i] != '-' && s[i] != '.' && s[i] != '/')) {
				return false;
			}
			i++;
		}
	}
	return true;
}

size_t review_pii_find(const pcre2_code *re, pcre2_match_data *md, const char *text, size_t len,
	review_pii_span *spans, size_t cap)
{
	size_t n = 0, offset = 0, i, digits = 0;
	bool candidate = memchr(text, '@', len) != NULL;

	/* Most reviews hold no '@', no "x.tld" and fewer than 8 digits: then nothing can match and
	 * the pattern (which would try every word start) is not run at all. */
	for (i = 0; i < len && !candidate; i++) {
		unsigned char c = (unsigned char) text[i];
		if (c >= '0' && c <= '9') {
			candidate = ++digits >= 8;
		} else if (c == '.' && i > 0 && i + 1 < len && isalnum((unsigned char) text[i - 1])
			&& isalpha((unsigned char) text[i + 1])) {
			candidate = true;
		}
	}
	if (!candidate) {
		return 0;
	}
	while (n < cap && offset < len) {
		PCRE2_SIZE *ov;
		size_t start, end, digits = 0, i;
		char kind;
		int rc = pcre2_match(re, (PCRE2_SPTR) text, len, offset, PCRE2_NO_UTF_CHECK, md, NULL);
		if (rc < 0) {
			break;
		}
		ov = pcre2_get_ovector_pointer(md);
		start = ov[0];
		end = ov[1];
		kind = (char) pcre2_get_mark(md)[0];
		if (kind == REVIEW_PII_URL) {
			while (end > start && strchr(".,;:!?)'", text[end - 1]) != NULL) {
				end--;
			}
		} else if (kind == REVIEW_PII_PHONE) {
			bool international = text[start] == '+' || (text[start] == '0' && start + 1 < len && text[start + 1] == '0');
			for (i = start; i < end; i++) {
				digits += is_digit(text[i]);
			}
			if ((international ? digits < 8 || digits > 15 : digits < 9 || digits > 12)
				|| looks_like_date(text + start, end - start)) {
				/* not a phone number: look again one character further */
				offset = start + 1;
				while (offset < len && ((unsigned char) text[offset] & 0xC0) == 0x80) {
					offset++;
				}
				continue;
			}
		}
		if (end <= start) {
			offset = ov[1] > offset ? ov[1] : offset + 1;
			continue;
		}
		spans[n].start = start;
		spans[n].len = end - start;
		spans[n].kind = kind;
		n++;
		offset = end;
	}
	return n;
}

static bool is_space(utf8proc_int32_t cp)
{
	if (cp < 0x80) {
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	}
	switch (utf8proc_category(cp)) {
		case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
			return true;
		default:
			return false;
	}
}

static const char *const keyboard_runs[] = {
	"qwer", "asdf", "sdfg", "dfgh", "fghj", "ghjk", "hjkl", "jklm", "zxcv", "xcvb", "cvbn", "vbnm", "yxcv",
	"qsdf", "uiop",
};

/* The letter that follows `c` on a keyboard row where a listed run starts, or 0. */
static char keyboard_next(unsigned char c)
{
	switch (c) {
		case 'q': return 'w';   /* and "qs" (AZERTY), checked below */
		case 'a': return 's'; case 's': return 'd'; case 'd': return 'f'; case 'f': return 'g';
		case 'g': return 'h'; case 'h': return 'j'; case 'j': return 'k'; case 'z': return 'x';
		case 'x': return 'c'; case 'c': return 'v'; case 'v': return 'b'; case 'y': return 'x';
		case 'u': return 'i';
		default: return 0;
	}
}

/* ASCII classes for the statistics loop: one table load instead of a chain of compares. */
#define C_SPACE 1
#define C_LOWER 2
#define C_UPPER 4
#define C_DIGIT 8
#define C_VOWEL 16
static const unsigned char ascii_class[128] = {
	['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE, [' '] = C_SPACE,
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT, ['4'] = C_DIGIT,
	['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT, ['8'] = C_DIGIT, ['9'] = C_DIGIT,
	['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER, ['E'] = C_UPPER, ['F'] = C_UPPER,
	['G'] = C_UPPER, ['H'] = C_UPPER, ['I'] = C_UPPER, ['J'] = C_UPPER, ['K'] = C_UPPER, ['L'] = C_UPPER,
	['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER, ['P'] = C_UPPER, ['Q'] = C_UPPER, ['R'] = C_UPPER,
	['S'] = C_UPPER, ['T'] = C_UPPER, ['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER,
	['Y'] = C_UPPER, ['Z'] = C_UPPER,
	['a'] = C_LOWER | C_VOWEL, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER, ['e'] = C_LOWER | C_VOWEL,
	['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER, ['i'] = C_LOWER | C_VOWEL, ['j'] = C_LOWER,
	['k'] = C_LOWER, ['l'] = C_LOWER, ['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER | C_VOWEL,
	['p'] = C_LOWER, ['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER, ['t'] = C_LOWER,
	['u'] = C_LOWER | C_VOWEL, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER, ['y'] = C_LOWER | C_VOWEL,
	['z'] = C_LOWER,
};

void review_text_stats_compute(const char *text, size_t len, const unsigned char *folded, size_t flen,
	review_text_stats *st)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t i = 0, start;
	utf8proc_int32_t prev = -1;
	/* Counted in locals: through `st` every increment would be a store the compiler must keep. */
	uint32_t run = 0, chars = 0, letters = 0, upper = 0, lower = 0, longest = 0, words = 0, gibberish = 0;
	uint32_t digits = 0, singles = 0;
	bool candidate = false, spelled = false;

	while (i < len) {
		utf8proc_int32_t cp = s[i];
		if (cp < 0x80) {
			unsigned cls = ascii_class[cp];
			i++;
			if (cls & (C_SPACE | C_DIGIT)) {
				/* spaces end a run; 100000 is a number, not a repeated character */
				chars += !(cls & C_SPACE);
				digits += cls >> 3 & 1;
				prev = -1;
				continue;
			}
			chars++;
			lower += cls >> 1 & 1;
			upper += cls >> 2 & 1;
			if (cp == '@') {
				candidate = true;
			} else if (cp == '.' && i >= 2 && i < len && s[i] < 0x80 && (ascii_class[s[i]] & (C_LOWER | C_UPPER))
				&& s[i - 2] < 0x80 && (ascii_class[s[i - 2]] & (C_LOWER | C_UPPER | C_DIGIT))) {
				candidate = true;   /* "x.tld" */
			}
		} else {
			utf8proc_category_t cat;
			utf8proc_ssize_t used = utf8proc_iterate(s + i, (utf8proc_ssize_t) (len - i), &cp);
			if (used <= 0) {
				i++;
				continue;
			}
			i += (size_t) used;
			if (is_space(cp)) {
				prev = -1;
				continue;
			}
			chars++;
			cat = utf8proc_category(cp);
			if (cat == UTF8PROC_CATEGORY_LU) {
				upper++;
			} else if (cat == UTF8PROC_CATEGORY_LL) {
				lower++;
			} else if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LM) {
				letters++;
			}
		}
		run = cp == prev ? run + 1 : 1;
		prev = cp;
		longest = run > longest ? run : longest;
	}
	letters += upper + lower;

	/* Words of the folded text: letters, vowels, keyboard runs, one-letter words in a row. */
	for (i = 0; i < flen; i = start) {
		uint32_t wl = 0, wv = 0;
		bool other = false, keyboard = false;
		while (i < flen && folded[i] == ' ') {
			i++;
		}
		for (start = i; start < flen && folded[start] != ' '; start++) {
			unsigned char c = folded[start];
			if (c < 0x80) {
				unsigned cls = ascii_class[c];
				if (cls & C_LOWER) {
					char next;
					wl++;
					wv += cls >> 4 & 1;
					if (!keyboard && start + 4 <= flen && (next = keyboard_next(c)) != 0
						&& (folded[start + 1] == next || (c == 'q' && folded[start + 1] == 's'))) {
						size_t k;
						for (k = 0; k < sizeof(keyboard_runs) / sizeof(keyboard_runs[0]); k++) {
							if (memcmp(folded + start, keyboard_runs[k], 4) == 0) {
								keyboard = true;
								break;
							}
						}
					}
				}
			} else {
				other = true;
			}
		}
		if (start == i) {
			continue;
		}
		if (wl || other) {
			words++;
			gibberish += keyboard || (wl >= 5 && wv == 0);
		}
		singles = (start - i == 1 && wl == 1) ? singles + 1 : 0;
		spelled |= singles >= 3;
	}
	st->chars = chars;
	st->letters = letters;
	st->upper = upper;
	st->lower = lower;
	st->longest_run = longest;
	st->words = words;
	st->gibberish_words = gibberish;
	st->pii_candidate = candidate || digits >= 8;
	st->spelled = spelled;
}
