/*
 * ShopCX review: PHP binding. Not built yet: this MINIT keeps the module's init chain whole.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_shopcx.h"

PHP_MINIT_FUNCTION(shopcx_review)
{
	return SUCCESS;
}

