/*
 * FAQ search text layer: word splitting, folding, stemming, stop words.
 * SPDX-License-Identifier: MIT
 */
#include "faq_text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <libstemmer.h>

/* Snowball algorithm names per language, the first one libstemmer has wins. Dutch asks for
 * "dutch_porter" first: Snowball 3.0 made "dutch" a Kraaij-Pohlmann stemmer that no longer conflates
 * "annuleer"/"annuleren" and stems "verzending" to "vers"; 3.x keeps the algorithm of 2.x's "dutch"
 * as "dutch_porter" (identical stems on ShopCX's vocabulary, checked against 2.2), so Dutch search
 * behaves the same on every libstemmer. English and German have no such twin: their 3.x changes
 * are small and kept (the index records them, see faq_stemmer_fingerprint()). */
static const char *const stemmer_names[FAQ_LANG_COUNT][2] = {
	{"dutch_porter", "dutch"}, {"english", NULL}, {"german", NULL}, {"french", NULL},
};

static struct sb_stemmer *stemmer_open(int lang)
{
	struct sb_stemmer *s = NULL;
	int i;
	for (i = 0; i < 2 && !s && stemmer_names[lang][i]; i++) {
		s = sb_stemmer_new(stemmer_names[lang][i], "UTF_8");
	}
	return s;
}

/* Words whose stems differ between Snowball versions or matter most to a shop, per language. */
static const char *const fingerprint_words[FAQ_LANG_COUNT] = {
	"annuleer annuleren bestelling bestellen verzending verzendkosten levering bezorging retourneren wijzigen betalen",
	"added adding evening internal international interval ordering shipping returns refunds delivery payment",
	"blue delete budget bucket doen ruecksendung lieferung bestellung versand zahlung rueckerstattung groesse",
	"commande livraison remboursement paiement retourner expédition annulation taille",
};

uint32_t faq_stemmer_fingerprint(uint32_t (*crc)(uint32_t crc, const char *p, size_t len))
{
	uint32_t h = 0xFFFFFFFFu;
	const char **name;
	int lang;

	/* Which algorithms libstemmer has (a new release adds some), then the stems of the probe words. */
	for (name = sb_stemmer_list(); name && *name; name++) {
		h = crc(h, *name, strlen(*name) + 1);
	}
	for (lang = 0; lang < FAQ_LANG_COUNT; lang++) {
		struct sb_stemmer *s = stemmer_open(lang);
		const char *w = fingerprint_words[lang];
		if (!s) {
			h = crc(h, "-", 1);
			continue;
		}
		while (*w) {
			size_t len = strcspn(w, " ");
			const sb_symbol *r = sb_stemmer_stem(s, (const sb_symbol *) w, (int) len);
			if (r) {
				h = crc(h, (const char *) r, (size_t) sb_stemmer_length(s) + 1);
			}
			w += len;
			w += strspn(w, " ");
		}
		sb_stemmer_delete(s);
	}
	return h ^ 0xFFFFFFFFu;
}

void faq_text_init(faq_text *t, bool stem, bool stopwords)
{
	memset(t->stemmer, 0, sizeof(t->stemmer));
	t->stem = stem;
	t->stopwords = stopwords;
}

void faq_text_free(faq_text *t)
{
	int i;
	for (i = 0; i < FAQ_LANG_COUNT; i++) {
		if (t->stemmer[i]) {
			sb_stemmer_delete(t->stemmer[i]);
			t->stemmer[i] = NULL;
		}
	}
}

/* ASCII word characters; everything >= 0x80 is decided by its Unicode category. */
static inline bool ascii_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool cp_word(utf8proc_int32_t cp)
{
	switch (utf8proc_category(cp)) {
		case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
		case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
		case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
			return true;
		default:
			return false;
	}
}

/* A combining mark continues a word but never starts one: alone, folding strips it to nothing. */
static bool cp_word_start(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return c != UTF8PROC_CATEGORY_MN && c != UTF8PROC_CATEGORY_MC && c != UTF8PROC_CATEGORY_ME && cp_word(cp);
}

/* Decodes one character of valid UTF-8 at s[i]; returns its length (>= 1). */
static size_t decode(const char *s, size_t len, size_t i, utf8proc_int32_t *cp)
{
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *) s + i, (utf8proc_ssize_t) (len - i), cp);
	if (n <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	return (size_t) n;
}

bool faq_next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *end)
{
	size_t i = *pos;
	utf8proc_int32_t cp;

	while (i < len) {
		unsigned char c = (unsigned char) s[i];
		if (c < 0x80) {
			if (ascii_word(c)) {
				break;
			}
			i++;
		} else {
			size_t n = decode(s, len, i, &cp);
			if (cp_word_start(cp)) {
				break;
			}
			i += n;
		}
	}
	if (i >= len) {
		*pos = len;
		return false;
	}
	*start = i;
	while (i < len) {
		unsigned char c = (unsigned char) s[i];
		if (c < 0x80) {
			if (!ascii_word(c)) {
				break;
			}
			i++;
		} else {
			size_t n = decode(s, len, i, &cp);
			if (!cp_word(cp)) {
				break;
			}
			i += n;
		}
	}
	*end = i;
	*pos = i;
	return true;
}

/* Cuts s[0..len) to at most max bytes without splitting a character. */
static size_t utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max) {
		return len;
	}
	while (max > 0 && ((unsigned char) s[max] & 0xC0) == 0x80) {
		max--;
	}
	return max;
}

size_t faq_fold(faq_text *t, const char *w, size_t len)
{
	size_t i;
	bool ascii = true;

	/* Bound the work: a word longer than this is cut before folding (folding can only grow it 3x). */
	len = utf8_cut(w, len, FAQ_WORD_MAX);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) w[i];
		if (c >= 0x80) {
			ascii = false;
			break;
		}
		t->fold[i] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
	}
	if (!ascii) {
		utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *) w, (utf8proc_ssize_t) len,
			t->cp, (utf8proc_ssize_t) (sizeof(t->cp) / sizeof(t->cp[0])) - 1,
			UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
		if (n < 0 || (size_t) n >= sizeof(t->cp) / sizeof(t->cp[0])) {
			/* Cannot happen for valid input of this size; fall back to the bytes as they are. */
			memcpy(t->fold, w, len);
			return len;
		}
		n = utf8proc_reencode(t->cp, n, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
		if (n < 0) {
			memcpy(t->fold, w, len);
			return len;
		}
		len = utf8_cut((const char *) t->cp, (size_t) n, FAQ_WORD_MAX);
		memcpy(t->fold, t->cp, len);
	}
	t->fold[len] = '\0';
	return len;
}

const char *faq_stem(faq_text *t, int lang, const char *w, size_t len, size_t *out_len)
{
	const sb_symbol *r;
	int n;

	*out_len = len;
	/* Numbers and one- or two-letter words are left alone: stemmers mangle codes and units. */
	if (!t->stem || lang < 0 || lang >= FAQ_LANG_COUNT || len < 3 || (w[0] >= '0' && w[0] <= '9')) {
		return w;
	}
	if (!t->stemmer[lang]) {
		t->stemmer[lang] = stemmer_open(lang);
		if (!t->stemmer[lang]) {
			return w;
		}
	}
	r = sb_stemmer_stem(t->stemmer[lang], (const sb_symbol *) w, (int) len);
	if (!r) {
		return w;
	}
	n = sb_stemmer_length(t->stemmer[lang]);
	if (n <= 0 || n > FAQ_WORD_MAX) {
		return w;
	}
	memcpy(t->stemmed, r, (size_t) n);
	t->stemmed[n] = '\0';
	*out_len = (size_t) n;
	return t->stemmed;
}

size_t faq_utf8_chars(const char *s, size_t len)
{
	size_t i, n = 0;
	for (i = 0; i < len; i++) {
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	}
	return n;
}

/*
 * Built-in stop words, already folded (no accents, lower case), sorted bytewise for bsearch.
 * Kept short on purpose: only words that carry no meaning in a customer's question.
 */
static const char *const stop_nl[] = {
	"aan", "al", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "een", "en", "er", "het",
	"hoe", "ik", "in", "is", "je", "kan", "kun", "kunnen", "me", "met", "mijn", "na", "naar", "niet", "of",
	"om", "ook", "op", "over", "te", "tot", "u", "uit", "uw", "van", "voor", "wat", "we", "wel", "wie",
	"wij", "wordt", "zijn",
};
static const char *const stop_en[] = {
	"a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
	"did", "do", "does", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it",
	"its", "me", "my", "of", "on", "or", "our", "so", "than", "that", "the", "their", "them", "then",
	"there", "these", "they", "this", "to", "was", "we", "were", "what", "when", "where", "which", "who",
	"why", "will", "with", "would", "you", "your",
};
static const char *const stop_de[] = {
	"aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "das", "dass", "dem", "den",
	"der", "des", "die", "du", "ein", "eine", "einem", "einen", "einer", "es", "fur", "hat", "ich", "ihr",
	"im", "in", "ist", "kann", "mein", "meine", "mit", "nach", "nicht", "oder", "sie", "sind", "so", "um",
	"und", "vom", "von", "was", "wie", "wir", "wird", "zu", "zum", "zur",
};
static const char *const stop_fr[] = {
	"a", "au", "aux", "avec", "ce", "ces", "comment", "dans", "de", "des", "du", "elle", "en", "est", "et",
	"il", "je", "l", "la", "le", "les", "leur", "ma", "mais", "me", "mes", "mon", "ne", "nous", "on", "ou",
	"par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te", "un", "une",
	"vos", "votre", "vous",
};

static const struct { const char *const *w; size_t n; } stop_lists[FAQ_LANG_COUNT] = {
	{stop_nl, sizeof(stop_nl) / sizeof(stop_nl[0])},
	{stop_en, sizeof(stop_en) / sizeof(stop_en[0])},
	{stop_de, sizeof(stop_de) / sizeof(stop_de[0])},
	{stop_fr, sizeof(stop_fr) / sizeof(stop_fr[0])},
};

bool faq_is_stopword(int lang, const char *w, size_t len)
{
	size_t lo = 0, hi;
	if (lang < 0 || lang >= FAQ_LANG_COUNT || len > 8) {
		return false;
	}
	hi = stop_lists[lang].n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *s = stop_lists[lang].w[mid];
		int c = strncmp(s, w, len);
		if (c == 0) {
			c = s[len] == '\0' ? 0 : 1;
		}
		if (c == 0) {
			return true;
		}
		if (c < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return false;
}

bool faq_split_compound(int lang, const char *w, size_t len, faq_known_part known, void *ctx,
	size_t *head_len, size_t *tail_start)
{
	/* Linking letters, tried after the head without them. */
	static const char *const links[] = { "s", "e", "n", "en", "es" };
	size_t i, k, best_short = 0;
	bool found = false;

	if ((lang != FAQ_LANG_NL && lang != FAQ_LANG_DE) || len < FAQ_COMPOUND_MIN || len > FAQ_WORD_MAX) {
		return false;
	}
	for (i = FAQ_PART_MIN; i + FAQ_PART_MIN <= len; i++) {
		size_t tail_len = len - i;
		if ((unsigned char) w[i] >= 0x80 && (unsigned char) w[i] < 0xC0) {
			continue;   /* not at a character boundary */
		}
		if (!known(ctx, lang, w + i, tail_len)) {
			continue;
		}
		for (k = 0; k <= sizeof(links) / sizeof(links[0]); k++) {
			size_t link = k == 0 ? 0 : strlen(links[k - 1]), head, shorter;
			if (link >= i || (link && memcmp(w + i - link, links[k - 1], link) != 0)) {
				continue;
			}
			head = i - link;
			if (head < FAQ_PART_MIN || !known(ctx, lang, w, head)) {
				continue;
			}
			/* Strictly longer: at a tie the earlier split, with the longer tail, stays. */
			shorter = head < tail_len ? head : tail_len;
			if (shorter > best_short) {
				*head_len = head;
				*tail_start = i;
				best_short = shorter;
				found = true;
			}
			break;   /* the head as it stands first; a known one is not shortened further */
		}
	}
	return found;
}
