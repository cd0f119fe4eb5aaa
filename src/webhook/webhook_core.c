/*
 * Webhook delivery: libcurl easy handles on one multi handle, strict limits, and a
 * classification of every outcome. SPDX-License-Identifier: MIT
 */
#include <string.h>
#include <stdio.h>
#include <strings.h>
#include <sys/socket.h>
#include "webhook_core.h"

uint64_t webhook_mix(uint64_t x)
{
	x += UINT64_C(0x9E3779B97F4A7C15);
	x = (x ^ (x >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	x = (x ^ (x >> 27)) * UINT64_C(0x94D049BB133111EB);
	return x ^ (x >> 31);
}

/* Keep at most max_response bytes; one byte more aborts the transfer (CURLE_WRITE_ERROR). */
static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
	webhook_transfer *t = userdata;
	size_t n = size * nmemb;
	(void) data;
	if (t->received + n > t->max_response) {
		t->oversized = true;
		return 0;
	}
	t->received += n;   /* the body is not returned to PHP: the status is the answer */
	return n;
}

static int64_t parse_digits(const char *s, size_t len, bool *ok)
{
	int64_t v = 0;
	size_t i;
	*ok = len > 0 && len <= 12;
	for (i = 0; *ok && i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			*ok = false;
		} else {
			v = v * 10 + (s[i] - '0');
		}
	}
	return v;
}

/* Retry-After: delta-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
static size_t on_header(char *line, size_t size, size_t nmemb, void *userdata)
{
	webhook_transfer *t = userdata;
	size_t n = size * nmemb, len = n;
	static const char name[] = "retry-after:";

	if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
		t->has_retry_after = false;   /* a new response (after 100 Continue): start over */
		t->headers_done = false;
		return n;
	}
	if ((len == 2 && line[0] == '\r' && line[1] == '\n') || (len == 1 && line[0] == '\n')) {
		t->headers_done = true;
		return n;
	}
	if (len > sizeof(name) - 1 && strncasecmp(line, name, sizeof(name) - 1) == 0) {
		char value[128];
		const char *v = line + sizeof(name) - 1;
		size_t vlen = len - (sizeof(name) - 1);
		bool ok;
		while (vlen > 0 && (*v == ' ' || *v == '\t')) {
			v++;
			vlen--;
		}
		while (vlen > 0 && (v[vlen - 1] == '\r' || v[vlen - 1] == '\n' || v[vlen - 1] == ' ' || v[vlen - 1] == '\t')) {
			vlen--;
		}
		if (vlen == 0 || vlen >= sizeof(value)) {
			return n;
		}
		t->retry_after = parse_digits(v, vlen, &ok);
		if (ok) {
			t->has_retry_after = true;
			t->retry_after_is_date = false;
		} else {
			time_t when;
			memcpy(value, v, vlen);
			value[vlen] = '\0';
			when = curl_getdate(value, NULL);
			if (when != (time_t) -1) {
				t->has_retry_after = true;
				t->retry_after_is_date = true;
				t->retry_after = (int64_t) when;
			}
		}
	}
	return n;
}

bool webhook_address_allowed(const webhook_config *cfg, const struct sockaddr *sa)
{
	size_t i;
	if (cfg->host_allowed || webhook_address_class(sa) == WEBHOOK_ADDR_PUBLIC) {
		return true;
	}
	for (i = 0; i < cfg->allow_count; i++) {
		if (webhook_cidr_contains(&cfg->allow[i], sa)) {
			return true;
		}
	}
	return false;
}

/* Runs after DNS, for every address curl tries: the check sees what is really connected to, so
 * a name resolving (or re-resolving) to an internal address is refused like the literal. */
static curl_socket_t on_open_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *address)
{
	webhook_transfer *t = clientp;
	if (purpose == CURLSOCKTYPE_IPCXN && !webhook_address_allowed(t->cfg, &address->addr)) {
		t->refused = true;
		t->refused_class = webhook_address_class(&address->addr);
		return CURL_SOCKET_BAD;
	}
	return socket(address->family, address->socktype, address->protocol);
}

bool webhook_transfer_init(webhook_transfer *t, const webhook_config *cfg, const char *type, const char *signature)
{
	const struct curl_slist *h;
	char line[256];
	CURL *e;

	t->headers = NULL;
	t->cfg = cfg;
	t->max_response = cfg->max_response;
	for (h = cfg->headers; h; h = h->next) {
		struct curl_slist *next = curl_slist_append(t->headers, h->data);
		if (!next) {
			return false;
		}
		t->headers = next;
	}
	snprintf(line, sizeof(line), "X-ShopCx-Event: %s", type);
	if (!(t->headers = curl_slist_append(t->headers, line))) return false;
	snprintf(line, sizeof(line), "X-ShopCx-Event-Id: %s", t->event_id);
	if (!(t->headers = curl_slist_append(t->headers, line))) return false;
	snprintf(line, sizeof(line), "X-ShopCx-Signature: %s", signature);
	if (!(t->headers = curl_slist_append(t->headers, line))) return false;

	t->easy = e = curl_easy_init();
	if (!e) {
		return false;
	}
	curl_easy_setopt(e, CURLOPT_URL, cfg->url);
#if LIBCURL_VERSION_NUM >= 0x075500   /* 7.85 */
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	/* No proxy from the environment: the address check must see the receiver, not a proxy. */
	curl_easy_setopt(e, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
	curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, t);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, cfg->connect_timeout_ms);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, cfg->timeout_ms);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, cfg->verify_tls ? 1L : 0L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, cfg->verify_tls ? 2L : 0L);
	if (cfg->ca_file) {
		curl_easy_setopt(e, CURLOPT_CAINFO, cfg->ca_file);
	}
	curl_easy_setopt(e, CURLOPT_USERAGENT, cfg->user_agent);
	curl_easy_setopt(e, CURLOPT_POST, 1L);
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) t->body_len);
	curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->body);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
	curl_easy_setopt(e, CURLOPT_PRIVATE, (void *) t);
	return true;
}

void webhook_transfer_free(webhook_transfer *t)
{
	if (t->easy) {
		curl_easy_cleanup(t->easy);
		t->easy = NULL;
	}
	curl_slist_free_all(t->headers);
	t->headers = NULL;
}

void webhook_run(CURLM *multi, const webhook_config *cfg, webhook_transfer **transfers, size_t count)
{
	size_t i, pending = 0;
	int running = 0, left;
	CURLMsg *msg;

	curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, cfg->concurrency);
	for (i = 0; i < count; i++) {
		webhook_transfer *t = transfers[i];
		if (t->easy && curl_multi_add_handle(multi, t->easy) == CURLM_OK) {
			pending++;
		} else {
			t->code = CURLE_OUT_OF_MEMORY;
			t->done = true;
		}
	}
	while (pending > 0) {
		if (curl_multi_perform(multi, &running) != CURLM_OK) {
			break;
		}
		while ((msg = curl_multi_info_read(multi, &left)) != NULL) {
			if (msg->msg == CURLMSG_DONE) {
				webhook_transfer *t = NULL;
				curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **) &t);
				if (t && !t->done) {
					t->code = msg->data.result;
					t->done = true;
					pending--;
				}
			}
		}
		/* Every transfer has its own total timeout, so this wait always ends. */
		if (pending > 0 && curl_multi_poll(multi, NULL, 0, 1000, NULL) != CURLM_OK) {
			break;
		}
	}
	for (i = 0; i < count; i++) {
		webhook_transfer *t = transfers[i];
		if (t->easy) {
			curl_multi_remove_handle(multi, t->easy);
		}
		if (!t->done) {
			t->code = CURLE_ABORTED_BY_CALLBACK;
			t->done = true;
		}
	}
}

int64_t webhook_backoff(const webhook_config *cfg, long attempt, uint64_t random)
{
	int64_t delay = cfg->backoff_base;
	long i;
	for (i = 1; i < attempt && delay < cfg->backoff_max; i++) {
		delay *= 2;
	}
	if (delay > cfg->backoff_max) {
		delay = cfg->backoff_max;
	}
	if (cfg->jitter && delay > 1) {
		/* Equal jitter: half fixed, half random, so a burst of failures spreads out. */
		int64_t half = delay / 2;
		delay = delay - half + (int64_t) (random % (uint64_t) (half + 1));
	}
	return delay;
}

static void fail(webhook_outcome *out, bool retryable, const char *fmt, long arg)
{
	out->retryable = retryable;
	snprintf(out->error, sizeof(out->error), fmt, arg);
}

void webhook_classify(const webhook_config *cfg, webhook_transfer *t, int64_t now, webhook_outcome *out)
{
	long status = 0;
	memset(out, 0, sizeof(*out));
	if (t->easy) {
		curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
	}
	out->status = status;

	if (t->code != CURLE_OK && t->refused) {
		/* Not worth a retry: the same address is refused again until the shop allows it. */
		snprintf(out->error, sizeof(out->error),
			"refused to connect to an internal address (%s); allow it with the option \"allowInternal\"",
			webhook_address_class_name(t->refused_class));
		out->status = 0;
		return;
	}
	/* A receiver that hung up inside its headers may not have taken the event, whatever its
	 * status line said: libcurl calls that a complete response, the queue must not. */
	if (t->code == CURLE_OK && !t->headers_done) {
		fail(out, true, "connection closed before a complete response", 0);
		goto backoff;
	}
	switch (t->code) {
		case CURLE_OK:
			break;
		case CURLE_WRITE_ERROR:
			if (t->oversized) {
				/* The status line was read: classify by it below, and say why the body was cut. */
				break;
			}
			fail(out, true, "could not read the response", 0);
			goto backoff;
		case CURLE_OPERATION_TIMEDOUT: {
			curl_off_t connected = 0;
			curl_easy_getinfo(t->easy, CURLINFO_CONNECT_TIME_T, &connected);
			if (connected == 0) {
				fail(out, true, "connection timed out after %ld ms", cfg->connect_timeout_ms);
			} else {
				fail(out, true, "timed out after %ld ms", cfg->timeout_ms);
			}
			out->status = 0;
			goto backoff;
		}
		case CURLE_COULDNT_CONNECT:
			fail(out, true, "connection refused or host unreachable", 0);
			goto backoff;
		case CURLE_COULDNT_RESOLVE_HOST:
			fail(out, true, "could not resolve the host name", 0);
			goto backoff;
		case CURLE_PEER_FAILED_VERIFICATION:
			fail(out, false, "TLS certificate verification failed", 0);
			return;
		case CURLE_SSL_CONNECT_ERROR:
			fail(out, true, "TLS handshake failed", 0);
			goto backoff;
		case CURLE_GOT_NOTHING:
		case CURLE_RECV_ERROR:
		case CURLE_SEND_ERROR:
		case CURLE_PARTIAL_FILE:
			fail(out, true, "connection closed before a complete response", 0);
			out->status = status;
			goto backoff;
		case CURLE_OUT_OF_MEMORY:
			/* libcurl before 8.6 reports a header over its limit (100 KiB) as out of memory */
			fail(out, true, status > 0 ? "response headers too large" : "out of memory", 0);
			goto backoff;
#if LIBCURL_VERSION_NUM >= 0x080600
		case CURLE_TOO_LARGE:
			fail(out, true, "response headers too large", 0);
			goto backoff;
#endif
		default:
			/* curl's own texts name the failure class, never the URL. */
			out->retryable = true;
			snprintf(out->error, sizeof(out->error), "transfer failed: %s", curl_easy_strerror(t->code));
			goto backoff;
	}

	if (status >= 200 && status < 300) {
		out->delivered = true;
		if (t->oversized) {
			snprintf(out->error, sizeof(out->error), "response body larger than %zu bytes was not read", cfg->max_response);
		}
		return;
	}
	if (status >= 300 && status < 400) {
		fail(out, false, "redirect not followed (HTTP %ld)", status);
		return;
	}
	if (status == 408 || status == 429 || (status >= 500 && status <= 599)) {
		fail(out, true, "HTTP %ld", status);
		if (t->has_retry_after && (status == 429 || status == 503)) {
			int64_t wait = t->retry_after_is_date ? t->retry_after - now : t->retry_after;
			if (wait < 0) {
				wait = 0;
			}
			if (wait > cfg->max_retry_after) {
				wait = cfg->max_retry_after;
			}
			out->has_retry_at = true;
			out->retry_at = now + wait;
			return;
		}
		goto backoff;
	}
	fail(out, false, status >= 400 && status <= 599 ? "HTTP %ld" : "unexpected HTTP status %ld", status);
	return;

backoff:
	out->has_retry_at = true;
	out->retry_at = now + webhook_backoff(cfg, t->attempt, t->random);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

size_t webhook_parse_signature(const char *s, size_t len, int64_t *t, unsigned char (*sigs)[32], size_t max)
{
	size_t pos = 0, found = 0;
	bool has_t = false;
	while (pos < len) {
		size_t end = pos, i;
		while (end < len && s[end] != ',') {
			end++;
		}
		if (end - pos > 2 && s[pos] == 't' && s[pos + 1] == '=') {
			bool ok;
			*t = parse_digits(s + pos + 2, end - pos - 2, &ok);
			if (!ok || has_t) {
				return 0;
			}
			has_t = true;
		} else if (end - pos == 3 + 64 && memcmp(s + pos, "v1=", 3) == 0) {
			if (found < max) {
				for (i = 0; i < 32; i++) {
					int hi = hexval(s[pos + 3 + 2 * i]), lo = hexval(s[pos + 4 + 2 * i]);
					if (hi < 0 || lo < 0) {
						return 0;
					}
					sigs[found][i] = (unsigned char) (hi << 4 | lo);
				}
				found++;
			}
		}
		/* Unknown schemes (v0=, v2=) are skipped: a receiver can outlive a sender upgrade. */
		pos = end + 1;
	}
	return has_t ? found : 0;
}
