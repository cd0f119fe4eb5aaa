/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 39d23fc4e97a099f6b6f6f63634be5e74b8965b8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Review_Moderator___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Review_Moderator_check, 0, 1, ShopCx\\Review\\Verdict, 0)
	ZEND_ARG_TYPE_INFO(0, text, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, title, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Moderator_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Review_Verdict___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Review_Verdict_toArray arginfo_class_ShopCx_Review_Moderator_stats

#define arginfo_class_ShopCx_Review_Summary___construct arginfo_class_ShopCx_Review_Verdict___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Review_Summary_fromRatings, 0, 1, ShopCx\\Review\\Summary, 0)
	ZEND_ARG_TYPE_INFO(0, ratings, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Review_Summary_fromArray, 0, 1, ShopCx\\Review\\Summary, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Review_Summary_merge, 0, 1, ShopCx\\Review\\Summary, 0)
	ZEND_ARG_OBJ_INFO(0, other, ShopCx\\Review\\Summary, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Summary_bayesian, 0, 0, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, priorMean, IS_DOUBLE, 0, "3.0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, priorWeight, IS_DOUBLE, 0, "10.0")
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Review_Summary_toArray arginfo_class_ShopCx_Review_Moderator_stats

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Summary_jsonLd, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, product, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reviews, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Review_Feed___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, target, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, publisher, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Feed_add, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, review, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Feed_close, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Review_Invitation___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, token, ShopCx\\Token, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ttl, IS_LONG, 0, "5184000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Invitation_issue, 0, 4, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, orderId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, itemId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_ShopCx_Review_Invitation_verify, 0, 2, ShopCx\\Review\\Verification, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, email, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Invitation_dueAt, 0, 2, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO(0, order, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, calendar, ShopCx\\Delivery\\Calendar, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, businessDays, IS_LONG, 0, "5")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Review_Invitation_disclosure, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, locale, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Review_Verification___construct arginfo_class_ShopCx_Review_Verdict___construct

#define arginfo_class_ShopCx_Review_Verification_toArray arginfo_class_ShopCx_Review_Moderator_stats


ZEND_METHOD(ShopCx_Review_Moderator, __construct);
ZEND_METHOD(ShopCx_Review_Moderator, check);
ZEND_METHOD(ShopCx_Review_Moderator, stats);
ZEND_METHOD(ShopCx_Review_Verdict, __construct);
ZEND_METHOD(ShopCx_Review_Verdict, toArray);
ZEND_METHOD(ShopCx_Review_Summary, __construct);
ZEND_METHOD(ShopCx_Review_Summary, fromRatings);
ZEND_METHOD(ShopCx_Review_Summary, fromArray);
ZEND_METHOD(ShopCx_Review_Summary, merge);
ZEND_METHOD(ShopCx_Review_Summary, bayesian);
ZEND_METHOD(ShopCx_Review_Summary, toArray);
ZEND_METHOD(ShopCx_Review_Summary, jsonLd);
ZEND_METHOD(ShopCx_Review_Feed, __construct);
ZEND_METHOD(ShopCx_Review_Feed, add);
ZEND_METHOD(ShopCx_Review_Feed, close);
ZEND_METHOD(ShopCx_Review_Invitation, __construct);
ZEND_METHOD(ShopCx_Review_Invitation, issue);
ZEND_METHOD(ShopCx_Review_Invitation, verify);
ZEND_METHOD(ShopCx_Review_Invitation, dueAt);
ZEND_METHOD(ShopCx_Review_Invitation, disclosure);
ZEND_METHOD(ShopCx_Review_Verification, __construct);
ZEND_METHOD(ShopCx_Review_Verification, toArray);


static const zend_function_entry class_ShopCx_Review_Moderator_methods[] = {
	ZEND_ME(ShopCx_Review_Moderator, __construct, arginfo_class_ShopCx_Review_Moderator___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Moderator, check, arginfo_class_ShopCx_Review_Moderator_check, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Moderator, stats, arginfo_class_ShopCx_Review_Moderator_stats, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Review_Verdict_methods[] = {
	ZEND_ME(ShopCx_Review_Verdict, __construct, arginfo_class_ShopCx_Review_Verdict___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Review_Verdict, toArray, arginfo_class_ShopCx_Review_Verdict_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Review_Summary_methods[] = {
	ZEND_ME(ShopCx_Review_Summary, __construct, arginfo_class_ShopCx_Review_Summary___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Review_Summary, fromRatings, arginfo_class_ShopCx_Review_Summary_fromRatings, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Review_Summary, fromArray, arginfo_class_ShopCx_Review_Summary_fromArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Review_Summary, merge, arginfo_class_ShopCx_Review_Summary_merge, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Summary, bayesian, arginfo_class_ShopCx_Review_Summary_bayesian, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Summary, toArray, arginfo_class_ShopCx_Review_Summary_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Summary, jsonLd, arginfo_class_ShopCx_Review_Summary_jsonLd, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Review_Feed_methods[] = {
	ZEND_ME(ShopCx_Review_Feed, __construct, arginfo_class_ShopCx_Review_Feed___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Feed, add, arginfo_class_ShopCx_Review_Feed_add, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Feed, close, arginfo_class_ShopCx_Review_Feed_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Review_Invitation_methods[] = {
	ZEND_ME(ShopCx_Review_Invitation, __construct, arginfo_class_ShopCx_Review_Invitation___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Invitation, issue, arginfo_class_ShopCx_Review_Invitation_issue, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Invitation, verify, arginfo_class_ShopCx_Review_Invitation_verify, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Review_Invitation, dueAt, arginfo_class_ShopCx_Review_Invitation_dueAt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ShopCx_Review_Invitation, disclosure, arginfo_class_ShopCx_Review_Invitation_disclosure, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_Review_Verification_methods[] = {
	ZEND_ME(ShopCx_Review_Verification, __construct, arginfo_class_ShopCx_Review_Verification___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(ShopCx_Review_Verification, toArray, arginfo_class_ShopCx_Review_Verification_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Review_Moderator(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Review", "Moderator", class_ShopCx_Review_Moderator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Review_Verdict(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Review", "Verdict", class_ShopCx_Review_Verdict_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_decision_default_value;
	ZVAL_UNDEF(&property_decision_default_value);
	zend_string *property_decision_name = zend_string_init("decision", sizeof("decision") - 1, 1);
	zend_declare_typed_property(class_entry, property_decision_name, &property_decision_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_decision_name);

	zval property_reasons_default_value;
	ZVAL_UNDEF(&property_reasons_default_value);
	zend_string *property_reasons_name = zend_string_init("reasons", sizeof("reasons") - 1, 1);
	zend_declare_typed_property(class_entry, property_reasons_name, &property_reasons_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_reasons_name);

	zval property_redacted_default_value;
	ZVAL_UNDEF(&property_redacted_default_value);
	zend_string *property_redacted_name = zend_string_init("redacted", sizeof("redacted") - 1, 1);
	zend_declare_typed_property(class_entry, property_redacted_name, &property_redacted_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_redacted_name);

	zval property_redactedTitle_default_value;
	ZVAL_UNDEF(&property_redactedTitle_default_value);
	zend_string *property_redactedTitle_name = zend_string_init("redactedTitle", sizeof("redactedTitle") - 1, 1);
	zend_declare_typed_property(class_entry, property_redactedTitle_name, &property_redactedTitle_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_redactedTitle_name);

	zval property_terms_default_value;
	ZVAL_UNDEF(&property_terms_default_value);
	zend_string *property_terms_name = zend_string_init("terms", sizeof("terms") - 1, 1);
	zend_declare_typed_property(class_entry, property_terms_name, &property_terms_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_terms_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Review_Summary(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Review", "Summary", class_ShopCx_Review_Summary_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_count_default_value;
	ZVAL_UNDEF(&property_count_default_value);
	zend_string *property_count_name = zend_string_init("count", sizeof("count") - 1, 1);
	zend_declare_typed_property(class_entry, property_count_name, &property_count_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_count_name);

	zval property_sum_default_value;
	ZVAL_UNDEF(&property_sum_default_value);
	zend_string *property_sum_name = zend_string_init("sum", sizeof("sum") - 1, 1);
	zend_declare_typed_property(class_entry, property_sum_name, &property_sum_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_sum_name);

	zval property_mean_default_value;
	ZVAL_UNDEF(&property_mean_default_value);
	zend_string *property_mean_name = zend_string_init("mean", sizeof("mean") - 1, 1);
	zend_declare_typed_property(class_entry, property_mean_name, &property_mean_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_mean_name);

	zval property_histogram_default_value;
	ZVAL_UNDEF(&property_histogram_default_value);
	zend_string *property_histogram_name = zend_string_init("histogram", sizeof("histogram") - 1, 1);
	zend_declare_typed_property(class_entry, property_histogram_name, &property_histogram_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_histogram_name);

	zval property_wilsonLower_default_value;
	ZVAL_UNDEF(&property_wilsonLower_default_value);
	zend_string *property_wilsonLower_name = zend_string_init("wilsonLower", sizeof("wilsonLower") - 1, 1);
	zend_declare_typed_property(class_entry, property_wilsonLower_name, &property_wilsonLower_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_wilsonLower_name);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Review_Feed(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Review", "Feed", class_ShopCx_Review_Feed_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Review_Invitation(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Review", "Invitation", class_ShopCx_Review_Invitation_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_Review_Verification(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx\\Review", "Verification", class_ShopCx_Review_Verification_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_method_default_value;
	ZVAL_UNDEF(&property_method_default_value);
	zend_string *property_method_name = zend_string_init("method", sizeof("method") - 1, 1);
	zend_declare_typed_property(class_entry, property_method_name, &property_method_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_method_name);

	zval property_orderId_default_value;
	ZVAL_UNDEF(&property_orderId_default_value);
	zend_string *property_orderId_name = zend_string_init("orderId", sizeof("orderId") - 1, 1);
	zend_declare_typed_property(class_entry, property_orderId_name, &property_orderId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_orderId_name);

	zval property_itemId_default_value;
	ZVAL_UNDEF(&property_itemId_default_value);
	zend_string *property_itemId_name = zend_string_init("itemId", sizeof("itemId") - 1, 1);
	zend_declare_typed_property(class_entry, property_itemId_name, &property_itemId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_itemId_name);

	zval property_key_default_value;
	ZVAL_UNDEF(&property_key_default_value);
	zend_string *property_key_name = zend_string_init("key", sizeof("key") - 1, 1);
	zend_declare_typed_property(class_entry, property_key_name, &property_key_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_key_name);

	zval property_invitedAt_default_value;
	ZVAL_UNDEF(&property_invitedAt_default_value);
	zend_string *property_invitedAt_name = zend_string_init("invitedAt", sizeof("invitedAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_invitedAt_name, &property_invitedAt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_invitedAt_name);

	zval property_verifiedAt_default_value;
	ZVAL_UNDEF(&property_verifiedAt_default_value);
	zend_string *property_verifiedAt_name = zend_string_init("verifiedAt", sizeof("verifiedAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_verifiedAt_name, &property_verifiedAt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_verifiedAt_name);

	zval property_buyerChecked_default_value;
	ZVAL_UNDEF(&property_buyerChecked_default_value);
	zend_string *property_buyerChecked_name = zend_string_init("buyerChecked", sizeof("buyerChecked") - 1, 1);
	zend_declare_typed_property(class_entry, property_buyerChecked_name, &property_buyerChecked_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_buyerChecked_name);

	return class_entry;
}
