<?php
/**
 * The live attack pass on a running Magento 2 with ShopCx_CustomerService (issue 24): a hostile customer
 * against the module's routes, the mails it sent and the admin pages, over HTTP only. Nothing here installs
 * or builds Magento; CI does not run it (no magento/* package in its registries). See README, "Live attack pass".
 *
 *   php -d extension=/path/to/shopcx.so Test/attack/attack.php \
 *       --base=http://127.0.0.1:8247/ --admin-user=admin --admin-pass=... \
 *       --mails=/path/to/captured-mails.txt [--secret=<token secret>] [--interaction-secret=<secret>] \
 *       [--limited-user=u --limited-pass=p] [--customer-a=<A's e-mail> --customer-pass=p] [--rate-limit=60 --rate-window=60] [--only=REGEX] [--crypt-key=<env.php crypt key, for admin URL keys>] [--ipv6-base=http://[::1]:8247/ --ipv6-a=fd00::1 --ipv6-b=fd00::2]
 *
 * --mails: the shop's outgoing mail appended to one file (sendmail_path), holding at least one review
 * invitation, one survey and one cart reminder for each of two customers (A first, B second). The signed
 * links are read from them. --secret (the shop's link-token secret) lets the pass mint expired links; without
 * it those checks are skipped, said so. Each check speaks from its own client address (127.0.0.10, .11, ...),
 * so the rate limit, checked on purpose once, does not meet the pass itself.
 * Prints "ok   ..." / "FAIL ..." / "skip ..." per check and "magento attack: N passed, M failed".
 */

$opt = getopt('', ['base:', 'admin-user:', 'admin-pass:', 'mails:', 'secret::', 'interaction-secret::', 'limited-user::',
    'limited-pass::', 'rate-limit::', 'customer-a::', 'customer-pass::', 'only::', 'crypt-key::', 'rate-window::', 'ipv6-base::', 'ipv6-a::', 'ipv6-b::']);
foreach (['base', 'admin-user', 'admin-pass', 'mails'] as $k) {
    if (empty($opt[$k])) {
        fwrite(STDERR, "missing --$k\n");
        exit(2);
    }
}
$base = rtrim($opt['base'], '/') . '/';
$passed = 0;
$failed = 0;
$ip = 9;
$jars = [];
// Tags, then an attribute breakout.
const XSS = '"\'><img src=x onerror=alert(71)><script>alert(72)</script><svg onload=alert(73)>zqxj" autofocus onfocus="alert(74)';
const SQLS = ["' OR '1'='1' -- ", "1) UNION SELECT username,password FROM admin_user -- ", "\\' OR 1=1#", "%' AND SLEEP(3) AND '%"];

function check(string $name, callable $fn): void
{
    global $passed, $failed, $ip, $opt;
    ++$ip;
    if (!empty($opt['only']) && !preg_match('~' . $opt['only'] . '~i', $name)) {
        return;   // --only=REGEX: the checks whose name matches (to see one fail with its guard removed)
    }
    try {
        $fn();
        ++$passed;
        echo "ok   $name\n";
    } catch (SkipCheck $e) {
        echo "skip $name: {$e->getMessage()}\n";
    } catch (Throwable $e) {
        ++$failed;
        echo "FAIL $name: " . substr((string) strtok($e->getMessage(), "\n"), 0, 300) . "\n";
    }
}
final class SkipCheck extends RuntimeException
{
}
function ok(bool $cond, string $why): void
{
    if (!$cond) {
        throw new RuntimeException($why);
    }
}
function curl_for(string $method, string $url, $post = null, ?string $jar = null, array $headers = [], ?string $iface = null)
{
    global $ip;
    $c = curl_init($url);
    curl_setopt_array($c, [CURLOPT_RETURNTRANSFER => true, CURLOPT_HEADER => true, CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_TIMEOUT => 60, CURLOPT_INTERFACE => $iface ?? "127.0.0.$ip", CURLOPT_HTTPHEADER => $headers]);
    if ($post !== null) {
        curl_setopt($c, CURLOPT_POSTFIELDS, is_array($post) ? http_build_query($post) : $post);
    }
    if ($jar !== null) {
        curl_setopt($c, CURLOPT_COOKIEFILE, $jar);
        curl_setopt($c, CURLOPT_COOKIEJAR, $jar);
    }
    return $c;
}
function req(string $method, string $url, $post = null, ?string $jar = null, array $headers = [], ?string $iface = null): array
{
    $c = curl_for($method, $url, $post, $jar, $headers, $iface);
    $raw = curl_exec($c);
    ok($raw !== false, "$method " . substr($url, 0, 120) . ': ' . curl_error($c));
    $hs = curl_getinfo($c, CURLINFO_HEADER_SIZE);
    return ['status' => curl_getinfo($c, CURLINFO_RESPONSE_CODE), 'headers' => strtolower(substr($raw, 0, $hs)),
        'rawHeaders' => substr($raw, 0, $hs), 'body' => substr($raw, $hs)];
}
function get(string $url, ?string $jar = null, array $headers = []): array
{
    return req('GET', $url, null, $jar, $headers);
}
function post(string $url, $fields, ?string $jar = null, array $headers = []): array
{
    return req('POST', $url, $fields, $jar, $headers);
}
/** Magento takes the form key from the form_key cookie (RegisterFormKeyFromCookie): a client picks its own. */
const FK = 'AtkFormKey123456';
function fk_headers(array $extra = []): array
{
    return array_merge(['Cookie: form_key=' . FK, 'X-Requested-With: XMLHttpRequest'], $extra);
}
/** The hostile markup must never come back as markup. */
function no_markup(string $body, string $where): void
{
    foreach (['<img src=x onerror', '<script>alert(', '<svg onload', '"\'><img', '" autofocus onfocus=', '<svg onload=alert(2)', '<svg onload=alert(3)'] as $raw) {
        ok(stripos($body, $raw) === false, "$where: the payload came back as markup ($raw)");
    }
}
/** Nothing about the code, the server or the database in what a visitor sees. */
function no_leak(array $r, string $where): void
{
    foreach (['ShopCx\\', 'ValueError', 'TokenException', 'TypeError', 'Stack trace', '.php on line', '#0 /', '/srv/', '/var/www', '/tmp/',
        'SQLSTATE', 'SQL syntax', 'Zend_Db', 'PDOException', 'Fatal error', 'Warning: ', 'Deprecated: ', 'Notice: ', 'Array to string'] as $bad) {
        ok(strpos($r['body'], $bad) === false, "$where: the answer says \"$bad\"");
    }
    ok($r['status'] < 500, "$where: status {$r['status']}");
}
function b64u_decode(string $s): string
{
    return (string) base64_decode(strtr($s, '-_', '+/') . str_repeat('=', (4 - strlen($s) % 4) % 4));
}
function b64u(string $s): string
{
    return rtrim(strtr(base64_encode($s), '+/', '-_'), '=');
}
function forged(string $token): string
{
    return substr($token, 0, -2) . (str_ends_with($token, 'AA') ? 'BB' : 'AA');
}
function claims_of(string $token): array
{
    return json_decode(b64u_decode(explode('.', $token)[2] ?? ''), true) ?: [];
}
function rewritten(string $token, callable $edit): string
{
    $parts = explode('.', $token);
    $parts[2] = b64u(json_encode($edit(claims_of($token))));
    return implode('.', $parts);
}
/** A token signed with the shop's secret: expired, or for another purpose. */
function minted(string $purpose, array $claims, int $ttl, int $ago): string
{
    global $opt;
    if (empty($opt['secret']) || !class_exists('ShopCx\\Token')) {
        throw new SkipCheck('needs --secret and the shopcx extension in this PHP');
    }
    return (new ShopCx\Token($opt['secret'], 'k1'))->issue($purpose, $claims, $ttl, time() - $ago);
}

// --- The mails and their links -------------------------------------------------------------------
$mails = [];
foreach (explode("\n=====SHOPCX-MAIL", "\n" . (string) @file_get_contents($opt['mails'])) as $chunk) {
    if (trim($chunk) === '') {
        continue;
    }
    [$head, $body] = array_pad(preg_split("/\r?\n\r?\n/", $chunk, 2), 2, '');
    $mails[] = ['head' => $head, 'body' => quoted_printable_decode($body), 'raw' => $chunk];
}
$links = [];   // kind => [link of A, link of B, ...] in mail order
foreach ($mails as $m) {
    preg_match_all('#https?://[^\s"<>]+/shopcx/(review|survey|cart/recover|optout)/?\?t=(v1\.[A-Za-z0-9._-]+)#', $m['body'], $found, PREG_SET_ORDER);
    foreach ($found as $f) {
        $links[$f[1]][$f[2]] = $f[2];
    }
}
$links = array_map('array_values', $links);
$pick = function (string $kind, int $i) use ($links): string {
    ok(isset($links[$kind][$i]), "the mails hold no $kind link #" . ($i + 1) . ' (need one for customer A and one for B)');
    return $links[$kind][$i];
};

check('mails: every captured mail (the module\'s and Magento\'s order mails with the hostile address) shows the payloads as text only', function () use ($mails) {
    ok(count($mails) >= 6, 'only ' . count($mails) . ' mails captured');
    foreach ($mails as $i => $m) {
        no_markup($m['body'], 'mail #' . ($i + 1));
    }
});
check('mails: the module\'s outreach mails carry List-Unsubscribe (https opt-out link) and List-Unsubscribe-Post', function () use ($mails) {
    $n = 0;
    foreach ($mails as $m) {
        if (str_contains($m['body'], '/shopcx/optout')) {
            ++$n;
            ok((bool) preg_match('#^List-Unsubscribe: <https?://[^>]+/shopcx/optout/?\?t=v1\.#mi', $m['head']), 'a mail without a plain List-Unsubscribe header');
            ok((bool) preg_match('#^List-Unsubscribe-Post: List-Unsubscribe=One-Click#mi', $m['head']), 'a mail without List-Unsubscribe-Post');
        }
    }
    ok($n >= 6, "only $n outreach mails");
});

// --- FAQ ------------------------------------------------------------------------------------------
check('FAQ search: a hostile query answers JSON, highlights carry <mark> only, the echoed query escaped', function () use ($base) {
    foreach ([XSS, 'return ' . XSS, '<mark onmouseover=alert(1)>return</mark>'] as $q) {
        $r = get($base . 'shopcx/faq/search?' . http_build_query(['q' => $q, 'log' => '1']));
        ok($r['status'] === 200, "status {$r['status']}");
        ok(str_contains($r['headers'], 'content-type: application/json'), 'not JSON');
        $j = json_decode($r['body'], true);
        ok(!str_contains((string) $j['query'], '<'), 'the query came back unescaped: ' . $j['query']);
        foreach ($j['hits'] as $hit) {
            foreach ([$hit['question'], $hit['snippet'], $hit['category']] as $html) {
                ok(!str_contains(str_replace(['<mark>', '</mark>'], '', $html), '<'), "markup in a highlight: $html");
            }
        }
    }
});
check('FAQ suggest, related, the FAQ page: hostile q/id shown as text, never 500, no internals', function () use ($base) {
    foreach (['shopcx/faq/suggest?q=', 'shopcx/faq/related?id=', 'shopcx/faq?q=', 'shopcx/faq/index/index?q='] as $path) {
        foreach ([XSS, 'ret' . XSS] as $q) {
            $r = get($base . $path . rawurlencode($q));
            no_leak($r, $path);
            no_markup($r['body'], $path);
        }
    }
});
check('FAQ click: hostile and SQL-like ids answer 400/404 and count nothing; a real id 200', function () use ($base) {
    foreach (array_merge([XSS, '../../etc/passwd'], SQLS) as $id) {
        $r = post($base . 'shopcx/faq/click', ['id' => $id, 'seen' => [$id, 'returns']], null, fk_headers());
        ok(in_array($r['status'], [400, 404], true), "id $id: status {$r['status']}");
        no_leak($r, "click id=$id");
        no_markup($r['body'], 'click');
    }
    $r = post($base . 'shopcx/faq/click', 'id=returns&seen[]=' . rawurlencode("shipping' OR 1=1") . '&seen[x][y]=1&form_key=' . FK, null, fk_headers());
    ok($r['status'] === 200 && str_contains($r['body'], '"recorded":true'), "a real id: {$r['status']} {$r['body']}");
});
check('FAQ, suggest, promise, related: SQL injection in every parameter finds nothing, leaks nothing, no SLEEP', function () use ($base) {
    foreach (SQLS as $q) {
        $t0 = microtime(true);
        foreach (['shopcx/faq/search?log=1&q=', 'shopcx/faq/suggest?q=', 'shopcx/faq/related?id=', 'shopcx/promise?sku=', 'shopcx/faq?q='] as $p) {
            $r = get($base . $p . rawurlencode($q));
            no_leak($r, $p . $q);
            ok(!preg_match('/\$2y\$|[0-9a-f]{64}:|admin@example/', $r['body']), "$p: user data in the answer");
        }
        ok(microtime(true) - $t0 < 15, 'SLEEP() ran');
    }
});
check('FAQ search: refused queries (6 kB, bad UTF-8, an array) answer 400 without internals', function () use ($base) {
    foreach (['q=' . str_repeat('a+', 3000), 'q=%ff%fe%80', 'q[]=x&q[a]=y'] as $qs) {
        $r = get($base . 'shopcx/faq/search?' . $qs);
        no_leak($r, substr($qs, 0, 20));
        ok(in_array($r['status'], [200, 400], true), "status {$r['status']} for " . substr($qs, 0, 20));
    }
});

// --- Promise and chat -----------------------------------------------------------------------------
check('promise: hostile and SQL-like SKUs answer cleanly, no markup echoed', function () use ($base) {
    foreach (['WB-1 OR 1=1', "WB-1'--", XSS, '-1', str_repeat('9', 300)] as $sku) {
        $r = get($base . 'shopcx/promise?sku=' . rawurlencode($sku));
        no_leak($r, "promise sku=$sku");
        no_markup($r['body'], "promise sku=$sku");
    }
});
check('chat invite: hostile or malformed visits answer 200/400, never 500, no internals, no markup', function () use ($base) {
    foreach (['{"pageType":' . json_encode(XSS) . ',"secondsOnPage":"9 OR 1=1","productId":"1 OR 1=1"}', '{"pageType":["a"],"secondsOnPage":{"x":1}}', 'not json', str_repeat('[', 5000)] as $visit) {
        foreach (['GET' => null, 'POST' => ['visit' => $visit]] as $m => $body) {
            $r = req($m, $base . 'shopcx/chat/invite' . ($body === null ? '?visit=' . rawurlencode($visit) : ''), $body, null, fk_headers());
            ok(in_array($r['status'], [200, 400, 404, 405], true), "$m $visit: status {$r['status']}");
            no_leak($r, "chat $visit");
            no_markup($r['body'], 'chat');
        }
    }
});
check('chat accept: a POST without a form key records nothing (CSRF)', function () use ($base) {
    $r = post($base . 'shopcx/chat/accept', []);
    ok($r['status'] === 302 || !str_contains($r['body'], '"recorded":true'), "status {$r['status']} {$r['body']}");
});

// --- Review links ---------------------------------------------------------------------------------
$revA = fn() => $pick('review', 0);
$revB = fn() => $pick('review', 1);
$submitReview = fn(string $token, array $f, array $h = []) => post($base . 'shopcx/review/submit', $f + ['token' => $token], null, $h ?: fk_headers());
check('review page: the link shows the form; a hostile ?t= is shown as text', function () use ($base, $revA) {
    $r = get($base . 'shopcx/review?t=' . rawurlencode($revA()));
    ok($r['status'] === 200 && str_contains($r['body'], 'class="shopcx-review"'), "no review form ({$r['status']})");
    $r = get($base . 'shopcx/review?t=' . rawurlencode(XSS));
    no_markup($r['body'], 'review page');
    no_leak($r, 'review page');
});
check('review submit: no form key, an empty or another form key are refused (CSRF), even as XHR', function () use ($revA, $submitReview) {
    foreach (['no form key' => ['X-Requested-With: XMLHttpRequest'], 'other form key' => fk_headers()] as $what => $h) {
        $f = ['rating' => 5, 'text' => 'csrf review zqxj ok fine good', 'title' => 't'] + ($what === 'other form key' ? ['form_key' => 'SomeoneElsesKey1'] : []);
        $r = $submitReview($revA(), $f, $h);
        ok($r['status'] === 403 && str_contains($r['body'], 'form key'), "$what: {$r['status']} " . substr($r['body'], 0, 120));
        no_leak($r, $what);
    }
});
check('review submit: forged, rewritten (IDOR: A\'s link edited to B\'s order or product), expired and cross-purpose tokens 403', function () use ($revA, $revB, $pick, $submitReview) {
    $a = $revA();
    $b = claims_of($revB());
    $bad = [
        'forged' => forged($a),
        'cut' => substr($a, 0, 40),
        'IDOR order of B' => rewritten($a, function ($p) use ($b) { $p['c']['o'] = $b['c']['o']; return $p; }),
        'IDOR product' => rewritten($a, function ($p) { $p['c']['i'] = 'TEE-1'; return $p; }),
        'longer life' => rewritten($a, function ($p) { $p['exp'] += 86400 * 365; return $p; }),
        'survey token' => $pick('survey', 0),
        'opt-out token' => $pick('optout', 0),
        'cart token' => $pick('cart/recover', 0),
        'SQL' => "' OR 1=1 -- ",
        'SQL in the claims' => rewritten($a, function ($p) { $p['c']['o'] = "000000001' OR '1'='1"; return $p; }),
        'huge' => str_repeat('A', 5000),
    ];
    try {
        $bad['expired'] = minted('review', claims_of($a)['c'], 60, 3600);
    } catch (SkipCheck) {
    }
    foreach ($bad as $what => $token) {
        $r = $submitReview($token, ['form_key' => FK, 'rating' => 5, 'text' => "bad token $what is refused here", 'title' => 'x']);
        ok($r['status'] === 403 && str_contains($r['body'], 'not valid'), "$what: {$r['status']} " . substr($r['body'], 0, 120));
        no_leak($r, $what);
    }
});
check('review submit: wrong fields (rating out of range, SQL-like, arrays, bad UTF-8) 400 without internals', function () use ($revA, $submitReview, $base) {
    // "5' OR '1'='1" and "4.9" were read as 5 and 4 until cf11bb1: a rating is the radio value, exactly.
    foreach (['9', '0', '-1', 'five', "5' OR '1'='1", '4.9', ' 3'] as $rating) {
        $r = $submitReview($revA(), ['form_key' => FK, 'rating' => $rating, 'text' => 'a fine review text here', 'title' => 'x']);
        ok($r['status'] === 400, "rating $rating: {$r['status']} " . substr($r['body'], 0, 100));
        no_leak($r, "rating $rating");
    }
    foreach (['text[]=x&title=y', 'text=a+fine+review+text+here&title[a]=y', 'rating[]=5&text=a+fine+review+text'] as $fields) {
        $r = post($base . 'shopcx/review/submit', 'form_key=' . FK . '&token=' . rawurlencode($revA()) . '&rating=5&' . $fields, null, fk_headers());
        ok($r['status'] === 400, "$fields: {$r['status']} " . substr($r['body'], 0, 100));
        no_leak($r, 'array fields');
    }
    $r = $submitReview($revA(), ['form_key' => FK, 'rating' => 5, 'text' => "caf\xe9 \xff", 'title' => 'x']);
    ok($r['status'] === 400, "bad UTF-8: {$r['status']}");
});
check('review submit: a hostile title and text are stored once, the preview escaped; the replay 409', function () use ($revA, $submitReview) {
    $r = $submitReview($revA(), ['form_key' => FK, 'rating' => 5, 'title' => 'title ' . XSS, 'text' => 'Great boots, ' . XSS . " '); DELETE FROM review; -- comfortable"]);
    ok($r['status'] === 200 && str_contains($r['body'], 'Thank you'), "status {$r['status']} " . substr($r['body'], 0, 200));
    no_markup(json_decode($r['body'], true)['preview'] ?? '', 'the preview');
    $again = $submitReview($revA(), ['form_key' => FK, 'rating' => 4, 'title' => 'again', 'text' => 'a second review of the same item']);
    ok($again['status'] === 409, "replay: {$again['status']} " . substr($again['body'], 0, 120));
    no_leak($again, 'replay');
});
check('review: B\'s own link still works after A\'s attempts (A\'s edited links used nothing of B)', function () use ($revB, $submitReview) {
    $r = $submitReview($revB(), ['form_key' => FK, 'rating' => 4, 'title' => 'Bob', 'text' => 'Solid boots, a bit warm in summer.']);
    ok($r['status'] === 200, "B's review: {$r['status']} " . substr($r['body'], 0, 160));
});
check('review: the product page and its review list show the hostile review as text', function () use ($base) {
    $list = get($base . 'review/product/listAjax/id/1/');
    ok($list['status'] === 200 && str_contains($list['body'], 'zqxj'), "the review is not listed ({$list['status']})");
    no_markup($list['body'], 'review list');
    $page = get($base . 'walking-boots.html');
    no_markup($page['body'], 'product page');
});

// --- Survey links ---------------------------------------------------------------------------------
$surA = fn() => $pick('survey', 0);
$surB = fn() => $pick('survey', 1);
$surveyFields = function () use ($base, $surA): array {
    $html = get($base . 'shopcx/survey?t=' . rawurlencode($surA()))['body'];
    preg_match_all('/name="answers\[([^\]]+)\]"( value="(\d+)")?/', $html, $m, PREG_SET_ORDER);
    $a = [];
    foreach ($m as $x) {
        $a[$x[1]] = isset($x[3]) ? ($a[$x[1]] ?? $x[3]) : null;   // the first (lowest) choice, null for a text
    }
    ok(count($a) >= 1, 'the survey form has no questions');
    return $a;
};
$answers = function (array $fields, string $comment): array {
    return array_map(fn($v) => $v ?? $comment, $fields);
};
$submitSurvey = fn(string $token, $f, array $h = []) => post($base . 'shopcx/survey/submit', is_array($f) ? $f + ['token' => $token] : $f, null, $h ?: fk_headers());
check('survey page: a hostile ?t= is shown as text', function () use ($base) {
    $r = get($base . 'shopcx/survey?t=' . rawurlencode(XSS));
    no_markup($r['body'], 'survey page');
    no_leak($r, 'survey page');
});
check('survey submit: no form key or another form key refused (CSRF), even as XHR', function () use ($surA, $submitSurvey, $surveyFields, $answers) {
    $a = $answers($surveyFields(), 'csrf');
    foreach (['no form key' => ['X-Requested-With: XMLHttpRequest'], 'other form key' => fk_headers()] as $what => $h) {
        $r = $submitSurvey($surA(), ['answers' => $a] + ($what === 'other form key' ? ['form_key' => 'SomeoneElsesKey1'] : []), $h);
        ok($r['status'] === 403 && str_contains($r['body'], 'form key'), "$what: {$r['status']} " . substr($r['body'], 0, 120));
    }
});
check('survey submit: forged, rewritten (IDOR to B\'s order), expired and cross-purpose tokens 403', function () use ($surA, $surB, $pick, $submitSurvey, $surveyFields, $answers) {
    $a = $surA();
    $bOrder = claims_of($surB())['c']['order'];
    $ans = $answers($surveyFields(), 'bad token');
    $bad = [
        'IDOR order of B' => rewritten($a, function ($p) use ($bOrder) { $p['c']['order'] = $bOrder; return $p; }),
        'forged' => forged($a),
        'longer life' => rewritten($a, function ($p) { $p['exp'] += 86400 * 365; return $p; }),
        'review token' => $pick('review', 0),
        'opt-out token' => $pick('optout', 0),
        'cart token' => $pick('cart/recover', 0),
        'SQL' => "' OR 1=1 -- ",
    ];
    try {
        $bad['expired'] = minted('survey', ['order' => claims_of($a)['c']['order']], 60, 3600);
        $bad['purpose survey2'] = minted('survey2', ['order' => claims_of($a)['c']['order']], 86400, 0);
    } catch (SkipCheck) {
    }
    foreach ($bad as $what => $token) {
        $r = $submitSurvey($token, ['form_key' => FK, 'answers' => $ans]);
        ok($r['status'] === 403 && str_contains($r['body'], 'not valid'), "$what: {$r['status']} " . substr($r['body'], 0, 120));
        no_leak($r, $what);
    }
});
check('survey submit: wrong answers (out of range, SQL, arrays) 400 with a plain message', function () use ($surA, $submitSurvey, $surveyFields) {
    $fields = $surveyFields();
    $first = array_key_first($fields);
    foreach (['99', "5' OR '1'='1", '-1', '5.5'] as $v) {
        $r = $submitSurvey($surA(), ['form_key' => FK, 'answers' => [$first => $v] + array_map(fn($x) => $x ?? 'c', $fields)]);
        ok($r['status'] === 400, "answer $v: {$r['status']} " . substr($r['body'], 0, 120));
        no_leak($r, "answer $v");
    }
    $r = $submitSurvey($surA(), 'form_key=' . FK . '&token=' . rawurlencode($surA()) . '&answers[' . $first . '][]=5&answers[x][y]=1');
    ok($r['status'] === 400, "array answers: {$r['status']}");
    no_leak($r, 'array answers');
});
check('survey submit: a hostile comment is stored once, the replay 409', function () use ($surA, $submitSurvey, $surveyFields, $answers) {
    $a = $answers($surveyFields(), 'survey ' . XSS);
    $r = $submitSurvey($surA(), ['form_key' => FK, 'answers' => $a]);
    ok($r['status'] === 200 && str_contains($r['body'], 'Thank you'), "status {$r['status']} " . substr($r['body'], 0, 160));
    $again = $submitSurvey($surA(), ['form_key' => FK, 'answers' => $a]);
    ok($again['status'] === 409, "replay: {$again['status']}");
});
check('survey: B\'s own link still answers after A\'s attempts', function () use ($surB, $submitSurvey, $surveyFields, $answers) {
    $r = $submitSurvey($surB(), ['form_key' => FK, 'answers' => $answers($surveyFields(), 'fine')]);
    ok($r['status'] === 200, "B: {$r['status']} " . substr($r['body'], 0, 160));
});

/** A logged-in storefront session: the cookie jar file. */
function customer_login(string $email, string $pass): string
{
    global $base, $jars;
    $jar = tempnam(sys_get_temp_dir(), 'shopcx-mage-customer-');
    $jars[] = $jar;
    $host = parse_url($base, PHP_URL_HOST);
    file_put_contents($jar, "$host\tFALSE\t/\tFALSE\t0\tform_key\t" . FK . "\n");
    $r = post($base . 'customer/account/loginPost/', ['form_key' => FK, 'login' => ['username' => $email, 'password' => $pass]], $jar);
    $acct = get($base . 'customer/account/', $jar);
    ok($acct['status'] === 200 && str_contains($acct['body'], 'My Account'), "customer login as $email failed ({$r['status']}, {$acct['status']})");
    return $jar;
}

check('every route: array parameters (?q[]=, id[]=, t[]=, token[]=, seen[x][y]=) answer 400/403/404/302, never 500', function () use ($base) {
    $gets = ['shopcx/faq/search?q[]=x&q[a]=y', 'shopcx/faq/suggest?q[]=x', 'shopcx/faq/related?id[]=returns', 'shopcx/promise?sku[]=WB-1',
        'shopcx/chat/invite?visit[]=x', 'shopcx/optout?t[]=x', 'shopcx/review?t[]=x', 'shopcx/survey?t[]=x', 'shopcx/cart/recover?t[]=x', 'shopcx/faq?q[]=x'];
    foreach ($gets as $path) {
        $r = get($base . $path);
        no_leak($r, $path);
    }
    $posts = ['shopcx/faq/click' => 'id=returns&seen[x][y]=1&seen[]=shipping', 'shopcx/faq/click?x' => 'id[]=returns',
        'shopcx/review/submit' => 'token[]=x&rating=5&text=abc', 'shopcx/survey/submit' => 'token[]=x&answers[ces]=5',
        'shopcx/optout' => 't[]=x&List-Unsubscribe=One-Click'];
    foreach ($posts as $path => $body) {
        $r = post($base . $path, $body . '&form_key=' . FK, null, fk_headers());
        no_leak($r, "POST $path");
    }
});

// --- Cart recovery ---------------------------------------------------------------------------------
$cartOf = function (string $token, ?string $jar = null) use ($base): array {
    global $jars;
    if ($jar === null) {
        $jar = tempnam(sys_get_temp_dir(), 'shopcx-mage-attack-');
        $jars[] = $jar;
    }
    $r = get($base . 'shopcx/cart/recover?t=' . rawurlencode($token), $jar);
    $cart = get($base . 'checkout/cart/', $jar);
    return [$r, $cart, (string) file_get_contents($jar)];
};
check('cart link: the valid one restores A\'s cart; forged, rewritten to B\'s cart (IDOR), expired and cross-purpose ones restore nothing', function () use ($pick, $cartOf) {
    global $opt;
    // Magento shows a customer's quote only to that customer's session: A logs in, then opens the link.
    [$r, $cart, $cookies] = $cartOf($pick('cart/recover', 0), customer_login($opt['customer-a'] ?? 'ann@example.test', $opt['customer-pass'] ?? 'Customer12345!'));
    ok($r['status'] === 302 && !str_contains(urldecode($r['rawHeaders'] . $cookies), 'not valid or has expired'), "the valid link was refused ({$r['status']})");
    ok(str_contains($cart['body'], 'Walking boots'), 'the valid link did not restore A\'s cart');
    $a = $pick('cart/recover', 0);
    $bCart = claims_of($pick('cart/recover', 1))['c']['cart'];
    $bad = [
        'forged' => forged($a),
        'IDOR cart of B' => rewritten($a, function ($p) use ($bCart) { $p['c']['cart'] = $bCart; return $p; }),
        'longer life' => rewritten($a, function ($p) { $p['exp'] += 86400 * 365; return $p; }),
        'survey token' => $pick('survey', 0),
        'opt-out token' => $pick('optout', 0),
        'SQL' => "4' OR '1'='1",
        'SQL in the claims' => rewritten($a, function ($p) { $p['c']['cart'] = '4 OR 1=1'; return $p; }),
    ];
    try {
        $bad['expired'] = minted('cart', claims_of($a)['c'], 60, 3600);
    } catch (SkipCheck) {
    }
    foreach ($bad as $what => $token) {
        [$r, $cart, $cookies] = $cartOf($token);
        ok($r['status'] === 302, "$what: status {$r['status']}");
        ok(!str_contains($cart['body'], 'Walking boots'), "$what: a cart was restored");
        ok(str_contains(urldecode($r['rawHeaders'] . $cookies), 'not valid or has expired'), "$what: no \"not valid\" message");
        no_leak($r, $what);
        no_leak($cart, $what);
    }
});

check('cart link: A\'s link opened logged out asks for A\'s login and then restores the cart (was an empty cart)', function () use ($pick, $base) {
    global $opt, $jars;
    $jar = tempnam(sys_get_temp_dir(), 'shopcx-mage-attack-');
    $jars[] = $jar;
    $host = parse_url($base, PHP_URL_HOST);
    file_put_contents($jar, "$host\tFALSE\t/\tFALSE\t0\tform_key\t" . FK . "\n");
    $r = get($base . 'shopcx/cart/recover?t=' . rawurlencode($pick('cart/recover', 0)), $jar);
    ok($r['status'] === 302 && preg_match('#^location: \S*customer/account/login#m', $r['headers']), "no login page: {$r['status']} " . substr($r['headers'], 0, 300));
    ok(str_contains(urldecode((string) file_get_contents($jar)), 'Log in to see the cart you saved'), 'no "log in" notice');
    $cart = get($base . 'checkout/cart/', $jar);
    ok(!str_contains($cart['body'], 'Walking boots'), 'A\'s cart shown to a logged-out session');
    $login = post($base . 'customer/account/loginPost/', ['form_key' => FK, 'login' => ['username' => $opt['customer-a'] ?? 'ann@example.test',
        'password' => $opt['customer-pass'] ?? 'Customer12345!']], $jar);
    ok($login['status'] === 302 && str_contains($login['headers'], 'shopcx/cart/recover'), "the login does not lead back to the link: " . substr($login['headers'], 0, 300));
    preg_match('#^location: (\S+)#mi', $login['rawHeaders'], $m);
    $back = get(trim($m[1] ?? ''), $jar);
    ok($back['status'] === 302, "the link after login: {$back['status']}");
    $cart = get($base . 'checkout/cart/', $jar);
    ok(str_contains($cart['body'], 'Walking boots'), 'after login A\'s cart is not there');
    no_leak($cart, 'the cart after login');
});

// --- Opt-out ----------------------------------------------------------------------------------------
$optA = fn() => $pick('optout', 0);
$optB = fn() => $pick('optout', count($links['optout'] ?? []) - 1);
$optState = function (string $token) use ($base): string {
    $b = get($base . 'shopcx/optout?t=' . rawurlencode($token))['body'];
    return str_contains($b, 'no more of these e-mails') ? 'out' : (str_contains($b, 'Do you want to stop') ? 'asks' : (str_contains($b, 'not valid') ? 'invalid' : 'other'));
};
check('opt-out: forged, rewritten to B (IDOR), expired and cross-purpose tokens 403 on one-click; the page says "not valid"; nothing stored', function () use ($base, $optA, $optB, $pick, $optState) {
    ok(claims_of($optA())['c']['a'] !== claims_of($optB())['c']['a'], 'the first and last opt-out links are one address');
    $a = $optA();
    $bad = [
        'forged' => forged($a),
        'IDOR to B' => rewritten($a, function ($p) use ($optB) { $p['c']['a'] = claims_of($optB())['c']['a']; return $p; }),
        'other store' => rewritten($a, function ($p) { $p['c']['s'] = 2; return $p; }),
        'review token' => $pick('review', 0),
        'survey token' => $pick('survey', 0),
        'SQL' => "' OR 1=1 -- ",
    ];
    try {
        $bad['expired'] = minted('optout', claims_of($a)['c'], 60, 3600);
    } catch (SkipCheck) {
    }
    foreach ($bad as $what => $t) {
        $r = post($base . 'shopcx/optout?t=' . rawurlencode($t), ['List-Unsubscribe' => 'One-Click']);
        ok($r['status'] === 403, "$what: status {$r['status']}");
        no_leak($r, $what);
        ok($optState($t) === 'invalid', "$what: the page does not say the link is not valid");
    }
    ok($optState($optB()) === 'asks', 'B was opted out by an edited link');
    ok($optState($a) === 'asks', 'A was opted out by a bad link');
});
check('opt-out: GET changes nothing; the form POST without a form key changes nothing (CSRF); a hostile ?t= is text', function () use ($base, $optA, $optState) {
    get($base . 'shopcx/optout?t=' . rawurlencode($optA()));
    ok($optState($optA()) === 'asks', 'a GET opted out');
    foreach ([[], ['form_key' => 'SomeoneElsesKey1']] as $f) {
        $r = post($base . 'shopcx/optout?t=' . rawurlencode($optA()), $f + ['t' => $optA()], null, fk_headers());
        no_leak($r, 'form post');
        ok($optState($optA()) === 'asks', 'a form post without the form key opted out');
    }
    $r = get($base . 'shopcx/optout?t=' . rawurlencode(XSS));
    no_markup($r['body'], 'opt-out page');
});
check('opt-out: one-click opts A out (200), the replay is harmless, B stays subscribed', function () use ($base, $optA, $optB, $optState) {
    $r = post($base . 'shopcx/optout?t=' . rawurlencode($optA()), ['List-Unsubscribe' => 'One-Click']);
    ok($r['status'] === 200, "one-click: {$r['status']}");
    $again = post($base . 'shopcx/optout?t=' . rawurlencode($optA()), ['List-Unsubscribe' => 'One-Click']);
    ok($again['status'] === 200, "replay: {$again['status']}");
    ok($optState($optA()) === 'out', 'A is not opted out');
    ok($optState($optB()) === 'asks', 'B was opted out with A');
});

// --- Inbound interactions ---------------------------------------------------------------------------
check('interaction report: unsigned, stale, future, other secret, tampered 401; hostile fields and SQL-like id 400', function () use ($base, $opt) {
    if (empty($opt['interaction-secret'])) {
        throw new SkipCheck('needs --interaction-secret');
    }
    $secret = $opt['interaction-secret'];
    $send = function (string $body, ?string $sig) use ($base): array {
        $h = ['Content-Type: application/json'];
        if ($sig !== null) {
            $h[] = 'X-ShopCx-Signature: ' . $sig;
        }
        $r = post($base . 'shopcx/interaction/report', $body, null, $h);
        no_leak($r, 'interaction');
        no_markup($r['body'], 'interaction');
        return $r;
    };
    $now = time();
    $sign = fn(string $body, int $t, ?string $s = null) => 't=' . $t . ',v1=' . hash_hmac('sha256', $t . '.' . $body, $s ?? $secret);
    $contact = fn(string $id, array $data = []) => json_encode(['id' => $id, 'type' => 'interaction.contact', 'time' => $now,
        'data' => $data + ['email' => 'ann@example.test', 'channel' => 'email', 'case' => 'ATK-1', 'opened' => $now - 7200, 'firstResponse' => 600, 'contacts' => 1]]);
    $body = $contact('atk-' . $now);
    ok($send($body, null)['status'] === 401, 'unsigned');
    ok($send($body, 'v1=' . str_repeat('a', 64))['status'] === 401, 'no time');
    ok($send($body, $sign($body, $now - 301))['status'] === 401, 'stale');
    ok($send($body, $sign($body, $now + 400))['status'] === 401, 'future');
    ok($send($body, $sign($body, $now, str_repeat('z', 40)))['status'] === 401, 'other secret');
    ok($send(str_replace('ann@', 'bob@', $body), $sign($body, $now))['status'] === 401, 'tampered');
    foreach ([['channel' => XSS], ['email' => XSS], ['rating' => "5' OR '1'='1"], ['opened' => 'yesterday<script>alert(72)</script>']] as $bad) {
        $b = $contact('atk-bad-' . key($bad) . $now, $bad);
        $r = $send($b, $sign($b, $now));
        ok($r['status'] === 400, 'hostile ' . key($bad) . ": {$r['status']} " . substr($r['body'], 0, 160));
    }
    $b = $contact("atk-2' OR '1'='1");
    ok($send($b, $sign($b, $now))['status'] === 400, 'SQL-like id');
    $r = $send($body, $sign($body, $now));
    ok($r['status'] === 200 && str_contains($r['body'], '"stored":true'), "a good report: {$r['status']} {$r['body']}");
    ok(str_contains($send($body, $sign($body, $now))['body'], '"stored":false'), 'the retry was stored twice');
});

// --- Rate limit ---------------------------------------------------------------------------------------
$limit = (int) ($opt['rate-limit'] ?? 60);
/**
 * The limiter counts in fixed windows (Limiter: intdiv(now, window)): a fill that crosses a window's end
 * starts again from 0 and would look like a reset. Such a try is repeated once from a fresh address.
 */
function in_one_window(callable $try): void
{
    global $ip, $opt;
    $window = (int) ($opt['rate-window'] ?? 60);
    for ($attempt = 1; ; $attempt++) {
        $t0 = time();
        try {
            $try();
            return;
        } catch (RuntimeException $e) {
            if ($attempt >= 2 || intdiv($t0, $window) === intdiv(time(), $window)) {
                throw $e;
            }
            ++$ip;
        }
    }
}
check("rate limit: the " . ($limit + 1) . "th FAQ search of one client in a window answers 429 (Retry-After, no-store)", function () use ($base, $limit) {
    in_one_window(function () use ($base, $limit) {
    $codes = [];
    for ($i = 0; $i <= $limit; $i++) {
        $r = get($base . 'shopcx/faq/search?q=ship' . $i);
        $codes[$r['status']] = ($codes[$r['status']] ?? 0) + 1;
    }
    ok(($codes[200] ?? 0) === $limit && ($codes[429] ?? 0) === 1, 'statuses ' . json_encode($codes));
    ok(str_contains($r['headers'], 'retry-after:') && str_contains($r['headers'], 'no-store'), 'the 429 has no Retry-After or no-store');
    no_leak(['status' => 200] + $r, '429');
    });
});
check('rate limit: a spoofed X-Forwarded-For / X-Real-IP / Client-IP does not reset it (no trusted proxy configured)', function () use ($base, $limit) {
    in_one_window(function () use ($base, $limit) {
        for ($i = 0; $i < $limit; $i++) {
            get($base . 'shopcx/faq/suggest?q=sh' . $i);
        }
        for ($i = 1; $i <= 5; $i++) {
            $r = get($base . 'shopcx/faq/suggest?q=x' . $i, null, ["X-Forwarded-For: 10.9.$i.1", "X-Real-IP: 10.8.$i.1", "Client-IP: 10.7.$i.1", "Forwarded: for=10.6.$i.1"]);
            ok($r['status'] === 429, "spoofed address $i: status {$r['status']}");
        }
    });
});
check('rate limit: IPv6 clients count per /64 (two addresses of one /64 share one budget)', function () use ($opt, $limit) {
    if (empty($opt['ipv6-base']) || empty($opt['ipv6-a']) || empty($opt['ipv6-b'])) {
        throw new SkipCheck('needs --ipv6-base, --ipv6-a and --ipv6-b (two local addresses of one /64)');
    }
    $u = rtrim($opt['ipv6-base'], '/') . '/shopcx/faq/search?q=v6';
    $host = 'Host: ' . parse_url($GLOBALS['base'], PHP_URL_HOST) . ':' . parse_url($GLOBALS['base'], PHP_URL_PORT);
    in_one_window(function () use ($u, $host, $opt, $limit) {
    $codes = [];
    for ($i = 0; $i < $limit; $i++) {
        $s = req('GET', $u . $i, null, null, [$host], $opt['ipv6-a'])['status'];
        $codes[$s] = ($codes[$s] ?? 0) + 1;
    }
    ok(($codes[200] ?? 0) === $limit, 'the first address was limited early: ' . json_encode($codes));
    $r = req('GET', $u . 'b', null, null, [$host], $opt['ipv6-b']);
    ok($r['status'] === 429, "the second address of the /64 got a fresh budget ({$r['status']})");
    });
});

// --- Admin ------------------------------------------------------------------------------------------
function admin_login(string $user, string $pass): array
{
    global $base, $jars;
    $jar = tempnam(sys_get_temp_dir(), 'shopcx-mage-admin-');
    $jars[] = $jar;
    $page = get($base . 'admin/', $jar);
    ok((bool) preg_match('/name="form_key"[^>]*value="([^"]+)"/', $page['body'], $m), 'no admin login form');
    $r = post($base . 'admin/', ['form_key' => $m[1], 'login' => ['username' => $user, 'password' => $pass]], $jar);
    ok((bool) preg_match('/^location: (\S+)/mi', $r['rawHeaders'], $loc), "login as $user: no redirect ({$r['status']})");
    $dash = get($loc[1], $jar);
    ok(preg_match('/FORM_KEY = \'([^\']+)\'/', $dash['body'], $k) === 1, "login as $user failed ({$r['status']})");
    return [$jar, $k[1], $dash['body']];
}
/** An admin URL with the secret key Magento would put in it for this session (Backend\Model\Url::getSecretKey()). */
function admin_keyed(string $path, string $formKey): string
{
    global $base, $opt;
    if (empty($opt['crypt-key'])) {
        throw new SkipCheck('needs --crypt-key (app/etc/env.php crypt/key) to sign admin URL keys');
    }
    $key = (string) $opt['crypt-key'];
    $key = str_starts_with($key, 'base64') ? (string) base64_decode(substr($key, 6)) : $key;
    return $base . 'admin/' . $path . '/key/' . hash_hmac('sha256', str_replace('/', '', $path) . $formKey, $key) . '/';
}
function admin_url(string $html, string $path): string
{
    ok((bool) preg_match('#https?://[^"\'\s]*/admin/' . preg_quote($path, '#') . '/(key/[0-9a-f]+/)?#', str_replace('\\/', '/', $html), $m), "no link to $path in the admin");
    return $m[0];
}
check('admin report: a visitor and a customer-side client get no report', function () use ($base) {
    $r = get($base . 'admin/shopcx/report/index/');
    ok(!str_contains($r['body'], 'shopcx-chart') && !str_contains($r['body'], '<svg'), "the report was shown logged out ({$r['status']})");
});
check('admin report: the hostile review and survey comment, names and addresses show as text; the SVG charts hold no active content', function () use ($opt) {
    [$jar, , $dash] = admin_login($opt['admin-user'], $opt['admin-pass']);
    $r = get(admin_url($dash, 'shopcx/report/index'), $jar);
    ok($r['status'] === 200 && str_contains($r['body'], '<svg'), "status {$r['status']}, no charts");
    no_markup($r['body'], 'report');
    no_leak($r, 'report');
    preg_match_all('#<svg\b.*?</svg>#s', $r['body'], $svgs);
    ok(count($svgs[0]) >= 2, 'fewer than two charts: ' . count($svgs[0]));
    foreach ($svgs[0] as $svg) {
        ok(!preg_match('#<(script|foreignObject|image|use|a)\b|\son[a-z]+=#i', $svg), 'active content in a chart');
        no_markup($svg, 'chart');
    }
    foreach (['report/data' => 'shopcx/report/data'] as $what => $path) {
        $d = get(str_replace('shopcx/report/index', $path, admin_url($dash, 'shopcx/report/index')) . '?from=2026-01-01%27%20OR%201=1&to=' . rawurlencode(XSS), $jar);
        no_leak($d, $what);
        no_markup($d['body'], $what);
    }
});
check('admin FAQ searches: the logged hostile query is listed as text', function () use ($opt) {
    [$jar, , $dash] = admin_login($opt['admin-user'], $opt['admin-pass']);
    $r = get(admin_url($dash, 'shopcx/faq/searches'), $jar);
    ok($r['status'] === 200 && str_contains($r['body'], 'zqxj'), "status {$r['status']}, the hostile search is not listed");
    no_markup($r['body'], 'FAQ searches');
    no_leak($r, 'FAQ searches');
});
check('admin: FAQ clear, starter and webhook retry/delete refuse a POST without the form key (CSRF) and change nothing', function () use ($opt, $base) {
    [$jar, $fk, $dash] = admin_login($opt['admin-user'], $opt['admin-pass']);
    $searches = admin_url($dash, 'shopcx/faq/searches');
    $before = get($searches, $jar)['body'];
    ok(str_contains($before, 'zqxj'), 'nothing logged to clear');
    ok(admin_keyed('shopcx/faq/searches', $fk) === $searches, 'the secret key is not computed as Magento does: ' . $searches);
    foreach (['shopcx/faq/clear', 'shopcx/faq/starter', 'shopcx/webhook/retry', 'shopcx/webhook/delete'] as $path) {
        // Without the URL key (Magento's own check), and with it (so the module's form key check is what refuses).
        foreach ([$base . 'admin/' . $path . '/', admin_keyed($path, $fk)] as $url) {
            foreach (['no form key' => [], 'wrong form key' => ['form_key' => 'SomeoneElsesKey1']] as $what => $f) {
                $r = post($url, $f + ['store' => 0, 'event_id' => "x' OR '1'='1"], $jar);
                no_leak($r, "$path $what");
                ok($r['status'] === 302, "$path $what: status {$r['status']}");
            }
        }
    }
    ok(str_contains(get($searches, $jar)['body'], 'zqxj'), 'the log was cleared without a form key');
});
check('admin ACL: a role without the ShopCX resources gets no report, no FAQ log, cannot clear or retry', function () use ($opt, $base) {
    if (empty($opt['limited-user'])) {
        throw new SkipCheck('needs --limited-user/--limited-pass (an admin whose role lacks the ShopCX resources)');
    }
    [$full, , $dash] = admin_login($opt['admin-user'], $opt['admin-pass']);
    $report = preg_replace('#key/[0-9a-f]+/#', '', admin_url($dash, 'shopcx/report/index'));
    [$jar, $fk] = admin_login($opt['limited-user'], $opt['limited-pass']);
    foreach (['shopcx/report/index', 'shopcx/report/data', 'shopcx/faq/searches'] as $path) {
        $r = get(admin_keyed($path, $fk), $jar);   // with the URL key of this session: the ACL is what refuses
        ok(!str_contains($r['body'], '<svg') && !str_contains($r['body'], 'zqxj') && !str_contains($r['body'], '"ces"'), "$path was shown ({$r['status']})");
    }
    foreach (['shopcx/faq/clear', 'shopcx/faq/starter', 'shopcx/webhook/retry', 'shopcx/webhook/delete'] as $path) {
        post(admin_keyed($path, $fk), ['form_key' => $fk, 'store' => 0, 'event_id' => 'x'], $jar);
    }
    ok(str_contains(get(admin_url($dash, 'shopcx/faq/searches'), $full)['body'], 'zqxj'), 'the limited admin cleared the FAQ log');
});

foreach ($jars as $jar) {
    @unlink($jar);
}
echo "magento attack: $passed passed, $failed failed\n";
exit($failed ? 1 : 0);
