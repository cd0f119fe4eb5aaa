/*
 * ShopCx\Review binding: class entries and helpers shared by the review binding files.
 * SPDX-License-Identifier: MIT
 */
#ifndef REVIEW_PHP_H
#define REVIEW_PHP_H

#include "php.h"

extern zend_class_entry *review_ce_moderator, *review_ce_verdict, *review_ce_summary, *review_ce_feed,
	*review_ce_invitation, *review_ce_verification;

void review_moderator_setup(void);
void review_summary_setup(void);
void review_feed_setup(void);
void review_invitation_setup(void);

/* An instance of a value class (private constructor, readonly properties set in order). */
zend_object *review_value_new(zend_class_entry *ce);
/* Move `value` into declared property number `n` (order of the stub). */
static inline void review_value_set(zend_object *obj, uint32_t n, zval *value)
{
	ZVAL_COPY_VALUE(OBJ_PROP_NUM(obj, n), value);
}
/* toArray() of a value class: its declared properties by name. */
void review_value_to_array(zend_object *obj, zval *return_value);

/* "Argument #n ($name) ..." errors for keys of an array argument. */
#define REVIEW_MAX_TEXT  65536
#define REVIEW_MAX_TITLE 1024

#endif
