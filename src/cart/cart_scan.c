/*
 * ShopCx\Cart\Scan: the due reminders of an iterable of cart rows, pulled one row at a time.
 *
 * Not a Generator (those cannot be made from C): a forward iterator that holds the input (array
 * or Traversable through its zend_object_iterator), the current row and its Decision, nothing
 * more. Memory stays flat however many rows a database cursor yields.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "cart_php.h"

typedef struct {
	zval detector;              /* keeps the configuration alive */
	zval input;                 /* array or Traversable */
	zend_object_iterator *it;   /* NULL for arrays */
	HashPosition pos;           /* for arrays (we hold a reference, so the array cannot change) */
	int64_t now;
	zval row;                   /* current due row, UNDEF when none */
	zval decision;
	zval policy;                /* ShopCx\Outreach\Policy or UNDEF */
	uint64_t scanned;
	uint64_t held;              /* due reminders the policy refused */
	uint64_t skipped;           /* unreadable rows passed over (skipInvalid()) */
	zval invalid;               /* the first SCAN_MAX_INVALID of them: [["row" => n, "error" => msg]] */
	bool skip_invalid;
	bool started;
	bool done;
	zend_object std;
} cart_scan;

static zend_object_handlers scan_handlers;

/* Enough to find and fix the rows; a table of a million broken rows need not be copied. */
#define SCAN_MAX_INVALID 100

static inline cart_scan *scan_from_obj(zend_object *obj)
{
	return (cart_scan *) ((char *) obj - offsetof(cart_scan, std));
}

static zend_object *scan_create_object(zend_class_entry *ce)
{
	cart_scan *s = zend_object_alloc(sizeof(cart_scan), ce);
	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &scan_handlers;
	ZVAL_UNDEF(&s->detector);
	ZVAL_UNDEF(&s->input);
	ZVAL_UNDEF(&s->row);
	ZVAL_UNDEF(&s->decision);
	ZVAL_UNDEF(&s->invalid);
	return &s->std;
}

static void scan_clear_current(cart_scan *s)
{
	zval_ptr_dtor(&s->row);
	zval_ptr_dtor(&s->decision);
	ZVAL_UNDEF(&s->row);
	ZVAL_UNDEF(&s->decision);
}

static void scan_free(zend_object *obj)
{
	cart_scan *s = scan_from_obj(obj);
	scan_clear_current(s);
	if (s->it) {
		zend_iterator_dtor(s->it);
	}
	zval_ptr_dtor(&s->input);
	zval_ptr_dtor(&s->detector);
	zval_ptr_dtor(&s->policy);
	zval_ptr_dtor(&s->invalid);
	zend_object_std_dtor(&s->std);
}

static HashTable *scan_get_gc(zend_object *obj, zval **table, int *n)
{
	cart_scan *s = scan_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buf, &s->detector);
	zend_get_gc_buffer_add_zval(buf, &s->input);
	zend_get_gc_buffer_add_zval(buf, &s->row);
	zend_get_gc_buffer_add_zval(buf, &s->decision);
	zend_get_gc_buffer_add_zval(buf, &s->policy);
	zend_get_gc_buffer_add_zval(buf, &s->invalid);
	/* The input's own iterator holds the input too (a generator's does, on PHP 8.4): unreported, that
	 * reference kept a cycle through the input alive (seen as a leak under ASAN on 8.4). As SPL's
	 * RecursiveIteratorIterator does, the iterator is reported so the collector can walk it. */
	if (s->it) {
		zend_get_gc_buffer_add_obj(buf, &s->it->std);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void cart_scan_create(zval *out, zval *detector, zval *input, int64_t now, zend_object *policy)
{
	cart_scan *s;
	object_init_ex(out, cart_ce_scan);
	s = scan_from_obj(Z_OBJ_P(out));
	ZVAL_COPY(&s->detector, detector);
	ZVAL_COPY(&s->input, input);
	if (policy) {
		ZVAL_OBJ_COPY(&s->policy, policy);
	}
	s->now = now;
}

/*
 * Asks the outreach policy whether this due reminder may go out now: decide("cart", row's
 * "outreach", now, row's "outreachContext"). Returns -1 when decide() threw (the scan ends),
 * else 1 allowed / 0 held. Only due rows get here, so the method call is off the hot path.
 */
static int scan_policy_allows(cart_scan *s, zval *row)
{
	zval args[4], result, *history = NULL, *context = NULL, *allowed;
	zend_object *policy = Z_OBJ(s->policy);
	zend_function *decide = zend_hash_str_find_ptr(&policy->ce->function_table, "decide", sizeof("decide") - 1);
	int verdict;

	ZVAL_DEREF(row);
	if (Z_TYPE_P(row) == IS_ARRAY) {
		history = zend_hash_str_find_deref(Z_ARRVAL_P(row), "outreach", sizeof("outreach") - 1);
		context = zend_hash_str_find_deref(Z_ARRVAL_P(row), "outreachContext", sizeof("outreachContext") - 1);
	}
	ZVAL_STRINGL(&args[0], "cart", sizeof("cart") - 1);
	if (history && Z_TYPE_P(history) != IS_NULL) {
		ZVAL_COPY(&args[1], history);
	} else {
		array_init(&args[1]);
	}
	ZVAL_LONG(&args[2], (zend_long) s->now);
	if (context && Z_TYPE_P(context) != IS_NULL) {
		ZVAL_COPY(&args[3], context);
	} else {
		array_init(&args[3]);
	}
	ZVAL_UNDEF(&result);
	zend_call_known_instance_method(decide, policy, &result, 4, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[3]);
	if (EG(exception) || Z_TYPE(result) != IS_OBJECT) {
		zval_ptr_dtor(&result);
		return -1;
	}
	allowed = zend_read_property(Z_OBJCE(result), Z_OBJ(result), "allowed", sizeof("allowed") - 1, true, NULL);
	verdict = zend_is_true(allowed) ? 1 : 0;
	zval_ptr_dtor(&result);
	return verdict;
}

/* The next input row, or NULL at the end (or when the input threw). */
static zval *scan_fetch(cart_scan *s)
{
	zval *row;
	if (Z_TYPE(s->input) == IS_ARRAY) {
		row = zend_hash_get_current_data_ex(Z_ARRVAL(s->input), &s->pos);
		if (row) {
			zend_hash_move_forward_ex(Z_ARRVAL(s->input), &s->pos);
		}
		return row;
	}
	if (s->it->index > 0) {
		s->it->funcs->move_forward(s->it);
		if (EG(exception)) {
			return NULL;
		}
	}
	s->it->index++;
	if (s->it->funcs->valid(s->it) != SUCCESS || EG(exception)) {
		return NULL;
	}
	row = s->it->funcs->get_current_data(s->it);
	return EG(exception) ? NULL : row;
}

/*
 * With skipInvalid(): turns the TypeError/ValueError of an unreadable row into an entry of the
 * invalid list and clears it. Any other exception (from the input itself) is left to end the scan.
 */
static bool scan_skip_row(cart_scan *s)
{
	zend_object *ex = EG(exception);
	zval rv, *msg, entry;
	if (!s->skip_invalid || ex == NULL
		|| (!instanceof_function(ex->ce, zend_ce_type_error) && !instanceof_function(ex->ce, zend_ce_value_error))) {
		return false;
	}
	s->skipped++;
	if (Z_TYPE(s->invalid) != IS_ARRAY) {
		array_init(&s->invalid);
	}
	if (zend_hash_num_elements(Z_ARRVAL(s->invalid)) < SCAN_MAX_INVALID) {
		msg = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
		array_init_size(&entry, 2);
		add_assoc_long(&entry, "row", (zend_long) s->scanned);
		if (Z_TYPE_P(msg) == IS_STRING) {
			add_assoc_str(&entry, "error", zend_string_copy(Z_STR_P(msg)));
		} else {
			add_assoc_str(&entry, "error", ZSTR_EMPTY_ALLOC());
		}
		if (msg == &rv) {
			zval_ptr_dtor(&rv);   /* a copy only when read through a hook, never for Exception's own property */
		}
		add_next_index_zval(&s->invalid, &entry);
	}
	zend_clear_exception();
	return true;
}

/* Moves to the next due row; at the end (or on an exception) leaves no current row. */
static void scan_advance(cart_scan *s)
{
	cart_detector *d = cart_detector_from_obj(Z_OBJ(s->detector));
	cart_input in;
	cart_decision dec;
	zval *row, *id;

	scan_clear_current(s);
	while (!s->done) {
		row = scan_fetch(s);
		if (row == NULL) {
			s->done = true;
			return;
		}
		s->scanned++;
		if (!cart_read_row(d, row, s->now, s->scanned, &in, &id, NULL)) {
			if (scan_skip_row(s)) {
				continue;
			}
			s->done = true;   /* the exception names the row; the cron job decides what next */
			return;
		}
		cart_classify(&d->cfg, &in, s->now, &dec);
		if (dec.state == CART_DUE && Z_TYPE(s->policy) == IS_OBJECT) {
			int allows = scan_policy_allows(s, row);
			if (allows < 0) {
				s->done = true;   /* decide() threw, naming what was wrong with the history */
				return;
			}
			if (allows == 0) {
				s->held++;
				continue;
			}
		}
		if (dec.state == CART_DUE) {
			ZVAL_COPY_DEREF(&s->row, row);
			cart_decision_new(&s->decision, id, &dec);
			return;
		}
	}
}

static void scan_start(cart_scan *s)
{
	s->started = true;
	s->done = false;
	s->scanned = 0;
	s->held = 0;
	s->skipped = 0;
	zval_ptr_dtor(&s->invalid);
	ZVAL_UNDEF(&s->invalid);
	if (Z_TYPE(s->input) == IS_ARRAY) {
		zend_hash_internal_pointer_reset_ex(Z_ARRVAL(s->input), &s->pos);
	} else {
		if (s->it == NULL) {
			zend_class_entry *ce = Z_OBJCE(s->input);
			s->it = ce->get_iterator(ce, &s->input, 0);
			if (s->it == NULL || EG(exception)) {
				s->done = true;
				return;
			}
		}
		s->it->index = 0;
		if (s->it->funcs->rewind) {
			/* A generator that already ran throws here, as it would under foreach. */
			s->it->funcs->rewind(s->it);
			if (EG(exception)) {
				s->done = true;
				return;
			}
		}
	}
	scan_advance(s);
}

static cart_scan *scan_checked(zval *this_zv)
{
	cart_scan *s = scan_from_obj(Z_OBJ_P(this_zv));
	if (Z_TYPE(s->detector) == IS_UNDEF) {
		zend_throw_error(NULL, "ShopCx\\Cart\\Scan object is not initialized");
		return NULL;
	}
	if (!s->started) {
		scan_start(s);
	}
	return s;
}

PHP_METHOD(ShopCx_Cart_Scan, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(ShopCx_Cart_Scan, rewind)
{
	cart_scan *s = scan_from_obj(Z_OBJ_P(ZEND_THIS));
	ZEND_PARSE_PARAMETERS_NONE();
	if (Z_TYPE(s->detector) == IS_UNDEF) {
		zend_throw_error(NULL, "ShopCx\\Cart\\Scan object is not initialized");
		RETURN_THROWS();
	}
	scan_clear_current(s);
	scan_start(s);
}

PHP_METHOD(ShopCx_Cart_Scan, valid)
{
	cart_scan *s;
	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = scan_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	RETURN_BOOL(Z_TYPE(s->decision) != IS_UNDEF);
}

PHP_METHOD(ShopCx_Cart_Scan, current)
{
	cart_scan *s;
	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = scan_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (Z_TYPE(s->decision) == IS_UNDEF) {
		RETURN_NULL();
	}
	RETURN_COPY(&s->decision);
}

PHP_METHOD(ShopCx_Cart_Scan, key)
{
	cart_scan *s;
	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = scan_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	if (Z_TYPE(s->row) == IS_UNDEF) {
		RETURN_NULL();
	}
	RETURN_COPY(&s->row);
}

PHP_METHOD(ShopCx_Cart_Scan, next)
{
	cart_scan *s;
	ZEND_PARSE_PARAMETERS_NONE();
	if ((s = scan_checked(ZEND_THIS)) == NULL) {
		RETURN_THROWS();
	}
	scan_advance(s);
}

PHP_METHOD(ShopCx_Cart_Scan, scanned)
{
	cart_scan *s = scan_from_obj(Z_OBJ_P(ZEND_THIS));
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) s->scanned);
}

PHP_METHOD(ShopCx_Cart_Scan, held)
{
	cart_scan *s = scan_from_obj(Z_OBJ_P(ZEND_THIS));
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) s->held);
}

PHP_METHOD(ShopCx_Cart_Scan, skipInvalid)
{
	cart_scan *s = scan_from_obj(Z_OBJ_P(ZEND_THIS));
	ZEND_PARSE_PARAMETERS_NONE();
	/* Not scan_checked(): that would start the scan before the caller iterates. */
	if (Z_TYPE(s->detector) == IS_UNDEF) {
		zend_throw_error(NULL, "ShopCx\\Cart\\Scan object is not initialized");
		RETURN_THROWS();
	}
	s->skip_invalid = true;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

PHP_METHOD(ShopCx_Cart_Scan, skipped)
{
	cart_scan *s = scan_from_obj(Z_OBJ_P(ZEND_THIS));
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) s->skipped);
}

PHP_METHOD(ShopCx_Cart_Scan, invalidRows)
{
	cart_scan *s = scan_from_obj(Z_OBJ_P(ZEND_THIS));
	ZEND_PARSE_PARAMETERS_NONE();
	if (Z_TYPE(s->invalid) != IS_ARRAY) {
		RETURN_EMPTY_ARRAY();
	}
	RETURN_COPY(&s->invalid);
}

/*
 * foreach over a Scan without going through its PHP-visible methods (zend_user_it would call
 * rewind/valid/current/key/next by name for every row): same behaviour, less overhead.
 */
static cart_scan *scan_of_iter(zend_object_iterator *iter)
{
	return scan_from_obj(Z_OBJ(iter->data));
}

static void scan_it_dtor(zend_object_iterator *iter)
{
	zval_ptr_dtor(&iter->data);
}

static int scan_it_valid(zend_object_iterator *iter)
{
	return Z_TYPE(scan_of_iter(iter)->decision) != IS_UNDEF ? SUCCESS : FAILURE;
}

static zval *scan_it_current(zend_object_iterator *iter)
{
	return &scan_of_iter(iter)->decision;
}

static void scan_it_key(zend_object_iterator *iter, zval *key)
{
	cart_scan *s = scan_of_iter(iter);
	if (Z_TYPE(s->row) == IS_UNDEF) {
		ZVAL_NULL(key);
	} else {
		ZVAL_COPY(key, &s->row);
	}
}

static void scan_it_next(zend_object_iterator *iter)
{
	scan_advance(scan_of_iter(iter));
}

static void scan_it_rewind(zend_object_iterator *iter)
{
	cart_scan *s = scan_of_iter(iter);
	scan_clear_current(s);
	scan_start(s);
}

static HashTable *scan_it_get_gc(zend_object_iterator *iter, zval **table, int *n)
{
	*table = &iter->data;
	*n = 1;
	return NULL;
}

static const zend_object_iterator_funcs scan_it_funcs = {
	scan_it_dtor,
	scan_it_valid,
	scan_it_current,
	scan_it_key,
	scan_it_next,
	scan_it_rewind,
	NULL,
	scan_it_get_gc,
};

static zend_object_iterator *scan_get_iterator(zend_class_entry *ce, zval *object, int by_ref)
{
	zend_object_iterator *iter;
	if (by_ref) {
		zend_throw_error(NULL, "An iterator cannot be used with foreach by reference");
		return NULL;
	}
	if (Z_TYPE(scan_from_obj(Z_OBJ_P(object))->detector) == IS_UNDEF) {
		zend_throw_error(NULL, "ShopCx\\Cart\\Scan object is not initialized");
		return NULL;
	}
	iter = emalloc(sizeof(zend_object_iterator));
	zend_iterator_init(iter);
	ZVAL_OBJ_COPY(&iter->data, Z_OBJ_P(object));
	iter->funcs = &scan_it_funcs;
	return iter;
}

void cart_scan_minit(void)
{
	cart_ce_scan->create_object = scan_create_object;
	cart_ce_scan->get_iterator = scan_get_iterator;
	memcpy(&scan_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	scan_handlers.offset = offsetof(cart_scan, std);
	scan_handlers.free_obj = scan_free;
	scan_handlers.get_gc = scan_get_gc;
	scan_handlers.clone_obj = NULL;
}
