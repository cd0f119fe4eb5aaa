/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d44896bc79c4384b5f3872f726ccf8136fdbf313 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Delivery_Calendar___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, country, IS_STRING, 0, "\"\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Delivery_Calendar_country, 0, 1, ShopCx\\Delivery\\Calendar, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Delivery_Calendar_code, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Delivery_Calendar_holidays, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, year, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Delivery_Calendar_isOpen, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, date, DateTimeInterface, MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Delivery_Calendar_holidayName, 0, 1, IS_STRING, 1)
	ZEND_ARG_OBJ_TYPE_MASK(0, date, DateTimeInterface, MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Delivery_Calendar_addBusinessDays, 0, 2, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, date, DateTimeInterface, MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO(0, days, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Delivery_Estimator___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Delivery_Estimator_estimate, 0, 1, ShopCx\\Delivery\\Promise, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, item, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Delivery_Promise___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Delivery_Promise_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(ShopCx_Delivery_Calendar, __construct);
ZEND_METHOD(ShopCx_Delivery_Calendar, country);
ZEND_METHOD(ShopCx_Delivery_Calendar, code);
ZEND_METHOD(ShopCx_Delivery_Calendar, holidays);
ZEND_METHOD(ShopCx_Delivery_Calendar, isOpen);
ZEND_METHOD(ShopCx_Delivery_Calendar, holidayName);
ZEND_METHOD(ShopCx_Delivery_Calendar, addBusinessDays);
ZEND_METHOD(ShopCx_Delivery_Estimator, __construct);
ZEND_METHOD(ShopCx_Delivery_Estimator, estimate);
ZEND_METHOD(ShopCx_Delivery_Promise, __construct);
ZEND_METHOD(ShopCx_Delivery_Promise, toArray);


static const zend_function_entry class_ShopCx_Delivery_Calendar_methods[] = {
	ZEND_ME(ShopCx_Delivery_Calendar, __construct, arginfo_class_ShopCx_Delivery_Calendar___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Delivery_Calendar, country, arginfo_class_ShopCx_Delivery_Calendar_country, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Delivery_Calendar, code, arginfo_class_ShopCx_Delivery_Calendar_code, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Delivery_Calendar, holidays, arginfo_class_ShopCx_Delivery_Calendar_holidays, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Delivery_Calendar, isOpen, arginfo_class_ShopCx_Delivery_Calendar_isOpen, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Delivery_Calendar, holidayName, arginfo_class_ShopCx_Delivery_Calendar_holidayName, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Delivery_Calendar, addBusinessDays, arginfo_class_ShopCx_Delivery_Calendar_addBusinessDays, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Delivery_Estimator_methods[] = {
	ZEND_ME(ShopCx_Delivery_Estimator, __construct, arginfo_class_ShopCx_Delivery_Estimator___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Delivery_Estimator, estimate, arginfo_class_ShopCx_Delivery_Estimator_estimate, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Delivery_Promise_methods[] = {
	ZEND_ME(ShopCx_Delivery_Promise, __construct, arginfo_class_ShopCx_Delivery_Promise___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Delivery_Promise, toArray, arginfo_class_ShopCx_Delivery_Promise_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Delivery_Calendar(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Delivery", "Calendar", class_ShopCx_Delivery_Calendar_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Delivery_Estimator(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Delivery", "Estimator", class_ShopCx_Delivery_Estimator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Delivery_Promise(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Delivery", "Promise", class_ShopCx_Delivery_Promise_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_dispatchDate_default_value;
	ZVAL_UNDEF(&property_dispatchDate_default_value);
	zend_string *property_dispatchDate_name = zend_string_init("dispatchDate", sizeof("dispatchDate") - 1, 1);
	zend_declare_typed_property(class_entry, property_dispatchDate_name, &property_dispatchDate_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_dispatchDate_name);

	zval property_earliest_default_value;
	ZVAL_UNDEF(&property_earliest_default_value);
	zend_string *property_earliest_name = zend_string_init("earliest", sizeof("earliest") - 1, 1);
	zend_declare_typed_property(class_entry, property_earliest_name, &property_earliest_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_earliest_name);

	zval property_latest_default_value;
	ZVAL_UNDEF(&property_latest_default_value);
	zend_string *property_latest_name = zend_string_init("latest", sizeof("latest") - 1, 1);
	zend_declare_typed_property(class_entry, property_latest_name, &property_latest_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_latest_name);

	zval property_orderWithinSeconds_default_value;
	ZVAL_UNDEF(&property_orderWithinSeconds_default_value);
	zend_string *property_orderWithinSeconds_name = zend_string_init("orderWithinSeconds", sizeof("orderWithinSeconds") - 1, 1);
	zend_declare_typed_property(class_entry, property_orderWithinSeconds_name, &property_orderWithinSeconds_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_orderWithinSeconds_name);

	zval property_carrier_default_value;
	ZVAL_UNDEF(&property_carrier_default_value);
	zend_string *property_carrier_name = zend_string_init("carrier", sizeof("carrier") - 1, 1);
	zend_declare_typed_property(class_entry, property_carrier_name, &property_carrier_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_carrier_name);

	zval property_label_default_value;
	ZVAL_UNDEF(&property_label_default_value);
	zend_string *property_label_name = zend_string_init("label", sizeof("label") - 1, 1);
	zend_declare_typed_property(class_entry, property_label_name, &property_label_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_label_name);

	return class_entry;
}
