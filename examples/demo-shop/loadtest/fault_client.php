<?php
/**
 * One customer of the fault run (loadtest/faults.sh): until the deadline, again and again, puts a lamp
 * in the cart, places the order, opens the review and survey links of the confirmation page and answers
 * them, as a browser would (cookies, the forms' hidden fields, the shop's Origin).
 *
 * Every request is one JSON line in the output file: the step, the status, the time it took, whether
 * the shop acknowledged a write (an order number, "review stored", "survey thanks"), and whether the
 * answer leaked anything a visitor must never see. faults.sh compares the acknowledged writes with the
 * database afterwards: nothing the shop said it stored may be missing.
 *
 *   php fault_client.php BASE_URL CLIENT_NO DEADLINE_UNIX OUT_FILE
 */
declare(strict_types=1);

[, $base, $client, $deadline, $outFile] = $argv + [null, null, null, null, null];
if ($outFile === null) {
    fwrite(STDERR, "usage: php fault_client.php BASE_URL CLIENT_NO DEADLINE_UNIX OUT_FILE\n");
    exit(2);
}
$deadline = (float) $deadline;
$out = fopen($outFile, 'a');

// What an error page must not show: SQL, exception classes, file paths, PHP's own messages.
const LEAK = '~SQLSTATE|PDOException|Stack trace|Fatal error|Warning: |Notice: |Deprecated: |ShopCx\\\\|/lib/[a-z_]+\.php|/pages/[a-z_]+\.php|\.php on line|disk I/O error~';

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HEADER => true,
    CURLOPT_FOLLOWLOCATION => false,
    CURLOPT_COOKIEFILE => '',          // cookies kept in memory for this customer
    CURLOPT_TIMEOUT => 15,
    CURLOPT_CONNECTTIMEOUT => 5,
    CURLOPT_HTTPHEADER => ['Origin: ' . $base],
]);

/** One request; returns [status, headers, body] and writes its line. status 0: no answer. */
function request(string $step, string $url, ?array $post = null, array $extra = []): array
{
    global $curl, $out, $base;
    curl_setopt($curl, CURLOPT_URL, str_starts_with($url, 'http') ? $url : $base . $url);
    if ($post === null) {
        curl_setopt($curl, CURLOPT_HTTPGET, true);
    } else {
        curl_setopt($curl, CURLOPT_POST, true);
        curl_setopt($curl, CURLOPT_POSTFIELDS, http_build_query($post));
    }
    $t0 = microtime(true);
    $raw = curl_exec($curl);
    $ms = (microtime(true) - $t0) * 1000;
    $status = $raw === false ? 0 : curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    $headerSize = $raw === false ? 0 : curl_getinfo($curl, CURLINFO_HEADER_SIZE);
    $headers = $raw === false ? '' : substr($raw, 0, $headerSize);
    $body = $raw === false ? '' : substr($raw, $headerSize);
    $leak = preg_match(LEAK, $body, $m) ? $m[0] : null;
    fwrite($out, json_encode(['t' => round($t0, 3), 'step' => $step, 'status' => $status, 'ms' => round($ms, 1),
        'leak' => $leak, 'error' => $raw === false ? curl_error($curl) : null] + $extra) . "\n");
    return [$status, $headers, $body];
}

/** The hidden fields of the form with this id (or of the first form posting to $action). */
function hidden_fields(string $html, string $formPattern): array
{
    if (!preg_match('~<form[^>]*' . $formPattern . '[^>]*>(.*?)</form>~s', $html, $m)) {
        return [];
    }
    preg_match_all('~<input type="hidden" name="([^"]+)" value="([^"]*)"~', $m[1], $inputs, PREG_SET_ORDER);
    $fields = [];
    foreach ($inputs as $i) {
        $fields[html_entity_decode($i[1])] = html_entity_decode($i[2], ENT_QUOTES);
    }
    return $fields;
}

function ack(string $what, array $data): void
{
    global $out;
    fwrite($out, json_encode(['t' => round(microtime(true), 3), 'ack' => $what] + $data) . "\n");
}

$journey = 0;
while (microtime(true) < $deadline) {
    $journey++;
    $name = "Fault customer $client-$journey";
    [$s, , $page] = request('product', '/p/noorderlicht?lang=en');
    $buy = $s === 200 ? hidden_fields($page, 'action="/cart"') : [];
    if (!$buy) {
        usleep(200000);
        continue;
    }
    [$s] = request('add_to_cart', '/cart', $buy + ['qty' => '1']);
    if ($s !== 303 && $s !== 302) {
        continue;
    }
    [$s, , $page] = request('checkout_form', '/checkout');
    $form = $s === 200 ? hidden_fields($page, 'id="checkout-form"') : [];
    if (!$form) {
        continue;
    }
    [$s, $headers] = request('place_order', '/checkout', $form + ['name' => $name, 'email' => "fault$client.$journey@example.org",
        'consent' => '1']);
    if (!preg_match('~^Location: .*[?&]order=(\d+)~mi', $headers, $m)) {
        continue;
    }
    $order = (int) $m[1];
    ack('order', ['order' => $order, 'name' => $name]);

    [$s, , $page] = request('confirmation', "/checkout?order=$order");
    if ($s !== 200 || !preg_match('~class="review-link" href="([^"]+)"~', $page, $review)
        || !preg_match('~id="survey-link" href="([^"]+)"~', $page, $survey)) {
        continue;
    }
    $reviewUrl = html_entity_decode($review[1]);
    $surveyUrl = html_entity_decode($survey[1]);

    [$s, , $page] = request('review_form', $reviewUrl);
    $form = $s === 200 ? hidden_fields($page, 'id="review-form"') : [];
    if ($form) {
        [$s, , $page] = request('review_submit', $reviewUrl, $form + ['rating' => '5', 'title' => 'Fine lamp',
            'body' => "Order $order arrived on time and the lamp is bright."]);
        if ($s === 200 && str_contains($page, 'id="review-result"')) {
            ack('review', ['order' => $order, 'name' => $name]);
        }
    }

    [$s, , $page] = request('survey_form', $surveyUrl);
    $form = $s === 200 ? hidden_fields($page, 'id="survey-form"') : [];
    if ($form) {
        // Each scale question's first choice, each comment box a short text.
        $answers = $form;
        preg_match_all('~<input type="radio" name="q\[([^\]]+)\]" value="([^"]+)"~', $page, $radios, PREG_SET_ORDER);
        foreach ($radios as [, $q, $v]) {
            $answers["q[$q]"] ??= $v;
        }
        preg_match_all('~<textarea name="q\[([^\]]+)\]"~', $page, $comments);
        foreach ($comments[1] as $q) {
            $answers["q[$q]"] = 'Quick delivery.';
        }
        [$s, , $page] = request('survey_submit', $surveyUrl, $answers);
        if ($s === 200 && str_contains($page, 'id="survey-thanks"')) {
            ack('survey', ['order' => $order, 'ref' => "order:$order"]);
        }
    }
}
