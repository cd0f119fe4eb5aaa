/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 91ae700f415c7aa6fb7c2dbc6f66b77071be615a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Faq_Index___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Faq_Index_build, 0, 1, ShopCx\\Faq\\Index, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, entries, Traversable, MAY_BE_ARRAY, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Faq_Index_load, 0, 1, ShopCx\\Faq\\Index, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Faq_Index_save, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Faq_Index_search, 0, 1, ShopCx\\Faq\\Result, 0)
	ZEND_ARG_TYPE_INFO(0, query, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "10")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Faq_Index_suggest, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, prefix, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "5")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Faq_Index_related, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_MASK(0, id, MAY_BE_STRING|MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "5")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, coViews, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Faq_Index_setPopularity, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, popularity, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Faq_Index_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Faq_Hit___construct arginfo_class_ShopCx_Faq_Index___construct

#define arginfo_class_ShopCx_Faq_Hit_toArray arginfo_class_ShopCx_Faq_Index_stats

#define arginfo_class_ShopCx_Faq_Result___construct arginfo_class_ShopCx_Faq_Index___construct

#define arginfo_class_ShopCx_Faq_Result_toArray arginfo_class_ShopCx_Faq_Index_stats


ZEND_METHOD(ShopCx_Faq_Index, __construct);
ZEND_METHOD(ShopCx_Faq_Index, build);
ZEND_METHOD(ShopCx_Faq_Index, load);
ZEND_METHOD(ShopCx_Faq_Index, save);
ZEND_METHOD(ShopCx_Faq_Index, search);
ZEND_METHOD(ShopCx_Faq_Index, suggest);
ZEND_METHOD(ShopCx_Faq_Index, related);
ZEND_METHOD(ShopCx_Faq_Index, setPopularity);
ZEND_METHOD(ShopCx_Faq_Index, stats);
ZEND_METHOD(ShopCx_Faq_Hit, __construct);
ZEND_METHOD(ShopCx_Faq_Hit, toArray);
ZEND_METHOD(ShopCx_Faq_Result, __construct);
ZEND_METHOD(ShopCx_Faq_Result, toArray);


static const zend_function_entry class_ShopCx_Faq_Index_methods[] = {
	ZEND_ME(ShopCx_Faq_Index, __construct, arginfo_class_ShopCx_Faq_Index___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Faq_Index, build, arginfo_class_ShopCx_Faq_Index_build, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Faq_Index, load, arginfo_class_ShopCx_Faq_Index_load, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Faq_Index, save, arginfo_class_ShopCx_Faq_Index_save, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Faq_Index, search, arginfo_class_ShopCx_Faq_Index_search, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Faq_Index, suggest, arginfo_class_ShopCx_Faq_Index_suggest, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Faq_Index, related, arginfo_class_ShopCx_Faq_Index_related, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Faq_Index, setPopularity, arginfo_class_ShopCx_Faq_Index_setPopularity, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Faq_Index, stats, arginfo_class_ShopCx_Faq_Index_stats, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Faq_Hit_methods[] = {
	ZEND_ME(ShopCx_Faq_Hit, __construct, arginfo_class_ShopCx_Faq_Hit___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Faq_Hit, toArray, arginfo_class_ShopCx_Faq_Hit_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Faq_Result_methods[] = {
	ZEND_ME(ShopCx_Faq_Result, __construct, arginfo_class_ShopCx_Faq_Result___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Faq_Result, toArray, arginfo_class_ShopCx_Faq_Result_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Faq_Index(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Faq", "Index", class_ShopCx_Faq_Index_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Faq_Hit(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Faq", "Hit", class_ShopCx_Faq_Hit_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_id_default_value;
	ZVAL_UNDEF(&property_id_default_value);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_id_name);

	zval property_score_default_value;
	ZVAL_UNDEF(&property_score_default_value);
	zend_string *property_score_name = zend_string_init("score", sizeof("score") - 1, 1);
	zend_declare_typed_property(class_entry, property_score_name, &property_score_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_score_name);

	zval property_question_default_value;
	ZVAL_UNDEF(&property_question_default_value);
	zend_string *property_question_name = zend_string_init("question", sizeof("question") - 1, 1);
	zend_declare_typed_property(class_entry, property_question_name, &property_question_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_question_name);

	zval property_questionHighlight_default_value;
	ZVAL_UNDEF(&property_questionHighlight_default_value);
	zend_string *property_questionHighlight_name = zend_string_init("questionHighlight", sizeof("questionHighlight") - 1, 1);
	zend_declare_typed_property(class_entry, property_questionHighlight_name, &property_questionHighlight_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_questionHighlight_name);

	zval property_highlight_default_value;
	ZVAL_UNDEF(&property_highlight_default_value);
	zend_string *property_highlight_name = zend_string_init("highlight", sizeof("highlight") - 1, 1);
	zend_declare_typed_property(class_entry, property_highlight_name, &property_highlight_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_highlight_name);

	zval property_category_default_value;
	ZVAL_UNDEF(&property_category_default_value);
	zend_string *property_category_name = zend_string_init("category", sizeof("category") - 1, 1);
	zend_declare_typed_property(class_entry, property_category_name, &property_category_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_category_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Faq_Result(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Faq", "Result", class_ShopCx_Faq_Result_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_query_default_value;
	ZVAL_UNDEF(&property_query_default_value);
	zend_string *property_query_name = zend_string_init("query", sizeof("query") - 1, 1);
	zend_declare_typed_property(class_entry, property_query_name, &property_query_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_query_name);

	zval property_hits_default_value;
	ZVAL_UNDEF(&property_hits_default_value);
	zend_string *property_hits_name = zend_string_init("hits", sizeof("hits") - 1, 1);
	zend_declare_typed_property(class_entry, property_hits_name, &property_hits_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_hits_name);

	zval property_total_default_value;
	ZVAL_UNDEF(&property_total_default_value);
	zend_string *property_total_name = zend_string_init("total", sizeof("total") - 1, 1);
	zend_declare_typed_property(class_entry, property_total_name, &property_total_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_total_name);

	zval property_answered_default_value;
	ZVAL_UNDEF(&property_answered_default_value);
	zend_string *property_answered_name = zend_string_init("answered", sizeof("answered") - 1, 1);
	zend_declare_typed_property(class_entry, property_answered_name, &property_answered_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_answered_name);

	zval property_unknownWords_default_value;
	ZVAL_UNDEF(&property_unknownWords_default_value);
	zend_string *property_unknownWords_name = zend_string_init("unknownWords", sizeof("unknownWords") - 1, 1);
	zend_declare_typed_property(class_entry, property_unknownWords_name, &property_unknownWords_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_unknownWords_name);

	return class_entry;
}
