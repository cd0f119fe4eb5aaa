/*
 * ShopCX delivery: module init for the ShopCx\Delivery classes (registered from the stub's
 * arginfo here, their methods live in delivery_*_php.c). SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_shopcx.h"
#include "delivery_php.h"
#include "delivery_arginfo.h"

PHP_MINIT_FUNCTION(shopcx_delivery)
{
	shopcx_delivery_calendar_setup(register_class_ShopCx_Delivery_Calendar());
	shopcx_delivery_estimator_setup(register_class_ShopCx_Delivery_Estimator(), register_class_ShopCx_Delivery_Promise());
	return SUCCESS;
}
