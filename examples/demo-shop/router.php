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

// Errors go to the server log, never to the visitor (no paths, SQL or extension messages on a page).
ini_set('display_errors', '0');
ini_set('log_errors', '1');
set_exception_handler(function (\Throwable $e): void {
    error_log('PHP Uncaught ' . get_class($e) . ': ' . $e->getMessage() . ' in ' . $e->getFile() . ':' . $e->getLine());
    if (!headers_sent()) {
        // The database refusing a write (read-only, full disk, locked) passes: 503, come back shortly.
        $database = $e instanceof \PDOException;
        http_response_code($database ? 503 : 500);
        header('Content-Type: text/plain; charset=utf-8');
        header('Cache-Control: no-store');
        if ($database) {
            header('Retry-After: 30');
        }
    }
    echo "Sorry, something went wrong on our side. Please try again in a moment.\n";
});

// Every POST but the helpdesk's (server to server, signed by Webhook\Client) needs this shop's CSRF token.
if ($_SERVER['REQUEST_METHOD'] === 'POST' && $path !== '/api/helpdesk' && !csrf_ok()) {
    http_response_code(403);
    header('Cache-Control: no-store');
    if (str_starts_with($path, '/api/')) {
        json_out(['error' => 'forbidden'], 403);
    }
    page_start(t('csrf.title'), 'other');
    echo '<h1>', h(t('csrf.title')), '</h1><p class="error" id="csrf-error">', h(t('csrf.text')), '</p>';
    page_end();
    return;
}

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
    '#^/admin/(?<action>login|logout)$#' => 'admin_login',
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
