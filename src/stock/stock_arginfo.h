/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8b8c515007b3e80fc3644ad6b5d899c0593a1f13 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Stock_Indicator___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Stock_Indicator_describe, 0, 1, ShopCx\\Stock\\Status, 0)
	ZEND_ARG_TYPE_INFO(0, qty, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, item, IS_ARRAY, 0, "[]")
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Stock_Indicator_describeVariants, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, variants, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, item, IS_ARRAY, 0, "[]")
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Stock_Status___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Stock_Status_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(ShopCx_Stock_Indicator, __construct);
ZEND_METHOD(ShopCx_Stock_Indicator, describe);
ZEND_METHOD(ShopCx_Stock_Indicator, describeVariants);
ZEND_METHOD(ShopCx_Stock_Status, __construct);
ZEND_METHOD(ShopCx_Stock_Status, toArray);


static const zend_function_entry class_ShopCx_Stock_Indicator_methods[] = {
	ZEND_ME(ShopCx_Stock_Indicator, __construct, arginfo_class_ShopCx_Stock_Indicator___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Stock_Indicator, describe, arginfo_class_ShopCx_Stock_Indicator_describe, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Stock_Indicator, describeVariants, arginfo_class_ShopCx_Stock_Indicator_describeVariants, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Stock_Status_methods[] = {
	ZEND_ME(ShopCx_Stock_Status, __construct, arginfo_class_ShopCx_Stock_Status___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Stock_Status, toArray, arginfo_class_ShopCx_Stock_Status_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Stock_Indicator(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Stock", "Indicator", class_ShopCx_Stock_Indicator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Stock_Status(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Stock", "Status", class_ShopCx_Stock_Status_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval const_IN_STOCK_value;
	zend_string *const_IN_STOCK_value_str = zend_string_init("in_stock", strlen("in_stock"), 1);
	ZVAL_STR(&const_IN_STOCK_value, const_IN_STOCK_value_str);
	zend_string *const_IN_STOCK_name = zend_string_init_interned("IN_STOCK", sizeof("IN_STOCK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IN_STOCK_name, &const_IN_STOCK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IN_STOCK_name);

	zval const_LOW_value;
	zend_string *const_LOW_value_str = zend_string_init("low", strlen("low"), 1);
	ZVAL_STR(&const_LOW_value, const_LOW_value_str);
	zend_string *const_LOW_name = zend_string_init_interned("LOW", sizeof("LOW") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LOW_name, &const_LOW_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LOW_name);

	zval const_OUT_OF_STOCK_value;
	zend_string *const_OUT_OF_STOCK_value_str = zend_string_init("out_of_stock", strlen("out_of_stock"), 1);
	ZVAL_STR(&const_OUT_OF_STOCK_value, const_OUT_OF_STOCK_value_str);
	zend_string *const_OUT_OF_STOCK_name = zend_string_init_interned("OUT_OF_STOCK", sizeof("OUT_OF_STOCK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OUT_OF_STOCK_name, &const_OUT_OF_STOCK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OUT_OF_STOCK_name);

	zval const_BACKORDER_value;
	zend_string *const_BACKORDER_value_str = zend_string_init("backorder", strlen("backorder"), 1);
	ZVAL_STR(&const_BACKORDER_value, const_BACKORDER_value_str);
	zend_string *const_BACKORDER_name = zend_string_init_interned("BACKORDER", sizeof("BACKORDER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BACKORDER_name, &const_BACKORDER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BACKORDER_name);

	zval const_PREORDER_value;
	zend_string *const_PREORDER_value_str = zend_string_init("preorder", strlen("preorder"), 1);
	ZVAL_STR(&const_PREORDER_value, const_PREORDER_value_str);
	zend_string *const_PREORDER_name = zend_string_init_interned("PREORDER", sizeof("PREORDER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PREORDER_name, &const_PREORDER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PREORDER_name);

	zval const_NOT_MANAGED_value;
	zend_string *const_NOT_MANAGED_value_str = zend_string_init("not_managed", strlen("not_managed"), 1);
	ZVAL_STR(&const_NOT_MANAGED_value, const_NOT_MANAGED_value_str);
	zend_string *const_NOT_MANAGED_name = zend_string_init_interned("NOT_MANAGED", sizeof("NOT_MANAGED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NOT_MANAGED_name, &const_NOT_MANAGED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NOT_MANAGED_name);

	zval property_level_default_value;
	ZVAL_UNDEF(&property_level_default_value);
	zend_string *property_level_name = zend_string_init("level", sizeof("level") - 1, 1);
	zend_declare_typed_property(class_entry, property_level_name, &property_level_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_level_name);

	zval property_quantity_default_value;
	ZVAL_UNDEF(&property_quantity_default_value);
	zend_string *property_quantity_name = zend_string_init("quantity", sizeof("quantity") - 1, 1);
	zend_declare_typed_property(class_entry, property_quantity_name, &property_quantity_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_quantity_name);

	zval property_label_default_value;
	ZVAL_UNDEF(&property_label_default_value);
	zend_string *property_label_name = zend_string_init("label", sizeof("label") - 1, 1);
	zend_declare_typed_property(class_entry, property_label_name, &property_label_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_label_name);

	zval property_availableOn_default_value;
	ZVAL_UNDEF(&property_availableOn_default_value);
	zend_string *property_availableOn_name = zend_string_init("availableOn", sizeof("availableOn") - 1, 1);
	zend_declare_typed_property(class_entry, property_availableOn_name, &property_availableOn_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_availableOn_name);

	zval property_urgent_default_value;
	ZVAL_UNDEF(&property_urgent_default_value);
	zend_string *property_urgent_name = zend_string_init("urgent", sizeof("urgent") - 1, 1);
	zend_declare_typed_property(class_entry, property_urgent_name, &property_urgent_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_urgent_name);

	return class_entry;
}
