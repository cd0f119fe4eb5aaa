--TEST--
Client against hostile receivers: a 1 MiB header, 1,000 headers, a 2 GiB body, endless chunks, a header dripped byte by byte, garbage, cut headers, NUL bytes, absurd Retry-After, status 999, a redirect to the metadata address; each ends cleanly within its limits
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/server.inc';
use ShopCx\Webhook\Client;

$port = hook_free_port();
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$proc = proc_open([$php, '-n', __DIR__ . '/raw_server.php', (string) $port], [0 => ['pipe', 'r'], 1 => STDOUT, 2 => STDERR], $pipes);
for ($i = 0; $i < 200 && !($c = @fsockopen('127.0.0.1', $port, $errno, $errstr, 0.2)); $i++) {
    usleep(50000);
}
fclose($c);

$secret = str_repeat('k', 32);
$now = 1781258400;
$opts = ['jitter' => false, 'backoffBase' => 60, 'timeout' => 1500, 'allowInternal' => ['127.0.0.1']];
$client = fn(string $path) => new Client("http://127.0.0.1:$port$path", $secret, $opts);
// libcurl's own words for a broken reply differ between its versions: the class is what is checked.
$peak = memory_get_peak_usage();
foreach (['/huge-header', '/many-headers', '/endless-body', '/endless-chunks', '/slow-headers', '/garbage', '/cut-headers',
    '/nul-header', '/huge-retry-after', '/negative-retry-after', '/bad-status', '/redirect-internal'] as $path) {
    $started = microtime(true);
    $r = $client($path)->send('x', ['n' => 1], $now);
    $took = microtime(true) - $started;
    printf("%-22s delivered=%s status=%d retryable=%s retryAt=%s %s%s\n", $path, var_export($r->delivered, true), $r->status,
        var_export($r->retryable, true), $r->retryAt === null ? 'null' : '+' . ($r->retryAt - $now),
        "error=" . ($r->error ?? "null"), $took < 5 ? '' : " (took $took s)");
}
// Nothing a receiver sends is kept: the body cap holds for a 2 GiB answer (PHP's own memory barely moves).
echo "memory grew by less than 1 MiB: ", var_export(memory_get_peak_usage() - $peak < (1 << 20), true), "\n";

fclose($pipes[0]);
proc_terminate($proc);
proc_close($proc);
?>
--EXPECTF--
/huge-header           delivered=false status=200 retryable=true retryAt=+60 error=response headers too large
/many-headers          delivered=true status=200 retryable=false retryAt=null error=null
/endless-body          delivered=true status=200 retryable=false retryAt=null error=response body larger than 65536 bytes was not read
/endless-chunks        delivered=false status=500 retryable=true retryAt=+60 error=HTTP 500
/slow-headers          delivered=false status=0 retryable=true retryAt=+60 error=timed out after 1500 ms
/garbage               delivered=false status=0 retryable=true retryAt=+60 error=transfer failed: %s
/cut-headers           delivered=false status=200 retryable=true retryAt=+60 error=connection closed before a complete response
/nul-header            delivered=false status=503 retryable=true retryAt=+60 error=transfer failed: %s
/huge-retry-after      delivered=false status=429 retryable=true retryAt=+60 error=HTTP 429
/negative-retry-after  delivered=false status=503 retryable=true retryAt=+60 error=HTTP 503
/bad-status            delivered=false status=999 retryable=false retryAt=null error=unexpected HTTP status 999
/redirect-internal     delivered=false status=307 retryable=false retryAt=null error=redirect not followed (HTTP 307)
memory grew by less than 1 MiB: true
