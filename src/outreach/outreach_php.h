/*
 * What other features use of ShopCx\Outreach: the Policy class, so their schedulers can ask it.
 * SPDX-License-Identifier: MIT
 */
#ifndef SHOPCX_OUTREACH_PHP_H
#define SHOPCX_OUTREACH_PHP_H

#include "php.h"

/* ShopCx\Outreach\Policy (registered in MINIT; NULL before). */
zend_class_entry *shopcx_outreach_policy_ce(void);

#endif
