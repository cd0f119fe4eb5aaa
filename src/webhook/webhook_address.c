/*
 * Address classes for the webhook client's connect-time check. The check runs on the address
 * libcurl is about to connect to, after DNS, so a name that resolves (or re-resolves) to an
 * internal address is refused as an internal address literal would be.
 * SPDX-License-Identifier: MIT
 */
#include <string.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "webhook_address.h"

static webhook_addr_class class_v4(const unsigned char a[4])
{
	if (a[0] == 0) return WEBHOOK_ADDR_UNSPECIFIED;
	if (a[0] == 127) return WEBHOOK_ADDR_LOOPBACK;
	if (a[0] == 10 || (a[0] == 172 && (a[1] & 0xf0) == 16) || (a[0] == 192 && a[1] == 168)
		|| (a[0] == 100 && (a[1] & 0xc0) == 64)) {
		return WEBHOOK_ADDR_PRIVATE;
	}
	if (a[0] == 169 && a[1] == 254) return WEBHOOK_ADDR_LINK_LOCAL;
	if ((a[0] & 0xf0) == 224) return WEBHOOK_ADDR_MULTICAST;
	if ((a[0] & 0xf0) == 240) return WEBHOOK_ADDR_RESERVED;   /* includes 255.255.255.255 */
	if ((a[0] == 192 && a[1] == 0 && (a[2] == 0 || a[2] == 2)) || (a[0] == 198 && (a[1] & 0xfe) == 18)
		|| (a[0] == 198 && a[1] == 51 && a[2] == 100) || (a[0] == 203 && a[1] == 0 && a[2] == 113)) {
		return WEBHOOK_ADDR_RESERVED;
	}
	return WEBHOOK_ADDR_PUBLIC;
}

static webhook_addr_class class_v6(const unsigned char a[16])
{
	static const unsigned char zero[16] = { 0 };
	static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
	static const unsigned char nat64[12] = { 0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 };

	if (memcmp(a, mapped, 12) == 0 || memcmp(a, nat64, 12) == 0) {
		return class_v4(a + 12);
	}
	if (memcmp(a, zero, 15) == 0) {
		return a[15] == 1 ? WEBHOOK_ADDR_LOOPBACK : a[15] == 0 ? WEBHOOK_ADDR_UNSPECIFIED : WEBHOOK_ADDR_RESERVED;
	}
	if (memcmp(a, zero, 12) == 0) return WEBHOOK_ADDR_RESERVED;   /* IPv4-compatible, deprecated */
	if ((a[0] & 0xfe) == 0xfc) return WEBHOOK_ADDR_PRIVATE;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) return WEBHOOK_ADDR_LINK_LOCAL;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0) return WEBHOOK_ADDR_PRIVATE;   /* site-local, deprecated */
	if (a[0] == 0xff) return WEBHOOK_ADDR_MULTICAST;
	if ((a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8)      /* documentation */
		|| (a[0] == 0x01 && a[1] == 0 && memcmp(a + 2, zero, 6) == 0)) {    /* discard, 100::/64 */
		return WEBHOOK_ADDR_RESERVED;
	}
	return WEBHOOK_ADDR_PUBLIC;
}

webhook_addr_class webhook_address_class(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		return class_v4((const unsigned char *) &((const struct sockaddr_in *) sa)->sin_addr);
	}
	if (sa->sa_family == AF_INET6) {
		return class_v6((const unsigned char *) &((const struct sockaddr_in6 *) sa)->sin6_addr);
	}
	return WEBHOOK_ADDR_RESERVED;   /* Unix sockets and the like are never a helpdesk on the internet */
}

const char *webhook_address_class_name(webhook_addr_class c)
{
	switch (c) {
		case WEBHOOK_ADDR_PUBLIC: return "public";
		case WEBHOOK_ADDR_LOOPBACK: return "loopback";
		case WEBHOOK_ADDR_PRIVATE: return "private";
		case WEBHOOK_ADDR_LINK_LOCAL: return "link-local";
		case WEBHOOK_ADDR_MULTICAST: return "multicast";
		case WEBHOOK_ADDR_UNSPECIFIED: return "unspecified";
		default: return "reserved";
	}
}

bool webhook_cidr_parse(const char *s, size_t len, webhook_cidr *out)
{
	char buf[64];
	size_t addr_len = len;
	const char *slash = memchr(s, '/', len);
	unsigned prefix = 0;
	unsigned max;

	if (len == 0 || len >= sizeof(buf) || memchr(s, '\0', len)) {
		return false;
	}
	if (slash) {
		size_t i, digits = len - (size_t) (slash - s) - 1;
		addr_len = (size_t) (slash - s);
		if (digits == 0 || digits > 3) {
			return false;
		}
		for (i = 0; i < digits; i++) {
			char c = slash[1 + i];
			if (c < '0' || c > '9') {
				return false;
			}
			prefix = prefix * 10 + (unsigned) (c - '0');
		}
	}
	memcpy(buf, s, addr_len);
	buf[addr_len] = '\0';
	memset(out, 0, sizeof(*out));
	if (inet_pton(AF_INET, buf, out->bytes) == 1) {
		out->family = AF_INET;
		max = 32;
	} else if (inet_pton(AF_INET6, buf, out->bytes) == 1) {
		out->family = AF_INET6;
		max = 128;
	} else {
		return false;
	}
	if (!slash) {
		prefix = max;
	}
	if (prefix > max) {
		return false;
	}
	out->prefix = prefix;
	return true;
}

static bool prefix_equal(const unsigned char *a, const unsigned char *b, unsigned bits)
{
	unsigned whole = bits / 8, rest = bits % 8;
	if (memcmp(a, b, whole) != 0) {
		return false;
	}
	if (rest) {
		unsigned char mask = (unsigned char) (0xff << (8 - rest));
		return (a[whole] & mask) == (b[whole] & mask);
	}
	return true;
}

bool webhook_cidr_contains(const webhook_cidr *range, const struct sockaddr *sa)
{
	const unsigned char *addr;
	int family = sa->sa_family;

	if (family == AF_INET) {
		addr = (const unsigned char *) &((const struct sockaddr_in *) sa)->sin_addr;
	} else if (family == AF_INET6) {
		static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
		addr = (const unsigned char *) &((const struct sockaddr_in6 *) sa)->sin6_addr;
		if (range->family == AF_INET && memcmp(addr, mapped, 12) == 0) {
			/* ::ffff:127.0.0.1 is 127.0.0.1 for an IPv4 range */
			addr += 12;
			family = AF_INET;
		}
	} else {
		return false;
	}
	return family == range->family && prefix_equal(addr, range->bytes, range->prefix);
}
