/*
 * For the FAQ fuzz harnesses: faq_format.c checksums with PHP's php_crc32_bulk_update(), which
 * lives in the PHP binary. Outside PHP this plain bitwise CRC-32 gives the same values.
 * Include it in exactly one translation unit of a harness.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_FAQ_FUZZ_CRC32_H
#define SHOPCX_FAQ_FUZZ_CRC32_H

#include <stddef.h>
#include <stdint.h>

uint32_t php_crc32_bulk_update(uint32_t crc, const char *p, size_t nr);
uint32_t php_crc32_bulk_update(uint32_t crc, const char *p, size_t nr)
{
	while (nr--) {
		int k;
		crc ^= (unsigned char) *p++;
		for (k = 0; k < 8; k++) {
			crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
		}
	}
	return crc;
}

#endif
