/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f97e79ddfceb994f19364f3f7098a7a142e84ac9 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Effort_Survey___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Effort_Survey_effort, 0, 0, ShopCx\\Effort\\Survey, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Effort_Survey_ces arginfo_class_ShopCx_Effort_Survey_effort

#define arginfo_class_ShopCx_Effort_Survey_nps arginfo_class_ShopCx_Effort_Survey_effort

#define arginfo_class_ShopCx_Effort_Survey_csat arginfo_class_ShopCx_Effort_Survey_effort

#define arginfo_class_ShopCx_Effort_Survey_conversation arginfo_class_ShopCx_Effort_Survey_effort

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Effort_Survey_fromArray, 0, 1, ShopCx\\Effort\\Survey, 0)
	ZEND_ARG_TYPE_INFO(0, definition, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Effort_Survey_fromJson, 0, 1, ShopCx\\Effort\\Survey, 0)
	ZEND_ARG_TYPE_INFO(0, json, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Survey_id, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Survey_questions, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, locale, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, register, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Survey_validate, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, answers, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Survey_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Effort_Report___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, survey, ShopCx\\Effort\\Survey, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Report_add, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, answers, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, at, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, segments, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Report_addAll, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, responses, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Report_merge, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, other, ShopCx\\Effort\\Report, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Effort_Report_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Effort_Report_result, 0, 0, ShopCx\\Effort\\Result, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Effort_Report_toString arginfo_class_ShopCx_Effort_Survey_id

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Effort_Report_fromString, 0, 2, ShopCx\\Effort\\Report, 0)
	ZEND_ARG_OBJ_INFO(0, survey, ShopCx\\Effort\\Survey, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Effort_Result___construct arginfo_class_ShopCx_Effort_Survey___construct

#define arginfo_class_ShopCx_Effort_Result_toArray arginfo_class_ShopCx_Effort_Survey_toArray

#define arginfo_class_ShopCx_Effort_Kpi___construct arginfo_class_ShopCx_Effort_Survey___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Effort_Kpi_fromInteractions, 0, 1, ShopCx\\Effort\\Kpi, 0)
	ZEND_ARG_TYPE_INFO(0, interactions, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Effort_Kpi_badge, 0, 2, ShopCx\\Effort\\Badge, 0)
	ZEND_ARG_TYPE_INFO(0, interactions, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Effort_Kpi_toArray arginfo_class_ShopCx_Effort_Survey_toArray

#define arginfo_class_ShopCx_Effort_Badge___construct arginfo_class_ShopCx_Effort_Survey___construct

#define arginfo_class_ShopCx_Effort_Badge_toArray arginfo_class_ShopCx_Effort_Survey_toArray


ZEND_METHOD(ShopCx_Effort_Survey, __construct);
ZEND_METHOD(ShopCx_Effort_Survey, effort);
ZEND_METHOD(ShopCx_Effort_Survey, ces);
ZEND_METHOD(ShopCx_Effort_Survey, nps);
ZEND_METHOD(ShopCx_Effort_Survey, csat);
ZEND_METHOD(ShopCx_Effort_Survey, conversation);
ZEND_METHOD(ShopCx_Effort_Survey, fromArray);
ZEND_METHOD(ShopCx_Effort_Survey, fromJson);
ZEND_METHOD(ShopCx_Effort_Survey, id);
ZEND_METHOD(ShopCx_Effort_Survey, questions);
ZEND_METHOD(ShopCx_Effort_Survey, validate);
ZEND_METHOD(ShopCx_Effort_Survey, toArray);
ZEND_METHOD(ShopCx_Effort_Report, __construct);
ZEND_METHOD(ShopCx_Effort_Report, add);
ZEND_METHOD(ShopCx_Effort_Report, addAll);
ZEND_METHOD(ShopCx_Effort_Report, merge);
ZEND_METHOD(ShopCx_Effort_Report, count);
ZEND_METHOD(ShopCx_Effort_Report, result);
ZEND_METHOD(ShopCx_Effort_Report, toString);
ZEND_METHOD(ShopCx_Effort_Report, fromString);
ZEND_METHOD(ShopCx_Effort_Result, __construct);
ZEND_METHOD(ShopCx_Effort_Result, toArray);
ZEND_METHOD(ShopCx_Effort_Kpi, __construct);
ZEND_METHOD(ShopCx_Effort_Kpi, fromInteractions);
ZEND_METHOD(ShopCx_Effort_Kpi, badge);
ZEND_METHOD(ShopCx_Effort_Kpi, toArray);
ZEND_METHOD(ShopCx_Effort_Badge, __construct);
ZEND_METHOD(ShopCx_Effort_Badge, toArray);


static const zend_function_entry class_ShopCx_Effort_Survey_methods[] = {
	ZEND_ME(ShopCx_Effort_Survey, __construct, arginfo_class_ShopCx_Effort_Survey___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Effort_Survey, effort, arginfo_class_ShopCx_Effort_Survey_effort, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Survey, ces, arginfo_class_ShopCx_Effort_Survey_ces, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Survey, nps, arginfo_class_ShopCx_Effort_Survey_nps, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Survey, csat, arginfo_class_ShopCx_Effort_Survey_csat, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Survey, conversation, arginfo_class_ShopCx_Effort_Survey_conversation, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Survey, fromArray, arginfo_class_ShopCx_Effort_Survey_fromArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Survey, fromJson, arginfo_class_ShopCx_Effort_Survey_fromJson, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Survey, id, arginfo_class_ShopCx_Effort_Survey_id, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Survey, questions, arginfo_class_ShopCx_Effort_Survey_questions, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Survey, validate, arginfo_class_ShopCx_Effort_Survey_validate, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Survey, toArray, arginfo_class_ShopCx_Effort_Survey_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Effort_Report_methods[] = {
	ZEND_ME(ShopCx_Effort_Report, __construct, arginfo_class_ShopCx_Effort_Report___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Report, add, arginfo_class_ShopCx_Effort_Report_add, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Report, addAll, arginfo_class_ShopCx_Effort_Report_addAll, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Report, merge, arginfo_class_ShopCx_Effort_Report_merge, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Report, count, arginfo_class_ShopCx_Effort_Report_count, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Report, result, arginfo_class_ShopCx_Effort_Report_result, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Report, toString, arginfo_class_ShopCx_Effort_Report_toString, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Effort_Report, fromString, arginfo_class_ShopCx_Effort_Report_fromString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Effort_Result_methods[] = {
	ZEND_ME(ShopCx_Effort_Result, __construct, arginfo_class_ShopCx_Effort_Result___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Effort_Result, toArray, arginfo_class_ShopCx_Effort_Result_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Effort_Kpi_methods[] = {
	ZEND_ME(ShopCx_Effort_Kpi, __construct, arginfo_class_ShopCx_Effort_Kpi___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Effort_Kpi, fromInteractions, arginfo_class_ShopCx_Effort_Kpi_fromInteractions, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Kpi, badge, arginfo_class_ShopCx_Effort_Kpi_badge, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Effort_Kpi, toArray, arginfo_class_ShopCx_Effort_Kpi_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Effort_Badge_methods[] = {
	ZEND_ME(ShopCx_Effort_Badge, __construct, arginfo_class_ShopCx_Effort_Badge___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Effort_Badge, toArray, arginfo_class_ShopCx_Effort_Badge_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Effort_Survey(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Effort", "Survey", class_ShopCx_Effort_Survey_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Effort_Report(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Effort", "Report", class_ShopCx_Effort_Report_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Effort_Result(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Effort", "Result", class_ShopCx_Effort_Result_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_survey_default_value;
	ZVAL_UNDEF(&property_survey_default_value);
	zend_string *property_survey_name = zend_string_init("survey", sizeof("survey") - 1, 1);
	zend_declare_typed_property(class_entry, property_survey_name, &property_survey_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_survey_name);

	zval property_responses_default_value;
	ZVAL_UNDEF(&property_responses_default_value);
	zend_string *property_responses_name = zend_string_init("responses", sizeof("responses") - 1, 1);
	zend_declare_typed_property(class_entry, property_responses_name, &property_responses_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_responses_name);

	zval property_questions_default_value;
	ZVAL_UNDEF(&property_questions_default_value);
	zend_string *property_questions_name = zend_string_init("questions", sizeof("questions") - 1, 1);
	zend_declare_typed_property(class_entry, property_questions_name, &property_questions_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_questions_name);

	zval property_hotspot_default_value;
	ZVAL_UNDEF(&property_hotspot_default_value);
	zend_string *property_hotspot_name = zend_string_init("hotspot", sizeof("hotspot") - 1, 1);
	zend_declare_typed_property(class_entry, property_hotspot_name, &property_hotspot_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_hotspot_name);

	zval property_segments_default_value;
	ZVAL_UNDEF(&property_segments_default_value);
	zend_string *property_segments_name = zend_string_init("segments", sizeof("segments") - 1, 1);
	zend_declare_typed_property(class_entry, property_segments_name, &property_segments_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_segments_name);

	zval property_buckets_default_value;
	ZVAL_UNDEF(&property_buckets_default_value);
	zend_string *property_buckets_name = zend_string_init("buckets", sizeof("buckets") - 1, 1);
	zend_declare_typed_property(class_entry, property_buckets_name, &property_buckets_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_buckets_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Effort_Kpi(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Effort", "Kpi", class_ShopCx_Effort_Kpi_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_interactions_default_value;
	ZVAL_UNDEF(&property_interactions_default_value);
	zend_string *property_interactions_name = zend_string_init("interactions", sizeof("interactions") - 1, 1);
	zend_declare_typed_property(class_entry, property_interactions_name, &property_interactions_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_interactions_name);

	zval property_customers_default_value;
	ZVAL_UNDEF(&property_customers_default_value);
	zend_string *property_customers_name = zend_string_init("customers", sizeof("customers") - 1, 1);
	zend_declare_typed_property(class_entry, property_customers_name, &property_customers_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_customers_name);

	zval property_complainingShare_default_value;
	ZVAL_UNDEF(&property_complainingShare_default_value);
	zend_string *property_complainingShare_name = zend_string_init("complainingShare", sizeof("complainingShare") - 1, 1);
	zend_declare_typed_property(class_entry, property_complainingShare_name, &property_complainingShare_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_complainingShare_name);

	zval property_firstContactResolution_default_value;
	ZVAL_UNDEF(&property_firstContactResolution_default_value);
	zend_string *property_firstContactResolution_name = zend_string_init("firstContactResolution", sizeof("firstContactResolution") - 1, 1);
	zend_declare_typed_property(class_entry, property_firstContactResolution_name, &property_firstContactResolution_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_firstContactResolution_name);

	zval property_contactsToResolve_default_value;
	ZVAL_UNDEF(&property_contactsToResolve_default_value);
	zend_string *property_contactsToResolve_name = zend_string_init("contactsToResolve", sizeof("contactsToResolve") - 1, 1);
	zend_declare_typed_property(class_entry, property_contactsToResolve_name, &property_contactsToResolve_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_contactsToResolve_name);

	zval property_costToResolution_default_value;
	ZVAL_UNDEF(&property_costToResolution_default_value);
	zend_string *property_costToResolution_name = zend_string_init("costToResolution", sizeof("costToResolution") - 1, 1);
	zend_declare_typed_property(class_entry, property_costToResolution_name, &property_costToResolution_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_costToResolution_name);

	zval property_veryFriendlyShare_default_value;
	ZVAL_UNDEF(&property_veryFriendlyShare_default_value);
	zend_string *property_veryFriendlyShare_name = zend_string_init("veryFriendlyShare", sizeof("veryFriendlyShare") - 1, 1);
	zend_declare_typed_property(class_entry, property_veryFriendlyShare_name, &property_veryFriendlyShare_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_veryFriendlyShare_name);

	zval property_veryFriendlyShareOfAll_default_value;
	ZVAL_UNDEF(&property_veryFriendlyShareOfAll_default_value);
	zend_string *property_veryFriendlyShareOfAll_name = zend_string_init("veryFriendlyShareOfAll", sizeof("veryFriendlyShareOfAll") - 1, 1);
	zend_declare_typed_property(class_entry, property_veryFriendlyShareOfAll_name, &property_veryFriendlyShareOfAll_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_veryFriendlyShareOfAll_name);

	zval property_acquisitionConversion_default_value;
	ZVAL_UNDEF(&property_acquisitionConversion_default_value);
	zend_string *property_acquisitionConversion_name = zend_string_init("acquisitionConversion", sizeof("acquisitionConversion") - 1, 1);
	zend_declare_typed_property(class_entry, property_acquisitionConversion_name, &property_acquisitionConversion_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_acquisitionConversion_name);

	zval property_retentionConversion_default_value;
	ZVAL_UNDEF(&property_retentionConversion_default_value);
	zend_string *property_retentionConversion_name = zend_string_init("retentionConversion", sizeof("retentionConversion") - 1, 1);
	zend_declare_typed_property(class_entry, property_retentionConversion_name, &property_retentionConversion_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_retentionConversion_name);

	zval property_repeatContactShare_default_value;
	ZVAL_UNDEF(&property_repeatContactShare_default_value);
	zend_string *property_repeatContactShare_name = zend_string_init("repeatContactShare", sizeof("repeatContactShare") - 1, 1);
	zend_declare_typed_property(class_entry, property_repeatContactShare_name, &property_repeatContactShare_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_repeatContactShare_name);

	zval property_churn_default_value;
	ZVAL_UNDEF(&property_churn_default_value);
	zend_string *property_churn_name = zend_string_init("churn", sizeof("churn") - 1, 1);
	zend_declare_typed_property(class_entry, property_churn_name, &property_churn_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_churn_name);

	zval property_retentionAfterContact_default_value;
	ZVAL_UNDEF(&property_retentionAfterContact_default_value);
	zend_string *property_retentionAfterContact_name = zend_string_init("retentionAfterContact", sizeof("retentionAfterContact") - 1, 1);
	zend_declare_typed_property(class_entry, property_retentionAfterContact_name, &property_retentionAfterContact_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_retentionAfterContact_name);

	zval property_averageFirstResponse_default_value;
	ZVAL_UNDEF(&property_averageFirstResponse_default_value);
	zend_string *property_averageFirstResponse_name = zend_string_init("averageFirstResponse", sizeof("averageFirstResponse") - 1, 1);
	zend_declare_typed_property(class_entry, property_averageFirstResponse_name, &property_averageFirstResponse_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_averageFirstResponse_name);

	zval property_abandonment_default_value;
	ZVAL_UNDEF(&property_abandonment_default_value);
	zend_string *property_abandonment_name = zend_string_init("abandonment", sizeof("abandonment") - 1, 1);
	zend_declare_typed_property(class_entry, property_abandonment_name, &property_abandonment_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_abandonment_name);

	zval property_cartAbandonment_default_value;
	ZVAL_UNDEF(&property_cartAbandonment_default_value);
	zend_string *property_cartAbandonment_name = zend_string_init("cartAbandonment", sizeof("cartAbandonment") - 1, 1);
	zend_declare_typed_property(class_entry, property_cartAbandonment_name, &property_cartAbandonment_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_cartAbandonment_name);

	zval property_channels_default_value;
	ZVAL_UNDEF(&property_channels_default_value);
	zend_string *property_channels_name = zend_string_init("channels", sizeof("channels") - 1, 1);
	zend_declare_typed_property(class_entry, property_channels_name, &property_channels_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_channels_name);

	zval property_shoppers_default_value;
	ZVAL_UNDEF(&property_shoppers_default_value);
	zend_string *property_shoppers_name = zend_string_init("shoppers", sizeof("shoppers") - 1, 1);
	zend_declare_typed_property(class_entry, property_shoppers_name, &property_shoppers_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_shoppers_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Effort_Badge(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Effort", "Badge", class_ShopCx_Effort_Badge_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_show_default_value;
	ZVAL_UNDEF(&property_show_default_value);
	zend_string *property_show_name = zend_string_init("show", sizeof("show") - 1, 1);
	zend_declare_typed_property(class_entry, property_show_name, &property_show_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_show_name);

	zval property_satisfied_default_value;
	ZVAL_UNDEF(&property_satisfied_default_value);
	zend_string *property_satisfied_name = zend_string_init("satisfied", sizeof("satisfied") - 1, 1);
	zend_declare_typed_property(class_entry, property_satisfied_name, &property_satisfied_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_satisfied_name);

	zval property_satisfiedSample_default_value;
	ZVAL_UNDEF(&property_satisfiedSample_default_value);
	zend_string *property_satisfiedSample_name = zend_string_init("satisfiedSample", sizeof("satisfiedSample") - 1, 1);
	zend_declare_typed_property(class_entry, property_satisfiedSample_name, &property_satisfiedSample_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_satisfiedSample_name);

	zval property_timely_default_value;
	ZVAL_UNDEF(&property_timely_default_value);
	zend_string *property_timely_name = zend_string_init("timely", sizeof("timely") - 1, 1);
	zend_declare_typed_property(class_entry, property_timely_name, &property_timely_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_timely_name);

	zval property_timelySample_default_value;
	ZVAL_UNDEF(&property_timelySample_default_value);
	zend_string *property_timelySample_name = zend_string_init("timelySample", sizeof("timelySample") - 1, 1);
	zend_declare_typed_property(class_entry, property_timelySample_name, &property_timelySample_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_timelySample_name);

	zval property_windowStart_default_value;
	ZVAL_UNDEF(&property_windowStart_default_value);
	zend_string *property_windowStart_name = zend_string_init("windowStart", sizeof("windowStart") - 1, 1);
	zend_declare_typed_property(class_entry, property_windowStart_name, &property_windowStart_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_windowStart_name);

	zval property_windowEnd_default_value;
	ZVAL_UNDEF(&property_windowEnd_default_value);
	zend_string *property_windowEnd_name = zend_string_init("windowEnd", sizeof("windowEnd") - 1, 1);
	zend_declare_typed_property(class_entry, property_windowEnd_name, &property_windowEnd_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_windowEnd_name);

	return class_entry;
}
