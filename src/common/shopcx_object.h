/*
 * Helpers for ShopCX's value classes (results with public readonly properties). Binding layer.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_OBJECT_H
#define SHOPCX_OBJECT_H

#include "php.h"

/* toArray() of a value object: its declared properties in declaration order, uninitialized ones left out. */
void shopcx_object_to_array(zend_object *obj, zval *return_value);

#endif
