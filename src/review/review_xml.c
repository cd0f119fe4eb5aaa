/* XML text escaping for the review feed. Pure C. SPDX-License-Identifier: MIT */
#include <string.h>

#include "review_xml.h"

size_t review_xml_escape(const char *s, size_t len, char *out)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t i, w = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = p[i];
		switch (c) {
			case '&': memcpy(out + w, "&amp;", 5); w += 5; continue;
			case '<': memcpy(out + w, "&lt;", 4); w += 4; continue;
			case '>': memcpy(out + w, "&gt;", 4); w += 4; continue;
			case '"': memcpy(out + w, "&quot;", 6); w += 6; continue;
			case '\'': memcpy(out + w, "&apos;", 6); w += 6; continue;
			case '\t': case '\n': case '\r': out[w++] = (char) c; continue;
			default: break;
		}
		if (c < 0x20 || c == 0x7F) {
			continue;   /* forbidden in XML 1.0 (DEL is allowed but invisible: dropped too) */
		}
		if (c == 0xEF && i + 2 < len && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF)) {
			i += 2;     /* U+FFFE, U+FFFF */
			continue;
		}
		out[w++] = (char) c;
	}
	return w;
}
