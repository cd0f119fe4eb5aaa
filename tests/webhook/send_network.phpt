--TEST--
Client::send() network failures: total timeout, slow drip, connection refused, connect timeout, oversized responses
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/server.inc';
use ShopCx\Webhook\Client;

$srv = hook_server_start();
$secret = str_repeat('k', 32);
$now = 1781258400;
// The receivers listen on loopback, which a client refuses unless allowed.
$opts = ['jitter' => false, 'backoffBase' => 60, 'allowInternal' => ['127.0.0.1', '::1']];

// The built-in server answers one request at a time: the slow receivers get their own.
$sleepy = hook_server_start();
$dripping = hook_server_start();
// The receiver sleeps 3 s: the 500 ms total timeout ends the attempt.
$c = new Client($sleepy['url'] . '/sleep', $secret, $opts + ['timeout' => 500]);
hook_show('sleeping receiver', $c->send('x', [], $now), $now);
// Headers at once, then a byte every 200 ms: the total timeout still holds.
$c = new Client($dripping['url'] . '/drip', $secret, $opts + ['timeout' => 700]);
hook_show('slow drip', $c->send('x', [], $now, ['attempt' => 2]), $now);
// Nothing listens on a port we just closed.
$port = hook_free_port();
$c = new Client("http://user:hunter2hunter2@127.0.0.1:$port/hook", $secret, $opts);
$r = $c->send('x', [], $now);
hook_show('connection refused', $r, $now);
var_dump(str_contains(serialize($r->toArray()), 'hunter2'));
// A listener whose accept queue is full drops our SYN: the connect timeout ends the attempt.
$full = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
    stream_context_create(['socket' => ['backlog' => 0]]));
$name = stream_socket_get_name($full, false);
$fillers = [];
for ($i = 0; $i < 3; $i++) {
    $fillers[] = @stream_socket_client("tcp://$name", $errno, $errstr, 0.2);
}
$c = new Client("http://$name/hook", $secret, $opts + ['connectTimeout' => 300]);
hook_show('accept queue full', $c->send('x', [], $now), $now);
// A 2xx with a body over the cap: delivered, the rest is not read.
$c = new Client($srv['url'] . '/big', $secret, $opts + ['maxResponseBytes' => 1024]);
hook_show('200, 200 kB body', $c->send('x', [], $now), $now);
$c = new Client($srv['url'] . '/big?code=500', $secret, $opts + ['maxResponseBytes' => 1024]);
hook_show('500, 200 kB body', $c->send('x', [], $now), $now);
$c = new Client($srv['url'] . '/big', $secret, $opts);
hook_show('200 kB, default cap', $c->send('x', [], $now), $now);
$c = new Client($srv['url'] . '/big', $secret, $opts + ['maxResponseBytes' => 300000]);
hook_show('200 kB under the cap', $c->send('x', [], $now), $now);
?>
--EXPECT--
sleeping receiver      delivered=false status=0 retryable=true retryAt=+60 error=timed out after 500 ms
slow drip              delivered=false status=0 retryable=true retryAt=+120 error=timed out after 700 ms
connection refused     delivered=false status=0 retryable=true retryAt=+60 error=connection refused or host unreachable
bool(false)
accept queue full      delivered=false status=0 retryable=true retryAt=+60 error=connection timed out after 300 ms
200, 200 kB body       delivered=true status=200 retryable=false retryAt=null error=response body larger than 1024 bytes was not read
500, 200 kB body       delivered=false status=500 retryable=true retryAt=+60 error=HTTP 500
200 kB, default cap    delivered=true status=200 retryable=false retryAt=null error=response body larger than 65536 bytes was not read
200 kB under the cap   delivered=true status=200 retryable=false retryAt=null error=null
