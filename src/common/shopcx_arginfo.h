/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 24fdf8196607a784bd024af22a0b163c560f1ad9 */




static const zend_function_entry class_ShopCx_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_ConfigException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_IndexException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_ShopCx_TokenException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_ShopCx_Exception(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx", "Exception", class_ShopCx_Exception_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_ConfigException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_ShopCx_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx", "ConfigException", class_ShopCx_ConfigException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
	zend_class_implements(class_entry, 1, class_entry_ShopCx_Exception);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_IndexException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_ShopCx_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx", "IndexException", class_ShopCx_IndexException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
	zend_class_implements(class_entry, 1, class_entry_ShopCx_Exception);

	return class_entry;
}

static zend_class_entry *register_class_ShopCx_TokenException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_ShopCx_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ShopCx", "TokenException", class_ShopCx_TokenException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
	zend_class_implements(class_entry, 1, class_entry_ShopCx_Exception);

	zval const_MALFORMED_value;
	ZVAL_LONG(&const_MALFORMED_value, SHOPCX_TOKEN_MALFORMED);
	zend_string *const_MALFORMED_name = zend_string_init_interned("MALFORMED", sizeof("MALFORMED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MALFORMED_name, &const_MALFORMED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MALFORMED_name);

	zval const_TRUNCATED_value;
	ZVAL_LONG(&const_TRUNCATED_value, SHOPCX_TOKEN_TRUNCATED);
	zend_string *const_TRUNCATED_name = zend_string_init_interned("TRUNCATED", sizeof("TRUNCATED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TRUNCATED_name, &const_TRUNCATED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TRUNCATED_name);

	zval const_BAD_SIGNATURE_value;
	ZVAL_LONG(&const_BAD_SIGNATURE_value, SHOPCX_TOKEN_BAD_SIGNATURE);
	zend_string *const_BAD_SIGNATURE_name = zend_string_init_interned("BAD_SIGNATURE", sizeof("BAD_SIGNATURE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BAD_SIGNATURE_name, &const_BAD_SIGNATURE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BAD_SIGNATURE_name);

	zval const_WRONG_PURPOSE_value;
	ZVAL_LONG(&const_WRONG_PURPOSE_value, SHOPCX_TOKEN_WRONG_PURPOSE);
	zend_string *const_WRONG_PURPOSE_name = zend_string_init_interned("WRONG_PURPOSE", sizeof("WRONG_PURPOSE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_WRONG_PURPOSE_name, &const_WRONG_PURPOSE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_WRONG_PURPOSE_name);

	zval const_EXPIRED_value;
	ZVAL_LONG(&const_EXPIRED_value, SHOPCX_TOKEN_EXPIRED);
	zend_string *const_EXPIRED_name = zend_string_init_interned("EXPIRED", sizeof("EXPIRED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EXPIRED_name, &const_EXPIRED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EXPIRED_name);

	zval const_UNKNOWN_KEY_value;
	ZVAL_LONG(&const_UNKNOWN_KEY_value, SHOPCX_TOKEN_UNKNOWN_KEY);
	zend_string *const_UNKNOWN_KEY_name = zend_string_init_interned("UNKNOWN_KEY", sizeof("UNKNOWN_KEY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNKNOWN_KEY_name, &const_UNKNOWN_KEY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNKNOWN_KEY_name);

	zval const_INVALID_UTF8_value;
	ZVAL_LONG(&const_INVALID_UTF8_value, SHOPCX_TOKEN_INVALID_UTF8);
	zend_string *const_INVALID_UTF8_name = zend_string_init_interned("INVALID_UTF8", sizeof("INVALID_UTF8") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_INVALID_UTF8_name, &const_INVALID_UTF8_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_INVALID_UTF8_name);

	zval const_NOT_YET_VALID_value;
	ZVAL_LONG(&const_NOT_YET_VALID_value, SHOPCX_TOKEN_NOT_YET_VALID);
	zend_string *const_NOT_YET_VALID_name = zend_string_init_interned("NOT_YET_VALID", sizeof("NOT_YET_VALID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NOT_YET_VALID_name, &const_NOT_YET_VALID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NOT_YET_VALID_name);

	return class_entry;
}
