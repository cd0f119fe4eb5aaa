<?php
/**
 * Front controller for `php -S 127.0.0.1:8080 examples/demo-shop/router.php` and for nginx + php-fpm
 * (every request that is not a file under assets/ comes here).
 */
declare(strict_types=1);

namespace Demo;

$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/');

// Static files: the built-in server's document root is wherever it was started, so serve them here.
if (preg_match('#^/assets/([a-z0-9-]+\.(css|js|svg))$#', $path, $m)) {
    $file = __DIR__ . '/assets/' . $m[1];
    if (!is_file($file)) {
        http_response_code(404);
        exit;
    }
    header('Content-Type: ' . ['css' => 'text/css', 'js' => 'text/javascript', 'svg' => 'image/svg+xml'][$m[2]] . '; charset=utf-8');
    header('Cache-Control: public, max-age=300');
    readfile($file);
    return;
}

require __DIR__ . '/lib/shop.php';
require __DIR__ . '/lib/cx.php';

$routes = [
    '#^/$#' => 'category',
    '#^/c/(?<category>lamps|chairs)$#' => 'category',
    '#^/p/(?<slug>[a-z0-9-]+)$#' => 'product',
    '#^/cart$#' => 'cart',
    '#^/checkout$#' => 'checkout',
    '#^/faq$#' => 'faq',
    '#^/review$#' => 'review',
    '#^/survey$#' => 'survey',
    '#^/admin$#' => 'admin',
    '#^/api/promise$#' => 'api_promise',
    '#^/api/faq$#' => 'api_faq',
    '#^/api/chat$#' => 'api_chat',
    '#^/api/helpdesk$#' => 'api_helpdesk',
];
foreach ($routes as $pattern => $page) {
    if (preg_match($pattern, $path, $m)) {
        $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
        require __DIR__ . "/pages/$page.php";
        return;
    }
}
http_response_code(404);
page_start(t('notfound'), 'other');
echo '<h1>', h(t('notfound')), '</h1><p><a href="/">', h(t('nav.home')), '</a></p>';
page_end();
