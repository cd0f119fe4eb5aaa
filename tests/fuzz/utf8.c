/*
 * libFuzzer harness: the fast UTF-8 validator must agree with a plain decoder written from the
 * Unicode definition (differential), on every input.
 * sources: src/common/shopcx_utf8.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common/shopcx_utf8.h"

static size_t reference_first_invalid(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n, k;
		if (s[i] < 0x80) { i++; continue; }
		else if ((s[i] & 0xE0) == 0xC0) { n = 2; cp = s[i] & 0x1F; }
		else if ((s[i] & 0xF0) == 0xE0) { n = 3; cp = s[i] & 0x0F; }
		else if ((s[i] & 0xF8) == 0xF0) { n = 4; cp = s[i] & 0x07; }
		else return i;
		if (i + n > len) return i;
		for (k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80) return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)
			|| cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
			return i;
		}
		i += n;
	}
	return len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = malloc(size ? size : 1);
	memcpy(copy, data, size);
	if (shopcx_utf8_first_invalid(copy, size) != reference_first_invalid((const unsigned char *) copy, size)) {
		abort();
	}
	free(copy);
	return 0;
}
