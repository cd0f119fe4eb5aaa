<?php
// A minimal HTTPS receiver for tls.phpt: PHP's own TLS streams, one request per connection,
// answers 200 "ok". Usage: php tls_server.php <port> <cert.pem> <key.pem>
[, $port, $cert, $key] = $argv;
$ctx = stream_context_create(['ssl' => ['local_cert' => $cert, 'local_pk' => $key]]);
$server = stream_socket_server("tls://127.0.0.1:$port", $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
if (!$server) {
    fwrite(STDERR, "cannot listen: $errstr\n");
    exit(1);
}
while (true) {
    // A client that rejects our certificate makes the handshake (and accept) fail: keep serving.
    $conn = @stream_socket_accept($server, 60);
    if (!$conn) {
        continue;
    }
    $head = '';
    while (!str_contains($head, "\r\n\r\n") && ($line = fgets($conn)) !== false) {
        $head .= $line;
    }
    if (preg_match('/^Content-Length:\s*(\d+)/mi', $head, $m) && $m[1] > 0) {
        stream_get_contents($conn, (int) $m[1]);
    }
    fwrite($conn, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
    fclose($conn);
}
