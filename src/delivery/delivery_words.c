/* Localized date words. Pure C. SPDX-License-Identifier: MIT */
#include <stdio.h>
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

/* snprintf that reports what it wrote (never more than size - 1). */
static size_t put(char *buf, size_t size, int n)
{
	if (n < 0) {
		buf[0] = '\0';
		return 0;
	}
	return (size_t) n >= size ? size - 1 : (size_t) n;
}

size_t shopcx_words_date(char *buf, size_t size, int64_t days, shopcx_locale loc)
{
	int64_t year;
	int month, day, wd = shopcx_weekday_from_days(days);
	shopcx_civil_from_days(days, &year, &month, &day);
	loc = checked(loc);
	switch (loc) {
		case SHOPCX_LOCALE_DE:
			return put(buf, size, snprintf(buf, size, "%s, %d. %s", weekdays[loc][0][wd], day, months[loc][0][month - 1]));
		default:
			return put(buf, size, snprintf(buf, size, "%s %d %s", weekdays[loc][0][wd], day, months[loc][0][month - 1]));
	}
}

/* "ma 23", "Mon 23", "Mo. 23.", "lun. 23", with the month when asked ("ma 23 dec"). */
static size_t short_date(char *buf, size_t size, int64_t days, shopcx_locale loc, int with_month)
{
	int64_t year;
	int month, day, wd = shopcx_weekday_from_days(days);
	shopcx_civil_from_days(days, &year, &month, &day);
	if (loc == SHOPCX_LOCALE_DE) {
		return put(buf, size, with_month
			? snprintf(buf, size, "%s %d. %s", weekdays[loc][1][wd], day, months[loc][1][month - 1])
			: snprintf(buf, size, "%s %d.", weekdays[loc][1][wd], day));
	}
	return put(buf, size, with_month
		? snprintf(buf, size, "%s %d %s", weekdays[loc][1][wd], day, months[loc][1][month - 1])
		: snprintf(buf, size, "%s %d", weekdays[loc][1][wd], day));
}

size_t shopcx_words_when(char *buf, size_t size, int64_t today, int64_t first, int64_t last, shopcx_locale loc)
{
	static const char *const today_words[SHOPCX_LOCALE_COUNT] = { "vandaag", "today", "heute", "aujourd'hui" };
	static const char *const tomorrow_words[SHOPCX_LOCALE_COUNT] = { "morgen", "tomorrow", "morgen", "demain" };
	static const char *const date_prefix[SHOPCX_LOCALE_COUNT] = { "", "on ", "am ", "le " };
	char a[SHOPCX_WORDS_MAX], b[SHOPCX_WORDS_MAX];
	int64_t y1, y2;
	int m1, m2, d1, d2;

	loc = checked(loc);
	if (first == last || last < first) {
		if (first == today) {
			return put(buf, size, snprintf(buf, size, "%s", today_words[loc]));
		}
		if (first == today + 1) {
			return put(buf, size, snprintf(buf, size, "%s", tomorrow_words[loc]));
		}
		shopcx_words_date(a, sizeof(a), first, loc);
		return put(buf, size, snprintf(buf, size, "%s%s", date_prefix[loc], a));
	}
	shopcx_civil_from_days(first, &y1, &m1, &d1);
	shopcx_civil_from_days(last, &y2, &m2, &d2);
	short_date(a, sizeof(a), first, loc, m1 != m2 || y1 != y2);
	short_date(b, sizeof(b), last, loc, 1);
	switch (loc) {
		case SHOPCX_LOCALE_NL: return put(buf, size, snprintf(buf, size, "tussen %s en %s", a, b));
		case SHOPCX_LOCALE_DE: return put(buf, size, snprintf(buf, size, "zwischen %s und %s", a, b));
		case SHOPCX_LOCALE_FR: return put(buf, size, snprintf(buf, size, "entre le %s et le %s", a, b));
		default: return put(buf, size, snprintf(buf, size, "between %s and %s", a, b));
	}
}

size_t shopcx_words_time(char *buf, size_t size, int32_t seconds_of_day, shopcx_locale loc)
{
	int h, m;
	if (seconds_of_day >= 86400) {
		h = 23;
		m = 59;
	} else {
		h = seconds_of_day / 3600;
		m = seconds_of_day / 60 % 60;
	}
	return put(buf, size, snprintf(buf, size, checked(loc) == SHOPCX_LOCALE_FR ? "%02dh%02d" : "%02d:%02d", h, m));
}
