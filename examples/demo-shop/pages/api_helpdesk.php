<?php
/**
 * A stand-in for the helpdesk that receives the shop's webhooks: it accepts an event only when
 * ShopCx\Webhook\Client::verify() confirms the signature and its time, and files each event once.
 */
declare(strict_types=1);

namespace Demo;

use ShopCx\Webhook\Client;

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    json_out(['error' => 'POST only'], 405);
}
$body = (string) file_get_contents('php://input', length: 65536);
$signature = (string) ($_SERVER['HTTP_X_SHOPCX_SIGNATURE'] ?? '');
db();
if (!Client::verify(file_get_contents(var_dir() . '/webhook.key'), $body, $signature, now())) {
    json_out(['error' => 'bad signature'], 401);
}
$event = json_decode($body, true);
if (!is_array($event) || !is_string($event['id'] ?? null) || !is_string($event['type'] ?? null)) {
    json_out(['error' => 'not an event'], 400);
}
q('INSERT OR IGNORE INTO helpdesk (event_id, type, data, received_at) VALUES (?, ?, ?, ?)',
    [$event['id'], $event['type'], json_encode($event['data'] ?? null), now()]);
json_out(['ok' => true]);
