/* Localized date words. Pure C. SPDX-License-Identifier: MIT */
#include <string.h>

#include "common/shopcx_time.h"
#include "delivery_words.h"

static const char *const weekdays[SHOPCX_LOCALE_COUNT][2][7] = {
	{ { "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag" },
	  { "zo", "ma", "di", "wo", "do", "vr", "za" } },
	{ { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" },
	  { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" } },
	{ { "Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag" },
	  { "So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa." } },
	{ { "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi" },
	  { "dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam." } },
};

static const char *const months[SHOPCX_LOCALE_COUNT][2][12] = {
	{ { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" },
	  { "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec" } },
	{ { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" },
	  { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" } },
	{ { "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember" },
	  { "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez." } },
	{ { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre" },
	  { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc." } },
};

static shopcx_locale checked(shopcx_locale loc)
{
	return (loc < 0 || loc >= SHOPCX_LOCALE_COUNT) ? SHOPCX_LOCALE_EN : loc;
}

const char *shopcx_weekday_name(shopcx_locale loc, int weekday, int short_form)
{
	return weekdays[checked(loc)][short_form ? 1 : 0][((weekday % 7) + 7) % 7];
}

const char *shopcx_month_name(shopcx_locale loc, int month, int short_form)
{
	return months[checked(loc)][short_form ? 1 : 0][(month - 1) % 12];
}

/* A bounded writer: labels are on the hot path, and snprintf was half of estimate()'s time. */
typedef struct {
	char *buf;
	size_t len, size;
} wbuf;

static void ws(wbuf *w, const char *s)
{
	size_t n = strlen(s);
	if (w->len + n >= w->size) {
		n = w->size - 1 - w->len;
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
	w->buf[w->len] = '\0';
}

static void wint(wbuf *w, int v, int min_digits)
{
	char tmp[12];
	int n = 0;
	unsigned u = v < 0 ? 0u : (unsigned) v;
	do {
		tmp[n++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u > 0 || n < min_digits);
	while (n > 0 && w->len + 1 < w->size) {
		w->buf[w->len++] = tmp[--n];
	}
	w->buf[w->len] = '\0';
}

static wbuf wopen(char *buf, size_t size)
{
	wbuf w = { buf, 0, size };
	buf[0] = '\0';
	return w;
}

size_t shopcx_words_date(char *buf, size_t size, int64_t days, shopcx_locale loc)
{
	int64_t year;
	int month, day, wd = shopcx_weekday_from_days(days);
	wbuf w = wopen(buf, size);
	shopcx_civil_from_days(days, &year, &month, &day);
	loc = checked(loc);
	ws(&w, weekdays[loc][0][wd]);
	ws(&w, loc == SHOPCX_LOCALE_DE ? ", " : " ");
	wint(&w, day, 1);
	ws(&w, loc == SHOPCX_LOCALE_DE ? ". " : " ");
	ws(&w, months[loc][0][month - 1]);
	return w.len;
}

/* "ma 23", "Mon 23", "Mo. 23.", "lun. 23", with the month when asked ("ma 23 dec"). */
static void short_date(wbuf *w, int64_t days, shopcx_locale loc, int with_month)
{
	int64_t year;
	int month, day, wd = shopcx_weekday_from_days(days);
	shopcx_civil_from_days(days, &year, &month, &day);
	ws(w, weekdays[loc][1][wd]);
	ws(w, " ");
	wint(w, day, 1);
	if (loc == SHOPCX_LOCALE_DE) {
		ws(w, ".");
	}
	if (with_month) {
		ws(w, " ");
		ws(w, months[loc][1][month - 1]);
	}
}

#define FAR_DAYS 180

size_t shopcx_words_when(char *buf, size_t size, int64_t today, int64_t first, int64_t last, shopcx_locale loc)
{
	static const char *const today_words[SHOPCX_LOCALE_COUNT] = { "vandaag", "today", "heute", "aujourd'hui" };
	static const char *const tomorrow_words[SHOPCX_LOCALE_COUNT] = { "morgen", "tomorrow", "morgen", "demain" };
	static const char *const date_prefix[SHOPCX_LOCALE_COUNT] = { "", "on ", "am ", "le " };
	static const char *const between[SHOPCX_LOCALE_COUNT][2] = {
		{ "tussen ", " en " }, { "between ", " and " }, { "zwischen ", " und " }, { "entre le ", " et le " }
	};
	wbuf w = wopen(buf, size);
	int64_t y1, y2;
	int m1, m2, d1, d2;

	loc = checked(loc);
	if (first == last || last < first) {
		if (first == today) {
			ws(&w, today_words[loc]);
		} else if (first == today + 1) {
			ws(&w, tomorrow_words[loc]);
		} else {
			ws(&w, date_prefix[loc]);
			w.len += shopcx_words_date(buf + w.len, size - w.len, first, loc);
			/* Half a year or more ahead, a weekday and date alone would be ambiguous. */
			if (first - today > FAR_DAYS) {
				shopcx_civil_from_days(first, &y1, &m1, &d1);
				ws(&w, " ");
				wint(&w, (int) y1, 4);
			}
		}
		return w.len;
	}
	shopcx_civil_from_days(first, &y1, &m1, &d1);
	shopcx_civil_from_days(last, &y2, &m2, &d2);
	ws(&w, between[loc][0]);
	short_date(&w, first, loc, m1 != m2 || y1 != y2);
	ws(&w, between[loc][1]);
	short_date(&w, last, loc, 1);
	if (last - today > FAR_DAYS) {
		ws(&w, " ");
		wint(&w, (int) y2, 4);
	}
	return w.len;
}

size_t shopcx_words_time(char *buf, size_t size, int32_t seconds_of_day, shopcx_locale loc)
{
	wbuf w = wopen(buf, size);
	int h, m;
	if (seconds_of_day >= 86400) {
		h = 23;
		m = 59;
	} else {
		h = seconds_of_day / 3600;
		m = seconds_of_day / 60 % 60;
	}
	wint(&w, h, 2);
	ws(&w, checked(loc) == SHOPCX_LOCALE_FR ? "h" : ":");
	wint(&w, m, 2);
	return w.len;
}
