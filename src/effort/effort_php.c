/*
 * ShopCX effort: module init for the feature and the value-object helpers its classes share.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_shopcx.h"
#include <inttypes.h>
#include "effort_internal.h"
#include "effort_arginfo.h"

zend_class_entry *effort_survey_ce;
zend_class_entry *effort_report_ce;
zend_class_entry *effort_result_ce;
zend_class_entry *effort_kpi_ce;
zend_class_entry *effort_badge_ce;

static ZEND_COLD void where_error(bool type, const effort_where *w, const char *format, va_list args)
{
	zend_string *message = zend_vstrpprintf(0, format, args);
	char row[48] = "";
	if (w->row >= 0) {
		snprintf(row, sizeof(row), "response %" PRId64 ": ", w->row);
	}
	if (type) {
		zend_argument_type_error(w->arg, "%s%s%s", row, w->label, ZSTR_VAL(message));
	} else {
		zend_argument_value_error(w->arg, "%s%s%s", row, w->label, ZSTR_VAL(message));
	}
	zend_string_release(message);
}

ZEND_COLD void effort_value_error(const effort_where *w, const char *format, ...)
{
	va_list args;
	va_start(args, format);
	where_error(false, w, format, args);
	va_end(args);
}

ZEND_COLD void effort_type_error(const effort_where *w, const char *format, ...)
{
	va_list args;
	va_start(args, format);
	where_error(true, w, format, args);
	va_end(args);
}

void effort_value_object(zval *out, zend_class_entry *ce, zval *values, uint32_t count)
{
	uint32_t i;
	ZEND_ASSERT((int) count == ce->default_properties_count);
	object_init_ex(out, ce);
	/* Readonly properties start uninitialized; the class is final and its slots are in
	 * declaration order, so writing the slots directly is the initialization. */
	for (i = 0; i < count; i++) {
		ZVAL_COPY_VALUE(OBJ_PROP_NUM(Z_OBJ_P(out), i), &values[i]);
	}
}

void effort_value_to_array(zend_object *obj, zval *out)
{
	int i;
	array_init_size(out, (uint32_t) obj->ce->default_properties_count);
	for (i = 0; i < obj->ce->default_properties_count; i++) {
		zend_property_info *info = obj->ce->properties_info_table[i];
		zval *value = OBJ_PROP_NUM(obj, i);
		if (info == NULL || Z_ISUNDEF_P(value)) {
			continue;
		}
		Z_TRY_ADDREF_P(value);
		zend_hash_add_new(Z_ARRVAL_P(out), info->name, value);
	}
}

/* Value classes are built only by their factories. */
ZEND_METHOD(ShopCx_Effort_Result, __construct) {}
ZEND_METHOD(ShopCx_Effort_Kpi, __construct) {}
ZEND_METHOD(ShopCx_Effort_Badge, __construct) {}

ZEND_METHOD(ShopCx_Effort_Result, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	effort_value_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(ShopCx_Effort_Kpi, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	effort_value_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(ShopCx_Effort_Badge, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	effort_value_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

PHP_MINIT_FUNCTION(shopcx_effort)
{
	effort_survey_ce = register_class_ShopCx_Effort_Survey();
	effort_survey_minit(effort_survey_ce);
	effort_report_ce = register_class_ShopCx_Effort_Report();
	effort_report_minit(effort_report_ce);
	effort_result_ce = register_class_ShopCx_Effort_Result();
	effort_kpi_ce = register_class_ShopCx_Effort_Kpi();
	effort_badge_ce = register_class_ShopCx_Effort_Badge();
	return SUCCESS;
}
