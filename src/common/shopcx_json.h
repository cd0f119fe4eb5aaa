/*
 * PHP values <-> jansson. Binding layer. SPDX-License-Identifier: MIT
 *
 * jansson is used for every JSON ShopCX reads or writes (rules, survey definitions, JSON-LD,
 * webhook payloads, token payloads): it rejects invalid UTF-8, duplicate keys on request,
 * and keeps integer precision.
 */
#ifndef SHOPCX_JSON_H
#define SHOPCX_JSON_H

#include "php.h"
#include <jansson.h>

#define SHOPCX_JSON_MAX_DEPTH 64

/*
 * Convert a PHP value to JSON: null, bool, int, finite float, UTF-8 string, list (JSON array),
 * array with string keys (JSON object), JsonSerializable is not consulted (plain data only).
 * On failure returns NULL and writes a message naming the path ("$.items[2].name must be
 * valid UTF-8") into `error`.
 */
json_t *shopcx_json_from_zval(zval *value, size_t max_depth, char *error, size_t error_size);

/* Convert JSON to a PHP value: objects become arrays with string keys. */
void shopcx_json_to_zval(const json_t *json, zval *out);

/* Serialize compactly (JSON_COMPACT plus `flags`) into a zend_string; NULL on allocation failure. */
zend_string *shopcx_json_dump(const json_t *json, size_t flags);

#endif
