/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: aef3db6e7204877b287e325f7cf0e423cbfb269d */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Cart_Detector___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Cart_Detector_classify, 0, 2, ShopCx\\Cart\\Decision, 0)
	ZEND_ARG_TYPE_INFO(0, cart, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Cart_Detector_scan, 0, 2, ShopCx\\Cart\\Scan, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, carts, Traversable, MAY_BE_ARRAY, NULL)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, policy, ShopCx\\Outreach\\Policy, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Cart_Detector_metrics, 0, 2, ShopCx\\Cart\\Metrics, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, carts, Traversable, MAY_BE_ARRAY, NULL)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Cart_Detector_recoveryToken, 0, 4, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, tokens, ShopCx\\Token, 0)
	ZEND_ARG_TYPE_MASK(0, cartId, MAY_BE_STRING|MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO(0, step, IS_LONG, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ttl, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Cart_Detector_recover, 0, 3, ShopCx\\Cart\\Recovery, 0)
	ZEND_ARG_OBJ_INFO(0, tokens, ShopCx\\Token, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Cart_Decision___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Cart_Decision_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Cart_Scan___construct arginfo_class_ShopCx_Cart_Decision___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Cart_Scan_current, 0, 0, ShopCx\\Cart\\Decision, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Cart_Scan_key, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Cart_Scan_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Cart_Scan_rewind arginfo_class_ShopCx_Cart_Scan_next

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Cart_Scan_valid, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Cart_Scan_scanned, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Cart_Scan_held arginfo_class_ShopCx_Cart_Scan_scanned

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Cart_Scan_skipInvalid, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Cart_Scan_skipped arginfo_class_ShopCx_Cart_Scan_scanned

#define arginfo_class_ShopCx_Cart_Scan_invalidRows arginfo_class_ShopCx_Cart_Decision_toArray

#define arginfo_class_ShopCx_Cart_Recovery___construct arginfo_class_ShopCx_Cart_Decision___construct

#define arginfo_class_ShopCx_Cart_Recovery_toArray arginfo_class_ShopCx_Cart_Decision_toArray

#define arginfo_class_ShopCx_Cart_Metrics___construct arginfo_class_ShopCx_Cart_Decision___construct

#define arginfo_class_ShopCx_Cart_Metrics_toArray arginfo_class_ShopCx_Cart_Decision_toArray

#define arginfo_class_ShopCx_Cart_Funnel___construct arginfo_class_ShopCx_Cart_Decision___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Cart_Funnel_fromCounts, 0, 1, ShopCx\\Cart\\Funnel, 0)
	ZEND_ARG_TYPE_INFO(0, counts, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Cart_Funnel_toArray arginfo_class_ShopCx_Cart_Decision_toArray


ZEND_METHOD(ShopCx_Cart_Detector, __construct);
ZEND_METHOD(ShopCx_Cart_Detector, classify);
ZEND_METHOD(ShopCx_Cart_Detector, scan);
ZEND_METHOD(ShopCx_Cart_Detector, metrics);
ZEND_METHOD(ShopCx_Cart_Detector, recoveryToken);
ZEND_METHOD(ShopCx_Cart_Detector, recover);
ZEND_METHOD(ShopCx_Cart_Decision, __construct);
ZEND_METHOD(ShopCx_Cart_Decision, toArray);
ZEND_METHOD(ShopCx_Cart_Scan, __construct);
ZEND_METHOD(ShopCx_Cart_Scan, current);
ZEND_METHOD(ShopCx_Cart_Scan, key);
ZEND_METHOD(ShopCx_Cart_Scan, next);
ZEND_METHOD(ShopCx_Cart_Scan, rewind);
ZEND_METHOD(ShopCx_Cart_Scan, valid);
ZEND_METHOD(ShopCx_Cart_Scan, scanned);
ZEND_METHOD(ShopCx_Cart_Scan, held);
ZEND_METHOD(ShopCx_Cart_Scan, skipInvalid);
ZEND_METHOD(ShopCx_Cart_Scan, skipped);
ZEND_METHOD(ShopCx_Cart_Scan, invalidRows);
ZEND_METHOD(ShopCx_Cart_Recovery, __construct);
ZEND_METHOD(ShopCx_Cart_Recovery, toArray);
ZEND_METHOD(ShopCx_Cart_Metrics, __construct);
ZEND_METHOD(ShopCx_Cart_Metrics, toArray);
ZEND_METHOD(ShopCx_Cart_Funnel, __construct);
ZEND_METHOD(ShopCx_Cart_Funnel, fromCounts);
ZEND_METHOD(ShopCx_Cart_Funnel, toArray);


static const zend_function_entry class_ShopCx_Cart_Detector_methods[] = {
	ZEND_ME(ShopCx_Cart_Detector, __construct, arginfo_class_ShopCx_Cart_Detector___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Detector, classify, arginfo_class_ShopCx_Cart_Detector_classify, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Detector, scan, arginfo_class_ShopCx_Cart_Detector_scan, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Detector, metrics, arginfo_class_ShopCx_Cart_Detector_metrics, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Detector, recoveryToken, arginfo_class_ShopCx_Cart_Detector_recoveryToken, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Detector, recover, arginfo_class_ShopCx_Cart_Detector_recover, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Cart_Decision_methods[] = {
	ZEND_ME(ShopCx_Cart_Decision, __construct, arginfo_class_ShopCx_Cart_Decision___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Cart_Decision, toArray, arginfo_class_ShopCx_Cart_Decision_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Cart_Scan_methods[] = {
	ZEND_ME(ShopCx_Cart_Scan, __construct, arginfo_class_ShopCx_Cart_Scan___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Cart_Scan, current, arginfo_class_ShopCx_Cart_Scan_current, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, key, arginfo_class_ShopCx_Cart_Scan_key, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, next, arginfo_class_ShopCx_Cart_Scan_next, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, rewind, arginfo_class_ShopCx_Cart_Scan_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, valid, arginfo_class_ShopCx_Cart_Scan_valid, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, scanned, arginfo_class_ShopCx_Cart_Scan_scanned, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, held, arginfo_class_ShopCx_Cart_Scan_held, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, skipInvalid, arginfo_class_ShopCx_Cart_Scan_skipInvalid, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, skipped, arginfo_class_ShopCx_Cart_Scan_skipped, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Cart_Scan, invalidRows, arginfo_class_ShopCx_Cart_Scan_invalidRows, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Cart_Recovery_methods[] = {
	ZEND_ME(ShopCx_Cart_Recovery, __construct, arginfo_class_ShopCx_Cart_Recovery___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Cart_Recovery, toArray, arginfo_class_ShopCx_Cart_Recovery_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Cart_Metrics_methods[] = {
	ZEND_ME(ShopCx_Cart_Metrics, __construct, arginfo_class_ShopCx_Cart_Metrics___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Cart_Metrics, toArray, arginfo_class_ShopCx_Cart_Metrics_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Cart_Funnel_methods[] = {
	ZEND_ME(ShopCx_Cart_Funnel, __construct, arginfo_class_ShopCx_Cart_Funnel___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Cart_Funnel, fromCounts, arginfo_class_ShopCx_Cart_Funnel_fromCounts, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Cart_Funnel, toArray, arginfo_class_ShopCx_Cart_Funnel_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Cart_Detector(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Cart", "Detector", class_ShopCx_Cart_Detector_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Cart_Decision(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Cart", "Decision", class_ShopCx_Cart_Decision_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_cartId_default_value;
	ZVAL_UNDEF(&property_cartId_default_value);
	zend_string *property_cartId_name = zend_string_init("cartId", sizeof("cartId") - 1, 1);
	zend_declare_typed_property(class_entry, property_cartId_name, &property_cartId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_LONG));
	zend_string_release(property_cartId_name);

	zval property_state_default_value;
	ZVAL_UNDEF(&property_state_default_value);
	zend_string *property_state_name = zend_string_init("state", sizeof("state") - 1, 1);
	zend_declare_typed_property(class_entry, property_state_name, &property_state_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_state_name);

	zval property_step_default_value;
	ZVAL_UNDEF(&property_step_default_value);
	zend_string *property_step_name = zend_string_init("step", sizeof("step") - 1, 1);
	zend_declare_typed_property(class_entry, property_step_name, &property_step_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_step_name);

	zval property_dueAt_default_value;
	ZVAL_UNDEF(&property_dueAt_default_value);
	zend_string *property_dueAt_name = zend_string_init("dueAt", sizeof("dueAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_dueAt_name, &property_dueAt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_dueAt_name);

	zval property_reason_default_value;
	ZVAL_UNDEF(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_reason_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Cart_Scan(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Cart", "Scan", class_ShopCx_Cart_Scan_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Cart_Recovery(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Cart", "Recovery", class_ShopCx_Cart_Recovery_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_cartId_default_value;
	ZVAL_UNDEF(&property_cartId_default_value);
	zend_string *property_cartId_name = zend_string_init("cartId", sizeof("cartId") - 1, 1);
	zend_declare_typed_property(class_entry, property_cartId_name, &property_cartId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_LONG));
	zend_string_release(property_cartId_name);

	zval property_step_default_value;
	ZVAL_UNDEF(&property_step_default_value);
	zend_string *property_step_name = zend_string_init("step", sizeof("step") - 1, 1);
	zend_declare_typed_property(class_entry, property_step_name, &property_step_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_step_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Cart_Metrics(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Cart", "Metrics", class_ShopCx_Cart_Metrics_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_carts_default_value;
	ZVAL_UNDEF(&property_carts_default_value);
	zend_string *property_carts_name = zend_string_init("carts", sizeof("carts") - 1, 1);
	zend_declare_typed_property(class_entry, property_carts_name, &property_carts_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_carts_name);

	zval property_active_default_value;
	ZVAL_UNDEF(&property_active_default_value);
	zend_string *property_active_name = zend_string_init("active", sizeof("active") - 1, 1);
	zend_declare_typed_property(class_entry, property_active_name, &property_active_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_active_name);

	zval property_abandoned_default_value;
	ZVAL_UNDEF(&property_abandoned_default_value);
	zend_string *property_abandoned_name = zend_string_init("abandoned", sizeof("abandoned") - 1, 1);
	zend_declare_typed_property(class_entry, property_abandoned_name, &property_abandoned_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_abandoned_name);

	zval property_converted_default_value;
	ZVAL_UNDEF(&property_converted_default_value);
	zend_string *property_converted_name = zend_string_init("converted", sizeof("converted") - 1, 1);
	zend_declare_typed_property(class_entry, property_converted_name, &property_converted_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_converted_name);

	zval property_recovered_default_value;
	ZVAL_UNDEF(&property_recovered_default_value);
	zend_string *property_recovered_name = zend_string_init("recovered", sizeof("recovered") - 1, 1);
	zend_declare_typed_property(class_entry, property_recovered_name, &property_recovered_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_recovered_name);

	zval property_abandonmentRate_default_value;
	ZVAL_UNDEF(&property_abandonmentRate_default_value);
	zend_string *property_abandonmentRate_name = zend_string_init("abandonmentRate", sizeof("abandonmentRate") - 1, 1);
	zend_declare_typed_property(class_entry, property_abandonmentRate_name, &property_abandonmentRate_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_abandonmentRate_name);

	zval property_recoveryRate_default_value;
	ZVAL_UNDEF(&property_recoveryRate_default_value);
	zend_string *property_recoveryRate_name = zend_string_init("recoveryRate", sizeof("recoveryRate") - 1, 1);
	zend_declare_typed_property(class_entry, property_recoveryRate_name, &property_recoveryRate_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_recoveryRate_name);

	zval property_recoveredValue_default_value;
	ZVAL_UNDEF(&property_recoveredValue_default_value);
	zend_string *property_recoveredValue_name = zend_string_init("recoveredValue", sizeof("recoveredValue") - 1, 1);
	zend_declare_typed_property(class_entry, property_recoveredValue_name, &property_recoveredValue_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_recoveredValue_name);

	zval property_perStep_default_value;
	ZVAL_UNDEF(&property_perStep_default_value);
	zend_string *property_perStep_name = zend_string_init("perStep", sizeof("perStep") - 1, 1);
	zend_declare_typed_property(class_entry, property_perStep_name, &property_perStep_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_perStep_name);

	zval property_perDay_default_value;
	ZVAL_UNDEF(&property_perDay_default_value);
	zend_string *property_perDay_name = zend_string_init("perDay", sizeof("perDay") - 1, 1);
	zend_declare_typed_property(class_entry, property_perDay_name, &property_perDay_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_perDay_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Cart_Funnel(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Cart", "Funnel", class_ShopCx_Cart_Funnel_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_steps_default_value;
	ZVAL_UNDEF(&property_steps_default_value);
	zend_string *property_steps_name = zend_string_init("steps", sizeof("steps") - 1, 1);
	zend_declare_typed_property(class_entry, property_steps_name, &property_steps_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_steps_name);

	zval property_largestDrop_default_value;
	ZVAL_UNDEF(&property_largestDrop_default_value);
	zend_string *property_largestDrop_name = zend_string_init("largestDrop", sizeof("largestDrop") - 1, 1);
	zend_declare_typed_property(class_entry, property_largestDrop_name, &property_largestDrop_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_largestDrop_name);

	zval property_conversion_default_value;
	ZVAL_UNDEF(&property_conversion_default_value);
	zend_string *property_conversion_name = zend_string_init("conversion", sizeof("conversion") - 1, 1);
	zend_declare_typed_property(class_entry, property_conversion_name, &property_conversion_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_conversion_name);

	return class_entry;
}
