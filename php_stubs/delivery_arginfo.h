/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1bdbf2018d0cccc4c3ea7094ac02841ff9abe61b */

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


ZEND_METHOD(ShopCx_Delivery_Calendar, __construct);
ZEND_METHOD(ShopCx_Delivery_Calendar, country);
ZEND_METHOD(ShopCx_Delivery_Calendar, code);
ZEND_METHOD(ShopCx_Delivery_Calendar, holidays);
ZEND_METHOD(ShopCx_Delivery_Calendar, isOpen);
ZEND_METHOD(ShopCx_Delivery_Calendar, holidayName);
ZEND_METHOD(ShopCx_Delivery_Calendar, addBusinessDays);


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

static zend_class_entry *register_class_ShopCx_Delivery_Calendar(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Delivery", "Calendar", class_ShopCx_Delivery_Calendar_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
