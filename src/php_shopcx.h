/*
 * ShopCX: customer-service building blocks for webshops.
 * Module-wide declarations: version, globals, the per-feature init chain.
 * SPDX-License-Identifier: MIT
 */
#ifndef PHP_SHOPCX_H
#define PHP_SHOPCX_H

#include "php.h"

extern zend_module_entry shopcx_module_entry;
#define phpext_shopcx_ptr &shopcx_module_entry

#define PHP_SHOPCX_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_SHOPCX)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

ZEND_BEGIN_MODULE_GLOBALS(shopcx)
	/* shopcx.default_locale: language of built-in texts when a call names none (nl, en, de, fr). */
	char *default_locale;
	/* shopcx.register: form of address of built-in texts when a call names none (formal, informal). */
	char *default_register;
	/* shopcx.faq_cache_size: how many loaded FAQ index files one worker keeps mapped. */
	zend_long faq_cache_size;
	/* Per-process FAQ index cache (owned by src/faq); NULL until the first load(). */
	void *faq_cache;
ZEND_END_MODULE_GLOBALS(shopcx)

ZEND_EXTERN_MODULE_GLOBALS(shopcx)
#define SHOPCX_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(shopcx, v)

/*
 * One MINIT/MSHUTDOWN pair per feature folder, chained from the module's own.
 * A feature adds its classes in its MINIT and frees process-wide state in its MSHUTDOWN.
 */
PHP_MINIT_FUNCTION(shopcx_common);
PHP_MINIT_FUNCTION(shopcx_token);
PHP_MINIT_FUNCTION(shopcx_stock);
PHP_MINIT_FUNCTION(shopcx_delivery);
PHP_MINIT_FUNCTION(shopcx_faq);
PHP_MINIT_FUNCTION(shopcx_review);
PHP_MINIT_FUNCTION(shopcx_effort);
PHP_MINIT_FUNCTION(shopcx_cart);
PHP_MINIT_FUNCTION(shopcx_chat);
PHP_MINIT_FUNCTION(shopcx_outreach);
PHP_MINIT_FUNCTION(shopcx_webhook);

PHP_MSHUTDOWN_FUNCTION(shopcx_faq);
/* Frees one thread's FAQ cache (src/faq/faq_cache.c); called when that thread's globals go. */
void faq_cache_destroy(void **slot);
PHP_MSHUTDOWN_FUNCTION(shopcx_webhook);

#endif /* PHP_SHOPCX_H */
