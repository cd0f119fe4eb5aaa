/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 372b401b6469e930e7f8821e94c328d71e0a9bf0 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Webhook_Client___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, url, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Webhook_Client_send, 0, 3, ShopCx\\Webhook\\Result, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, delivery, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Webhook_Client_sendMany, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, events, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Webhook_Client_sign, 0, 3, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, timestamp, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Webhook_Client_verify, 0, 4, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, tolerance, IS_LONG, 0, "300")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Webhook_Result___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Webhook_Result_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(ShopCx_Webhook_Client, __construct);
ZEND_METHOD(ShopCx_Webhook_Client, send);
ZEND_METHOD(ShopCx_Webhook_Client, sendMany);
ZEND_METHOD(ShopCx_Webhook_Client, sign);
ZEND_METHOD(ShopCx_Webhook_Client, verify);
ZEND_METHOD(ShopCx_Webhook_Result, __construct);
ZEND_METHOD(ShopCx_Webhook_Result, toArray);


static const zend_function_entry class_ShopCx_Webhook_Client_methods[] = {
	ZEND_ME(ShopCx_Webhook_Client, __construct, arginfo_class_ShopCx_Webhook_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Webhook_Client, send, arginfo_class_ShopCx_Webhook_Client_send, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Webhook_Client, sendMany, arginfo_class_ShopCx_Webhook_Client_sendMany, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Webhook_Client, sign, arginfo_class_ShopCx_Webhook_Client_sign, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Webhook_Client, verify, arginfo_class_ShopCx_Webhook_Client_verify, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Webhook_Result_methods[] = {
	ZEND_ME(ShopCx_Webhook_Result, __construct, arginfo_class_ShopCx_Webhook_Result___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Webhook_Result, toArray, arginfo_class_ShopCx_Webhook_Result_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Webhook_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Webhook", "Client", class_ShopCx_Webhook_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "sign", sizeof("sign") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "verify", sizeof("verify") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Webhook_Result(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Webhook", "Result", class_ShopCx_Webhook_Result_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_delivered_default_value;
	ZVAL_UNDEF(&property_delivered_default_value);
	zend_string *property_delivered_name = zend_string_init("delivered", sizeof("delivered") - 1, 1);
	zend_declare_typed_property(class_entry, property_delivered_name, &property_delivered_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_delivered_name);

	zval property_status_default_value;
	ZVAL_UNDEF(&property_status_default_value);
	zend_string *property_status_name = zend_string_init("status", sizeof("status") - 1, 1);
	zend_declare_typed_property(class_entry, property_status_name, &property_status_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_status_name);

	zval property_retryable_default_value;
	ZVAL_UNDEF(&property_retryable_default_value);
	zend_string *property_retryable_name = zend_string_init("retryable", sizeof("retryable") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryable_name, &property_retryable_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_retryable_name);

	zval property_retryAt_default_value;
	ZVAL_UNDEF(&property_retryAt_default_value);
	zend_string *property_retryAt_name = zend_string_init("retryAt", sizeof("retryAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryAt_name, &property_retryAt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_retryAt_name);

	zval property_error_default_value;
	ZVAL_UNDEF(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_error_name);

	zval property_eventId_default_value;
	ZVAL_UNDEF(&property_eventId_default_value);
	zend_string *property_eventId_name = zend_string_init("eventId", sizeof("eventId") - 1, 1);
	zend_declare_typed_property(class_entry, property_eventId_name, &property_eventId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_eventId_name);

	zval property_attempt_default_value;
	ZVAL_UNDEF(&property_attempt_default_value);
	zend_string *property_attempt_name = zend_string_init("attempt", sizeof("attempt") - 1, 1);
	zend_declare_typed_property(class_entry, property_attempt_name, &property_attempt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_attempt_name);

	return class_entry;
}
