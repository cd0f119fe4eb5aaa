/*
 * ShopCX effort: the built-in surveys' question texts and scale labels in nl, en, de, fr.
 * Pure C data. SPDX-License-Identifier: MIT
 */
#ifndef EFFORT_TEXTS_H
#define EFFORT_TEXTS_H

#include "common/shopcx_locale.h"
#include "effort_stats.h"

/* Label sets for scale points; a question points at one (or none). */
typedef enum {
	EFFORT_LABELS_NONE = 0,
	EFFORT_LABELS_EFFORT,     /* 1..3 */
	EFFORT_LABELS_CES,        /* 1..7 */
	EFFORT_LABELS_NPS,        /* 0 and 10 only */
	EFFORT_LABELS_CSAT,       /* 1..5 */
	EFFORT_LABELS_YESNO,      /* 0..1 */
	EFFORT_LABELS_FRIENDLY,   /* 1..5 */
	EFFORT_LABELS_INFORMED,   /* 1..5 */
	EFFORT_LABELS_COUNT
} effort_label_set;

typedef struct {
	const char *id;
	effort_metric metric;
	int min, max;
	bool required;
	const char *stage;                 /* NULL: none */
	effort_label_set labels;
	const char *text[SHOPCX_LOCALE_COUNT];       /* formal register ("u", "Sie", "vous") */
	const char *informal[SHOPCX_LOCALE_COUNT];   /* "je", "du", "tu"; NULL: the text has no address */
} effort_builtin_question;

typedef struct {
	const char *id;
	int count;
	const effort_builtin_question *questions;
} effort_builtin_survey;

typedef enum {
	EFFORT_BUILTIN_EFFORT = 0,
	EFFORT_BUILTIN_CES,
	EFFORT_BUILTIN_NPS,
	EFFORT_BUILTIN_CSAT,
	EFFORT_BUILTIN_CONVERSATION,
	EFFORT_BUILTIN_COUNT
} effort_builtin;

extern const effort_builtin_survey effort_builtin_surveys[EFFORT_BUILTIN_COUNT];

/* Label of scale point `value` in `locale`, or NULL when the set has none for it. */
const char *effort_label(effort_label_set set, int value, shopcx_locale locale);
/* The label set a custom question of this metric gets. */
effort_label_set effort_default_labels(effort_metric metric);

#endif
