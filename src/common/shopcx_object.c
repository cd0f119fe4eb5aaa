/* Value-object helpers. SPDX-License-Identifier: MIT */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "shopcx_object.h"

void shopcx_object_to_array(zend_object *obj, zval *return_value)
{
	zend_property_info *info;

	array_init_size(return_value, (uint32_t) obj->ce->default_properties_count);
	ZEND_HASH_MAP_FOREACH_PTR(&obj->ce->properties_info, info) {
		zval *value;
		if (info->flags & ZEND_ACC_STATIC) {
			continue;
		}
		value = OBJ_PROP(obj, info->offset);
		if (Z_TYPE_P(value) == IS_UNDEF) {
			continue;
		}
		Z_TRY_ADDREF_P(value);
		zend_hash_add_new(Z_ARRVAL_P(return_value), info->name, value);
	} ZEND_HASH_FOREACH_END();
}
