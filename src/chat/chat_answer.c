/*
 * When a customer can expect an answer: the chat's next opening or closing, and the latest answer
 * to an e-mail, from the rules document's opening hours, closed dates and holidays, as a sentence
 * in nl, en, de or fr. Pure C: no zvals.
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "chat_core.h"
#include "delivery/delivery_words.h"

/* How far ahead an opening is looked for: a year and a bit (closed periods last at most a year). */
#define SEARCH_DAYS 400

typedef struct {
	chat_rules *r;
	const shopcx_tz *tz;
	chat_holiday_fn holiday;
	const void *holiday_ctx;
} hours_ctx;

/* Closed all day: a closed date, a yearly closed date or a holiday. */
static bool day_closed(const hours_ctx *h, int64_t days)
{
	int64_t year;
	int month, mday;
	shopcx_civil_from_days(days, &year, &month, &mday);
	return chat_rules_closed_on(h->r, days, month, mday) || (h->holiday && h->holiday(h->holiday_ctx, days));
}

/*
 * The next moment at or after `from` (UTC) when the desk is open, or -1 when it stays closed
 * for SEARCH_DAYS. Without opening hours an open day is open all day.
 */
static int64_t next_opening(const hours_ctx *h, int64_t from)
{
	const chat_rules *r = h->r;
	shopcx_local_time lt;
	int64_t d;
	int minute, i;

	shopcx_tz_to_local(h->tz, from, &lt);
	minute = lt.hour * 60 + lt.minute;
	for (d = lt.days; d <= lt.days + SEARCH_DAYS; d++) {
		int weekday = shopcx_weekday_from_days(d), best = -1;
		if (day_closed(h, d)) {
			continue;
		}
		if (!r->has_hours) {
			return d == lt.days ? from : shopcx_tz_day_start(h->tz, d);
		}
		for (i = 0; i < r->interval_count[weekday]; i++) {
			int start = r->open_from[weekday][i], end = r->open_until[weekday][i];
			if (d == lt.days && minute >= start && minute < end) {
				return from;   /* open now */
			}
			if ((d > lt.days || start > minute) && (best < 0 || start < best)) {
				best = start;
			}
		}
		if (best >= 0) {
			return shopcx_tz_from_local(h->tz, d, best / 60, best % 60, 0);
		}
	}
	return -1;
}

int64_t chat_next_opening(chat_rules *r, const shopcx_tz *tz, int64_t from,
	chat_holiday_fn holiday, const void *holiday_ctx)
{
	hours_ctx h = { r, tz, holiday, holiday_ctx };
	return next_opening(&h, from);
}

/* When the interval open at `now` closes (UTC), or -1 when the desk has no hours (open all day). */
static int64_t closing_time(const hours_ctx *h, int64_t now)
{
	const chat_rules *r = h->r;
	shopcx_local_time lt;
	int minute, i, weekday;

	if (!r->has_hours) {
		return -1;
	}
	shopcx_tz_to_local(h->tz, now, &lt);
	minute = lt.hour * 60 + lt.minute;
	weekday = lt.weekday;
	for (i = 0; i < r->interval_count[weekday]; i++) {
		int start = r->open_from[weekday][i], end = r->open_until[weekday][i];
		if (minute >= start && minute < end) {
			return end >= 1440 ? shopcx_tz_day_start(h->tz, lt.days + 1)
				: shopcx_tz_from_local(h->tz, lt.days, end / 60, end % 60, 0);
		}
	}
	return -1;
}

/* "24 uur", "30 minutes", "2 Tagen" (German after "innerhalb von"), "3 jours". */
static void duration_words(char *buf, size_t size, int64_t seconds, shopcx_locale loc)
{
	static const char *const unit[3][SHOPCX_LOCALE_COUNT][2] = {
		{ { "minuut", "minuten" }, { "minute", "minutes" }, { "Minute", "Minuten" }, { "minute", "minutes" } },
		{ { "uur", "uur" }, { "hour", "hours" }, { "Stunde", "Stunden" }, { "heure", "heures" } },
		{ { "dag", "dagen" }, { "day", "days" }, { "Tag", "Tagen" }, { "jour", "jours" } },
	};
	int64_t n;
	int u;
	if (seconds % 86400 == 0 && seconds >= 2 * 86400) {
		n = seconds / 86400;
		u = 2;
	} else if (seconds % 3600 == 0) {
		n = seconds / 3600;
		u = 1;
	} else {
		n = (seconds + 59) / 60;
		u = 0;
	}
	snprintf(buf, size, "%lld %s", (long long) n, unit[u][loc][n != 1]);
}

void chat_answer_time(chat_rules *r, const shopcx_tz *tz, chat_channel channel, int64_t now,
	chat_holiday_fn holiday, const void *holiday_ctx, shopcx_locale loc, chat_answer *out)
{
	static const char *const chat_open_until[SHOPCX_LOCALE_COUNT] = {
		"De chat is open tot %s.", "Chat is open until %s.", "Der Chat ist bis %s Uhr geöffnet.", "Le chat est ouvert jusqu'à %s."
	};
	static const char *const chat_open[SHOPCX_LOCALE_COUNT] = {
		"De chat is open.", "Chat is open.", "Der Chat ist geöffnet.", "Le chat est ouvert."
	};
	static const char *const chat_opens[SHOPCX_LOCALE_COUNT] = {
		"De chat opent %s om %s.", "Chat opens %s at %s.", "Der Chat öffnet %s um %s Uhr.", "Le chat ouvre %s à %s."
	};
	static const char *const chat_closed[SHOPCX_LOCALE_COUNT] = {
		"De chat is gesloten.", "Chat is closed.", "Der Chat ist geschlossen.", "Le chat est fermé."
	};
	static const char *const mail_within[SHOPCX_LOCALE_COUNT] = {
		"We beantwoorden e-mails binnen %s.", "We answer e-mails within %s.",
		"Wir beantworten E-Mails innerhalb von %s.", "Nous répondons aux e-mails sous %s."
	};
	static const char *const mail_closed[SHOPCX_LOCALE_COUNT] = {
		"We beantwoorden nu geen e-mails.", "E-mails are not answered at present.",
		"E-Mails werden derzeit nicht beantwortet.", "Les e-mails ne reçoivent pas de réponse pour le moment."
	};
	static const char *const mail_by[SHOPCX_LOCALE_COUNT] = {
		"E-mails die nu binnenkomen, beantwoorden we uiterlijk %s.", "E-mails sent now are answered %s at the latest.",
		"Jetzt gesendete E-Mails beantworten wir spätestens %s.", "Nous répondons aux e-mails envoyés maintenant au plus tard %s."
	};
	hours_ctx h = { r, tz, holiday, holiday_ctx };
	char when[SHOPCX_WORDS_MAX], time[SHOPCX_WORDS_MAX];
	shopcx_local_time today, at;

	memset(out, 0, sizeof(*out));
	if ((int) loc < 0 || loc >= SHOPCX_LOCALE_COUNT) {
		loc = SHOPCX_LOCALE_EN;
	}
	shopcx_tz_to_local(tz, now, &today);
	if (channel == CHAT_CHANNEL_CHAT) {
		int64_t next = next_opening(&h, now);
		if (next == now) {
			int64_t close = closing_time(&h, now);
			out->open = true;
			if (close < 0) {
				snprintf(out->text, sizeof(out->text), "%s", chat_open[loc]);
				return;
			}
			shopcx_tz_to_local(tz, close, &at);
			/* Closing at midnight prints as 23:59, the last minute open. */
			shopcx_words_time(time, sizeof(time), at.days > today.days ? 86400 : at.hour * 3600 + at.minute * 60, loc);
			out->has_at = true;
			out->at = close;
			snprintf(out->text, sizeof(out->text), chat_open_until[loc], time);
			return;
		}
		if (next < 0) {
			snprintf(out->text, sizeof(out->text), "%s", chat_closed[loc]);
			return;
		}
		shopcx_tz_to_local(tz, next, &at);
		shopcx_words_when(when, sizeof(when), today.days, at.days, at.days, loc);
		shopcx_words_time(time, sizeof(time), at.hour * 3600 + at.minute * 60, loc);
		out->has_at = true;
		out->at = next;
		snprintf(out->text, sizeof(out->text), chat_opens[loc], when, time);
		return;
	}
	/* E-mail: the promise holds when its deadline falls in open time; else the first opening after it. */
	{
		int64_t due = now + r->email_response, next = next_opening(&h, due);
		out->has_at = next >= 0;
		if (next == due) {
			duration_words(when, sizeof(when), r->email_response, loc);
			out->open = true;
			out->at = due;
			snprintf(out->text, sizeof(out->text), mail_within[loc], when);
			return;
		}
		if (next < 0) {
			snprintf(out->text, sizeof(out->text), "%s", mail_closed[loc]);
			return;
		}
		out->at = next;
		shopcx_tz_to_local(tz, next, &at);
		shopcx_words_when(when, sizeof(when), today.days, at.days, at.days, loc);
		snprintf(out->text, sizeof(out->text), mail_by[loc], when);
	}
}
