/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9f26f0baea41d7cb91186b2b4deb16797c665d89 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ShopCx_Token___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, keyId, IS_STRING, 0, "\"k1\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, previousKeys, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, leeway, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Token_issue, 0, 4, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, purpose, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, claims, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, ttl, IS_LONG, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Token_verify, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, purpose, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, now, DateTimeInterface, MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ShopCx_Token_keyId, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ShopCx_Token_generateSecret arginfo_class_ShopCx_Token_keyId


ZEND_METHOD(ShopCx_Token, __construct);
ZEND_METHOD(ShopCx_Token, issue);
ZEND_METHOD(ShopCx_Token, verify);
ZEND_METHOD(ShopCx_Token, keyId);
ZEND_METHOD(ShopCx_Token, generateSecret);


static const zend_function_entry class_ShopCx_Token_methods[] = {
	ZEND_ME(ShopCx_Token, __construct, arginfo_class_ShopCx_Token___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Token, issue, arginfo_class_ShopCx_Token_issue, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Token, verify, arginfo_class_ShopCx_Token_verify, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Token, keyId, arginfo_class_ShopCx_Token_keyId, ZEND_ACC_PUBLIC)
	ZEND_ME(ShopCx_Token, generateSecret, arginfo_class_ShopCx_Token_generateSecret, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Token(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx", "Token", class_ShopCx_Token_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
