/*
 * ShopCx\Faq binding: the Index object shared by faq_php.c (build, load, save, classes) and
 * faq_query_php.c (search, suggest, related, result objects).
 * SPDX-License-Identifier: MIT
 */
#ifndef FAQ_PHP_H
#define FAQ_PHP_H

#include "php.h"
#include "faq_image.h"

typedef struct {
	faq_image *img;
	faq_text text;           /* stemmers, created on first use */
	float *popularity;       /* setPopularity() overlay, or NULL */
	float max_popularity;
	zend_object std;
} faq_index_object;

extern zend_class_entry *faq_index_ce, *faq_hit_ce, *faq_result_ce;

static inline faq_index_object *faq_from_obj(zend_object *obj)
{
	return (faq_index_object *) ((char *) obj - offsetof(faq_index_object, std));
}
#define Z_FAQ_P(zv) faq_from_obj(Z_OBJ_P(zv))

/* The object behind $this, or NULL after throwing when it was never built or loaded. */
faq_index_object *faq_checked(zval *zv);

#endif
