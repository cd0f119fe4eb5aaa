<?php
/**
 * One customer of the WooCommerce fault run (loadtest/faults.sh): until the run ends, again and
 * again, opens the lamp's page, gives the checkout an e-mail address and a name and places the
 * order through the stand-in's Store API checkout, waits for the review and survey invitations in
 * the inbox (the site's ../mail/<address>/, loadtest/site.php) and answers both through their links,
 * as a browser would (cookies, the forms' hidden fields).
 *
 * Every request is one JSON line: step, status, time taken, whether it did what it should ("ok"),
 * the acknowledged writes (an order id, "Thank you for your review!", "Thank you for your answers!")
 * and anything the answer leaked. fault_check.php compares the acknowledged writes with the database.
 *
 *   php fault_client.php BASE_URL CLIENT_NO STOP_FILE OUT_FILE PRODUCT_URL MAILBOX_DIR
 * (a new journey starts until STOP_FILE exists; the one under way is finished)
 *
 * @package ShopCX\WooCommerce\Tests
 */

declare(strict_types=1);

[, $base, $client, $stopFile, $outFile, $productUrl, $mailbox] = $argv + array_fill(0, 7, null);
if ($mailbox === null) {
    fwrite(STDERR, "usage: php fault_client.php BASE_URL CLIENT_NO STOP_FILE OUT_FILE PRODUCT_URL MAILBOX_DIR\n");
    exit(2);
}
$out = fopen($outFile, 'a');
// A buyer ("b1") only orders, again and again, without waiting for the invitations: a customer
// journey is mostly waiting for mail, and some writes must reach the shop during every fault.
$buyer = str_starts_with((string) $client, 'b');

// What no answer may show: SQL and database errors, PHP's messages, file paths, exception names.
const LEAK = '~WordPress database error|SQLSTATE|mysqli|MariaDB|INSERT (IGNORE )?INTO|UPDATE `?wp_|SELECT \* FROM|Stack trace|Fatal error|Warning: |Notice: |Deprecated: |ShopCx\\\\|/usr/share/wordpress|/tmp/shopcx|/var/www/|\.php on line|No space left|read-only|read_only|--read-only~i';

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HEADER => true,
    CURLOPT_FOLLOWLOCATION => false,
    CURLOPT_COOKIEFILE => '',
    CURLOPT_TIMEOUT => 15,
    CURLOPT_CONNECTTIMEOUT => 5,
]);

function line(array $data): void
{
    global $out;
    fwrite($out, json_encode($data) . "\n");
}

/** One request; returns [status, body] and writes its line; $expect: a pattern an "ok" answer holds. */
function request(string $step, string $url, ?array $form = null, ?array $json = null, string $expect = '', array $extra = []): array
{
    global $curl, $base;
    curl_setopt($curl, CURLOPT_URL, str_starts_with($url, 'http') ? $url : $base . $url);
    if ($json !== null) {
        curl_setopt($curl, CURLOPT_POST, true);
        curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode($json));
        curl_setopt($curl, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
    } elseif ($form !== null) {
        curl_setopt($curl, CURLOPT_POST, true);
        curl_setopt($curl, CURLOPT_POSTFIELDS, http_build_query($form));
        curl_setopt($curl, CURLOPT_HTTPHEADER, []);
    } else {
        curl_setopt($curl, CURLOPT_HTTPGET, true);
        curl_setopt($curl, CURLOPT_HTTPHEADER, []);
    }
    $t0 = microtime(true);
    $raw = curl_exec($curl);
    $ms = (microtime(true) - $t0) * 1000;
    $status = $raw === false ? 0 : (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    $body = $raw === false ? '' : substr($raw, (int) curl_getinfo($curl, CURLINFO_HEADER_SIZE));
    $leak = preg_match(LEAK, $body, $m) ? $m[0] : null;
    $location = $raw !== false && preg_match('~^Location: (\S+)~mi', substr($raw, 0, (int) curl_getinfo($curl, CURLINFO_HEADER_SIZE)), $lm) ? $lm[1] : null;
    if ($location !== null) {
        $extra['location'] = $location;
    }
    $ok = $status >= 200 && $status < 300 && ($expect === '' || preg_match($expect, $body) === 1);
    if (preg_match('~class="shopcx-(?:review|survey)-(?:result|error)">([^<]*)<~', $body, $said)) {
        $extra['said'] = html_entity_decode($said[1], ENT_QUOTES);
    }
    line(['t' => round($t0, 3), 'step' => $step, 'status' => $status, 'ms' => round($ms, 1), 'ok' => $ok, 'leak' => $leak,
        'critical' => str_contains($body, 'critical error'), 'error' => $raw === false ? curl_error($curl) : null] + $extra);
    return [$status, $body, $ok];
}

/** The hidden fields of the first form with this class. */
function hidden_fields(string $html, string $class): array
{
    if (!preg_match('~<form[^>]*class="' . $class . '"[^>]*>(.*?)</form>~s', $html, $m)) {
        return [];
    }
    preg_match_all('~<input type="hidden" id="[^"]*" name="([^"]+)" value="([^"]*)"|<input type="hidden" name="([^"]+)" value="([^"]*)"~', $m[1], $inputs, PREG_SET_ORDER);
    $fields = [];
    foreach ($inputs as $i) {
        $name = $i[1] !== '' ? $i[1] : $i[3];
        $fields[html_entity_decode($name)] = html_entity_decode($i[1] !== '' ? $i[2] : $i[4], ENT_QUOTES);
    }
    return $fields;
}

/** Waits for the mail whose text matches $pattern in the customer's inbox; the link it holds, or null. */
function wait_for_link(string $step, string $email, string $pattern, float $limit): ?string
{
    global $mailbox;
    $t0 = microtime(true);
    $link = null;
    while (microtime(true) - $t0 < $limit) {
        foreach (glob("$mailbox/$email/*.txt") ?: [] as $file) {
            if (preg_match($pattern, (string) file_get_contents($file), $m)) {
                $link = html_entity_decode($m[1]);
                break 2;
            }
        }
        usleep(200000);
    }
    line(['t' => round($t0, 3), 'step' => $step, 'status' => $link ? 200 : 0, 'ms' => round((microtime(true) - $t0) * 1000, 1),
        'ok' => $link !== null, 'leak' => null, 'critical' => false, 'error' => $link ? null : 'no mail']);
    return $link;
}

$journey = 0;
while (!file_exists($stopFile)) {
    $journey++;
    $email = "fault$client.$journey@example.org";
    $name = "Fault$client-$journey";
    curl_setopt($curl, CURLOPT_COOKIELIST, 'ALL'); // A new visitor: a new session.
    [$s, , $ok] = request('product', $productUrl, null, null, '~class="product_title"~');
    if (!$ok) {
        usleep(200000);
        continue;
    }
    [, , $ok] = request('customer', '/?rest_route=/wc/store/v1/cart/update-customer', null,
        ['billing_address' => ['email' => $email, 'first_name' => $name]], '~"billing_address"~');
    if (!$ok) {
        usleep(200000);
        continue;
    }
    [, $body, $ok] = request('place_order', '/?rest_route=/wc/store/v1/checkout', null, ['additional_fields' => new stdClass()], '~"order_id":\s*\d+~');
    $order = $ok ? (int) (json_decode($body, true)['order_id'] ?? 0) : 0;
    if ($order <= 0) {
        usleep(200000);
        continue;
    }
    line(['t' => round(microtime(true), 3), 'ack' => 'order', 'order' => $order, 'email' => $email]);
    if ($buyer) {
        usleep(300000);
        continue;
    }

    $review = wait_for_link('review_mail', $email, '~(http://\S+[?&]shopcx_review=[^\s"]+)~', 20);
    if ($review !== null) {
        [, $page, $ok] = request('review_form', $review, null, null, '~class="shopcx-review"~');
        $form = $ok ? hidden_fields($page, 'shopcx-review') : [];
        if ($form) {
            [, , $ok] = request('review_submit', $review, $form + ['rating' => '5', 'comment' => "Order $order: the lamp is bright and arrived on time."],
                null, '~Thank you for your review!~');
            if ($ok) {
                line(['t' => round(microtime(true), 3), 'ack' => 'review', 'order' => $order, 'email' => $email]);
            }
        }
    }
    $survey = wait_for_link('survey_mail', $email, '~(http://\S+[?&]shopcx_survey=[^\s"&]+)~', 20);
    if ($survey !== null) {
        [, $page, $ok] = request('survey_form', $survey, null, null, '~class="shopcx-survey"~');
        $form = $ok ? hidden_fields($page, 'shopcx-survey') : [];
        if ($form) {
            $answers = $form;
            preg_match_all('~<input type="radio" name="([^"]+)" value="([^"]+)"~', $page, $radios, PREG_SET_ORDER);
            foreach ($radios as [, $q, $v]) {
                $answers[html_entity_decode($q)] ??= $v; // Each scale's first choice.
            }
            preg_match_all('~<textarea [^>]*name="([^"]+)"~', $page, $comments);
            foreach ($comments[1] as $q) {
                $answers[html_entity_decode($q)] = 'Easy enough.';
            }
            [, , $ok] = request('survey_submit', $survey, $answers, null, '~Thank you for your answers!~');
            if ($ok) {
                line(['t' => round(microtime(true), 3), 'ack' => 'survey', 'order' => $order, 'email' => $email]);
            }
        }
    }
}
