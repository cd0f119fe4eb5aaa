/*
 * Chat rules: the document's settings sections (opening hours, closed dates, capacity,
 * frequency caps, pre-chat form, routing). Pure C. SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chat_parse.h"

/* ---- document sections ------------------------------------------------------------------ */

static const char *const weekday_keys[7] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

/* "HH:MM" with 00:00..24:00; minutes of the day. */
static bool parse_clock(const char *s, int *minutes)
{
	int h, m;
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' || s[2] != ':' || s[3] < '0' || s[3] > '5' || s[4] < '0' || s[4] > '9') {
		return false;
	}
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 24 || (h == 24 && m != 0)) {
		return false;
	}
	*minutes = h * 60 + m;
	return true;
}

static bool parse_interval(pctx *p, const json_t *v, chat_rules *r, int day)
{
	const char *s;
	int from, until;
	if (!json_is_string(v) || json_string_length(v) != 11 || (s = json_string_value(v))[5] != '-'
		|| !parse_clock(s, &from) || !parse_clock(s + 6, &until) || from >= until) {
		return chat_p_fail(p, "must be an interval \"HH:MM-HH:MM\" within one day (\"09:00-17:30\")");
	}
	if (r->interval_count[day] >= CHAT_MAX_INTERVALS) {
		return chat_p_fail(p, "has more than %d intervals", CHAT_MAX_INTERVALS);
	}
	r->open_from[day][r->interval_count[day]] = (uint16_t) from;
	r->open_until[day][r->interval_count[day]] = (uint16_t) until;
	r->interval_count[day]++;
	return true;
}

bool chat_parse_hours(pctx *p, const json_t *v, chat_rules *r)
{
	static const char *const keys[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL };
	int day;
	if (!json_is_object(v)) {
		return chat_p_fail(p, "must be an object with weekdays mon..sun");
	}
	if (!chat_p_only_keys(p, v, keys)) {
		return false;
	}
	r->has_hours = true;
	for (day = 0; day < 7; day++) {
		const json_t *d = json_object_get(v, weekday_keys[day]);
		size_t old, i;
		if (d == NULL || json_is_null(d)) {
			continue;   /* closed all day */
		}
		old = push_key(p, weekday_keys[day]);
		if (json_is_array(d)) {
			for (i = 0; i < json_array_size(d); i++) {
				size_t old_i = push_index(p, i);
				if (!parse_interval(p, json_array_get(d, i), r, day)) {
					return false;
				}
				pop(p, old_i);
			}
		} else if (!parse_interval(p, d, r, day)) {
			return false;
		}
		pop(p, old);
	}
	return true;
}

static int compare_days(const void *a, const void *b)
{
	int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
	return (x > y) - (x < y);
}

/* The two-digit number at s[0..1]; false when either is not a digit. */
static bool two_digits(const char *s, int *out)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') {
		return false;
	}
	*out = (s[0] - '0') * 10 + (s[1] - '0');
	return true;
}

/*
 * "YYYY-MM-DD" (one date, 1970-2099) or "MM-DD" (that date every year; "02-29" only in leap
 * years), as the Delivery Calendar's "closed" option takes them.
 */
bool chat_parse_closed(pctx *p, const json_t *v, chat_rules *r)
{
	size_t i, n;
	if (!json_is_array(v) || (n = json_array_size(v)) > CHAT_MAX_CLOSED) {
		return chat_p_fail(p, "must be a list of at most %d dates", CHAT_MAX_CLOSED);
	}
	if (n == 0) {
		return true;
	}
	r->closed = malloc(n * sizeof(int64_t));
	if (r->closed == NULL) {
		return chat_p_fail(p, "could not be allocated");
	}
	for (i = 0; i < n; i++) {
		const json_t *d = json_array_get(v, i);
		const char *s = json_is_string(d) ? json_string_value(d) : NULL;
		size_t len = s ? json_string_length(d) : 0;
		int century, yy, month, day;
		size_t old = push_index(p, i);
		if (len == 5 && s[2] == '-' && two_digits(s, &month) && two_digits(s + 3, &day)
			&& month >= 1 && month <= 12 && day >= 1 && day <= shopcx_days_in_month(2000, month)) {
			r->closed_yearly[month] |= 1u << day;
			r->has_closed_yearly = true;
		} else if (len == 10 && s[4] == '-' && s[7] == '-' && two_digits(s, &century) && two_digits(s + 2, &yy)
			&& two_digits(s + 5, &month) && two_digits(s + 8, &day)
			&& century * 100 + yy >= 1970 && century * 100 + yy <= 2099 && month >= 1 && month <= 12
			&& day >= 1 && day <= shopcx_days_in_month(century * 100 + yy, month)) {
			r->closed[r->closed_count++] = shopcx_days_from_civil(century * 100 + yy, month, day);
		} else {
			return chat_p_fail(p, "must be a date \"YYYY-MM-DD\" between 1970 and 2099 or a yearly \"MM-DD\"");
		}
		pop(p, old);
	}
	qsort(r->closed, r->closed_count, sizeof(int64_t), compare_days);
	return true;
}

bool chat_parse_capacity(pctx *p, const json_t *v, chat_rules *r)
{
	static const char *const keys[] = { "chatsPerAgent", "answerSeconds", "maxAnswerSeconds", NULL };
	const json_t *x;
	size_t old;
	if (!json_is_object(v)) {
		return chat_p_fail(p, "must be an object");
	}
	if (!chat_p_only_keys(p, v, keys)) {
		return false;
	}
	if ((x = json_object_get(v, "chatsPerAgent"))) {
		old = push_key(p, "chatsPerAgent");
		if (!json_is_number(x) || !(json_number_value(x) > 0) || json_number_value(x) > 50) {
			return chat_p_fail(p, "must be a number above 0 and at most 50");
		}
		r->chats_per_agent = json_number_value(x);
		pop(p, old);
	}
	if ((x = json_object_get(v, "answerSeconds"))) {
		old = push_key(p, "answerSeconds");
		if (!chat_p_int(p, x, 0, 3600, &r->answer_seconds)) {
			return false;
		}
		pop(p, old);
	}
	if ((x = json_object_get(v, "maxAnswerSeconds"))) {
		old = push_key(p, "maxAnswerSeconds");
		if (!chat_p_int(p, x, 1, 3600, &r->max_answer_seconds)) {
			return false;
		}
		pop(p, old);
	}
	return true;
}

bool chat_parse_caps(pctx *p, const json_t *v, chat_rules *r)
{
	static const char *const keys[] = { "perVisit", "perDay", "dismissCooldown", NULL };
	static const int64_t max[3] = { 100, 100, 30 * 86400 };
	int64_t *out[3];
	int i;
	out[0] = &r->per_visit;
	out[1] = &r->per_day;
	out[2] = &r->dismiss_cooldown;
	if (!json_is_object(v)) {
		return chat_p_fail(p, "must be an object");
	}
	if (!chat_p_only_keys(p, v, keys)) {
		return false;
	}
	for (i = 0; i < 3; i++) {
		const json_t *x = json_object_get(v, keys[i]);
		if (x) {
			size_t old = push_key(p, keys[i]);
			if (!chat_p_int(p, x, 0, max[i], out[i])) {
				return false;
			}
			pop(p, old);
		}
	}
	return true;
}

static bool parse_form_list(pctx *p, const json_t *v, uint32_t *out)
{
	size_t i;
	*out = 0;
	if (!json_is_array(v) || json_array_size(v) > CHAT_FORM_FIELD_COUNT) {
		return chat_p_fail(p, "must be a list of at most %d of name, email, questionType, message", CHAT_FORM_FIELD_COUNT);
	}
	for (i = 0; i < json_array_size(v); i++) {
		const json_t *x = json_array_get(v, i);
		int k = -1, j;
		size_t old = push_index(p, i);
		for (j = 0; json_is_string(x) && j < CHAT_FORM_FIELD_COUNT; j++) {
			if (strcmp(chat_form_field_name(j), json_string_value(x)) == 0) {
				k = j;
			}
		}
		if (k < 0) {
			return chat_p_fail(p, "must be one of name, email, questionType, message");
		}
		if (*out & (1u << k)) {
			return chat_p_fail(p, "repeats \"%s\"", chat_form_field_name(k));
		}
		*out |= 1u << k;
		pop(p, old);
	}
	return true;
}

bool chat_parse_form(pctx *p, const json_t *v, chat_rules *r)
{
	static const char *const keys[] = { "fields", "required", NULL };
	const json_t *x;
	size_t old;
	if (!json_is_object(v)) {
		return chat_p_fail(p, "must be an object");
	}
	if (!chat_p_only_keys(p, v, keys)) {
		return false;
	}
	if ((x = json_object_get(v, "fields"))) {
		old = push_key(p, "fields");
		if (!parse_form_list(p, x, &r->form_fields)) {
			return false;
		}
		if ((r->form_fields & CHAT_FORM_QUESTION_TYPE) && r->route_count == 0) {
			return chat_p_fail(p, "asks for questionType, which needs $.routing");
		}
		pop(p, old);
	}
	if ((x = json_object_get(v, "required"))) {
		old = push_key(p, "required");
		if (!parse_form_list(p, x, &r->form_required)) {
			return false;
		}
		if ((r->form_required & ~r->form_fields) != 0) {
			return chat_p_fail(p, "must only name fields listed in $.form.fields");
		}
		pop(p, old);
	}
	return true;
}

bool chat_parse_routing(pctx *p, const json_t *v, chat_rules *r)
{
	const char *key;
	json_t *value;
	if (!json_is_object(v) || json_object_size(v) == 0 || json_object_size(v) > CHAT_MAX_ROUTES) {
		return chat_p_fail(p, "must be an object of 1 to %d question types, each naming a team", CHAT_MAX_ROUTES);
	}
	r->routes = calloc(json_object_size(v), sizeof(chat_route));
	if (r->routes == NULL) {
		return chat_p_fail(p, "could not be allocated");
	}
	json_object_foreach((json_t *) v, key, value) {
		size_t old = push_key(p, key);
		chat_route *route = &r->routes[r->route_count];
		if (!shopcx_ascii_name_valid(key, strlen(key), 32)) {
			return chat_p_fail(p, "must be a question type of 1 to 32 characters of A-Z, a-z, 0-9, \"-\", \"_\" and \".\"");
		}
		if (!json_is_string(value) || json_string_length(value) == 0 || json_string_length(value) > CHAT_MAX_STRING) {
			return chat_p_fail(p, "must name a team of 1 to %d bytes", CHAT_MAX_STRING);
		}
		if (!chat_p_dup(&route->question_type, key, strlen(key))) {
			return chat_p_fail(p, "could not be allocated");
		}
		r->route_count++;
		if (!chat_p_dup(&route->group, json_string_value(value), json_string_length(value))) {
			return chat_p_fail(p, "could not be allocated");
		}
		pop(p, old);
	}
	return true;
}

