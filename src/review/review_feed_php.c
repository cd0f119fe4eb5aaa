/*
 * ShopCx\Review\Feed: Google product-reviews feed (XML schema 2.3), written review by review
 * through one reused buffer, so memory stays flat for any number of reviews.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "php_shopcx.h"
#include "common/shopcx_utf8.h"
#include "review_php.h"
#include "review_xml.h"
#include "review_dates.h"

#define FEED_MAX_FIELD 4096

typedef struct {
	zval res;            /* the stream resource, one reference held (ours or the caller's) */
	bool owns;           /* opened from a path: closing the feed closes the file */
	bool closed;
	zend_long written;
	smart_str buf;       /* one review at a time */
	zend_object std;
} feed_object;

static zend_object_handlers feed_handlers;

static inline feed_object *feed_from_obj(zend_object *obj)
{
	return (feed_object *) ((char *) obj - offsetof(feed_object, std));
}
#define Z_FEED_P(zv) feed_from_obj(Z_OBJ_P(zv))

static zend_object *feed_create(zend_class_entry *ce)
{
	feed_object *intern = zend_object_alloc(sizeof(feed_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	ZVAL_UNDEF(&intern->res);
	intern->std.handlers = &feed_handlers;
	return &intern->std;
}

static void feed_free(zend_object *object)
{
	feed_object *intern = feed_from_obj(object);
	/* Dropping our reference closes a file we opened (without the closing tags: an unfinished
	 * feed must not look complete); a caller's stream stays open. */
	zval_ptr_dtor(&intern->res);
	smart_str_free(&intern->buf);
	zend_object_std_dtor(&intern->std);
}

/* The stream while it is usable; throws otherwise. */
static php_stream *feed_stream(feed_object *intern)
{
	php_stream *stream;
	if (Z_TYPE(intern->res) != IS_RESOURCE) {
		zend_throw_error(NULL, "ShopCx\\Review\\Feed object is not initialized");
		return NULL;
	}
	if (intern->closed) {
		zend_throw_error(NULL, "The feed is closed");
		return NULL;
	}
	stream = (php_stream *) zend_fetch_resource2(Z_RES(intern->res), NULL, php_file_le_stream(), php_file_le_pstream());
	if (!stream) {
		zend_throw_exception(spl_ce_RuntimeException, "The feed's stream was closed", 0);
	}
	return stream;
}

static bool feed_write(php_stream *stream, smart_str *buf)
{
	size_t len = buf->s ? ZSTR_LEN(buf->s) : 0;
	if (len && php_stream_write(stream, ZSTR_VAL(buf->s), len) != (ssize_t) len) {
		zend_throw_exception(spl_ce_RuntimeException, "Could not write to the feed", 0);
		return false;
	}
	if (buf->s) {
		ZSTR_LEN(buf->s) = 0;   /* keep the allocation for the next review */
	}
	return true;
}

static void append_escaped(smart_str *buf, const char *s, size_t len)
{
	char *dst = smart_str_extend(buf, REVIEW_XML_CAPACITY(len));
	size_t w = review_xml_escape(s, len, dst);
	ZSTR_LEN(buf->s) -= REVIEW_XML_CAPACITY(len) - w;
}

static void append_element(smart_str *buf, const char *name, const char *s, size_t len)
{
	smart_str_appendc(buf, '<');
	smart_str_appends(buf, name);
	smart_str_appendc(buf, '>');
	append_escaped(buf, s, len);
	smart_str_appendl(buf, "</", 2);
	smart_str_appends(buf, name);
	smart_str_appendc(buf, '>');
}

/* A string key of argument `arg`: NULL when absent, throws on a wrong type, bad UTF-8, too long. */
static bool key_string(HashTable *ht, const char *key, uint32_t arg, const char *prefix, size_t max, bool required,
	zend_string **out)
{
	zval *v = zend_hash_str_find_deref(ht, key, strlen(key));
	*out = NULL;
	if (v && Z_TYPE_P(v) == IS_LONG) {   /* ids are often ints */
		*out = zend_long_to_str(Z_LVAL_P(v));
		return true;
	}
	if (v && Z_TYPE_P(v) != IS_NULL && Z_TYPE_P(v) != IS_STRING) {
		zend_argument_type_error(arg, "%skey \"%s\" must be of type string, %s given", prefix, key, zend_zval_type_name(v));
		return false;
	}
	if (v && Z_TYPE_P(v) == IS_STRING && (Z_STRLEN_P(v) > max || !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v)))) {
		zend_argument_value_error(arg, "%skey \"%s\" must be valid UTF-8 of at most %zu bytes", prefix, key, max);
		return false;
	}
	if (!v || Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
		if (required) {
			zend_argument_value_error(arg, "%skey \"%s\" must be a non-empty string", prefix, key);
			return false;
		}
		return true;
	}
	*out = zend_string_copy(Z_STR_P(v));
	return true;
}

PHP_METHOD(ShopCx_Review_Feed, __construct)
{
	zval *target;
	HashTable *publisher;
	feed_object *intern = Z_FEED_P(ZEND_THIS);
	zend_string *name = NULL, *favicon = NULL;
	php_stream *stream;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(target)
		Z_PARAM_ARRAY_HT(publisher)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE(intern->res) != IS_UNDEF) {
		zend_throw_error(NULL, "Cannot call ShopCx\\Review\\Feed::__construct() twice");
		RETURN_THROWS();
	}
	if (!key_string(publisher, "name", 2, "", FEED_MAX_FIELD, true, &name)
		|| !key_string(publisher, "favicon", 2, "", FEED_MAX_FIELD, false, &favicon)) {
		if (name) {
			zend_string_release(name);
		}
		RETURN_THROWS();
	}
	if (Z_TYPE_P(target) == IS_STRING) {
		if (Z_STRLEN_P(target) == 0 || memchr(Z_STRVAL_P(target), '\0', Z_STRLEN_P(target))) {
			zend_argument_value_error(1, "must be a non-empty path without NUL bytes");
			goto fail;
		}
		stream = php_stream_open_wrapper(Z_STRVAL_P(target), "wb", 0, NULL);
		if (!stream) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Could not open \"%s\" for writing", Z_STRVAL_P(target));
			goto fail;
		}
		php_stream_to_zval(stream, &intern->res);
		intern->owns = true;
	} else if (Z_TYPE_P(target) == IS_RESOURCE) {
		stream = (php_stream *) zend_fetch_resource2(Z_RES_P(target), NULL, php_file_le_stream(), php_file_le_pstream());
		if (!stream) {
			zend_argument_type_error(1, "must be a file path or a stream resource");
			goto fail;
		}
		if (!strpbrk(stream->mode, "waxc+")) {
			zend_argument_value_error(1, "must be a stream opened for writing");
			goto fail;
		}
		ZVAL_COPY(&intern->res, target);
	} else {
		zend_argument_type_error(1, "must be of type string|resource, %s given", zend_zval_type_name(target));
		goto fail;
	}

	smart_str_appends(&intern->buf,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<feed xmlns:vc=\"http://www.w3.org/2007/XMLSchema-versioning\""
		" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
		" xsi:noNamespaceSchemaLocation=\"http://www.google.com/shopping/reviews/schema/product/2.3/product_reviews.xsd\">\n"
		"<version>2.3</version>\n<publisher>");
	append_element(&intern->buf, "name", ZSTR_VAL(name), ZSTR_LEN(name));
	if (favicon) {
		append_element(&intern->buf, "favicon", ZSTR_VAL(favicon), ZSTR_LEN(favicon));
	}
	smart_str_appends(&intern->buf, "</publisher>\n<reviews>\n");
	zend_string_release(name);
	if (favicon) {
		zend_string_release(favicon);
	}
	if (!feed_write(stream, &intern->buf)) {
		RETURN_THROWS();
	}
	return;

fail:
	zend_string_release(name);
	if (favicon) {
		zend_string_release(favicon);
	}
	RETURN_THROWS();
}

#define REL(s) do { if (s) { zend_string_release(s); } } while (0)

PHP_METHOD(ShopCx_Review_Feed, add)
{
	HashTable *review, *product = NULL;
	feed_object *intern = Z_FEED_P(ZEND_THIS);
	php_stream *stream;
	zend_string *id = NULL, *author = NULL, *title = NULL, *content = NULL, *url = NULL;
	zend_string *p_url = NULL, *p_name = NULL, *gtin = NULL, *sku = NULL, *mpn = NULL, *brand = NULL;
	zval *rating, *date, *verified, *prod;
	int64_t ts;
	int stars;
	char stamp[32];
	smart_str *b = &intern->buf;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(review)
	ZEND_PARSE_PARAMETERS_END();

	if ((stream = feed_stream(intern)) == NULL) {
		RETURN_THROWS();
	}
	/* Check everything before writing a byte: a rejected review leaves the feed well-formed. */
	rating = zend_hash_str_find_deref(review, "rating", sizeof("rating") - 1);
	if (!rating || (stars = review_rating_value(rating)) <= 0) {
		zend_argument_value_error(1, "key \"rating\" must be a whole rating from 1 to 5");
		RETURN_THROWS();
	}
	date = zend_hash_str_find_deref(review, "date", sizeof("date") - 1);
	if (!date) {
		zend_argument_value_error(1, "key \"date\" is required");
		RETURN_THROWS();
	}
	if (!review_date_time(date, 1, -1, "date", &ts)) {
		RETURN_THROWS();
	}
	verified = zend_hash_str_find_deref(review, "verified", sizeof("verified") - 1);
	if (verified && Z_TYPE_P(verified) != IS_TRUE && Z_TYPE_P(verified) != IS_FALSE && Z_TYPE_P(verified) != IS_NULL) {
		zend_argument_type_error(1, "key \"verified\" must be of type bool, %s given", zend_zval_type_name(verified));
		RETURN_THROWS();
	}
	prod = zend_hash_str_find_deref(review, "product", sizeof("product") - 1);
	if (!prod || Z_TYPE_P(prod) != IS_ARRAY) {
		zend_argument_value_error(1, "key \"product\" must be an array with at least \"url\"");
		RETURN_THROWS();
	}
	product = Z_ARRVAL_P(prod);
	if (!key_string(review, "id", 1, "", 256, true, &id)
		|| !key_string(review, "author", 1, "", 256, false, &author)
		|| !key_string(review, "title", 1, "", REVIEW_MAX_TITLE, false, &title)
		|| !key_string(review, "content", 1, "", REVIEW_MAX_TEXT, true, &content)
		|| !key_string(review, "url", 1, "", FEED_MAX_FIELD, true, &url)
		|| !key_string(product, "url", 1, "product ", FEED_MAX_FIELD, true, &p_url)
		|| !key_string(product, "name", 1, "product ", FEED_MAX_FIELD, false, &p_name)
		|| !key_string(product, "gtin", 1, "product ", 64, false, &gtin)
		|| !key_string(product, "sku", 1, "product ", 256, false, &sku)
		|| !key_string(product, "mpn", 1, "product ", 256, false, &mpn)
		|| !key_string(product, "brand", 1, "product ", 256, false, &brand)) {
		goto done;
	}

	/* Elements in the order of the 2.3 schema's sequence. */
	smart_str_appends(b, "<review>");
	append_element(b, "review_id", ZSTR_VAL(id), ZSTR_LEN(id));
	smart_str_appends(b, "<reviewer>");
	if (author) {
		append_element(b, "name", ZSTR_VAL(author), ZSTR_LEN(author));
	} else {
		smart_str_appends(b, "<name is_anonymous=\"true\">Anonymous</name>");
	}
	smart_str_appends(b, "</reviewer>");
	review_format_iso_utc(ts, stamp);
	append_element(b, "review_timestamp", stamp, strlen(stamp));
	if (title) {
		append_element(b, "title", ZSTR_VAL(title), ZSTR_LEN(title));
	}
	append_element(b, "content", ZSTR_VAL(content), ZSTR_LEN(content));
	smart_str_appends(b, "<review_url type=\"singleton\">");
	append_escaped(b, ZSTR_VAL(url), ZSTR_LEN(url));
	smart_str_appends(b, "</review_url><ratings><overall min=\"1\" max=\"5\">");
	smart_str_append_long(b, stars);
	smart_str_appends(b, "</overall></ratings><products><product>");
	if (gtin || mpn || sku || brand) {
		smart_str_appends(b, "<product_ids>");
		if (gtin) {
			smart_str_appends(b, "<gtins>");
			append_element(b, "gtin", ZSTR_VAL(gtin), ZSTR_LEN(gtin));
			smart_str_appends(b, "</gtins>");
		}
		if (mpn) {
			smart_str_appends(b, "<mpns>");
			append_element(b, "mpn", ZSTR_VAL(mpn), ZSTR_LEN(mpn));
			smart_str_appends(b, "</mpns>");
		}
		if (sku) {
			smart_str_appends(b, "<skus>");
			append_element(b, "sku", ZSTR_VAL(sku), ZSTR_LEN(sku));
			smart_str_appends(b, "</skus>");
		}
		if (brand) {
			smart_str_appends(b, "<brands>");
			append_element(b, "brand", ZSTR_VAL(brand), ZSTR_LEN(brand));
			smart_str_appends(b, "</brands>");
		}
		smart_str_appends(b, "</product_ids>");
	}
	if (p_name) {
		append_element(b, "product_name", ZSTR_VAL(p_name), ZSTR_LEN(p_name));
	}
	append_element(b, "product_url", ZSTR_VAL(p_url), ZSTR_LEN(p_url));
	smart_str_appends(b, "</product></products><is_spam>false</is_spam>");
	if (verified && Z_TYPE_P(verified) != IS_NULL) {
		smart_str_appends(b, Z_TYPE_P(verified) == IS_TRUE
			? "<collection_method>post_fulfillment</collection_method>"
			: "<collection_method>unsolicited</collection_method>");
	}
	smart_str_appends(b, "</review>\n");
	if (feed_write(stream, b)) {
		intern->written++;
	}

done:
	REL(id); REL(author); REL(title); REL(content); REL(url);
	REL(p_url); REL(p_name); REL(gtin); REL(sku); REL(mpn); REL(brand);
}

PHP_METHOD(ShopCx_Review_Feed, close)
{
	feed_object *intern = Z_FEED_P(ZEND_THIS);
	php_stream *stream;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((stream = feed_stream(intern)) == NULL) {
		RETURN_THROWS();
	}
	smart_str_appends(&intern->buf, "</reviews>\n</feed>\n");
	if (!feed_write(stream, &intern->buf)) {
		RETURN_THROWS();
	}
	intern->closed = true;
	if (intern->owns) {
		zend_list_close(Z_RES(intern->res));
	} else {
		php_stream_flush(stream);
	}
	smart_str_free(&intern->buf);
	RETURN_LONG(intern->written);
}

void review_feed_setup(void)
{
	review_ce_feed->create_object = feed_create;
	memcpy(&feed_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	feed_handlers.offset = offsetof(feed_object, std);
	feed_handlers.free_obj = feed_free;
	feed_handlers.clone_obj = NULL;
}
