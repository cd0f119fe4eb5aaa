/* XML text escaping for the review feed. Pure C. SPDX-License-Identifier: MIT */
#ifndef REVIEW_XML_H
#define REVIEW_XML_H

#include <stddef.h>

/* Worst-case output bytes for `len` input bytes ("&quot;" for every byte). */
#define REVIEW_XML_CAPACITY(len) ((len) * 6)

/*
 * Escape valid UTF-8 for XML 1.0 text and attribute values: & < > " ' become entities, and
 * characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF) are dropped,
 * so the document stays well-formed whatever a reviewer typed. Returns the bytes written.
 */
size_t review_xml_escape(const char *s, size_t len, char *out);

#endif
