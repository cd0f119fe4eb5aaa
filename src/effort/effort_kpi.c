/* placeholder */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include "php.h"
#include "effort_internal.h"
ZEND_METHOD(ShopCx_Effort_Kpi, fromInteractions) { RETURN_NULL(); }
ZEND_METHOD(ShopCx_Effort_Kpi, badge) { RETURN_NULL(); }
