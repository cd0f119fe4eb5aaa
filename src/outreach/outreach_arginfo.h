/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8dfe5f78934e79f080262693f2ea57dce98a3c8f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Outreach_Policy___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Outreach_Policy_decide, 0, 3, ShopCx\\Outreach\\Decision, 0)
	ZEND_ARG_TYPE_INFO(0, kind, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, history, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Outreach_Policy_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Outreach_Decision___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Outreach_Decision_toArray arginfo_class_ShopCx_Outreach_Policy_toArray


ZEND_METHOD(ShopCx_Outreach_Policy, __construct);
ZEND_METHOD(ShopCx_Outreach_Policy, decide);
ZEND_METHOD(ShopCx_Outreach_Policy, toArray);
ZEND_METHOD(ShopCx_Outreach_Decision, __construct);
ZEND_METHOD(ShopCx_Outreach_Decision, toArray);


static const zend_function_entry class_ShopCx_Outreach_Policy_methods[] = {
	ZEND_ME(ShopCx_Outreach_Policy, __construct, arginfo_class_ShopCx_Outreach_Policy___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Outreach_Policy, decide, arginfo_class_ShopCx_Outreach_Policy_decide, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Outreach_Policy, toArray, arginfo_class_ShopCx_Outreach_Policy_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Outreach_Decision_methods[] = {
	ZEND_ME(ShopCx_Outreach_Decision, __construct, arginfo_class_ShopCx_Outreach_Decision___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Outreach_Decision, toArray, arginfo_class_ShopCx_Outreach_Decision_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Outreach_Policy(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Outreach", "Policy", class_ShopCx_Outreach_Policy_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Outreach_Decision(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Outreach", "Decision", class_ShopCx_Outreach_Decision_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_allowed_default_value;
	ZVAL_UNDEF(&property_allowed_default_value);
	zend_string *property_allowed_name = zend_string_init("allowed", sizeof("allowed") - 1, 1);
	zend_declare_typed_property(class_entry, property_allowed_name, &property_allowed_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_allowed_name);

	zval property_notBefore_default_value;
	ZVAL_UNDEF(&property_notBefore_default_value);
	zend_string *property_notBefore_name = zend_string_init("notBefore", sizeof("notBefore") - 1, 1);
	zend_declare_typed_property(class_entry, property_notBefore_name, &property_notBefore_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_notBefore_name);

	zval property_reason_default_value;
	ZVAL_UNDEF(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_reason_name);

	zval property_reasons_default_value;
	ZVAL_UNDEF(&property_reasons_default_value);
	zend_string *property_reasons_name = zend_string_init("reasons", sizeof("reasons") - 1, 1);
	zend_declare_typed_property(class_entry, property_reasons_name, &property_reasons_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_reasons_name);

	return class_entry;
}
