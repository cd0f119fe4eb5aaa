/*
 * ShopCX module entry: INI settings, globals, the MINIT chain over the feature
 * folders and the phpinfo() section.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include "php_shopcx.h"
#include "common/shopcx_locale.h"

#include <curl/curl.h>
#include <jansson.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <libstemmer.h>
#include <utf8proc.h>

ZEND_DECLARE_MODULE_GLOBALS(shopcx)

/* Accept only the locales ShopCX ships texts for, so a typo in php.ini is caught at startup. */
static ZEND_INI_MH(OnUpdateShopcxLocale)
{
	if (shopcx_locale_from_name(ZSTR_VAL(new_value), ZSTR_LEN(new_value)) == SHOPCX_LOCALE_INVALID) {
		php_error_docref(NULL, E_WARNING,
			"shopcx.default_locale must be one of nl, en, de, fr, \"%s\" given", ZSTR_VAL(new_value));
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(OnUpdateShopcxRegister)
{
	if (shopcx_register_from_name(ZSTR_VAL(new_value), ZSTR_LEN(new_value)) == SHOPCX_REGISTER_INVALID) {
		php_error_docref(NULL, E_WARNING,
			"shopcx.register must be \"formal\" or \"informal\", \"%s\" given", ZSTR_VAL(new_value));
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(OnUpdateShopcxCacheSize)
{
	zend_long size = ZEND_STRTOL(ZSTR_VAL(new_value), NULL, 10);
	if (size < 0 || size > 1024) {
		php_error_docref(NULL, E_WARNING, "shopcx.faq_cache_size must be between 0 and 1024");
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("shopcx.default_locale", "en", PHP_INI_ALL, OnUpdateShopcxLocale,
		default_locale, zend_shopcx_globals, shopcx_globals)
	STD_PHP_INI_ENTRY("shopcx.register", "formal", PHP_INI_ALL, OnUpdateShopcxRegister,
		default_register, zend_shopcx_globals, shopcx_globals)
	STD_PHP_INI_ENTRY("shopcx.faq_cache_size", "8", PHP_INI_SYSTEM, OnUpdateShopcxCacheSize,
		faq_cache_size, zend_shopcx_globals, shopcx_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(shopcx)
{
#if defined(COMPILE_DL_SHOPCX) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(shopcx_globals, 0, sizeof(*shopcx_globals));
}

/* Under ZTS every thread has its own FAQ cache; MSHUTDOWN only sees the main thread's. */
static PHP_GSHUTDOWN_FUNCTION(shopcx)
{
	faq_cache_destroy(&shopcx_globals->faq_cache);
}

static PHP_MINIT_FUNCTION(shopcx)
{
	REGISTER_INI_ENTRIES();

	/* Order matters: common registers the exception types every feature throws. */
	if (PHP_MINIT(shopcx_common)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_token)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_stock)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_delivery)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_faq)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_review)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_effort)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_cart)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_chat)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_outreach)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
		|| PHP_MINIT(shopcx_webhook)(INIT_FUNC_ARGS_PASSTHRU) == FAILURE) {
		return FAILURE;
	}
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(shopcx)
{
	PHP_MSHUTDOWN(shopcx_webhook)(SHUTDOWN_FUNC_ARGS_PASSTHRU);
	PHP_MSHUTDOWN(shopcx_faq)(SHUTDOWN_FUNC_ARGS_PASSTHRU);
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(shopcx)
{
#if defined(ZTS) && defined(COMPILE_DL_SHOPCX)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(shopcx)
{
	char pcre2_version[64] = "unknown";
	char stemmer_langs[512];
	size_t used = 0;
	const char **lang;
	const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);

	pcre2_config(PCRE2_CONFIG_VERSION, pcre2_version);

	/* libstemmer has no version call; its language list is what matters to a merchant. */
	stemmer_langs[0] = '\0';
	for (lang = sb_stemmer_list(); *lang != NULL; lang++) {
		int n = snprintf(stemmer_langs + used, sizeof(stemmer_langs) - used, "%s%s", used ? ", " : "", *lang);
		if (n < 0 || (size_t) n >= sizeof(stemmer_langs) - used) {
			break;
		}
		used += (size_t) n;
	}

	php_info_print_table_start();
	php_info_print_table_row(2, "ShopCX support", "enabled");
	php_info_print_table_row(2, "ShopCX version", PHP_SHOPCX_VERSION);
	php_info_print_table_row(2, "libcurl version", curl ? curl->version : "unknown");
	php_info_print_table_row(2, "jansson version", jansson_version_str());
	php_info_print_table_row(2, "pcre2 version", pcre2_version);
	php_info_print_table_row(2, "libstemmer languages", stemmer_langs);
	php_info_print_table_row(2, "utf8proc version", utf8proc_version());
	php_info_print_table_row(2, "utf8proc Unicode version", utf8proc_unicode_version());
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep shopcx_deps[] = {
	ZEND_MOD_REQUIRED("date")
	ZEND_MOD_REQUIRED("hash")
	ZEND_MOD_REQUIRED("random")
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry shopcx_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	shopcx_deps,
	"shopcx",
	NULL,                       /* functions: everything lives in classes */
	PHP_MINIT(shopcx),
	PHP_MSHUTDOWN(shopcx),
	PHP_RINIT(shopcx),
	NULL,
	PHP_MINFO(shopcx),
	PHP_SHOPCX_VERSION,
	PHP_MODULE_GLOBALS(shopcx),
	PHP_GINIT(shopcx),
	PHP_GSHUTDOWN(shopcx),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_SHOPCX
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(shopcx)
#endif
