--TEST--
Client::send() classifies HTTP answers: 5xx/408/429 retryable with back-off or Retry-After, 4xx and redirects final
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/server.inc';
use ShopCx\Webhook\Client;

$srv = hook_server_start();
$secret = str_repeat('k', 32);
$now = 1781258400;   // Fri, 12 Jun 2026 10:00:00 GMT
$opts = ['jitter' => false, 'backoffBase' => 30, 'backoffMax' => 3600, 'allowInternal' => ['127.0.0.1', '::1']];
$to = fn(string $path) => new Client($srv['url'] . $path, $secret, $opts);

// 500 first, then the queue retries the same event: delivered.
$first = $to('/flaky?key=a')->send('review.negative', ['review' => 7], $now);
hook_show('flaky, attempt 1', $first, $now);
$second = $to('/flaky?key=a')->send('review.negative', ['review' => 7], $now + 30, ['id' => $first->eventId, 'attempt' => 2]);
hook_show('flaky, attempt 2', $second, $now + 30);
var_dump($first->eventId === $second->eventId);

// Exponential back-off: 30 s, 60 s, 120 s, ... capped at backoffMax.
foreach ([1, 2, 3, 7, 8, 100] as $attempt) {
    hook_show("503, attempt $attempt", $to('/status?code=503')->send('x', [], $now, ['attempt' => $attempt]), $now);
}
hook_show('502', $to('/status?code=502')->send('x', [], $now), $now);
hook_show('408', $to('/status?code=408')->send('x', [], $now), $now);
// Retry-After wins over the back-off, in seconds or as an HTTP-date, up to maxRetryAfter.
hook_show('429 after 120', $to('/status?code=429&after=120')->send('x', [], $now, ['attempt' => 5]), $now);
hook_show('503 after 45', $to('/status?code=503&after=45')->send('x', [], $now), $now);
hook_show('429 after date', $to('/status?code=429&after=' . urlencode('Fri, 12 Jun 2026 10:05:00 GMT'))->send('x', [], $now), $now);
hook_show('429 after past date', $to('/status?code=429&after=' . urlencode('Thu, 11 Jun 2026 10:05:00 GMT'))->send('x', [], $now), $now);
hook_show('429 after a week', $to('/status?code=429&after=604800')->send('x', [], $now), $now);
hook_show('429 after "soon"', $to('/status?code=429&after=soon')->send('x', [], $now), $now);
hook_show('429 without header', $to('/status?code=429')->send('x', [], $now), $now);
// Final answers: the queue should stop and tell the merchant.
hook_show('404', $to('/status?code=404')->send('x', [], $now), $now);
hook_show('410', $to('/status?code=410')->send('x', [], $now), $now);
hook_show('400', $to('/status?code=400')->send('x', [], $now), $now);
hook_show('204', $to('/status?code=204')->send('x', [], $now), $now);
hook_show('redirect', $to('/redirect')->send('x', [], $now), $now);
// The redirect was not followed: /ok never saw a request.
echo implode(' ', array_column(array_slice(hook_requests($srv), -2), 'path')), "\n";
?>
--EXPECT--
flaky, attempt 1       delivered=false status=500 retryable=true retryAt=+30 error=HTTP 500
flaky, attempt 2       delivered=true status=200 retryable=false retryAt=null error=null
bool(true)
503, attempt 1         delivered=false status=503 retryable=true retryAt=+30 error=HTTP 503
503, attempt 2         delivered=false status=503 retryable=true retryAt=+60 error=HTTP 503
503, attempt 3         delivered=false status=503 retryable=true retryAt=+120 error=HTTP 503
503, attempt 7         delivered=false status=503 retryable=true retryAt=+1920 error=HTTP 503
503, attempt 8         delivered=false status=503 retryable=true retryAt=+3600 error=HTTP 503
503, attempt 100       delivered=false status=503 retryable=true retryAt=+3600 error=HTTP 503
502                    delivered=false status=502 retryable=true retryAt=+30 error=HTTP 502
408                    delivered=false status=408 retryable=true retryAt=+30 error=HTTP 408
429 after 120          delivered=false status=429 retryable=true retryAt=+120 error=HTTP 429
503 after 45           delivered=false status=503 retryable=true retryAt=+45 error=HTTP 503
429 after date         delivered=false status=429 retryable=true retryAt=+300 error=HTTP 429
429 after past date    delivered=false status=429 retryable=true retryAt=+0 error=HTTP 429
429 after a week       delivered=false status=429 retryable=true retryAt=+86400 error=HTTP 429
429 after "soon"       delivered=false status=429 retryable=true retryAt=+30 error=HTTP 429
429 without header     delivered=false status=429 retryable=true retryAt=+30 error=HTTP 429
404                    delivered=false status=404 retryable=false retryAt=null error=HTTP 404
410                    delivered=false status=410 retryable=false retryAt=null error=HTTP 410
400                    delivered=false status=400 retryable=false retryAt=null error=HTTP 400
204                    delivered=true status=204 retryable=false retryAt=null error=null
redirect               delivered=false status=302 retryable=false retryAt=null error=redirect not followed (HTTP 302)
/status /redirect
