<?php
/**
 * Rebuilds the FAQ indexes from the database: after the FAQ was edited, or from cron.
 *   SHOPCX_DEMO_VAR=... php -d extension=modules/shopcx.so examples/demo-shop/lib/reindex.php
 * A failed build (a full disk, say) keeps the previous index in use and exits 1 with the reason.
 */
declare(strict_types=1);

namespace Demo;

if (PHP_SAPI !== 'cli') {
    http_response_code(404);
    exit;
}
require __DIR__ . '/shop.php';
require __DIR__ . '/cx.php';

try {
    faq_rebuild_all(db(), var_dir());
} catch (\ShopCx\IndexException $e) {
    fwrite(STDERR, 'reindex: ' . $e->getMessage() . "; the previous index stays in use\n");
    exit(1);
}
echo "reindex: FAQ indexes rebuilt in ", var_dir(), "\n";
