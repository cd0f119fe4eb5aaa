/*
 * HTML to plain text for FAQ answers: tags dropped (script and style with their content),
 * entities decoded, runs of white space collapsed. Never grows the text.
 * SPDX-License-Identifier: MIT
 */
#include "faq_build.h"

#include <string.h>
#include <strings.h>

static const struct { const char *name; const char *text; } entities[] = {
	{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
	{"euro", "\xE2\x82\xAC"}, {"eacute", "\xC3\xA9"}, {"egrave", "\xC3\xA8"}, {"euml", "\xC3\xAB"},
	{"ouml", "\xC3\xB6"}, {"uuml", "\xC3\xBC"}, {"auml", "\xC3\xA4"}, {"szlig", "\xC3\x9F"},
	{"ccedil", "\xC3\xA7"}, {"agrave", "\xC3\xA0"}, {"hellip", "\xE2\x80\xA6"}, {"ndash", "\xE2\x80\x93"},
	{"mdash", "\xE2\x80\x94"}, {"copy", "\xC2\xA9"},
};

static size_t put_utf8(char *out, unsigned long cp)
{
	if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
		cp = 0xFFFD;
	}
	if (cp < 0x80) { out[0] = (char) cp; return 1; }
	if (cp < 0x800) { out[0] = (char) (0xC0 | (cp >> 6)); out[1] = (char) (0x80 | (cp & 0x3F)); return 2; }
	if (cp < 0x10000) {
		out[0] = (char) (0xE0 | (cp >> 12)); out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18)); out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F)); out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

/* Decodes the entity at in[i] == '&'. Returns bytes consumed (0 when it is not one) and writes to out. */
static size_t entity(const char *in, size_t len, size_t i, char *out, size_t *written)
{
	size_t j = i + 1, k;
	if (j < len && in[j] == '#') {
		unsigned long cp = 0;
		bool hex = j + 1 < len && (in[j + 1] == 'x' || in[j + 1] == 'X');
		size_t digits = 0;
		j += hex ? 2 : 1;
		while (j < len && digits < 8) {
			char c = in[j];
			int d = (c >= '0' && c <= '9') ? c - '0' : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
				: (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
			if (d < 0) {
				break;
			}
			cp = cp * (hex ? 16 : 10) + (unsigned long) d;
			j++;
			digits++;
		}
		if (digits == 0 || j >= len || in[j] != ';') {
			return 0;
		}
		/* The encoded form is never shorter than what it decodes to ("&#1;" is 4 bytes, U+FFFD 3). */
		*written = put_utf8(out, cp);
		return j + 1 - i;
	}
	for (k = 0; k < sizeof(entities) / sizeof(entities[0]); k++) {
		size_t n = strlen(entities[k].name);
		if (j + n < len && strncmp(in + j, entities[k].name, n) == 0 && in[j + n] == ';') {
			size_t t = strlen(entities[k].text);
			memcpy(out, entities[k].text, t);
			*written = t;
			return n + 2;
		}
	}
	return 0;
}

/*
 * Whether the tag starting at in[i] == '<' is an inline element (<a>, <b>, </strong>, ...): a
 * browser joins the text around those, so "<b>Orders</b>." reads "Orders." and not "Orders .".
 * Every other tag (paragraphs, list items, <br>, comments) separates words.
 */
static bool inline_tag(const char *in, size_t len, size_t i)
{
	static const char *const names[] = {
		"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
		"q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", NULL,
	};
	char name[8];
	size_t j = i + 1, n = 0, k;
	if (j < len && in[j] == '/') {
		j++;
	}
	while (j < len && n < sizeof(name) && (in[j] | 0x20) >= 'a' && (in[j] | 0x20) <= 'z') {
		name[n++] = (char) (in[j++] | 0x20);
	}
	/* The name must end there: "<bdo>" is inline, "<body>" and "<br>" are not. */
	if (n == 0 || n == sizeof(name) || (j < len && in[j] != '>' && in[j] != '/' && in[j] != ' '
		&& in[j] != '\t' && in[j] != '\n' && in[j] != '\r' && in[j] != '\f')) {
		return false;
	}
	for (k = 0; names[k]; k++) {
		if (strlen(names[k]) == n && memcmp(names[k], name, n) == 0) {
			return true;
		}
	}
	return false;
}

size_t faq_strip_html(const char *in, size_t len, char *out)
{
	size_t i = 0, o = 0;
	bool space = true;  /* drop leading white space */

	while (i < len) {
		char c = in[i];
		if (c == '<' && i + 1 < len && (in[i + 1] == '/' || in[i + 1] == '!' || ((in[i + 1] | 0x20) >= 'a' && (in[i + 1] | 0x20) <= 'z'))) {
			const char *close = memchr(in + i, '>', len - i);
			size_t end = close ? (size_t) (close - in) + 1 : len;
			bool joins = inline_tag(in, len, i);
			/* script and style: skip up to the closing tag. */
			if (end - i >= 7 && (strncasecmp(in + i, "<script", 7) == 0 || strncasecmp(in + i, "<style", 6) == 0)) {
				const char *name = (in[i + 2] | 0x20) == 'c' ? "</script" : "</style";
				size_t nl = strlen(name), k;
				for (k = end; k + nl <= len; k++) {
					if (strncasecmp(in + k, name, nl) == 0) {
						break;
					}
				}
				close = k + nl <= len ? memchr(in + k, '>', len - k) : NULL;
				end = close ? (size_t) (close - in) + 1 : len;
			}
			i = end;
			if (!space && !joins) {
				out[o++] = ' ';
				space = true;
			}
			continue;
		}
		if (c == '&') {
			size_t w = 0, n = entity(in, len, i, out + o, &w);
			if (n > 0) {
				if (w == 1 && out[o] == ' ') {
					if (!space) {
						o++;
						space = true;
					}
				} else {
					o += w;
					space = false;
				}
				i += n;
				continue;
			}
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			if (!space) {
				out[o++] = ' ';
				space = true;
			}
			i++;
			continue;
		}
		out[o++] = c;
		space = false;
		i++;
	}
	while (o > 0 && out[o - 1] == ' ') {
		o--;
	}
	return o;
}
