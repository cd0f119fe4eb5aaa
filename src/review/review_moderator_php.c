/*
 * ShopCx\Review\Moderator and Verdict: PHP binding over review_text (word lists) and
 * review_moderate (personal data, heuristics). SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_utf8.h"
#include "common/shopcx_locale.h"
#include "review_php.h"
#include "review_text.h"
#include "review_moderate.h"
#include "review_wordlists.h"

#define MOD_MAX_LIST_ENTRIES  2000         /* per option list or file */
#define MOD_MAX_LIST_FILES    8
#define MOD_MAX_LIST_FILE     (1 << 20)    /* bytes */
#define MOD_MAX_TERMS         64           /* distinct terms reported per field */

typedef struct {
	review_automaton *ac;
	pcre2_code *pii;
	pcre2_match_data *md;
	zend_long min_length, max_repeat;
	bool shouting;
	shopcx_locale locale;   /* of reason messages */
	zend_object std;
} moderator_object;

static zend_object_handlers moderator_handlers;

static inline moderator_object *moderator_from_obj(zend_object *obj)
{
	return (moderator_object *) ((char *) obj - offsetof(moderator_object, std));
}
#define Z_MODERATOR_P(zv) moderator_from_obj(Z_OBJ_P(zv))

static zend_object *moderator_create(zend_class_entry *ce)
{
	moderator_object *intern = zend_object_alloc(sizeof(moderator_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &moderator_handlers;
	return &intern->std;
}

static void moderator_free(zend_object *object)
{
	moderator_object *intern = moderator_from_obj(object);
	review_automaton_free(intern->ac);
	if (intern->md) {
		pcre2_match_data_free(intern->md);
	}
	if (intern->pii) {
		pcre2_code_free(intern->pii);
	}
	zend_object_std_dtor(&intern->std);
}

static bool add_term(review_automaton *ac, const char *term, size_t len, unsigned char tier, unsigned char mode,
	const char *where)
{
	int rc;
	if (len == 0 || len > REVIEW_TERM_MAX_BYTES || !shopcx_utf8_valid(term, len)) {
		shopcx_throw_config("%s must be 1 to %d bytes of valid UTF-8", where, REVIEW_TERM_MAX_BYTES);
		return false;
	}
	rc = review_automaton_add(ac, term, len, tier, mode, REVIEW_SOURCE_MERCHANT);
	if (rc == 0) {
		shopcx_throw_config("%s must hold Latin letters (and may hold digits, spaces, hyphens)", where);
		return false;
	}
	if (rc < 0) {
		zend_throw_error(NULL, "Out of memory building the word list");
		return false;
	}
	return true;
}

/* A list option: strings only. deny and hold add patterns; allow marks built-in ones. */
static bool add_option_list(review_automaton *ac, zval *list, const char *name, int tier)
{
	zval *entry;
	uint32_t i = 0;
	char where[96];

	if (Z_TYPE_P(list) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(list))) {
		zend_argument_value_error(1, "option \"%s\" must be a list of strings", name);
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(list)) > MOD_MAX_LIST_ENTRIES) {
		shopcx_throw_config("option \"%s\" must not hold more than %d entries", name, MOD_MAX_LIST_ENTRIES);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), entry) {
		ZVAL_DEREF(entry);
		snprintf(where, sizeof(where), "option \"%s\" entry %u", name, i);
		if (Z_TYPE_P(entry) != IS_STRING) {
			shopcx_throw_config("%s must be a string, %s given", where, zend_zval_type_name(entry));
			return false;
		}
		if (tier == 0) {
			if (Z_STRLEN_P(entry) == 0 || Z_STRLEN_P(entry) > REVIEW_TERM_MAX_BYTES
				|| !shopcx_utf8_valid(Z_STRVAL_P(entry), Z_STRLEN_P(entry))) {
				shopcx_throw_config("%s must be 1 to %d bytes of valid UTF-8", where, REVIEW_TERM_MAX_BYTES);
				return false;
			}
			if (!review_automaton_allow(ac, Z_STRVAL_P(entry), Z_STRLEN_P(entry))) {
				zend_throw_error(NULL, "Out of memory building the word list");
				return false;
			}
		} else if (!add_term(ac, Z_STRVAL_P(entry), Z_STRLEN_P(entry), (unsigned char) tier, REVIEW_MATCH_WORD, where)) {
			return false;
		}
		i++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* A word-list file in the shipped format: term<TAB>reject|hold|allow[<TAB>word|prefix|suffix|part], # comments. */
static bool add_list_file(review_automaton *ac, zend_string *path)
{
	php_stream *stream;
	zend_string *data;
	const char *p, *end;
	uint32_t line = 0, entries = 0;
	char where[MAXPATHLEN + 64];

	if (ZSTR_LEN(path) == 0 || ZSTR_LEN(path) >= MAXPATHLEN || memchr(ZSTR_VAL(path), '\0', ZSTR_LEN(path))) {
		shopcx_throw_config("word list path must be a non-empty path without NUL bytes");
		return false;
	}
	stream = php_stream_open_wrapper(ZSTR_VAL(path), "rb", 0, NULL);
	if (!stream) {
		shopcx_throw_config("word list \"%s\" cannot be read", ZSTR_VAL(path));
		return false;
	}
	data = php_stream_copy_to_mem(stream, MOD_MAX_LIST_FILE + 1, 0);
	php_stream_close(stream);
	if (data && ZSTR_LEN(data) > MOD_MAX_LIST_FILE) {
		zend_string_release(data);
		shopcx_throw_config("word list \"%s\" is larger than %d bytes", ZSTR_VAL(path), MOD_MAX_LIST_FILE);
		return false;
	}
	if (!data) {
		return true;   /* empty file: no words */
	}
	if (!shopcx_utf8_valid(ZSTR_VAL(data), ZSTR_LEN(data))) {
		zend_string_release(data);
		shopcx_throw_config("word list \"%s\" must be valid UTF-8", ZSTR_VAL(path));
		return false;
	}
	p = ZSTR_VAL(data);
	end = p + ZSTR_LEN(data);
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t) (end - p));
		const char *stop = eol ? eol : end, *f[3], *tab;
		size_t flen[3], nf = 0;
		unsigned char tier, mode = REVIEW_MATCH_WORD;

		line++;
		if (stop > p && stop[-1] == '\r') {
			stop--;
		}
		if (stop == p || *p == '#') {
			p = eol ? eol + 1 : end;
			continue;
		}
		while (nf < 3) {
			tab = memchr(p, '\t', (size_t) (stop - p));
			f[nf] = p;
			flen[nf] = (size_t) ((tab ? tab : stop) - p);
			nf++;
			if (!tab) {
				break;
			}
			p = tab + 1;
		}
		snprintf(where, sizeof(where), "word list \"%s\" line %u", ZSTR_VAL(path), line);
		if (nf < 2 || (nf == 3 && tab)) {   /* too few fields, or a fourth */
			zend_string_release(data);
			shopcx_throw_config("%s must be term<TAB>reject|hold|allow[<TAB>word|prefix|suffix|part]", where);
			return false;
		}
		if (flen[1] == 6 && memcmp(f[1], "reject", 6) == 0) {
			tier = REVIEW_TIER_REJECT;
		} else if (flen[1] == 4 && memcmp(f[1], "hold", 4) == 0) {
			tier = REVIEW_TIER_HOLD;
		} else if (flen[1] == 5 && memcmp(f[1], "allow", 5) == 0) {
			tier = REVIEW_TIER_ALLOW;
		} else {
			zend_string_release(data);
			shopcx_throw_config("%s: the tier must be \"reject\", \"hold\" or \"allow\"", where);
			return false;
		}
		if (nf == 3) {
			if (flen[2] == 4 && memcmp(f[2], "word", 4) == 0) {
				mode = REVIEW_MATCH_WORD;
			} else if (flen[2] == 6 && memcmp(f[2], "prefix", 6) == 0) {
				mode = REVIEW_MATCH_PREFIX;
			} else if (flen[2] == 6 && memcmp(f[2], "suffix", 6) == 0) {
				mode = REVIEW_MATCH_SUFFIX;
			} else if (flen[2] == 4 && memcmp(f[2], "part", 4) == 0) {
				mode = REVIEW_MATCH_PART;
			} else {
				zend_string_release(data);
				shopcx_throw_config("%s: the match must be \"word\", \"prefix\", \"suffix\" or \"part\"", where);
				return false;
			}
		}
		if (++entries > MOD_MAX_LIST_ENTRIES) {
			zend_string_release(data);
			shopcx_throw_config("word list \"%s\" must not hold more than %d entries", ZSTR_VAL(path), MOD_MAX_LIST_ENTRIES);
			return false;
		}
		if (!add_term(ac, f[0], flen[0], tier, mode, where)) {
			zend_string_release(data);
			return false;
		}
		p = eol ? eol + 1 : end;
	}
	zend_string_release(data);
	return true;
}

static bool option_long(zval *value, const char *name, zend_long min, zend_long max, zend_long *out)
{
	if (Z_TYPE_P(value) != IS_LONG || Z_LVAL_P(value) < min || Z_LVAL_P(value) > max) {
		zend_argument_value_error(1, "option \"%s\" must be an int between " ZEND_LONG_FMT " and " ZEND_LONG_FMT,
			name, min, max);
		return false;
	}
	*out = Z_LVAL_P(value);
	return true;
}

PHP_METHOD(ShopCx_Review_Moderator, __construct)
{
	HashTable *options = NULL;
	moderator_object *intern = Z_MODERATOR_P(ZEND_THIS);
	zend_string *key;
	zval *value, *allow = NULL, *deny = NULL, *hold = NULL, *lists = NULL;
	unsigned langs = (1u << SHOPCX_LOCALE_COUNT) - 1;
	zend_long min_length = 10, max_repeat = 5;
	bool shouting = true;
	shopcx_locale locale = SHOPCX_LOCALE_INVALID;
	review_automaton *ac;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->ac) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Review\\Moderator::__construct() twice");
		RETURN_THROWS();
	}
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
			ZVAL_DEREF(value);
			if (!key) {
				zend_argument_value_error(1, "must be an array with string keys");
				RETURN_THROWS();
			}
			if (zend_string_equals_literal(key, "languages")) {
				zval *lang;
				if (Z_TYPE_P(value) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
					zend_argument_value_error(1, "option \"languages\" must be a non-empty list of \"nl\", \"en\", \"de\", \"fr\"");
					RETURN_THROWS();
				}
				langs = 0;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), lang) {
					shopcx_locale loc;
					ZVAL_DEREF(lang);
					if (Z_TYPE_P(lang) != IS_STRING
						|| (loc = shopcx_locale_from_name(Z_STRVAL_P(lang), Z_STRLEN_P(lang))) == SHOPCX_LOCALE_INVALID) {
						zend_argument_value_error(1, "option \"languages\" must be a non-empty list of \"nl\", \"en\", \"de\", \"fr\"");
						RETURN_THROWS();
					}
					langs |= 1u << loc;
				} ZEND_HASH_FOREACH_END();
			} else if (zend_string_equals_literal(key, "allow")) {
				allow = value;
			} else if (zend_string_equals_literal(key, "deny")) {
				deny = value;
			} else if (zend_string_equals_literal(key, "hold")) {
				hold = value;
			} else if (zend_string_equals_literal(key, "lists")) {
				if (Z_TYPE_P(value) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(value)) > MOD_MAX_LIST_FILES) {
					zend_argument_value_error(1, "option \"lists\" must be a list of at most %d file paths", MOD_MAX_LIST_FILES);
					RETURN_THROWS();
				}
				lists = value;
			} else if (zend_string_equals_literal(key, "minLength")) {
				if (!option_long(value, "minLength", 0, 1000, &min_length)) {
					RETURN_THROWS();
				}
			} else if (zend_string_equals_literal(key, "maxRepeat")) {
				if (!option_long(value, "maxRepeat", 3, 100, &max_repeat)) {
					RETURN_THROWS();
				}
			} else if (zend_string_equals_literal(key, "locale")) {
				if (Z_TYPE_P(value) != IS_STRING
					|| (locale = shopcx_locale_from_name(Z_STRVAL_P(value), Z_STRLEN_P(value))) == SHOPCX_LOCALE_INVALID) {
					zend_argument_value_error(1, "option \"locale\" must be one of \"nl\", \"en\", \"de\", \"fr\"");
					RETURN_THROWS();
				}
			} else if (zend_string_equals_literal(key, "shouting")) {
				if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
					zend_argument_value_error(1, "option \"shouting\" must be a bool");
					RETURN_THROWS();
				}
				shouting = Z_TYPE_P(value) == IS_TRUE;
			} else {
				shopcx_unknown_option_error(1, key);
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}

	ac = review_automaton_new();
	if (!ac) {
		zend_throw_error(NULL, "Out of memory building the word list");
		RETURN_THROWS();
	}
	for (i = 0; i < REVIEW_BUILTIN_WORD_COUNT; i++) {
		const review_builtin_word *w = &review_builtin_words[i];
		if ((langs & (1u << w->lang)) && review_automaton_add(ac, w->term, strlen(w->term), w->tier, w->mode,
				REVIEW_SOURCE_BUILTIN) < 0) {
			review_automaton_free(ac);
			zend_throw_error(NULL, "Out of memory building the word list");
			RETURN_THROWS();
		}
	}
	if (lists) {
		zval *path;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(lists), path) {
			ZVAL_DEREF(path);
			if (Z_TYPE_P(path) != IS_STRING) {
				review_automaton_free(ac);
				zend_argument_value_error(1, "option \"lists\" must be a list of at most %d file paths", MOD_MAX_LIST_FILES);
				RETURN_THROWS();
			}
			if (!add_list_file(ac, Z_STR_P(path))) {
				review_automaton_free(ac);
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if ((deny && !add_option_list(ac, deny, "deny", REVIEW_TIER_REJECT))
		|| (hold && !add_option_list(ac, hold, "hold", REVIEW_TIER_HOLD))
		|| (allow && !add_option_list(ac, allow, "allow", 0))) {
		review_automaton_free(ac);
		RETURN_THROWS();
	}
	if (!review_automaton_compile(ac)) {
		review_automaton_free(ac);
		zend_throw_error(NULL, "Out of memory building the word list");
		RETURN_THROWS();
	}
	intern->pii = review_pii_compile();
	intern->md = intern->pii ? pcre2_match_data_create_from_pattern(intern->pii, NULL) : NULL;
	if (!intern->md) {
		review_automaton_free(ac);
		zend_throw_error(NULL, "Could not compile the personal-data pattern");
		RETURN_THROWS();
	}
	intern->ac = ac;
	intern->min_length = min_length;
	intern->max_repeat = max_repeat;
	intern->shouting = shouting;
	if (locale == SHOPCX_LOCALE_INVALID) {
		const char *def = SHOPCX_G(default_locale);
		locale = def ? shopcx_locale_from_name(def, strlen(def)) : SHOPCX_LOCALE_EN;
		if (locale == SHOPCX_LOCALE_INVALID) {
			locale = SHOPCX_LOCALE_EN;
		}
	}
	intern->locale = locale;
}

typedef struct {
	uint32_t ids[MOD_MAX_TERMS];
	size_t n;
} found_terms;

static bool collect_term(void *ctx, uint32_t id)
{
	found_terms *found = ctx;
	size_t i;
	for (i = 0; i < found->n; i++) {
		if (found->ids[i] == id) {
			return true;
		}
	}
	if (found->n < MOD_MAX_TERMS) {
		found->ids[found->n++] = id;
	}
	return true;
}

typedef enum { DECIDE_APPROVE = 0, DECIDE_HOLD = 1, DECIDE_REJECT = 2 } decision;

typedef enum {
	MSG_REJECT, MSG_DENY, MSG_HOLD, MSG_EMAIL, MSG_URL, MSG_PHONE, MSG_SHOUTING, MSG_REPEATED, MSG_SHORT,
	MSG_GIBBERISH, MSG_COUNT
} message_id;

/* Reason messages for people (moderators, merchants); programs read the code. %u is a number. */
static const char *const messages[SHOPCX_LOCALE_COUNT][MSG_COUNT] = {
	[SHOPCX_LOCALE_NL] = {
		"Bevat een scheldwoord of grof woord", "Bevat een woord dat de winkel niet accepteert",
		"Bevat een woord dat eerst gecontroleerd moet worden", "Bevat een e-mailadres", "Bevat een link",
		"Bevat een telefoonnummer", "Grotendeels in hoofdletters geschreven", "Herhaalt een teken %u keer",
		"Korter dan %u tekens", "Lijkt op willekeurige tekens",
	},
	[SHOPCX_LOCALE_EN] = {
		"Contains a word on the reject list", "Contains a word the shop does not accept",
		"Contains a word that needs a human check", "Contains an e-mail address", "Contains a link",
		"Contains a phone number", "Written mostly in capitals", "Repeats a character %u times",
		"Shorter than %u characters", "Looks like random typing",
	},
	[SHOPCX_LOCALE_DE] = {
		"Enthält ein Wort der Sperrliste", "Enthält ein Wort, das der Shop nicht akzeptiert",
		"Enthält ein Wort, das erst geprüft werden muss", "Enthält eine E-Mail-Adresse", "Enthält einen Link",
		"Enthält eine Telefonnummer", "Überwiegend in Großbuchstaben geschrieben", "Wiederholt ein Zeichen %u-mal",
		"Kürzer als %u Zeichen", "Sieht nach zufällig getippten Zeichen aus",
	},
	[SHOPCX_LOCALE_FR] = {
		"Contient un mot de la liste de rejet", "Contient un mot que la boutique n'accepte pas",
		"Contient un mot à vérifier avant publication", "Contient une adresse e-mail", "Contient un lien",
		"Contient un numéro de téléphone", "Écrit surtout en majuscules", "Répète un caractère %u fois",
		"Moins de %u caractères", "Ressemble à des caractères tapés au hasard",
	},
};

/* What stands in a redacted text for an e-mail address, a link and a phone number, in the language of
 * the reasons: a Dutch review reads "[telefoonnummer]", not "[phone]". */
static const char *const masks[SHOPCX_LOCALE_COUNT][3] = {
	[SHOPCX_LOCALE_NL] = { "[e-mailadres]", "[link]", "[telefoonnummer]" },
	[SHOPCX_LOCALE_EN] = { "[email]", "[link]", "[phone]" },
	[SHOPCX_LOCALE_DE] = { "[E-Mail-Adresse]", "[Link]", "[Telefonnummer]" },
	[SHOPCX_LOCALE_FR] = { "[adresse e-mail]", "[lien]", "[téléphone]" },
};

static void add_reason(zval *reasons, const char *code, const char *field, shopcx_locale locale, message_id msg,
	uint32_t number)
{
	zval reason;
	array_init_size(&reason, 3);
	add_assoc_string(&reason, "code", code);
	add_assoc_string(&reason, "field", field);
	if (msg == MSG_REPEATED || msg == MSG_SHORT) {
		add_assoc_str(&reason, "message", zend_strpprintf(0, messages[locale][msg], number));
	} else {
		add_assoc_string(&reason, "message", messages[locale][msg]);
	}
	add_next_index_zval(reasons, &reason);
}

/* Check one field; append reasons and terms, raise the decision, return the redacted text. */
static zend_string *check_field(moderator_object *intern, zend_string *text, const char *field, bool is_text,
	zval *reasons, zval *terms, HashTable *seen_terms, decision *dec)
{
	unsigned char *folded;
	size_t flen, i, pii_count;
	found_terms found = {0};
	review_text_stats st;
	review_pii_span spans[REVIEW_PII_MAX];
	bool reject = false, deny = false, hold = false, kinds[3] = {false, false, false};
	smart_str out = {0};
	size_t pos = 0;

	folded = emalloc(REVIEW_FOLD_CAPACITY(ZSTR_LEN(text)));
	flen = review_fold(ZSTR_VAL(text), ZSTR_LEN(text), folded);
	review_automaton_scan(intern->ac, folded, flen, collect_term, &found);
	review_text_stats_compute(ZSTR_VAL(text), ZSTR_LEN(text), folded, flen, &st);
	if (st.spelled) {
		unsigned char *joined = emalloc(flen);
		size_t jlen = review_join_spelled(folded, flen, joined);
		if (jlen) {
			review_automaton_scan(intern->ac, joined, jlen, collect_term, &found);
		}
		efree(joined);
	}
	efree(folded);

	for (i = 0; i < found.n; i++) {
		const review_pattern *p = review_automaton_pattern(intern->ac, found.ids[i]);
		if (p->tier == REVIEW_TIER_REJECT) {
			if (p->source == REVIEW_SOURCE_MERCHANT) {
				deny = true;
			} else {
				reject = true;
			}
		} else {
			hold = true;
		}
		if (!zend_hash_str_exists(seen_terms, p->term, strlen(p->term))) {
			zend_hash_str_add_empty_element(seen_terms, p->term, strlen(p->term));
			add_next_index_string(terms, p->term);
		}
	}
	if (reject) {
		add_reason(reasons, "term.reject", field, intern->locale, MSG_REJECT, 0);
		*dec = DECIDE_REJECT;
	}
	if (deny) {
		add_reason(reasons, "term.deny", field, intern->locale, MSG_DENY, 0);
		*dec = DECIDE_REJECT;
	}
	if (hold) {
		add_reason(reasons, "term.hold", field, intern->locale, MSG_HOLD, 0);
		*dec = MAX(*dec, DECIDE_HOLD);
	}

	pii_count = st.pii_candidate
		? review_pii_find(intern->pii, intern->md, ZSTR_VAL(text), ZSTR_LEN(text), spans, REVIEW_PII_MAX) : 0;
	for (i = 0; i < pii_count; i++) {
		const char *mask = masks[intern->locale][spans[i].kind == REVIEW_PII_EMAIL ? 0 : spans[i].kind == REVIEW_PII_URL ? 1 : 2];
		kinds[spans[i].kind == REVIEW_PII_EMAIL ? 0 : spans[i].kind == REVIEW_PII_URL ? 1 : 2] = true;
		smart_str_appendl(&out, ZSTR_VAL(text) + pos, spans[i].start - pos);
		smart_str_appends(&out, mask);
		pos = spans[i].start + spans[i].len;
	}
	if (kinds[0]) {
		add_reason(reasons, "pii.email", field, intern->locale, MSG_EMAIL, 0);
	}
	if (kinds[1]) {
		add_reason(reasons, "pii.url", field, intern->locale, MSG_URL, 0);
	}
	if (kinds[2]) {
		add_reason(reasons, "pii.phone", field, intern->locale, MSG_PHONE, 0);
	}
	if (pii_count) {
		*dec = MAX(*dec, DECIDE_HOLD);
	}

	if (intern->shouting && st.letters >= 12 && st.upper * 10 >= (st.upper + st.lower) * 7) {
		add_reason(reasons, "shouting", field, intern->locale, MSG_SHOUTING, 0);
		*dec = MAX(*dec, DECIDE_HOLD);
	}
	if (st.longest_run >= (uint32_t) intern->max_repeat) {
		add_reason(reasons, "repeated", field, intern->locale, MSG_REPEATED, st.longest_run);
		*dec = MAX(*dec, DECIDE_HOLD);
	}
	if (is_text && st.chars < (uint32_t) intern->min_length) {
		add_reason(reasons, "short", field, intern->locale, MSG_SHORT, (uint32_t) intern->min_length);
		*dec = MAX(*dec, DECIDE_HOLD);
	}
	if (st.gibberish_words > 0 && st.gibberish_words * 3 >= st.words) {
		add_reason(reasons, "gibberish", field, intern->locale, MSG_GIBBERISH, 0);
		*dec = MAX(*dec, DECIDE_HOLD);
	}

	if (pii_count == 0) {
		return zend_string_copy(text);
	}
	smart_str_appendl(&out, ZSTR_VAL(text) + pos, ZSTR_LEN(text) - pos);
	smart_str_0(&out);
	return out.s;
}

PHP_METHOD(ShopCx_Review_Moderator, check)
{
	zend_string *text, *title = NULL, *redacted, *redacted_title = NULL;
	moderator_object *intern = Z_MODERATOR_P(ZEND_THIS);
	zval reasons, terms, v;
	HashTable seen;
	decision dec = DECIDE_APPROVE;
	zend_object *verdict;
	static const char *const names[] = {"approve", "hold", "reject"};

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(text)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(title)
	ZEND_PARSE_PARAMETERS_END();

	if (!intern->ac) {
		zend_throw_error(NULL, "ShopCx\\Review\\Moderator object is not initialized");
		RETURN_THROWS();
	}
	if (!shopcx_arg_utf8_len(text, 1, REVIEW_MAX_TEXT) || (title && !shopcx_arg_utf8_len(title, 2, REVIEW_MAX_TITLE))) {
		RETURN_THROWS();
	}

	array_init(&reasons);
	array_init(&terms);
	zend_hash_init(&seen, 8, NULL, NULL, 0);
	redacted = check_field(intern, text, "text", true, &reasons, &terms, &seen, &dec);
	if (title) {
		redacted_title = check_field(intern, title, "title", false, &reasons, &terms, &seen, &dec);
	}
	zend_hash_destroy(&seen);

	verdict = review_value_new(review_ce_verdict);
	ZVAL_STRING(&v, names[dec]);
	review_value_set(verdict, 0, &v);
	review_value_set(verdict, 1, &reasons);
	ZVAL_STR(&v, redacted);
	review_value_set(verdict, 2, &v);
	if (redacted_title) {
		ZVAL_STR(&v, redacted_title);
	} else {
		ZVAL_NULL(&v);
	}
	review_value_set(verdict, 3, &v);
	review_value_set(verdict, 4, &terms);
	RETURN_OBJ(verdict);
}

PHP_METHOD(ShopCx_Review_Moderator, stats)
{
	moderator_object *intern = Z_MODERATOR_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (!intern->ac) {
		zend_throw_error(NULL, "ShopCx\\Review\\Moderator object is not initialized");
		RETURN_THROWS();
	}
	array_init_size(return_value, 2);
	add_assoc_long(return_value, "patterns", (zend_long) review_automaton_pattern_count(intern->ac));
	add_assoc_long(return_value, "states", (zend_long) review_automaton_state_count(intern->ac));
}

void review_moderator_setup(void)
{
	review_ce_moderator->create_object = moderator_create;
	memcpy(&moderator_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	moderator_handlers.offset = offsetof(moderator_object, std);
	moderator_handlers.free_obj = moderator_free;
	moderator_handlers.clone_obj = NULL;
}
