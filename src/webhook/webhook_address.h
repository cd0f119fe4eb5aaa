/*
 * Which addresses a webhook may connect to: the class of an IP address (public, loopback,
 * private, ...) and CIDR ranges a shop allows although they are internal. Pure C core.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_WEBHOOK_ADDRESS_H
#define SHOPCX_WEBHOOK_ADDRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

typedef enum {
	WEBHOOK_ADDR_PUBLIC = 0,
	WEBHOOK_ADDR_LOOPBACK,      /* 127/8, ::1 */
	WEBHOOK_ADDR_PRIVATE,       /* 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, fec0::/10 */
	WEBHOOK_ADDR_LINK_LOCAL,    /* 169.254/16 (cloud metadata), fe80::/10 */
	WEBHOOK_ADDR_MULTICAST,     /* 224/4, ff00::/8 */
	WEBHOOK_ADDR_UNSPECIFIED,   /* 0/8, :: */
	WEBHOOK_ADDR_RESERVED       /* 240/4, documentation and benchmark ranges, discard prefix */
} webhook_addr_class;

/* An IPv4 (family AF_INET, 4 bytes) or IPv6 (AF_INET6, 16 bytes) range. */
typedef struct {
	int family;
	unsigned char bytes[16];
	unsigned prefix;
} webhook_cidr;

/* The class of a connected-to address; IPv4-mapped and NAT64 IPv6 addresses count as their IPv4 address. */
webhook_addr_class webhook_address_class(const struct sockaddr *sa);

/* "loopback", "private", ... for messages. */
const char *webhook_address_class_name(webhook_addr_class c);

/* Parses "10.0.0.5", "10.0.0.0/8", "::1", "fd00::/8" (no brackets); false when it is none of these. */
bool webhook_cidr_parse(const char *s, size_t len, webhook_cidr *out);

bool webhook_cidr_contains(const webhook_cidr *range, const struct sockaddr *sa);

#endif
