/*
 * ShopCx\Review\Summary: star-rating statistics (review_summary.c) and schema.org JSON-LD
 * (jansson). SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_math.h"
#include "php_shopcx.h"
#include "common/shopcx_errors.h"
#include "common/shopcx_json.h"
#include "common/shopcx_time.h"
#include "common/shopcx_time_php.h"
#include "common/shopcx_utf8.h"
#include "review_php.h"
#include "review_summary.h"
#include "review_dates.h"

#define SUMMARY_MAX_PRODUCT_FIELD 4096
#define SUMMARY_MAX_REVIEWS       1000    /* entries in one JSON-LD document */

typedef struct {
	review_summary s;
	zend_object std;
} summary_object;

static zend_object_handlers summary_handlers;

static inline summary_object *summary_from_obj(zend_object *obj)
{
	return (summary_object *) ((char *) obj - offsetof(summary_object, std));
}

static zend_object *summary_create(zend_class_entry *ce)
{
	summary_object *intern = zend_object_alloc(sizeof(summary_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &summary_handlers;
	return &intern->std;
}

/* A Summary object holding `s`, with its readonly properties filled. */
static zend_object *summary_new(const review_summary *s)
{
	zend_object *obj = review_value_new(review_ce_summary);
	summary_object *intern = summary_from_obj(obj);
	int64_t count = review_summary_count(s);
	zval v, hist;
	int k;

	intern->s = *s;
	ZVAL_LONG(&v, (zend_long) count);
	review_value_set(obj, 0, &v);
	ZVAL_LONG(&v, (zend_long) review_summary_sum(s));
	review_value_set(obj, 1, &v);
	if (count) {
		ZVAL_DOUBLE(&v, (double) review_summary_sum(s) / (double) count);
	} else {
		ZVAL_NULL(&v);
	}
	review_value_set(obj, 2, &v);
	array_init_size(&hist, 5);
	for (k = 0; k < 5; k++) {
		add_index_long(&hist, k + 1, (zend_long) s->hist[k]);
	}
	review_value_set(obj, 3, &hist);
	ZVAL_DOUBLE(&v, review_summary_wilson_lower(s, REVIEW_Z95));
	review_value_set(obj, 4, &v);
	return obj;
}

PHP_METHOD(ShopCx_Review_Summary, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Review_Summary, fromRatings)
{
	HashTable *ratings;
	zval *r;
	review_summary s = {{0}};
	zend_ulong index;
	zend_string *key;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(ratings)
	ZEND_PARSE_PARAMETERS_END();

	ZEND_HASH_FOREACH_KEY_VAL(ratings, index, key, r) {
		int stars;
		ZVAL_DEREF(r);
		if (Z_TYPE_P(r) == IS_LONG && (zend_ulong) (Z_LVAL_P(r) - 1) < 5) {
			s.hist[Z_LVAL_P(r) - 1]++;   /* the common case, without a call */
			continue;
		}
		if (Z_TYPE_P(r) == IS_NULL) {
			continue;   /* a review without stars: not a rating */
		}
		stars = review_rating_value(r);
		if (stars < 0) {
			if (key) {
				zend_argument_type_error(1, "must contain int|float|string|null ratings, %s given at key \"%s\"",
					zend_zval_type_name(r), ZSTR_VAL(key));
			} else {
				zend_argument_type_error(1, "must contain int|float|string|null ratings, %s given at index " ZEND_ULONG_FMT,
					zend_zval_type_name(r), index);
			}
			RETURN_THROWS();
		}
		if (stars == 0) {
			if (key) {
				zend_argument_value_error(1, "must contain whole ratings from 1 to 5 (key \"%s\")", ZSTR_VAL(key));
			} else {
				zend_argument_value_error(1, "must contain whole ratings from 1 to 5 (index " ZEND_ULONG_FMT ")", index);
			}
			RETURN_THROWS();
		}
		s.hist[stars - 1]++;
	} ZEND_HASH_FOREACH_END();
	RETURN_OBJ(summary_new(&s));
}

PHP_METHOD(ShopCx_Review_Summary, fromArray)
{
	HashTable *data;
	zval *hist, *count, *n;
	review_summary s = {{0}};
	int k;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();

	hist = zend_hash_str_find_deref(data, "histogram", sizeof("histogram") - 1);
	if (!hist || Z_TYPE_P(hist) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(hist)) != 5) {
		zend_argument_value_error(1, "key \"histogram\" must be an array of 5 counts keyed 1 to 5");
		RETURN_THROWS();
	}
	for (k = 0; k < 5; k++) {
		n = zend_hash_index_find_deref(Z_ARRVAL_P(hist), k + 1);
		if (!n || Z_TYPE_P(n) != IS_LONG || Z_LVAL_P(n) < 0 || Z_LVAL_P(n) > (ZEND_LONG_MAX / 8)) {
			zend_argument_value_error(1, "key \"histogram\" must be an array of 5 counts keyed 1 to 5");
			RETURN_THROWS();
		}
		s.hist[k] = Z_LVAL_P(n);
	}
	count = zend_hash_str_find_deref(data, "count", sizeof("count") - 1);
	if (count && (Z_TYPE_P(count) != IS_LONG || Z_LVAL_P(count) != review_summary_count(&s))) {
		zend_argument_value_error(1, "key \"count\" does not match the histogram");
		RETURN_THROWS();
	}
	if (review_summary_count(&s) > ZEND_LONG_MAX / 8) {
		zend_argument_value_error(1, "key \"histogram\" holds too many ratings");
		RETURN_THROWS();
	}
	RETURN_OBJ(summary_new(&s));
}

PHP_METHOD(ShopCx_Review_Summary, merge)
{
	zend_object *other;
	review_summary s;
	int k;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ_OF_CLASS(other, review_ce_summary)
	ZEND_PARSE_PARAMETERS_END();

	s = summary_from_obj(Z_OBJ_P(ZEND_THIS))->s;
	for (k = 0; k < 5; k++) {
		s.hist[k] += summary_from_obj(other)->s.hist[k];
	}
	if (review_summary_count(&s) > ZEND_LONG_MAX / 8) {
		zend_argument_value_error(1, "makes the summary hold too many ratings");
		RETURN_THROWS();
	}
	RETURN_OBJ(summary_new(&s));
}

PHP_METHOD(ShopCx_Review_Summary, bayesian)
{
	double prior_mean = 3.0, weight = 10.0;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(prior_mean)
		Z_PARAM_DOUBLE(weight)
	ZEND_PARSE_PARAMETERS_END();

	if (!(prior_mean >= 1.0 && prior_mean <= 5.0)) {
		zend_argument_value_error(1, "must be between 1 and 5");
		RETURN_THROWS();
	}
	if (!(weight >= 0.0 && weight <= 1e9)) {
		zend_argument_value_error(2, "must be between 0 and 1000000000");
		RETURN_THROWS();
	}
	RETURN_DOUBLE(review_summary_bayesian(&summary_from_obj(Z_OBJ_P(ZEND_THIS))->s, prior_mean, weight));
}

PHP_METHOD(ShopCx_Review_Summary, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	review_value_to_array(Z_OBJ_P(ZEND_THIS), return_value);
}

/* ---- JSON-LD ---- */

/*
 * An optional string key of the product (arg 1) or a review (arg 2, entry `entry`): NULL when
 * absent or null, throws (returning false) when of the wrong type, invalid UTF-8 or too long.
 */
static bool opt_string(HashTable *ht, const char *key, uint32_t arg, zend_long entry, size_t max, zend_string **out)
{
	zval *v = zend_hash_str_find_deref(ht, key, strlen(key));
	*out = NULL;
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		if (entry < 0) {
			zend_argument_type_error(arg, "key \"%s\" must be of type string, %s given", key, zend_zval_type_name(v));
		} else {
			zend_argument_type_error(arg, "entry " ZEND_LONG_FMT " key \"%s\" must be of type string, %s given", entry, key,
				zend_zval_type_name(v));
		}
		return false;
	}
	if (Z_STRLEN_P(v) > max || !shopcx_utf8_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		if (entry < 0) {
			zend_argument_value_error(arg, "key \"%s\" must be valid UTF-8 of at most %zu bytes", key, max);
		} else {
			zend_argument_value_error(arg, "entry " ZEND_LONG_FMT " key \"%s\" must be valid UTF-8 of at most %zu bytes",
				entry, key, max);
		}
		return false;
	}
	if (Z_STRLEN_P(v) > 0) {
		*out = Z_STR_P(v);
	}
	return true;
}

static void set_str(json_t *obj, const char *key, zend_string *s)
{
	json_object_set_new(obj, key, json_stringn(ZSTR_VAL(s), ZSTR_LEN(s)));
}

static bool valid_price(const char *s, size_t len)
{
	size_t i = 0, digits = 0, frac = 0;
	while (i < len && s[i] >= '0' && s[i] <= '9') {
		i++;
		digits++;
	}
	if (i < len && s[i] == '.') {
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			i++;
			frac++;
		}
		if (frac == 0) {
			return false;
		}
	}
	return i == len && digits > 0 && digits <= 12 && frac <= 4;
}

static const char *const availability_values[] = {
	"InStock", "OutOfStock", "PreOrder", "BackOrder", "Discontinued", "LimitedAvailability", "OnlineOnly",
	"InStoreOnly", "SoldOut", "PreSale",
};

/* The Product object without ratings; NULL after throwing. */
static json_t *product_json(HashTable *product)
{
	zend_string *name, *s;
	json_t *p;
	zval *image, *price;
	static const char *const plain[] = {"description", "sku", "gtin", "mpn", "url"};
	size_t i;

	if (!opt_string(product, "name", 1, -1, SUMMARY_MAX_PRODUCT_FIELD, &name)) {
		return NULL;
	}
	if (!name) {
		zend_argument_value_error(1, "key \"name\" must be a non-empty string (Google requires it)");
		return NULL;
	}
	p = json_object();
	json_object_set_new(p, "@context", json_string("https://schema.org"));
	json_object_set_new(p, "@type", json_string("Product"));
	set_str(p, "name", name);
	image = zend_hash_str_find_deref(product, "image", sizeof("image") - 1);
	if (image && Z_TYPE_P(image) == IS_STRING) {
		if (!opt_string(product, "image", 1, -1, SUMMARY_MAX_PRODUCT_FIELD, &s)) {
			json_decref(p);
			return NULL;
		}
		if (s) {
			set_str(p, "image", s);
		}
	} else if (image && Z_TYPE_P(image) == IS_ARRAY) {
		json_t *list = json_array();
		zval *url;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(image), url) {
			ZVAL_DEREF(url);
			if (Z_TYPE_P(url) != IS_STRING || Z_STRLEN_P(url) == 0 || Z_STRLEN_P(url) > SUMMARY_MAX_PRODUCT_FIELD
				|| !shopcx_utf8_valid(Z_STRVAL_P(url), Z_STRLEN_P(url))) {
				json_decref(list);
				json_decref(p);
				zend_argument_value_error(1, "key \"image\" must be a URL or a list of URLs");
				return NULL;
			}
			json_array_append_new(list, json_stringn(Z_STRVAL_P(url), Z_STRLEN_P(url)));
		} ZEND_HASH_FOREACH_END();
		json_object_set_new(p, "image", list);
	} else if (image && Z_TYPE_P(image) != IS_NULL) {
		json_decref(p);
		zend_argument_value_error(1, "key \"image\" must be a URL or a list of URLs");
		return NULL;
	}
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		if (!opt_string(product, plain[i], 1, -1, SUMMARY_MAX_PRODUCT_FIELD, &s)) {
			json_decref(p);
			return NULL;
		}
		if (s) {
			set_str(p, plain[i], s);
		}
	}
	if (!opt_string(product, "brand", 1, -1, SUMMARY_MAX_PRODUCT_FIELD, &s)) {
		json_decref(p);
		return NULL;
	}
	if (s) {
		json_t *brand = json_object();
		json_object_set_new(brand, "@type", json_string("Brand"));
		set_str(brand, "name", s);
		json_object_set_new(p, "brand", brand);
	}

	/* Offers only with a price: a missing price leaves them out (the ratings carry the markup). */
	price = zend_hash_str_find_deref(product, "price", sizeof("price") - 1);
	if (price && Z_TYPE_P(price) != IS_NULL) {
		char buf[64];
		zend_string *currency, *avail;
		json_t *offer;
		if (Z_TYPE_P(price) == IS_LONG && Z_LVAL_P(price) >= 0) {
			snprintf(buf, sizeof(buf), ZEND_LONG_FMT, Z_LVAL_P(price));
		} else if (Z_TYPE_P(price) == IS_DOUBLE && zend_finite(Z_DVAL_P(price)) && Z_DVAL_P(price) >= 0 && Z_DVAL_P(price) < 1e12) {
			snprintf(buf, sizeof(buf), "%.2f", Z_DVAL_P(price));
		} else if (Z_TYPE_P(price) == IS_STRING && valid_price(Z_STRVAL_P(price), Z_STRLEN_P(price))) {
			snprintf(buf, sizeof(buf), "%s", Z_STRVAL_P(price));
		} else {
			json_decref(p);
			zend_argument_value_error(1, "key \"price\" must be a non-negative number or a decimal string like \"19.95\"");
			return NULL;
		}
		if (!opt_string(product, "currency", 1, -1, 3, &currency) || !currency || ZSTR_LEN(currency) != 3
			|| !isupper((unsigned char) ZSTR_VAL(currency)[0]) || !isupper((unsigned char) ZSTR_VAL(currency)[1])
			|| !isupper((unsigned char) ZSTR_VAL(currency)[2])) {
			json_decref(p);
			if (!EG(exception)) {
				zend_argument_value_error(1, "key \"currency\" must be an ISO 4217 code like \"EUR\" when a price is given");
			}
			return NULL;
		}
		offer = json_object();
		json_object_set_new(offer, "@type", json_string("Offer"));
		json_object_set_new(offer, "price", json_string(buf));
		set_str(offer, "priceCurrency", currency);
		if (!opt_string(product, "availability", 1, -1, 64, &avail)) {
			json_decref(offer);
			json_decref(p);
			return NULL;
		}
		if (avail) {
			for (i = 0; i < sizeof(availability_values) / sizeof(availability_values[0]); i++) {
				if (zend_string_equals_cstr(avail, availability_values[i], strlen(availability_values[i]))) {
					break;
				}
			}
			if (i == sizeof(availability_values) / sizeof(availability_values[0])) {
				json_decref(offer);
				json_decref(p);
				zend_argument_value_error(1, "key \"availability\" must be a schema.org ItemAvailability like \"InStock\"");
				return NULL;
			}
			json_object_set_new(offer, "availability", json_sprintf("https://schema.org/%s", availability_values[i]));
		}
		if (json_object_get(p, "url")) {
			json_object_set(offer, "url", json_object_get(p, "url"));
		}
		json_object_set_new(p, "offers", offer);
	}
	return p;
}

/* One Review, or json_null() when it lacks what Google requires; NULL after throwing. */
static json_t *review_json(zval *entry, zend_long index)
{
	HashTable *r;
	zval *rating, *date;
	zend_string *author, *body, *title;
	json_t *out, *person, *stars;
	zend_long value;
	int64_t days = 0;
	bool has_date;

	ZVAL_DEREF(entry);
	if (Z_TYPE_P(entry) != IS_ARRAY) {
		zend_argument_type_error(2, "entry " ZEND_LONG_FMT " must be of type array, %s given", index, zend_zval_type_name(entry));
		return NULL;
	}
	r = Z_ARRVAL_P(entry);
	if (!opt_string(r, "author", 2, index, 256, &author) || !opt_string(r, "body", 2, index, REVIEW_MAX_TEXT, &body)
		|| !opt_string(r, "title", 2, index, REVIEW_MAX_TITLE, &title)) {
		return NULL;
	}
	rating = zend_hash_str_find_deref(r, "rating", sizeof("rating") - 1);
	if (rating && Z_TYPE_P(rating) != IS_NULL) {
		if ((value = review_rating_value(rating)) <= 0) {
			zend_argument_value_error(2, "entry " ZEND_LONG_FMT " key \"rating\" must be a whole rating from 1 to 5", index);
			return NULL;
		}
	} else {
		value = 0;
	}
	date = zend_hash_str_find_deref(r, "date", sizeof("date") - 1);
	has_date = date && Z_TYPE_P(date) != IS_NULL;
	if (has_date && !review_date_days(date, 2, index, "date", &days)) {
		return NULL;
	}
	if (!author || value == 0) {
		return json_null();   /* no author or no stars: not a valid review snippet, left out */
	}
	out = json_object();
	json_object_set_new(out, "@type", json_string("Review"));
	person = json_object();
	json_object_set_new(person, "@type", json_string("Person"));
	set_str(person, "name", author);
	json_object_set_new(out, "author", person);
	stars = json_object();
	json_object_set_new(stars, "@type", json_string("Rating"));
	json_object_set_new(stars, "ratingValue", json_integer(value));
	json_object_set_new(stars, "bestRating", json_integer(5));
	json_object_set_new(stars, "worstRating", json_integer(1));
	json_object_set_new(out, "reviewRating", stars);
	if (title) {
		set_str(out, "name", title);
	}
	if (body) {
		set_str(out, "reviewBody", body);
	}
	if (has_date) {
		char ymd[16];
		review_format_ymd(days, ymd);
		json_object_set_new(out, "datePublished", json_string(ymd));
	}
	return out;
}

/* JSON is printed inside <script>: "<" becomes \u003c so "</script>" and "<!--" cannot end it. */
static zend_string *script_safe(zend_string *json)
{
	size_t lt = 0, i, w = 0;
	zend_string *out;
	for (i = 0; i < ZSTR_LEN(json); i++) {
		lt += ZSTR_VAL(json)[i] == '<';
	}
	if (lt == 0) {
		return json;
	}
	out = zend_string_safe_alloc(lt, 5, ZSTR_LEN(json), 0);
	for (i = 0; i < ZSTR_LEN(json); i++) {
		if (ZSTR_VAL(json)[i] == '<') {
			memcpy(ZSTR_VAL(out) + w, "\\u003c", 6);
			w += 6;
		} else {
			ZSTR_VAL(out)[w++] = ZSTR_VAL(json)[i];
		}
	}
	ZSTR_VAL(out)[w] = '\0';
	zend_string_release(json);
	return out;
}

PHP_METHOD(ShopCx_Review_Summary, jsonLd)
{
	HashTable *product, *reviews = NULL;
	summary_object *intern = summary_from_obj(Z_OBJ_P(ZEND_THIS));
	int64_t count = review_summary_count(&intern->s);
	json_t *doc, *agg, *list;
	zval *entry;
	zend_long index = 0;
	zend_string *out;
	double mean;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(product)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(reviews)
	ZEND_PARSE_PARAMETERS_END();

	if (reviews && zend_hash_num_elements(reviews) > SUMMARY_MAX_REVIEWS) {
		zend_argument_value_error(2, "must not hold more than %d reviews", SUMMARY_MAX_REVIEWS);
		RETURN_THROWS();
	}
	doc = product_json(product);
	if (!doc) {
		RETURN_THROWS();
	}
	list = json_array();
	if (reviews) {
		ZEND_HASH_FOREACH_VAL(reviews, entry) {
			json_t *r = review_json(entry, index++);
			if (!r) {
				json_decref(list);
				json_decref(doc);
				RETURN_THROWS();
			}
			if (json_is_null(r)) {
				json_decref(r);
			} else {
				json_array_append_new(list, r);
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (count == 0) {
		/* No ratings: a Product without rating markup is what Google rejects on review pages. */
		json_decref(list);
		json_decref(doc);
		RETURN_NULL();
	}
	mean = (double) review_summary_sum(&intern->s) / (double) count;
	agg = json_object();
	json_object_set_new(agg, "@type", json_string("AggregateRating"));
	json_object_set_new(agg, "ratingValue", json_real(_php_math_round(mean, 2, PHP_ROUND_HALF_UP)));
	json_object_set_new(agg, "ratingCount", json_integer((json_int_t) count));
	json_object_set_new(agg, "bestRating", json_integer(5));
	json_object_set_new(agg, "worstRating", json_integer(1));
	json_object_set_new(doc, "aggregateRating", agg);
	if (json_array_size(list) > 0) {
		json_object_set_new(doc, "review", list);
	} else {
		json_decref(list);
	}
	out = shopcx_json_dump(doc, JSON_REAL_PRECISION(3));
	json_decref(doc);
	if (!out) {
		zend_throw_error(NULL, "Could not encode the JSON-LD document");
		RETURN_THROWS();
	}
	RETURN_STR(script_safe(out));
}

void review_summary_setup(void)
{
	review_ce_summary->create_object = summary_create;
	memcpy(&summary_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	summary_handlers.offset = offsetof(summary_object, std);
	summary_handlers.clone_obj = NULL;   /* immutable: share it */
}
