/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d7480a6fe82b16e938734e4a23171a13a021ea93 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Chat_Rules___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Chat_Rules_fromArray, 0, 1, ShopCx\\Chat\\Rules, 0)
	ZEND_ARG_TYPE_INFO(0, document, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, holidays, ShopCx\\Delivery\\Calendar, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Chat_Rules_fromJson, 0, 1, ShopCx\\Chat\\Rules, 0)
	ZEND_ARG_TYPE_INFO(0, json, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, holidays, ShopCx\\Delivery\\Calendar, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Chat_Rules_evaluate, 0, 3, ShopCx\\Chat\\Invitation, 1)
	ZEND_ARG_TYPE_INFO(0, visit, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO(0, team, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Chat_Rules_explain, 0, 3, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, visit, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO(0, team, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Chat_Rules_answerTime, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, channel, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, locale, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Chat_Rules_askAgainIn, 0, 3, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO(0, visit, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO(0, team, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Chat_Rules_isOpen, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Chat_Rules_ruleNames, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Chat_Invitation___construct arginfo_class_ShopCx_Chat_Rules___construct

#define arginfo_class_ShopCx_Chat_Invitation_toArray arginfo_class_ShopCx_Chat_Rules_ruleNames


ZEND_METHOD(ShopCx_Chat_Rules, __construct);
ZEND_METHOD(ShopCx_Chat_Rules, fromArray);
ZEND_METHOD(ShopCx_Chat_Rules, fromJson);
ZEND_METHOD(ShopCx_Chat_Rules, evaluate);
ZEND_METHOD(ShopCx_Chat_Rules, explain);
ZEND_METHOD(ShopCx_Chat_Rules, answerTime);
ZEND_METHOD(ShopCx_Chat_Rules, askAgainIn);
ZEND_METHOD(ShopCx_Chat_Rules, isOpen);
ZEND_METHOD(ShopCx_Chat_Rules, ruleNames);
ZEND_METHOD(ShopCx_Chat_Invitation, __construct);
ZEND_METHOD(ShopCx_Chat_Invitation, toArray);


static const zend_function_entry class_ShopCx_Chat_Rules_methods[] = {
	ZEND_ME(ShopCx_Chat_Rules, __construct, arginfo_class_ShopCx_Chat_Rules___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Chat_Rules, fromArray, arginfo_class_ShopCx_Chat_Rules_fromArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Chat_Rules, fromJson, arginfo_class_ShopCx_Chat_Rules_fromJson, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Chat_Rules, evaluate, arginfo_class_ShopCx_Chat_Rules_evaluate, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Chat_Rules, explain, arginfo_class_ShopCx_Chat_Rules_explain, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Chat_Rules, answerTime, arginfo_class_ShopCx_Chat_Rules_answerTime, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Chat_Rules, askAgainIn, arginfo_class_ShopCx_Chat_Rules_askAgainIn, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Chat_Rules, isOpen, arginfo_class_ShopCx_Chat_Rules_isOpen, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Chat_Rules, ruleNames, arginfo_class_ShopCx_Chat_Rules_ruleNames, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Chat_Invitation_methods[] = {
	ZEND_ME(ShopCx_Chat_Invitation, __construct, arginfo_class_ShopCx_Chat_Invitation___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Chat_Invitation, toArray, arginfo_class_ShopCx_Chat_Invitation_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Chat_Rules(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Chat", "Rules", class_ShopCx_Chat_Rules_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Chat_Invitation(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Chat", "Invitation", class_ShopCx_Chat_Invitation_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_rule_default_value;
	ZVAL_UNDEF(&property_rule_default_value);
	zend_string *property_rule_name = zend_string_init("rule", sizeof("rule") - 1, 1);
	zend_declare_typed_property(class_entry, property_rule_name, &property_rule_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_rule_name);

	zval property_kind_default_value;
	ZVAL_UNDEF(&property_kind_default_value);
	zend_string *property_kind_name = zend_string_init("kind", sizeof("kind") - 1, 1);
	zend_declare_typed_property(class_entry, property_kind_name, &property_kind_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_kind_name);

	zval property_trigger_default_value;
	ZVAL_UNDEF(&property_trigger_default_value);
	zend_string *property_trigger_name = zend_string_init("trigger", sizeof("trigger") - 1, 1);
	zend_declare_typed_property(class_entry, property_trigger_name, &property_trigger_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_trigger_name);

	zval property_message_default_value;
	ZVAL_UNDEF(&property_message_default_value);
	zend_string *property_message_name = zend_string_init("message", sizeof("message") - 1, 1);
	zend_declare_typed_property(class_entry, property_message_name, &property_message_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_message_name);

	zval property_locale_default_value;
	ZVAL_UNDEF(&property_locale_default_value);
	zend_string *property_locale_name = zend_string_init("locale", sizeof("locale") - 1, 1);
	zend_declare_typed_property(class_entry, property_locale_name, &property_locale_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_locale_name);

	zval property_reason_default_value;
	ZVAL_UNDEF(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_reason_name);

	zval property_conditions_default_value;
	ZVAL_UNDEF(&property_conditions_default_value);
	zend_string *property_conditions_name = zend_string_init("conditions", sizeof("conditions") - 1, 1);
	zend_declare_typed_property(class_entry, property_conditions_name, &property_conditions_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_conditions_name);

	zval property_questionType_default_value;
	ZVAL_UNDEF(&property_questionType_default_value);
	zend_string *property_questionType_name = zend_string_init("questionType", sizeof("questionType") - 1, 1);
	zend_declare_typed_property(class_entry, property_questionType_name, &property_questionType_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_questionType_name);

	zval property_group_default_value;
	ZVAL_UNDEF(&property_group_default_value);
	zend_string *property_group_name = zend_string_init("group", sizeof("group") - 1, 1);
	zend_declare_typed_property(class_entry, property_group_name, &property_group_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_group_name);

	zval property_expectedAnswerSeconds_default_value;
	ZVAL_UNDEF(&property_expectedAnswerSeconds_default_value);
	zend_string *property_expectedAnswerSeconds_name = zend_string_init("expectedAnswerSeconds", sizeof("expectedAnswerSeconds") - 1, 1);
	zend_declare_typed_property(class_entry, property_expectedAnswerSeconds_name, &property_expectedAnswerSeconds_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_expectedAnswerSeconds_name);

	zval property_form_default_value;
	ZVAL_UNDEF(&property_form_default_value);
	zend_string *property_form_name = zend_string_init("form", sizeof("form") - 1, 1);
	zend_declare_typed_property(class_entry, property_form_name, &property_form_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_form_name);

	zval property_routing_default_value;
	ZVAL_UNDEF(&property_routing_default_value);
	zend_string *property_routing_name = zend_string_init("routing", sizeof("routing") - 1, 1);
	zend_declare_typed_property(class_entry, property_routing_name, &property_routing_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_routing_name);

	return class_entry;
}
