<?php
// A hostile helpdesk for hostile_receivers.phpt: raw TCP, one connection at a time, answering what
// the request path asks for with bytes no well-behaved HTTP server would send.
//   php raw_server.php <port>
$server = stream_socket_server('tcp://127.0.0.1:' . (int) $argv[1], $errno, $errstr);
if ($server === false) {
    fwrite(STDERR, "listen: $errstr\n");
    exit(1);
}
while ($conn = @stream_socket_accept($server, 60)) {
    stream_set_timeout($conn, 10);
    $head = '';
    while (!str_contains($head, "\r\n\r\n") && strlen($head) < 65536 && ($chunk = fread($conn, 8192)) !== false && $chunk !== '') {
        $head .= $chunk;
    }
    $path = preg_match('{^POST (\S+)}', $head, $m) ? $m[1] : '/';
    $send = static function (string $bytes) use ($conn): bool {
        return @fwrite($conn, $bytes) === strlen($bytes);
    };
    switch ($path) {
        case '/huge-header':      // one 1 MiB header line: over libcurl's limit for a header
            $send("HTTP/1.1 200 OK\r\nX-Big: " . str_repeat('a', 1 << 20) . "\r\n\r\nok");
            break;
        case '/many-headers':     // 1,000 small headers, then a normal answer (libcurl 8 refuses more than 5,000)
            $send("HTTP/1.1 200 OK\r\n" . str_repeat("X-H: v\r\n", 1000) . "Content-Length: 2\r\n\r\nok");
            break;
        case '/endless-body':     // claims 2 GiB and keeps sending until the client hangs up
            if ($send("HTTP/1.1 200 OK\r\nContent-Length: 2147483648\r\n\r\n")) {
                $block = str_repeat('x', 65536);
                for ($i = 0; $i < 32768 && $send($block); $i++);
            }
            break;
        case '/endless-chunks':   // chunked and never ending
            if ($send("HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n")) {
                $chunk = "10000\r\n" . str_repeat('y', 65536) . "\r\n";
                for ($i = 0; $i < 32768 && $send($chunk); $i++);
            }
            break;
        case '/slow-headers':     // a byte every 100 ms: the total timeout must end it
            foreach (str_split("HTTP/1.1 200 OK\r\nX-Slow: " . str_repeat('z', 100) . "\r\n\r\n") as $byte) {
                if (!$send($byte)) {
                    break;
                }
                usleep(100000);
            }
            break;
        case '/garbage':
            $send("HELLO THERE\r\n\r\n\x00\x01\x02");
            break;
        case '/cut-headers':      // hangs up in the middle of the headers
            $send("HTTP/1.1 200 OK\r\nX-Half: ");
            break;
        case '/nul-header':
            $send("HTTP/1.1 503 Busy\r\nRetry-After: 1\x000\r\nContent-Length: 0\r\n\r\n");
            break;
        case '/huge-retry-after':
            $send("HTTP/1.1 429 Slow down\r\nRetry-After: 99999999999999999999999\r\nContent-Length: 0\r\n\r\n");
            break;
        case '/negative-retry-after':
            $send("HTTP/1.1 503 Busy\r\nRetry-After: -5\r\nContent-Length: 0\r\n\r\n");
            break;
        case '/bad-status':
            $send("HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n");
            break;
        case '/redirect-internal': // a redirect to the cloud metadata address: never followed
            $send("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://169.254.169.254/latest/meta-data/\r\nContent-Length: 0\r\n\r\n");
            break;
        default:
            $send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    }
    @fclose($conn);
}
