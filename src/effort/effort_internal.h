/*
 * ShopCX effort: what the binding files (survey, report, kpi) share. Binding layer.
 * SPDX-License-Identifier: MIT
 */
#ifndef EFFORT_INTERNAL_H
#define EFFORT_INTERNAL_H

#include "php.h"
#include "common/shopcx_locale.h"
#include "effort_stats.h"
#include "effort_texts.h"

#define EFFORT_MAX_QUESTIONS   32
#define EFFORT_MAX_ID          64
#define EFFORT_MAX_TEXT        500
#define EFFORT_MAX_COMMENT     2000
#define EFFORT_ABSENT          INT32_MIN   /* a question left unanswered in a normalized response */

typedef struct {
	zend_string *id;
	zend_string *stage;                        /* effort questions only; NULL otherwise */
	zend_string *text[SHOPCX_LOCALE_COUNT];    /* NULL where the definition gave none */
	const char *informal[SHOPCX_LOCALE_COUNT]; /* built-in surveys: the informal text (static), or NULL */
	effort_label_set labels;
	effort_qspec spec;
	bool required;
} effort_question;

typedef struct {
	zend_string *id;
	uint32_t count;
	uint32_t slots;              /* counts per report cell: the sum of the questions' scale points */
	effort_question *q;
	uint64_t fingerprint;        /* id and every question's id, metric and scale */
	zend_object std;
} effort_survey_object;

extern zend_class_entry *effort_survey_ce;
extern zend_class_entry *effort_report_ce;
extern zend_class_entry *effort_result_ce;
extern zend_class_entry *effort_kpi_ce;
extern zend_class_entry *effort_badge_ce;

static inline effort_survey_object *effort_survey_from_obj(zend_object *obj)
{
	return (effort_survey_object *) ((char *) obj - offsetof(effort_survey_object, std));
}

/*
 * Where an input came from, for error messages: argument `arg`, and within a batch (addAll) the
 * response index `row` (-1: not in a batch) and the field `label` ("" or e.g. "\"segments\" ").
 */
typedef struct {
	uint32_t arg;
	int64_t row;
	const char *label;
} effort_where;

/* ValueError / TypeError "Argument #n ($name) [response i: ][label]<message>". */
ZEND_COLD void effort_value_error(const effort_where *w, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
ZEND_COLD void effort_type_error(const effort_where *w, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/*
 * Check one response against the survey. vals[i] receives question i's answer (scale value,
 * 0/1 for yes/no, 1 for a non-empty comment) or EFFORT_ABSENT. With `comments`, a comment's
 * trimmed text is stored there (a new reference; NULL when absent). Throws naming the question
 * (see effort_where) and returns false on the first problem.
 */
bool effort_normalize(const effort_survey_object *s, HashTable *answers, const effort_where *w, int32_t *vals,
	zend_string **comments);

/* A value object of `ce` with its declared properties set, in declaration order. */
void effort_value_object(zval *out, zend_class_entry *ce, zval *values, uint32_t count);
/* toArray() of a value object: its properties by name. */
void effort_value_to_array(zend_object *obj, zval *out);

/* Object handlers of the classes with C state, set up once from the feature's MINIT. */
void effort_survey_minit(zend_class_entry *ce);
void effort_report_minit(zend_class_entry *ce);

#endif
