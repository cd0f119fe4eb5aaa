/*
 * ShopCx\Review: class registration and value-class helpers. The classes live in
 * review_moderator_php.c, review_summary_php.c, review_feed_php.c, review_invitation_php.c.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "common/shopcx_object.h"
#include "php_shopcx.h"
#include "review_php.h"
#include "review_arginfo.h"

zend_class_entry *review_ce_moderator, *review_ce_verdict, *review_ce_summary, *review_ce_feed,
	*review_ce_invitation, *review_ce_verification;

zend_object *review_value_new(zend_class_entry *ce)
{
	zval obj;
	object_init_ex(&obj, ce);
	return Z_OBJ(obj);
}

void review_value_to_array(zend_object *obj, zval *return_value)
{
	shopcx_object_to_array(obj, return_value);
}

/* Value classes are built by ShopCx only. */
PHP_METHOD(ShopCx_Review_Verdict, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Review_Verdict, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	review_value_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

PHP_METHOD(ShopCx_Review_Verification, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Review_Verification, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	review_value_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

PHP_MINIT_FUNCTION(shopcx_review)
{
	review_ce_moderator = register_class_ShopCx_Review_Moderator();
	review_ce_verdict = register_class_ShopCx_Review_Verdict();
	review_ce_summary = register_class_ShopCx_Review_Summary();
	review_ce_feed = register_class_ShopCx_Review_Feed();
	review_ce_invitation = register_class_ShopCx_Review_Invitation();
	review_ce_verification = register_class_ShopCx_Review_Verification();
	review_moderator_setup();
	review_summary_setup();
	review_feed_setup();
	review_invitation_setup();
	return SUCCESS;
}
