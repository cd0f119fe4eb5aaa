--TEST--
Client over TLS: a self-signed receiver is refused unless its certificate is trusted (caFile) or verification is off
--EXTENSIONS--
shopcx
--SKIPIF--
<?php
if (trim((string) shell_exec('command -v openssl')) === '') die('skip openssl CLI not available');
if (!extension_loaded('openssl')) die('skip the TLS receiver needs ext/openssl');
?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use ShopCx\Webhook\Client;

// A throw-away self-signed certificate for 127.0.0.1, served by tls_server.php (PHP's TLS streams).
$dir = sys_get_temp_dir() . '/shopcx-tls-' . bin2hex(random_bytes(6));
mkdir($dir);
exec('openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1'
    . " -keyout $dir/key.pem -out $dir/cert.pem 2>/dev/null", $out, $status);
$port = hook_free_port();
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$proc = proc_open([$php, '-n', __DIR__ . '/tls_server.php', (string) $port, "$dir/cert.pem", "$dir/key.pem"],
    [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
register_shutdown_function(function () use ($proc, $pipes, $dir) {
    proc_terminate($proc);
    fclose($pipes[0]);
    proc_close($proc);
    array_map('unlink', glob("$dir/*"));
    rmdir($dir);
});
for ($i = 0; $i < 100 && !($c = @fsockopen('127.0.0.1', $port, $e, $es, 0.2)); $i++) {
    usleep(50000);
}
if ($c) {
    fclose($c);
}

$secret = str_repeat('k', 32);
$now = 1781258400;
$url = "https://127.0.0.1:$port/hook";
// Generous limits: under valgrind, loading the CA store and the handshake are slow.
$opts = ['jitter' => false, 'connectTimeout' => 30000, 'timeout' => 60000, 'allowInternal' => ['127.0.0.1', '::1']];
hook_show('default (verify on)', (new Client($url, $secret, $opts))->send('x', [], $now), $now);
hook_show('trusted via caFile', (new Client($url, $secret, $opts + ['caFile' => "$dir/cert.pem"]))->send('x', [], $now), $now);
hook_show('verifyTls off', (new Client($url, $secret, $opts + ['verifyTls' => false]))->send('x', [], $now), $now);
// The certificate names 127.0.0.1, not localhost: the host check is on too.
hook_show('wrong host name', (new Client("https://localhost:$port/hook", $secret, $opts + ['caFile' => "$dir/cert.pem"]))->send('x', [], $now), $now);
?>
--EXPECT--
default (verify on)    delivered=false status=0 retryable=false retryAt=null error=TLS certificate verification failed
trusted via caFile     delivered=true status=200 retryable=false retryAt=null error=null
verifyTls off          delivered=true status=200 retryable=false retryAt=null error=null
wrong host name        delivered=false status=0 retryable=false retryAt=null error=TLS certificate verification failed
