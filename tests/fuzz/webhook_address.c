/*
 * libFuzzer harness: the allowInternal range parser and the address classes. A parsed range
 * must hold its own address and have a prefix within the family's width; an IPv4 address and
 * its IPv4-mapped IPv6 form must get the same class and the same range answers.
 * sources: src/webhook/webhook_address.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include "webhook/webhook_address.h"

static void fill(const webhook_cidr *c, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof(*ss));
	if (c->family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *) ss;
		in->sin_family = AF_INET;
		memcpy(&in->sin_addr, c->bytes, 4);
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *) ss;
		in6->sin6_family = AF_INET6;
		memcpy(&in6->sin6_addr, c->bytes, 16);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	webhook_cidr range;
	char *text = malloc(size ? size : 1);   /* exact size: ASan sees any overread */
	memcpy(text, data, size);
	if (webhook_cidr_parse(text, size, &range)) {
		struct sockaddr_storage ss;
		if ((range.family != AF_INET && range.family != AF_INET6)
			|| range.prefix > (range.family == AF_INET ? 32u : 128u)) {
			abort();
		}
		fill(&range, &ss);
		if (!webhook_cidr_contains(&range, (struct sockaddr *) &ss)) {
			abort();
		}
		(void) webhook_address_class_name(webhook_address_class((struct sockaddr *) &ss));
	}
	free(text);

	if (size >= 4) {
		struct sockaddr_in v4;
		struct sockaddr_in6 v6;
		webhook_cidr r4;
		memset(&v4, 0, sizeof(v4));
		memset(&v6, 0, sizeof(v6));
		v4.sin_family = AF_INET;
		memcpy(&v4.sin_addr, data, 4);
		v6.sin6_family = AF_INET6;
		((unsigned char *) &v6.sin6_addr)[10] = 0xff;
		((unsigned char *) &v6.sin6_addr)[11] = 0xff;
		memcpy((unsigned char *) &v6.sin6_addr + 12, data, 4);
		if (webhook_address_class((struct sockaddr *) &v4) != webhook_address_class((struct sockaddr *) &v6)) {
			abort();
		}
		memset(&r4, 0, sizeof(r4));
		r4.family = AF_INET;
		memcpy(r4.bytes, data, 4);
		r4.prefix = size > 4 ? data[4] % 33 : 32;
		if (webhook_cidr_contains(&r4, (struct sockaddr *) &v4) != webhook_cidr_contains(&r4, (struct sockaddr *) &v6)) {
			abort();
		}
	}
	return 0;
}
