--TEST--
Client::sendMany() delivers in parallel over one multi handle and keeps the caller's keys
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/server.inc';
use ShopCx\Webhook\Client;

$srv = hook_server_start();
$secret = str_repeat('k', 32);
$now = 1781258400;
$c = new Client($srv['url'] . '/by-type', $secret, ['jitter' => false, 'backoffBase' => 10, 'concurrency' => 3, 'allowInternal' => ['127.0.0.1', '::1']]);
$results = $c->sendMany([
    'low-effort' => ['type' => 'test.ok', 'payload' => ['customer' => 1]],
    'review' => ['type' => 'test.fail', 'payload' => ['review' => 2], 'id' => 'evt_review_2', 'attempt' => 2],
    7 => ['type' => 'test.gone', 'payload' => []],
    'slow' => ['type' => 'test.slow', 'payload' => ['n' => 1.5]],
    'busy' => ['type' => 'test.busy', 'payload' => ['list' => [1, 2, 3]], 'id' => null],
], $now);
foreach ($results as $key => $r) {
    hook_show((string) $key, $r, $now);
}
var_dump($results['review']->eventId, $results['review']->attempt);

// Every event arrived once, each with its own id and a valid signature over its own body.
$requests = hook_requests($srv);
$ids = array_map(fn($r) => $r->eventId, $results);
$seen = array_column($requests, 'eventId');
sort($seen);
$expected = array_values($ids);
sort($expected);
var_dump(count($requests), $seen === $expected);
foreach ($requests as $req) {
    $body = json_decode($req['body'], true);
    if (!Client::verify($secret, $req['body'], $req['signature'], $now) || $body['id'] !== $req['eventId'] || $body['type'] !== $req['event']) {
        echo "bad request for {$req['event']}\n";
    }
}

var_dump($c->sendMany([], $now));

// A refused connection fails every event, retryably.
$dead = new Client('http://127.0.0.1:' . hook_free_port() . '/', $secret, ['jitter' => false, 'allowInternal' => ['127.0.0.1', '::1']]);
foreach ($dead->sendMany([['type' => 'a', 'payload' => []], ['type' => 'b', 'payload' => []]], $now) as $k => $r) {
    hook_show("dead $k", $r, $now);
}

// Jitter: equal jitter (half fixed, half random) and reproducible with a seed.
$seeded = fn() => new Client('http://127.0.0.1:' . hook_free_port() . '/', $secret, ['seed' => 2026, 'backoffBase' => 600, 'allowInternal' => ['127.0.0.1', '::1']]);
$events = [];
for ($i = 0; $i < 20; $i++) {
    $events[] = ['type' => 'a', 'payload' => [], 'id' => "evt$i", 'attempt' => 1 + $i % 3];
}
$a = $seeded()->sendMany($events, $now);
$b = $seeded()->sendMany($events, $now);
$inRange = true;
$distinct = [];
foreach ($a as $i => $r) {
    $full = 600 << ($i % 3);
    $delay = $r->retryAt - $now;
    $inRange = $inRange && $delay >= $full / 2 && $delay <= $full && $r->retryAt === $b[$i]->retryAt;
    $distinct[$delay] = true;
}
var_dump($inRange, count($distinct) > 10);
?>
--EXPECT--
low-effort             delivered=true status=200 retryable=false retryAt=null error=null
review                 delivered=false status=500 retryable=true retryAt=+20 error=HTTP 500
7                      delivered=false status=410 retryable=false retryAt=null error=HTTP 410
slow                   delivered=true status=200 retryable=false retryAt=null error=null
busy                   delivered=false status=429 retryable=true retryAt=+90 error=HTTP 429
string(12) "evt_review_2"
int(2)
int(5)
bool(true)
array(0) {
}
dead 0                 delivered=false status=0 retryable=true retryAt=+30 error=connection refused or host unreachable
dead 1                 delivered=false status=0 retryable=true retryAt=+30 error=connection refused or host unreachable
bool(true)
bool(true)
