/*
 * Review moderation text core: folding (utf8proc) and the Aho-Corasick automaton. Pure C.
 * See review_text.h for the model. SPDX-License-Identifier: MIT
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "review_text.h"

/* Alphabet: 0 separator, 1..26 a..z, 27..36 0..9, 37 other letter. */
#define ALPHA 38
#define SYM_SEP 0
#define SYM_OTHER 37
#define NO_PATTERN UINT32_MAX
#define SET_CAP 16
/* Set on a transition into a state where a pattern ends (own or via its dictionary link), so
 * the scan learns it from the transition it loads anyway instead of a second lookup. */
#define OUT_FLAG UINT32_C(0x80000000)
#define STATE_MASK UINT32_C(0x7fffffff)

static inline unsigned char fold_ascii(unsigned char c)
{
	if (c >= 'A' && c <= 'Z') {
		return (unsigned char) (c + 32);
	}
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$' || c == '@') {
		return c;
	}
	return ' ';
}

static inline size_t emit(unsigned char *out, size_t n, unsigned char c)
{
	if (c == ' ' && out[n - 1] == ' ') {
		return n;
	}
	out[n] = c;
	return n + 1;
}

/* A code point after case folding and decomposition; marks were stripped already. */
static size_t emit_folded_cp(unsigned char *out, size_t n, utf8proc_int32_t cp)
{
	const utf8proc_property_t *prop;

	if (cp < 0x80) {
		return emit(out, n, fold_ascii((unsigned char) cp));
	}
	switch (cp) {   /* Latin letters without a decomposition */
		case 0x00E6: n = emit(out, n, 'a'); return emit(out, n, 'e');   /* æ */
		case 0x0153: n = emit(out, n, 'o'); return emit(out, n, 'e');   /* œ */
		case 0x00F8: return emit(out, n, 'o');                          /* ø */
		case 0x0111: case 0x00F0: return emit(out, n, 'd');             /* đ ð */
		case 0x0142: return emit(out, n, 'l');                          /* ł */
		case 0x0131: return emit(out, n, 'i');                          /* dotless ı */
		case 0x00FE: n = emit(out, n, 't'); return emit(out, n, 'h');   /* þ */
		default: break;
	}
	prop = utf8proc_get_property(cp);
	switch (prop->category) {
		case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
		case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
			return emit(out, n, REVIEW_FOLD_OTHER);
		case UTF8PROC_CATEGORY_CF:   /* soft hyphen, zero-width joiners: "f\u00ADuck" is "fuck" */
		case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
			return n;
		default:
			return emit(out, n, ' ');
	}
}

size_t review_fold(const char *text, size_t len, unsigned char *out)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t i = 0, n = 1;

	out[0] = ' ';
	while (i < len) {
		unsigned char c = s[i];
		if (c < 0x80) {
			n = emit(out, n, fold_ascii(c));
			i++;
			continue;
		}
		{
			utf8proc_int32_t cp, buf[8];
			utf8proc_ssize_t used = utf8proc_iterate(s + i, (utf8proc_ssize_t) (len - i), &cp);
			utf8proc_ssize_t k, count;
			int boundclass = 0;
			if (used <= 0) {   /* cannot happen on validated input; skip the byte */
				i++;
				continue;
			}
			i += (size_t) used;
			count = utf8proc_decompose_char(cp, buf, 8,
				UTF8PROC_CASEFOLD | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &boundclass);
			if (count < 0 || count > 8) {
				n = emit(out, n, ' ');
				continue;
			}
			for (k = 0; k < count; k++) {
				n = emit_folded_cp(out, n, buf[k]);
			}
		}
	}
	return emit(out, n, ' ');
}

static inline bool is_letter(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

size_t review_join_spelled(const unsigned char *folded, size_t len, unsigned char *out)
{
	size_t i = 0, w = 0, joins = 0;
	while (i < len) {
		/* At a word start: count one-letter words in a row ("x y z "). */
		if (i > 0 && folded[i - 1] == ' ' && is_letter(folded[i]) && i + 1 < len && folded[i + 1] == ' ') {
			size_t j = i, n = 0;
			while (j + 1 < len && is_letter(folded[j]) && folded[j + 1] == ' ') {
				n++;
				j += 2;
			}
			if (n >= 3) {
				size_t k;
				for (k = 0; k < n; k++) {
					out[w++] = folded[i + 2 * k];
				}
				out[w++] = ' ';
				i = j;
				joins++;
				continue;
			}
		}
		out[w++] = folded[i++];
	}
	return joins ? w : 0;
}

static inline int sym_of(unsigned char c)
{
	if (c >= 'a' && c <= 'z') {
		return c - 'a' + 1;
	}
	if (c >= '0' && c <= '9') {
		return c - '0' + 27;
	}
	if (c == REVIEW_FOLD_OTHER) {
		return SYM_OTHER;
	}
	return SYM_SEP;
}

typedef struct {
	review_pattern pub;
	char *folded;       /* the pattern's word(s), without boundary spaces, for allow lists */
	bool allowed;
} pattern_entry;

struct review_automaton {
	uint32_t *delta;     /* [state * ALPHA + sym] */
	uint32_t *own;       /* pattern ending exactly at a state, or NO_PATTERN */
	uint32_t *dict;      /* nearest state on the failure chain with an own pattern, or 0 */
	uint32_t states, state_cap;
	pattern_entry *patterns;
	uint32_t pattern_count, pattern_cap;
	bool compiled;
};

review_automaton *review_automaton_new(void)
{
	review_automaton *ac = calloc(1, sizeof(*ac));
	if (!ac) {
		return NULL;
	}
	ac->state_cap = 1024;
	ac->delta = calloc((size_t) ac->state_cap * ALPHA, sizeof(uint32_t));
	ac->own = malloc(ac->state_cap * sizeof(uint32_t));
	if (!ac->delta || !ac->own) {
		review_automaton_free(ac);
		return NULL;
	}
	ac->own[0] = NO_PATTERN;
	ac->states = 1;
	return ac;
}

void review_automaton_free(review_automaton *ac)
{
	uint32_t i;
	if (!ac) {
		return;
	}
	for (i = 0; i < ac->pattern_count; i++) {
		free(ac->patterns[i].pub.term);
		free(ac->patterns[i].folded);
	}
	free(ac->patterns);
	free(ac->delta);
	free(ac->own);
	free(ac->dict);
	free(ac);
}

static bool grow_states(review_automaton *ac)
{
	uint32_t cap = ac->state_cap * 2;
	uint32_t *delta;
	if (cap > STATE_MASK / ALPHA) {   /* state ids keep their top bit free for OUT_FLAG */
		return false;
	}
	delta = realloc(ac->delta, (size_t) cap * ALPHA * sizeof(uint32_t));
	uint32_t *own;
	if (!delta) {
		return false;
	}
	memset(delta + (size_t) ac->state_cap * ALPHA, 0, (size_t) (cap - ac->state_cap) * ALPHA * sizeof(uint32_t));
	ac->delta = delta;
	own = realloc(ac->own, cap * sizeof(uint32_t));
	if (!own) {
		return false;
	}
	ac->own = own;
	ac->state_cap = cap;
	return true;
}

/*
 * Fold a list term into pattern symbols: leet characters become their letters ('1' is 'i'),
 * runs of three or more letters become two (the scan reads a long run as one or two copies).
 * Returns the length, 0 when there is no letter or a letter outside the alphabet.
 */
static size_t fold_term(const char *term, size_t len, unsigned char *buf)
{
	size_t n = review_fold(term, len, buf), i, w = 0;
	bool letter = false;
	for (i = 0; i < n; i++) {
		unsigned char c = buf[i];
		switch (c) {
			case '$': c = 's'; break;
			case '@': c = 'a'; break;
			case REVIEW_FOLD_OTHER: return 0;
			default: break;
		}
		if (c >= 'a' && c <= 'z') {
			letter = true;
			if (w >= 2 && buf[w - 1] == c && buf[w - 2] == c) {
				continue;
			}
		}
		buf[w++] = c;
	}
	return letter ? w : 0;
}

int review_automaton_add(review_automaton *ac, const char *term, size_t len, unsigned char tier, unsigned char mode,
	unsigned char source)
{
	unsigned char *buf;
	size_t n, start, end, i;
	uint32_t state = 0;
	pattern_entry *p;

	if (ac->compiled) {
		return -1;
	}
	buf = malloc(REVIEW_FOLD_CAPACITY(len));
	if (!buf) {
		return -1;
	}
	n = fold_term(term, len, buf);
	if (n == 0) {
		free(buf);
		return 0;
	}
	if (tier == REVIEW_TIER_ALLOW) {
		mode = REVIEW_MATCH_PART;   /* an innocent word is found wherever it stands in a compound */
	}
	/* buf is " word " or " two words ": keep the boundary spaces the mode asks for. */
	start = mode == REVIEW_MATCH_SUFFIX || mode == REVIEW_MATCH_PART ? 1 : 0;
	end = mode == REVIEW_MATCH_PREFIX || mode == REVIEW_MATCH_PART ? n - 1 : n;
	for (i = start; i < end; i++) {
		uint32_t *slot = &ac->delta[(size_t) state * ALPHA + sym_of(buf[i])];
		if (*slot == 0) {
			if (ac->states == ac->state_cap && !grow_states(ac)) {
				free(buf);
				return -1;
			}
			slot = &ac->delta[(size_t) state * ALPHA + sym_of(buf[i])];
			ac->own[ac->states] = NO_PATTERN;
			*slot = ac->states++;
		}
		state = *slot;
	}
	if (ac->own[state] != NO_PATTERN) {
		/* The same folded pattern again (another language, or the merchant's list). */
		p = &ac->patterns[ac->own[state]];
		if ((tier == REVIEW_TIER_ALLOW) != (p->pub.tier == REVIEW_TIER_ALLOW)) {
			/* Listed as innocent and as abusive: innocent wins, unless the merchant listed it as
			 * abusive against a built-in allowance. */
			bool merchant_abuse = tier == REVIEW_TIER_ALLOW ? p->pub.source == REVIEW_SOURCE_MERCHANT
				: source == REVIEW_SOURCE_MERCHANT;
			bool merchant_allow = tier == REVIEW_TIER_ALLOW ? source == REVIEW_SOURCE_MERCHANT
				: p->pub.source == REVIEW_SOURCE_MERCHANT;
			if (merchant_abuse && !merchant_allow) {
				if (p->pub.tier == REVIEW_TIER_ALLOW) {
					char *copy = malloc(len + 1);
					if (!copy) {
						free(buf);
						return -1;
					}
					memcpy(copy, term, len);
					copy[len] = '\0';
					free(p->pub.term);
					p->pub.term = copy;
					p->pub.tier = tier;
					p->pub.source = source;
				}
			} else {
				p->pub.tier = REVIEW_TIER_ALLOW;
			}
			free(buf);
			return 1;
		}
		if (tier > p->pub.tier) {
			p->pub.tier = tier;
		}
		if (source == REVIEW_SOURCE_MERCHANT && p->pub.source != REVIEW_SOURCE_MERCHANT) {
			char *copy = malloc(len + 1);
			if (!copy) {
				free(buf);
				return -1;
			}
			memcpy(copy, term, len);
			copy[len] = '\0';
			free(p->pub.term);
			p->pub.term = copy;
			p->pub.source = source;
			p->pub.tier = tier;
		}
		free(buf);
		return 1;
	}
	if (ac->pattern_count == ac->pattern_cap) {
		uint32_t cap = ac->pattern_cap ? ac->pattern_cap * 2 : 256;
		pattern_entry *patterns = realloc(ac->patterns, cap * sizeof(pattern_entry));
		if (!patterns) {
			free(buf);
			return -1;
		}
		ac->patterns = patterns;
		ac->pattern_cap = cap;
	}
	p = &ac->patterns[ac->pattern_count];
	p->pub.term = malloc(len + 1);
	p->folded = malloc(n);
	if (!p->pub.term || !p->folded) {
		free(p->pub.term);
		free(p->folded);
		free(buf);
		return -1;
	}
	memcpy(p->pub.term, term, len);
	p->pub.term[len] = '\0';
	memcpy(p->folded, buf + 1, n - 2);
	p->folded[n - 2] = '\0';
	p->pub.tier = tier;
	p->pub.source = source;
	p->allowed = false;
	ac->own[state] = ac->pattern_count++;
	free(buf);
	return 1;
}

bool review_automaton_allow(review_automaton *ac, const char *term, size_t len)
{
	unsigned char *buf = malloc(REVIEW_FOLD_CAPACITY(len));
	size_t n;
	uint32_t i;
	if (!buf) {
		return false;
	}
	n = fold_term(term, len, buf);
	if (n >= 2) {
		for (i = 0; i < ac->pattern_count; i++) {
			pattern_entry *p = &ac->patterns[i];
			if (p->pub.source == REVIEW_SOURCE_BUILTIN && strlen(p->folded) == n - 2
				&& memcmp(p->folded, buf + 1, n - 2) == 0) {
				p->allowed = true;
			}
		}
	}
	/* One word: also an allowed part, which covers the built-in parts it holds. */
	if (n > 2 && memchr(buf + 1, ' ', n - 2) == NULL
		&& review_automaton_add(ac, term, len, REVIEW_TIER_ALLOW, REVIEW_MATCH_PART, REVIEW_SOURCE_MERCHANT) < 0) {
		free(buf);
		return false;
	}
	free(buf);
	return true;
}

bool review_automaton_compile(review_automaton *ac)
{
	uint32_t *queue, *fail, head = 0, tail = 0, a;

	ac->dict = calloc(ac->states, sizeof(uint32_t));
	queue = malloc(ac->states * sizeof(uint32_t));
	fail = calloc(ac->states, sizeof(uint32_t));
	if (!ac->dict || !queue || !fail) {
		free(queue);
		free(fail);
		return false;
	}
	for (a = 0; a < ALPHA; a++) {
		uint32_t v = ac->delta[a];
		if (v) {
			fail[v] = 0;
			ac->dict[v] = 0;
			queue[tail++] = v;
		}
	}
	/* Breadth first: a row still holding non-zero entries when its state is dequeued holds trie
	 * edges only, and the failure state's row, shallower, is already complete. */
	while (head < tail) {
		uint32_t u = queue[head++];
		for (a = 0; a < ALPHA; a++) {
			uint32_t *slot = &ac->delta[(size_t) u * ALPHA + a];
			uint32_t via_fail = ac->delta[(size_t) fail[u] * ALPHA + a];
			if (*slot) {
				uint32_t v = *slot;
				fail[v] = via_fail;
				ac->dict[v] = ac->own[via_fail] != NO_PATTERN ? via_fail : ac->dict[via_fail];
				queue[tail++] = v;
			} else {
				*slot = via_fail;
			}
		}
	}
	free(queue);
	free(fail);
	{
		size_t cell, cells = (size_t) ac->states * ALPHA;
		for (cell = 0; cell < cells; cell++) {
			uint32_t t = ac->delta[cell];
			if (t && (ac->own[t] != NO_PATTERN || ac->dict[t])) {
				ac->delta[cell] = t | OUT_FLAG;
			}
		}
	}
	ac->compiled = true;
	return true;
}

size_t review_automaton_pattern_count(const review_automaton *ac)
{
	return ac->pattern_count;
}

size_t review_automaton_state_count(const review_automaton *ac)
{
	return ac->states;
}

const review_pattern *review_automaton_pattern(const review_automaton *ac, uint32_t id)
{
	return &ac->patterns[id].pub;
}

/*
 * The matches of the word being scanned wait here until the word ends, when the allowed parts
 * found in it are known: "klerenkast" reaches "klere" before it reaches "kleren".
 */
#define SCAN_PENDING_CAP 32
#define SCAN_ALLOWED_CAP 16
typedef struct {
	const review_automaton *ac;
	review_match_fn fn;
	void *ctx;
	uint32_t pending[SCAN_PENDING_CAP], allowed[SCAN_ALLOWED_CAP];
	size_t npending, nallowed;
} scan_state;

static bool covered(const scan_state *sc, uint32_t id)
{
	size_t k;
	for (k = 0; k < sc->nallowed; k++) {
		if (strstr(sc->ac->patterns[sc->allowed[k]].folded, sc->ac->patterns[id].folded) != NULL) {
			return true;
		}
	}
	return false;
}

/* A longer match of the same word holds this one at least as strongly: "kutproduct" says more
 * than the part "kut" inside it, so only the longer is reported. */
static bool subsumed(const scan_state *sc, size_t n, uint32_t id)
{
	const pattern_entry *p = &sc->ac->patterns[id];
	size_t k, len = strlen(p->folded);
	for (k = 0; k < n; k++) {
		const pattern_entry *q = &sc->ac->patterns[sc->pending[k]];
		if (q != p && q->pub.tier >= p->pub.tier && strlen(q->folded) > len && strstr(q->folded, p->folded) != NULL) {
			return true;
		}
	}
	return false;
}

/* Report the word's matches that no allowed part of it covers. */
static bool flush(scan_state *sc)
{
	size_t k, n = sc->npending;
	sc->npending = 0;
	for (k = 0; k < n; k++) {
		uint32_t id = sc->pending[k];
		if (!covered(sc, id) && !subsumed(sc, n, id) && !sc->fn(sc->ctx, id)) {
			return false;
		}
	}
	return true;
}

static inline bool id_add(uint32_t *ids, size_t *n, size_t cap, uint32_t id)
{
	size_t k;
	for (k = 0; k < *n; k++) {
		if (ids[k] == id) {
			return true;
		}
	}
	if (*n == cap) {
		return false;
	}
	ids[(*n)++] = id;
	return true;
}

static inline bool report(scan_state *sc, uint32_t state)
{
	const review_automaton *ac = sc->ac;
	while (state) {
		uint32_t id = ac->own[state];
		if (id != NO_PATTERN && !ac->patterns[id].allowed) {
			if (ac->patterns[id].pub.tier == REVIEW_TIER_ALLOW) {
				/* beyond the cap, more allowances in one word are ignored: flagged, never missed */
				(void) id_add(sc->allowed, &sc->nallowed, SCAN_ALLOWED_CAP, id);
			} else if (!id_add(sc->pending, &sc->npending, SCAN_PENDING_CAP, id)) {
				if (!flush(sc)) {   /* a word of many matches: report what is known so far */
					return false;
				}
				sc->pending[sc->npending++] = id;
			}
		}
		state = ac->dict[state];
	}
	return true;
}

static inline void set_add(uint32_t *set, size_t *n, uint32_t state)
{
	size_t i;
	for (i = 0; i < *n; i++) {
		if (set[i] == state) {
			return;
		}
	}
	if (*n < SET_CAP) {   /* beyond the cap an exotic reading is dropped: never a crash */
		set[(*n)++] = state;
	}
}

/* Letters a leet character may stand for. */
static int leet_alts(unsigned char c, int *alts)
{
	int n = 0;
	switch (c) {
		case '4': case '@': alts[n++] = sym_of('a'); break;
		case '3': alts[n++] = sym_of('e'); break;
		case '0': alts[n++] = sym_of('o'); break;
		case '5': case '$': alts[n++] = sym_of('s'); break;
		case '1': alts[n++] = sym_of('i'); alts[n++] = sym_of('l'); break;
		default: break;
	}
	if (c >= '0' && c <= '9') {
		alts[n++] = sym_of(c);
	}
	return n;
}

void review_automaton_scan(const review_automaton *ac, const unsigned char *folded, size_t len,
	review_match_fn fn, void *ctx)
{
	uint32_t set_a[SET_CAP], set_b[SET_CAP];
	uint32_t *cur = set_a, *nxt = set_b, *tmp;
	size_t nc = 1, nn, i = 0, k;
	bool word_has_letter = false;
	const uint32_t *delta = ac->delta;

	scan_state sc;

	sc.ac = ac;
	sc.fn = fn;
	sc.ctx = ctx;
	sc.npending = 0;
	sc.nallowed = 0;
	cur[0] = 0;
	while (i < len) {
		unsigned char c = folded[i];
		int alts[3], na, a;
		size_t run = 1;

		if (c == ' ') {
			size_t j;
			word_has_letter = false;
			for (j = i + 1; j < len && folded[j] != ' '; j++) {
				if ((folded[j] >= 'a' && folded[j] <= 'z') || folded[j] == REVIEW_FOLD_OTHER) {
					word_has_letter = true;
					break;
				}
			}
		}
		if (c >= 'a' && c <= 'z') {
			while (i + run < len && folded[i + run] == c) {
				run++;
			}
			alts[0] = sym_of(c);
			na = 1;
		} else if (word_has_letter && (na = leet_alts(c, alts)) > 0) {
			/* a leet character inside a word: each alternative */
		} else {
			alts[0] = sym_of(c);   /* digits of a number; '$' '@' outside words separate */
			na = 1;
		}
		i += run;

		if (nc == 1 && na == 1 && run == 1) {   /* the common case: one state, one symbol */
			uint32_t t = delta[(size_t) cur[0] * ALPHA + alts[0]];
			cur[0] = t & STATE_MASK;
			if ((t & OUT_FLAG) && !report(&sc, t & STATE_MASK)) {
				return;
			}
			if (c == ' ') {   /* a word ended (patterns ending in a space were reported above) */
				if (sc.npending && !flush(&sc)) {
					return;
				}
				sc.nallowed = 0;
			}
			continue;
		}
		nn = 0;
		for (k = 0; k < nc; k++) {
			for (a = 0; a < na; a++) {
				uint32_t t = delta[(size_t) cur[k] * ALPHA + alts[a]] & STATE_MASK;
				if (!report(&sc, t)) {
					return;
				}
				/* A run of two is read literally ("cull" is not "cul"); three or more is one or
				 * two copies ("shiiit" is "shit", "assss" is "ass"). */
				if (run != 2) {
					set_add(nxt, &nn, t);
				}
				if (run >= 2) {
					uint32_t t2 = delta[(size_t) t * ALPHA + alts[a]] & STATE_MASK;
					if (!report(&sc, t2)) {
						return;
					}
					set_add(nxt, &nn, t2);
				}
			}
		}
		tmp = cur;
		cur = nxt;
		nxt = tmp;
		nc = nn;
		if (c == ' ') {
			if (sc.npending && !flush(&sc)) {
				return;
			}
			sc.nallowed = 0;
		}
	}
	(void) flush(&sc);   /* folded text ends in a space, so this is empty but for a caller's odd input */
}
