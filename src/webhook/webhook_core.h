/*
 * Webhook delivery over libcurl: one attempt per event, classified for the caller's queue.
 * No zvals: the binding fills the config and the transfers and reads the outcomes.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_WEBHOOK_CORE_H
#define SHOPCX_WEBHOOK_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <curl/curl.h>
#include "webhook_address.h"

#define WEBHOOK_EVENT_ID_MAX  64
#define WEBHOOK_ERROR_MAX     160

typedef struct {
	char *url;                    /* owned; never copied into messages */
	char *ca_file;                /* owned or NULL */
	char *user_agent;             /* owned */
	struct curl_slist *headers;   /* the fixed headers (content type, caller's own), owned */
	long connect_timeout_ms, timeout_ms;
	size_t max_response;
	bool verify_tls;
	bool jitter;
	bool seeded;
	uint64_t seed;
	int64_t backoff_base, backoff_max, max_retry_after;
	long concurrency;
	/* Internal addresses (loopback, private, link-local, ...) are refused at connect time unless
	 * the URL's host is a name the shop allowed, or the address lies in one of these ranges. */
	bool host_allowed;
	webhook_cidr *allow;          /* owned or NULL */
	size_t allow_count;
} webhook_config;

typedef struct {
	bool delivered;
	bool retryable;
	bool has_retry_at;
	long status;
	int64_t retry_at;
	char error[WEBHOOK_ERROR_MAX];   /* "" when none */
} webhook_outcome;

typedef struct {
	/* in */
	const char *body;             /* borrowed; lives until the transfer is done */
	size_t body_len;
	char event_id[WEBHOOK_EVENT_ID_MAX + 1];
	long attempt;
	uint64_t random;              /* jitter source for this event */
	size_t max_response;
	/* transfer state */
	const webhook_config *cfg;
	CURL *easy;
	struct curl_slist *headers;   /* config headers + this event's own */
	size_t received;
	bool oversized;
	bool has_retry_after;
	bool retry_after_is_date;
	bool headers_done;            /* the blank line after the last response's headers arrived */
	int64_t retry_after;          /* seconds, or a Unix time when retry_after_is_date */
	CURLcode code;
	bool done;
	bool refused;                 /* an address was refused as internal */
	webhook_addr_class refused_class;
} webhook_transfer;

/* Whether the client may connect to this address. */
bool webhook_address_allowed(const webhook_config *cfg, const struct sockaddr *sa);

/* Prepare one transfer: easy handle, headers (event type, id, signature) and options. */
bool webhook_transfer_init(webhook_transfer *t, const webhook_config *cfg, const char *type, const char *signature);
void webhook_transfer_free(webhook_transfer *t);

/* Run transfers to completion over `multi` (parallel, at most cfg->concurrency connections). */
void webhook_run(CURLM *multi, const webhook_config *cfg, webhook_transfer **transfers, size_t count);

/* What the queue should do with a finished transfer, as of `now`. */
void webhook_classify(const webhook_config *cfg, webhook_transfer *t, int64_t now, webhook_outcome *out);

/* Seconds to wait before attempt `attempt + 1`: base * 2^(attempt-1), capped, with equal jitter. */
int64_t webhook_backoff(const webhook_config *cfg, long attempt, uint64_t random);

/* splitmix64: reproducible jitter from a seed. */
uint64_t webhook_mix(uint64_t x);

/* Parse "t=<digits>,v1=<64 hex>[,v1=...]": returns the number of v1 signatures copied (at most max). */
size_t webhook_parse_signature(const char *s, size_t len, int64_t *t, unsigned char (*sigs)[32], size_t max);

#endif
