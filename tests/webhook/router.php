<?php
// Router for PHP's built-in server in the webhook tests: each path is one receiver behaviour.
// Every request is appended to $SHOPCX_HOOK_DIR/requests.jsonl so a test can check what arrived.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/fast' || $path === '/latency') {
    // The benchmark's receivers: no logging, just "accepted", at once or after 20 ms (a remote helpdesk).
    if ($path === '/latency') {
        usleep(20000);
    }
    echo 'ok';
    return;
}
$dir = getenv('SHOPCX_HOOK_DIR');
parse_str((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY), $query);
$body = file_get_contents('php://input');
file_put_contents("$dir/requests.jsonl", json_encode([
    'method' => $_SERVER['REQUEST_METHOD'],
    'path' => $path,
    'type' => $_SERVER['CONTENT_TYPE'] ?? null,
    'agent' => $_SERVER['HTTP_USER_AGENT'] ?? null,
    'event' => $_SERVER['HTTP_X_SHOPCX_EVENT'] ?? null,
    'eventId' => $_SERVER['HTTP_X_SHOPCX_EVENT_ID'] ?? null,
    'signature' => $_SERVER['HTTP_X_SHOPCX_SIGNATURE'] ?? null,
    'authorization' => $_SERVER['HTTP_AUTHORIZATION'] ?? null,
    'body' => $body,
]) . "\n", FILE_APPEND | LOCK_EX);

switch ($path) {
    case '/ok':
        echo 'thanks';
        break;
    case '/flaky':
        // 500 on the first request for a key, 200 afterwards.
        $state = "$dir/flaky-" . preg_replace('/[^a-z0-9]/', '', $query['key'] ?? 'x');
        if (!file_exists($state)) {
            touch($state);
            http_response_code(500);
            echo 'try again';
        } else {
            echo 'ok now';
        }
        break;
    case '/status':
        http_response_code((int) ($query['code'] ?? 500));
        if (isset($query['after'])) {
            header('Retry-After: ' . $query['after']);
        }
        break;
    case '/redirect':
        header('Location: /ok', true, 302);
        break;
    case '/sleep':
        sleep(3);
        echo 'too late';
        break;
    case '/drip':
        // Headers at once, then one byte every 200 ms for 4 s.
        header('Content-Type: text/plain');
        for ($i = 0; $i < 20; $i++) {
            echo '.';
            flush();
            usleep(200000);
        }
        break;
    case '/big':
        http_response_code((int) ($query['code'] ?? 200));
        echo str_repeat('x', 200000);
        break;
    case '/by-type':
        // For sendMany: the event type says how to answer.
        $event = $_SERVER['HTTP_X_SHOPCX_EVENT'] ?? '';
        if ($event === 'test.slow') {
            usleep(300000);
        }
        http_response_code(['test.fail' => 500, 'test.gone' => 410, 'test.busy' => 429][$event] ?? 200);
        if ($event === 'test.busy') {
            header('Retry-After: 90');
        }
        break;
    default:
        http_response_code(404);
}
