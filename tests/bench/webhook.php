<?php
/**
 * Webhook benchmark: Client::sendMany() (parallel, one multi handle) against sequential PHP
 * ext/curl doing the same job (same JSON body, same signature header, one reused handle),
 * and against PHP's curl_multi for reference. The receivers are PHP's built-in server on the
 * loopback (tests/webhook/router.php): /fast answers at once (4 workers: the receiver's CPU is
 * the limit), /latency after 20 ms like a remote helpdesk (8 workers: waiting is the limit).
 *   php -d extension=modules/shopcx.so tests/bench/webhook.php
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';
require __DIR__ . '/../webhook/server.inc';

use ShopCxBench\Bench;

if (!extension_loaded('curl')) {
    fwrite(STDERR, "the PHP reference needs ext/curl (apt-get install php8.2-curl)\n");
    exit(1);
}

const BATCH = 100;
$secret = str_repeat('bench-secret-', 3);
$now = 1781258400;

/** What a shop would write by hand: one handle, reused (keep-alive), a request at a time. */
final class ReferenceSender
{
    private CurlHandle $ch;

    public function __construct(private string $url, private string $secret)
    {
        $this->ch = curl_init();
    }

    public function send(string $type, array $payload, int $now): int
    {
        $id = bin2hex(random_bytes(16));
        $body = json_encode(['id' => $id, 'type' => $type, 'time' => $now, 'data' => $payload ?: new stdClass()],
            JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
        curl_setopt_array($this->ch, [
            CURLOPT_URL => $this->url,
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => $body,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_CONNECTTIMEOUT_MS => 2000,
            CURLOPT_TIMEOUT_MS => 10000,
            CURLOPT_HTTPHEADER => [
                'Content-Type: application/json', 'Expect:',
                "X-ShopCx-Event: $type", "X-ShopCx-Event-Id: $id",
                "X-ShopCx-Signature: t=$now,v1=" . hash_hmac('sha256', "$now.$body", $this->secret),
            ],
        ]);
        curl_exec($this->ch);
        return curl_getinfo($this->ch, CURLINFO_RESPONSE_CODE);
    }
}

/** The same with curl_multi: what a shop could write to parallelize in PHP. */
function reference_multi(string $url, string $secret, array $events, int $now): array
{
    $mh = curl_multi_init();
    curl_multi_setopt($mh, CURLMOPT_MAX_TOTAL_CONNECTIONS, 8);
    $handles = [];
    foreach ($events as $k => $e) {
        $id = bin2hex(random_bytes(16));
        $body = json_encode(['id' => $id, 'type' => $e['type'], 'time' => $now, 'data' => $e['payload']], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $ch = curl_init($url);
        curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body, CURLOPT_RETURNTRANSFER => true,
            CURLOPT_CONNECTTIMEOUT_MS => 2000, CURLOPT_TIMEOUT_MS => 10000, CURLOPT_HTTPHEADER => [
                'Content-Type: application/json', 'Expect:', "X-ShopCx-Event: {$e['type']}", "X-ShopCx-Event-Id: $id",
                "X-ShopCx-Signature: t=$now,v1=" . hash_hmac('sha256', "$now.$body", $secret)]]);
        curl_multi_add_handle($mh, $ch);
        $handles[$k] = $ch;
    }
    do {
        $status = curl_multi_exec($mh, $running);
        if ($running) {
            curl_multi_select($mh, 1.0);
        }
    } while ($running && $status === CURLM_OK);
    $codes = [];
    foreach ($handles as $k => $ch) {
        $codes[$k] = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_multi_remove_handle($mh, $ch);
    }
    curl_multi_close($mh);
    return $codes;
}

// The receivers: PHP's built-in server with workers, stopped when the script ends.
putenv('PHP_CLI_SERVER_WORKERS=4');
$srv = hook_server_start();
putenv('PHP_CLI_SERVER_WORKERS=8');
$remote = hook_server_start();
putenv('PHP_CLI_SERVER_WORKERS');
$url = $srv['url'] . '/fast';
$slowUrl = $remote['url'] . '/latency';

$events = [];
for ($i = 0; $i < BATCH; $i++) {
    $events[] = ['type' => 'effort.low_score', 'payload' => ['customer' => 1000 + $i, 'score' => $i % 7 + 1, 'comment' => 'Het retourneren kostte te veel moeite']];
}
$client = new ShopCx\Webhook\Client($url, $secret, ['concurrency' => 8, 'allowInternal' => ['127.0.0.1']]);
$sequential = new ReferenceSender($url, $secret);

// Same answers before timing: every event accepted (200) on both sides.
$a = array_map(fn($r) => $r->status, $client->sendMany($events, $now));
$b = array_map(fn($e) => $sequential->send($e['type'], $e['payload'], $now), $events);
$c = reference_multi($url, $secret, $events, $now);
if ($a !== array_fill(0, BATCH, 200) || $a !== $b || $a !== $c) {
    fwrite(STDERR, "deliveries differ\n");
    exit(1);
}

$bench = new Bench(5);
$bench->header(sprintf('ShopCx\Webhook\Client::sendMany() vs PHP curl (%d events per call, loopback php -S, 4 workers)', BATCH));
$bench->compare('sendMany vs sequential curl_exec', fn($i) => count($client->sendMany($events, $now)),
    function ($i) use ($sequential, $events, $now) {
        $n = 0;
        foreach ($events as $e) {
            $n += $sequential->send($e['type'], $e['payload'], $now) === 200 ? 1 : 0;
        }
        return $n;
    }, 3, 'ns per batch of ' . BATCH);
$bench->compare('sendMany vs PHP curl_multi', fn($i) => count($client->sendMany($events, $now)),
    fn($i) => count(reference_multi($url, $secret, $events, $now)), 3, 'ns per batch of ' . BATCH);
$single = $events[0];
$bench->compare('send (one event) vs curl_exec', fn($i) => $client->send($single['type'], $single['payload'], $now)->status,
    fn($i) => $sequential->send($single['type'], $single['payload'], $now), 200);

// A receiver that takes 20 ms per request: parallel delivery pays off.
$slowEvents = array_slice($events, 0, 40);
$slowClient = new ShopCx\Webhook\Client($slowUrl, $secret, ['concurrency' => 8, 'allowInternal' => ['127.0.0.1']]);
$slowSequential = new ReferenceSender($slowUrl, $secret);
$bench->compare('20 ms receiver: sendMany vs sequential', fn($i) => count($slowClient->sendMany($slowEvents, $now)),
    function ($i) use ($slowSequential, $slowEvents, $now) {
        $n = 0;
        foreach ($slowEvents as $e) {
            $n += $slowSequential->send($e['type'], $e['payload'], $now) === 200 ? 1 : 0;
        }
        return $n;
    }, 2, 'ns per batch of 40');
$bench->compare('20 ms receiver: sendMany vs curl_multi', fn($i) => count($slowClient->sendMany($slowEvents, $now)),
    fn($i) => count(reference_multi($slowUrl, $secret, $slowEvents, $now)), 2, 'ns per batch of 40');
foreach ($bench->rows() as $row) {
    if (str_contains($row['name'], 'sendMany')) {
        $n = str_starts_with($row['name'], '20 ms') ? 40 : BATCH;
        printf("  %s: %.0f events/s vs %.0f events/s\n", $row['name'], $n / ($row['shopcx_ns'] / 1e9), $n / ($row['php_ns'] / 1e9));
    }
}
$bench->footer();
