<?php
/**
 * A stand-in helpdesk for the webhook tests, run with `php -S`: logs each request's event id and
 * answers with the status in $SHOPCX_HELPDESK_DIR/status (503 comes with Retry-After: 600).
 */
$dir = (string) getenv('SHOPCX_HELPDESK_DIR');
file_put_contents($dir . '/requests.log', json_encode([
    'id' => $_SERVER['HTTP_X_SHOPCX_EVENT_ID'] ?? '',
    'type' => $_SERVER['HTTP_X_SHOPCX_EVENT'] ?? '',
]) . "\n", FILE_APPEND | LOCK_EX);
$status = (int) trim((string) @file_get_contents($dir . '/status'));
http_response_code($status ?: 200);
if ($status === 503) {
    header('Retry-After: 600');
}
header('Content-Type: application/json');
echo '{}';
