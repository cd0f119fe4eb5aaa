--TEST--
Client::send() to a loopback receiver: JSON body, headers, and a signature the receiver verifies
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/server.inc';
use ShopCx\Webhook\Client;
use ShopCx\Webhook\Result;

$srv = hook_server_start();
$secret = str_repeat('k', 32);
$now = 1781258400;   // 2026-06-12 10:00 UTC
$client = new Client($srv['url'] . '/ok', $secret, ['headers' => ['Authorization' => 'Bearer helpdesk-token'], 'allowInternal' => ['127.0.0.1', '::1']]);

$r = $client->send('effort.low_score', ['customer' => 42, 'score' => 2, 'comment' => 'Zó veel moeite'], $now);
var_dump($r instanceof Result, $r->delivered, $r->status, $r->retryable, $r->retryAt, $r->error, $r->attempt);
var_dump(preg_match('/^[0-9a-f]{32}$/', $r->eventId));

$req = hook_requests($srv)[0];
echo $req['method'], ' ', $req['path'], ' ', $req['type'], ' ', $req['agent'], "\n";
echo $req['event'], ' ', $req['authorization'], "\n";
var_dump($req['eventId'] === $r->eventId);
echo str_replace($r->eventId, '<id>', $req['body']), "\n";
// The receiver's side: exact body bytes, header, its own clock.
var_dump(Client::verify($secret, $req['body'], $req['signature'], $now + 5));
var_dump(Client::verify($secret, $req['body'] . ' ', $req['signature'], $now + 5));
var_dump(Client::verify(str_repeat('x', 32), $req['body'], $req['signature'], $now + 5));
var_dump(Client::verify($secret, $req['body'], $req['signature'], $now + 301));
var_dump($req['signature'] === 't=' . $now . ',v1=' . hash_hmac('sha256', "$now." . $req['body'], $secret));

// A retry reuses the event id and says which attempt it is; an empty payload is an object.
$r2 = $client->send('cart.abandoned', [], new DateTimeImmutable('@' . ($now + 60)), ['id' => 'evt_0001', 'attempt' => 3]);
var_dump($r2->delivered, $r2->eventId, $r2->attempt);
echo hook_requests($srv)[1]['body'], "\n";
print_r($r2->toArray());
?>
--EXPECT--
bool(true)
bool(true)
int(200)
bool(false)
NULL
NULL
int(1)
int(1)
POST /ok application/json ShopCx-Webhook/0.1.0
effort.low_score Bearer helpdesk-token
bool(true)
{"id":"<id>","type":"effort.low_score","time":1781258400,"data":{"customer":42,"score":2,"comment":"Zó veel moeite"}}
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
string(8) "evt_0001"
int(3)
{"id":"evt_0001","type":"cart.abandoned","time":1781258460,"data":{}}
Array
(
    [delivered] => 1
    [status] => 200
    [retryable] => 
    [retryAt] => 
    [error] => 
    [eventId] => evt_0001
    [attempt] => 3
)
