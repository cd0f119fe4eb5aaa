<?php
/**
 * A live attack on the demo shop, run by attack.sh against a fresh shop on loopback:
 * XSS in every field a customer controls, CSRF and admin authentication on every state-changing
 * route, forged / replayed / expired / cross-purpose signed links, IDOR between two customers,
 * SQL injection on every parameter, error pages that leak nothing, and parallel posts of one link.
 *
 * Environment: SHOP_URL (http://127.0.0.1:port), SHOP_VAR (the shop's SHOPCX_DEMO_VAR, whose database it
 * reads to count what was stored), ADMIN_PASSWORD, SERVER_LOG (optional: checked for PHP errors).
 * Prints one line per check and "attack: N passed, M failed"; exit status 1 on any failure.
 */
declare(strict_types=1);

$base = rtrim(getenv('SHOP_URL') ?: 'http://127.0.0.1:8080', '/');
$var = getenv('SHOP_VAR') ?: '';
$adminPassword = getenv('ADMIN_PASSWORD') ?: '';
$passed = 0;
$failed = 0;

function check(string $name, callable $fn): void
{
    global $passed, $failed;
    try {
        $fn();
        $passed++;
        echo "ok   $name\n";
    } catch (Throwable $e) {
        $failed++;
        echo "FAIL $name: ", strtok($e->getMessage(), "\n"), "\n";
    }
}

function ok(bool $cond, string $message): void
{
    if (!$cond) {
        throw new RuntimeException($message);
    }
}

/** A visitor: its own cookies, plain curl, no redirects followed. */
final class Visitor
{
    public array $cookies = [];

    public function __construct(public string $base) {}

    public function handle(string $method, string $path, array|string|null $fields = null, array $headers = []): CurlHandle
    {
        $ch = curl_init($this->base . $path);
        $h = $headers;
        if ($this->cookies) {
            $h[] = 'Cookie: ' . implode('; ', array_map(fn($k, $v) => "$k=$v", array_keys($this->cookies), $this->cookies));
        }
        curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_HEADER => true, CURLOPT_HTTPHEADER => $h,
            CURLOPT_CUSTOMREQUEST => $method, CURLOPT_TIMEOUT => 30, CURLOPT_FOLLOWLOCATION => false]);
        if ($fields !== null) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, is_array($fields) ? http_build_query($fields) : $fields);
        }
        return $ch;
    }

    /** @return array{status:int, headers:string, body:string, location:?string} */
    public function result(CurlHandle $ch, string $raw): array
    {
        $size = curl_getinfo($ch, CURLINFO_HEADER_SIZE);
        $headers = substr($raw, 0, $size);
        preg_match_all('/^Set-Cookie:\s*([^=;\s]+)=([^;\r\n]*)/mi', $headers, $m, PREG_SET_ORDER);
        foreach ($m as [, $k, $v]) {
            if ($v === '' || $v === 'deleted') {
                unset($this->cookies[$k]);
            } else {
                $this->cookies[$k] = $v;
            }
        }
        preg_match('/^Location:\s*(\S+)/mi', $headers, $loc);
        return ['status' => (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE), 'headers' => $headers,
            'body' => substr($raw, $size), 'location' => $loc[1] ?? null];
    }

    public function req(string $method, string $path, array|string|null $fields = null, array $headers = []): array
    {
        $ch = $this->handle($method, $path, $fields, $headers);
        $raw = curl_exec($ch);
        ok($raw !== false, "$method $path: " . curl_error($ch));
        return $this->result($ch, $raw);
    }

    public function get(string $path, array $headers = []): array
    {
        return $this->req('GET', $path, null, $headers);
    }

    /** A same-origin form post: the CSRF token of the page the form is on is added when that page had one. */
    public function post(string $path, array $fields, array $headers = []): array
    {
        return $this->req('POST', $path, $fields, array_merge(['Origin: ' . $this->base], $headers));
    }

    /** The CSRF token a page's form carries (null on a shop without one). */
    public function csrf(string $path = '/faq'): ?string
    {
        return csrf_of($this->get($path)['body']);
    }

    /** $n copies of one request at the same moment (curl_multi). */
    public function parallel(int $n, string $method, string $path, array $fields, array $headers = []): array
    {
        $mh = curl_multi_init();
        $handles = [];
        for ($i = 0; $i < $n; $i++) {
            // X-ShopCx-Race: the shop (in test mode) waits between its read and its write, so these posts meet there.
            $handles[] = $ch = $this->handle($method, $path, $fields, array_merge(['Origin: ' . $this->base, 'X-ShopCx-Race: 1'], $headers));
            curl_multi_add_handle($mh, $ch);
        }
        do {
            $status = curl_multi_exec($mh, $running);
            if ($running) {
                curl_multi_select($mh, 1.0);
            }
        } while ($running && $status === CURLM_OK);
        $out = [];
        foreach ($handles as $ch) {
            $out[] = $this->result($ch, (string) curl_multi_getcontent($ch));
            curl_multi_remove_handle($mh, $ch);
        }
        return $out;
    }
}

function csrf_of(string $html): ?string
{
    return preg_match('/name="_csrf" value="([^"]+)"/', $html, $m) || preg_match('/<meta name="csrf-token" content="([^"]+)"/', $html, $m)
        ? html_entity_decode($m[1], ENT_QUOTES) : null;
}

function with_csrf(array $fields, ?string $csrf): array
{
    return $csrf === null ? $fields : $fields + ['_csrf' => $csrf];
}

function db(): PDO
{
    global $var;
    static $db;
    return $db ??= new PDO('sqlite:' . $var . '/shop.sqlite', null, null,
        [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC]);
}

function one(string $sql, array $params = []): mixed
{
    $st = db()->prepare($sql);
    $st->execute($params);
    return $st->fetchColumn();
}

/** What must never reach a visitor: extension class names, file paths, SQL, PHP diagnostics. */
function leaks(string $body): ?string
{
    foreach (['ShopCx\\', 'ShopCx\\\\', '/work/', '.php', 'SQLSTATE', 'PDOException', 'no such table', 'unrecognized token', 'syntax error', 'Stack trace',
        'Fatal error', 'Warning:', 'Notice:', 'Deprecated:', 'Uncaught', 'TypeError', 'ValueError', '#0 '] as $needle) {
        if (stripos($body, $needle) !== false) {
            return $needle;
        }
    }
    return null;
}

function no_leak(array $r, string $what): void
{
    ok($r['status'] !== 500 && $r['status'] !== 0, "$what answered {$r['status']}");
    $l = leaks($r['body']);
    ok($l === null, "$what shows '$l': " . substr(preg_replace('/\s+/', ' ', strip_tags($r['body'])), 0, 160));
}

/** Payloads for one field: an attribute breaker, a script element and an event handler, each named. */
function xss(string $field): string
{
    return "\"onfocus=\"xss_$field() '><script>xss_$field()</script><img src=x onerror=xss_$field()>";
}

/** The payload must not appear as markup; $shown: its escaped text must be on the page (the field is shown). */
function no_xss(string $html, string $field, string $where, bool $shown = true): void
{
    foreach (["\"onfocus=\"xss_$field", "<script>xss_$field", "<img src=x onerror=xss_$field", "'onfocus='xss_$field"] as $raw) {
        ok(stripos($html, $raw) === false, "$field unescaped on $where: $raw");
    }
    if ($shown) {
        ok(str_contains($html, "xss_$field()") || str_contains($html, "xss_$field"), "$field is not shown on $where (nothing checked)");
    }
    // Inside the JSON-LD script element nothing may close the element early.
    if (preg_match_all('#<script type="application/ld\+json">(.*?)</script>#s', $html, $m)) {
        foreach ($m[1] as $json) {
            ok(stripos($json, '<script') === false && stripos($json, '<img') === false, "$field closes the JSON-LD script on $where");
            ok(json_decode($json) !== null, "JSON-LD on $where is not valid JSON");
        }
    }
}

/** Builds a cart and checks out; returns [order id, review links, survey links (effort, nps), body]. */
function buy(Visitor $v, array $variants, string $name, string $email): array
{
    $csrf = csrf_of($v->get('/p/noorderlicht')['body']);
    foreach ($variants as $variant) {
        $r = $v->post('/cart', with_csrf(['action' => 'add', 'variant' => $variant, 'qty' => 1], $csrf));
        ok($r['status'] === 303, "add to cart answered {$r['status']}");
    }
    $csrf = csrf_of($v->get('/checkout')['body']);
    $r = $v->post('/checkout', with_csrf(['name' => $name, 'email' => $email], $csrf));
    ok($r['status'] === 303 && preg_match('/order=(\d+)/', (string) $r['location'], $m) === 1, "checkout answered {$r['status']}");
    $order = (int) $m[1];
    $page = $v->get("/checkout?order=$order");
    preg_match_all('#href="(/review\?t=[^"]+)"#', $page['body'], $reviews);
    preg_match_all('#href="(/survey\?t=[^"]+)"#', $page['body'], $surveys);
    $links = fn($list) => array_map(fn($h) => html_entity_decode($h, ENT_QUOTES), $list);
    return [$order, $links($reviews[1]), $links($surveys[1]), $page['body']];
}

function token_of(string $link): string
{
    parse_str((string) parse_url($link, PHP_URL_QUERY), $q);
    return (string) ($q['t'] ?? $q['recover'] ?? '');
}

/** The survey form's fields with valid answers (low scores: a webhook too). */
function survey_fields(string $html, string $token, string $comment = 'fine'): array
{
    $fields = ['t' => $token];
    preg_match_all('/name="q\[([a-z_]+)\]" value="(\d+)"/', $html, $m, PREG_SET_ORDER);
    foreach ($m as [, $id, $value]) {
        $fields["q[$id]"] = $value; // the last (highest) value of each scale
    }
    if (str_contains($html, 'name="q[comment]"')) {
        $fields['q[comment]'] = $comment;
    }
    return with_csrf($fields, csrf_of($html));
}

function review_fields(string $html, string $token, string $title, string $body, int $rating = 5): array
{
    return with_csrf(['t' => $token, 'rating' => $rating, 'title' => $title, 'body' => $body], csrf_of($html));
}

function admin(Visitor $v, string $path = '/admin', array $headers = []): array
{
    global $adminPassword;
    $r = $v->get($path, $headers);
    if ($r['status'] === 200 && str_contains($r['body'], 'id="chart-ces"')) {
        return $r;
    }
    $login = $v->get('/admin/login');
    $v->post('/admin/login', with_csrf(['password' => $adminPassword], csrf_of($login['body'])));
    return $v->get($path, $headers);
}

$start = microtime(true);
$a = new Visitor($base);        // customer A
$b = new Visitor($base);        // customer B
$boss = new Visitor($base);     // the shop owner

// ---------------------------------------------------------------- setup: A buys three items with hostile name and e-mail
$nameA = xss('name') . " Robert'); DROP TABLE orders;--";
$emailA = "'onfocus='xss_email'@example.nl";
[$orderA, $reviewsA, $surveysA, $mailA] = buy($a, [1, 2, 4], $nameA, $emailA);
check('setup: customer A ordered 3 items and got 3 review links and 2 survey links', function () use ($reviewsA, $surveysA) {
    ok(count($reviewsA) === 3 && count($surveysA) === 2, count($reviewsA) . ' review, ' . count($surveysA) . ' survey links');
});
[$orderB, $reviewsB, $surveysB] = buy($b, [6], 'Bea', 'bea@example.nl');

// ---------------------------------------------------------------- XSS
check('xss: name and e-mail on the order page (the mails the shop sends)', function () use ($mailA) {
    no_xss($mailA, 'email', 'the order page');
});
check('xss: name and e-mail reflected by the checkout form after an error', function () use ($base) {
    $v = new Visitor($base);
    $csrf = csrf_of($v->get('/p/noorderlicht')['body']);
    $v->post('/cart', with_csrf(['action' => 'add', 'variant' => 1, 'qty' => 1], $csrf));
    $csrf = csrf_of($v->get('/checkout')['body']);
    $r = $v->post('/checkout', with_csrf(['name' => xss('name'), 'email' => 'not an address ' . xss('email')], $csrf));
    no_xss($r['body'], 'name', 'the checkout form');
    no_xss($r['body'], 'email', 'the checkout form');
});
$reviewPage = $a->get($reviewsA[0]);
$r = $a->post('/review', review_fields($reviewPage['body'], token_of($reviewsA[0]), xss('title'), xss('body') . ' lovely lamp, warm light and good wood'));
check('xss: review title and text on the review result page', function () use ($r) {
    ok(str_contains($r['body'], 'id="review-result"'), "review not stored ({$r['status']})");
    no_xss($r['body'], 'title', 'the review result', false);
    no_xss($r['body'], 'body', 'the review result', false);
});
check('xss: review title, text and author on the product page and in its JSON-LD', function () use ($a) {
    $p = $a->get('/p/noorderlicht');
    foreach (['title', 'body', 'name'] as $f) {
        no_xss($p['body'], $f, 'the product page');
    }
    preg_match('#<script type="application/ld\+json">(.*?)</script>#s', $p['body'], $m);
    ok(isset($m[1]) && str_contains(json_decode($m[1], true) ? json_encode(json_decode($m[1], true)) : '', 'xss_title'), 'review not in the JSON-LD');
});
check('xss: category pages with the hostile review', function () use ($a) {
    foreach (['/', '/c/lamps', '/c/chairs'] as $p) {
        no_xss($a->get($p)['body'], 'title', $p, false);
    }
});
// A held review (contact details in it): shown on the admin page's moderation list.
$page = $a->get($reviewsA[1]);
$a->post('/review', review_fields($page['body'], token_of($reviewsA[1]), xss('heldtitle'), xss('held') . ' mail me at jan@example.nl or https://x.example', 2));
// A survey with a hostile comment and low scores (so its comment goes to the helpdesk webhook).
$page = $a->get($surveysA[0]);
$fields = survey_fields($page['body'], token_of($surveysA[0]), xss('comment'));
$r = $a->post('/survey', $fields);
check('xss: survey comment stored verbatim, not shown as markup on the thanks page', function () use ($r, $orderA) {
    ok(str_contains($r['body'], 'id="survey-thanks"'), "survey not stored ({$r['status']})");
    no_xss($r['body'], 'comment', 'the survey thanks page', false);
    ok(one("SELECT COUNT(*) FROM survey_responses WHERE ref = ? AND comment LIKE '%xss_comment%'", ["order:$orderA"]) == 1, 'comment not stored');
});
check('xss: FAQ query on the FAQ page, and the instant search JSON carries markup only as <mark>', function () use ($a) {
    $q = xss('faq') . ' return';
    $r = $a->get('/faq?q=' . rawurlencode($q));
    no_xss($r['body'], 'faq', 'the FAQ page');
    $j = $a->get('/api/faq?lang=en&q=' . rawurlencode($q));
    ok(str_starts_with(strtolower((string) (preg_match('/^Content-Type:\s*(.*)$/mi', $j['headers'], $m) ? trim($m[1]) : '')), 'application/json'), 'not JSON');
    $data = json_decode($j['body'], true);
    ok(is_array($data) && $data['hits'] !== [], 'no hits to check');
    foreach ($data['hits'] as $hit) {
        foreach (['question', 'snippet'] as $k) {
            $rest = str_replace(['<mark>', '</mark>'], '', $hit[$k]);
            ok(!str_contains($rest, '<') && !str_contains($rest, '>'), "$k has markup: " . substr($hit[$k], 0, 80));
        }
    }
});
$adminPage = admin($boss);
check('xss: admin report, moderation list, carts and SVG charts', function () use ($adminPage) {
    ok(str_contains($adminPage['body'], 'id="chart-ces"'), 'the admin page did not open for the owner');
    no_xss($adminPage['body'], 'held', 'the admin moderation list');
    no_xss($adminPage['body'], 'name', 'the admin cart list');
    foreach (['comment', 'title', 'body', 'email', 'faq'] as $f) {
        no_xss($adminPage['body'], $f, 'the admin page', false);
    }
    preg_match_all('#<svg.*?</svg>#s', $adminPage['body'], $svgs);
    ok(count($svgs[0]) >= 6, 'fewer than 6 charts');
    foreach ($svgs[0] as $svg) {
        ok(!preg_match('/<(script|img|foreignObject|a)\b|\son[a-z]+=/i', $svg), 'markup in a chart: ' . substr($svg, 0, 80));
        libxml_use_internal_errors(true);
        ok(simplexml_load_string(str_replace('&nbsp;', ' ', $svg)) !== false, 'a chart is not well-formed SVG');
    }
});

// ---------------------------------------------------------------- CSRF: every state-changing route
$csrfA = $a->csrf('/cart');
$csrfB = $b->csrf('/cart');
$cartItems = fn(Visitor $v) => (int) one("SELECT COALESCE(SUM(i.qty),0) FROM carts c JOIN cart_items i ON i.cart_id = c.id
    WHERE c.sid = ? AND c.status = 'open'", [$v->cookies['sid'] ?? '']);
$routes = [
    'POST /cart add' => ['/cart', ['action' => 'add', 'variant' => 3, 'qty' => 2], fn() => $cartItems($a)],
    'POST /cart set' => ['/cart', ['action' => 'set', 'variant' => 3, 'qty' => 5], fn() => $cartItems($a)],
    'POST /checkout' => ['/checkout', ['name' => 'Mallory', 'email' => 'm@example.nl'], fn() => one('SELECT COUNT(*) FROM orders')],
    'POST /review' => ['/review', ['t' => token_of($reviewsA[2]), 'rating' => 1, 'body' => 'forged by another site, terrible'], fn() => one('SELECT COUNT(*) FROM reviews')],
    'POST /survey' => ['/survey', ['t' => token_of($surveysA[1]), 'q[nps]' => 0], fn() => one('SELECT COUNT(*) FROM survey_responses')],
    'POST /api/chat' => ['/api/chat', ['event' => 'open'], fn() => 0],
    'POST /admin/login' => ['/admin/login', ['password' => $adminPassword], fn() => 0],
];
// A needs something in the cart so that a forged checkout would convert it.
$a->post('/cart', with_csrf(['action' => 'add', 'variant' => 5, 'qty' => 1], $csrfA));
foreach ($routes as $name => [$path, $fields, $state]) {
    check("csrf: $name refused without a token, with another visitor's token and from another origin", function () use ($a, $path, $fields, $state, $csrfB, $csrfA, $base) {
        $before = $state();
        $tries = [
            'no token' => [$fields, ['Origin: ' . $base]],
            "B's token" => [$fields + ['_csrf' => (string) $csrfB], ['Origin: ' . $base]],
            'forged token' => [$fields + ['_csrf' => str_repeat('A', 43)], ['Origin: ' . $base]],
            'other origin' => [$fields + ['_csrf' => (string) $csrfA], ['Origin: https://evil.example']],
            'other site (referer, no origin)' => [$fields + ['_csrf' => (string) $csrfA], ['Referer: https://evil.example/x', 'Sec-Fetch-Site: cross-site']],
        ];
        foreach ($tries as $how => [$f, $h]) {
            $r = $a->req('POST', $path, $f, $h);
            ok($r['status'] === 403, "$how: answered {$r['status']}");
            ok(!isset($a->cookies['chat_open']) && !isset($a->cookies['shopcx_admin']), "$how: a cookie was set");
            no_leak($r, $how);
        }
        ok($state() == $before, 'state changed');
    });
}
check('csrf: the same posts with the page\'s token and origin are accepted (control)', function () use ($a, $csrfA, $cartItems) {
    $before = $cartItems($a);
    $r = $a->post('/cart', with_csrf(['action' => 'add', 'variant' => 3, 'qty' => 2], $csrfA));
    ok($r['status'] === 303 && $cartItems($a) === $before + 2, "add answered {$r['status']}");
    $r = $a->post('/api/chat', with_csrf(['event' => 'dismiss'], $csrfA));
    ok($r['status'] === 200, "chat answered {$r['status']}");
});
check('csrf: the helpdesk endpoint takes only signed events (no cookie, no token)', function () use ($base) {
    $v = new Visitor($base);
    $body = json_encode(['id' => 'evt_forged', 'type' => 'review.held', 'data' => []]);
    foreach (['' => 'unsigned', 't=1,v1=' . str_repeat('0', 64) => 'forged signature', 't=' . time() . ',v1=' . hash_hmac('sha256', $body, 'guess') => 'wrong secret'] as $sig => $how) {
        $r = $v->req('POST', '/api/helpdesk', $body, ['Content-Type: application/json', 'X-ShopCx-Signature: ' . $sig]);
        ok($r['status'] === 401, "$how answered {$r['status']}");
    }
    ok(one("SELECT COUNT(*) FROM helpdesk WHERE event_id = 'evt_forged'") == 0, 'forged event filed');
});

// ---------------------------------------------------------------- admin authentication
check('auth: /admin without logging in shows nothing of the report', function () use ($base) {
    $v = new Visitor($base);
    foreach (['/admin', '/admin?at=now', '/admin/', '/ADMIN', '/admin?x=1', '//admin'] as $path) {
        $r = $v->get($path);
        ok(!str_contains($r['body'], 'chart-ces') && !str_contains($r['body'], 'recover=') && !str_contains($r['body'], 'all-carts'), "$path shows the report ({$r['status']})");
        ok($path === '//admin' || in_array($r['status'], [303, 401, 403, 404], true), "$path answered {$r['status']}");
    }
});
check('auth: a wrong password, a forged or cross-purpose admin cookie do not open /admin', function () use ($base, $surveysA) {
    $v = new Visitor($base);
    $login = $v->get('/admin/login');
    foreach (['', 'admin', 'password', "' OR '1'='1"] as $pw) {
        $r = $v->post('/admin/login', with_csrf(['password' => $pw], csrf_of($login['body'])));
        ok(!str_contains($v->get('/admin')['body'], 'chart-ces'), "password '$pw' opened the admin");
        no_leak($r, 'login');
    }
    $survey = token_of($surveysA[0]);
    [$ver, $kid, $payload] = explode('.', $survey);
    $fakePayload = rtrim(strtr(base64_encode(json_encode(['pur' => 'admin', 'iat' => time(), 'exp' => time() + 3600, 'c' => ['admin' => 1]])), '+/', '-_'), '=');
    foreach (['survey token' => $survey, 'forged admin token' => "$ver.$kid.$fakePayload." . explode('.', $survey)[3], 'garbage' => 'x'] as $how => $cookie) {
        $w = new Visitor($base);
        $w->cookies['shopcx_admin'] = $cookie;
        ok(!str_contains($w->get('/admin')['body'], 'chart-ces'), "$how as admin cookie opened the admin");
    }
});
check('auth: the right password opens /admin, a log-out closes it again', function () use ($base) {
    $v = new Visitor($base);
    ok(str_contains(admin($v)['body'], 'chart-ces'), 'the owner could not log in');
    $cookie = $v->cookies['shopcx_admin'] ?? '';
    $page = $v->get('/admin');
    $r = $v->post('/admin/logout', with_csrf([], csrf_of($page['body'])));
    ok(!str_contains($v->get('/admin')['body'], 'chart-ces'), 'still logged in after logging out');
    ok($cookie !== '', 'no admin cookie');
    // A copy of the cookie taken before the log-out (another tab, a stolen cookie) is dead too.
    $copy = new Visitor($base);
    $copy->cookies['shopcx_admin'] = $cookie;
    ok(!str_contains($copy->get('/admin')['body'], 'chart-ces'), 'the cookie from before the log-out still opens /admin');
});
check('auth: wrong passwords are throttled per address, the right one too until the window has passed', function () use ($base) {
    global $adminPassword;
    $v = new Visitor($base);
    $csrf = csrf_of($v->get('/admin/login')['body']);
    $statuses = [];
    for ($i = 0; $i < 10; $i++) {
        $statuses[] = $v->post('/admin/login', with_csrf(['password' => "guess$i"], $csrf))['status'];
    }
    ok($statuses === array_fill(0, 10, 200), 'the first ten wrong passwords: ' . implode(',', $statuses));
    $r = $v->post('/admin/login', with_csrf(['password' => $adminPassword], $csrf));
    ok($r['status'] === 429 && preg_match('/^retry-after: *([0-9]+)/mi', $r['headers'], $m) && (int) $m[1] > 0 && (int) $m[1] <= 900,
        "the right password after ten wrong ones answered {$r['status']}");
    ok(!isset($v->cookies['shopcx_admin']) || $v->cookies['shopcx_admin'] === '', 'a throttled log-in set the admin cookie');
    no_leak($r, 'throttled login');
    // Sixteen minutes later (the shop clock) the address may try again; the right password clears its count.
    $r = $v->post('/admin/login', with_csrf(['password' => $adminPassword], $csrf), ['X-ShopCx-Clock: ' . (time() + 960)]);
    ok($r['status'] === 303 && ($v->cookies['shopcx_admin'] ?? '') !== '', "the right password after the window answered {$r['status']}");
    ok(str_contains($v->get('/admin')['body'], 'chart-ces'), 'the owner could not log in after the window');
    ok($v->post('/admin/login', with_csrf(['password' => 'one more guess'], $csrf))['status'] === 200, 'the count was not cleared by the right password');
});

// ---------------------------------------------------------------- signed links: forgery, replay, expiry, cross-purpose
$tamper = function (string $token): string {
    $at = strlen($token) - 20;
    return substr($token, 0, $at) . ($token[$at] === 'A' ? 'B' : 'A') . substr($token, $at + 1);
};
$otherOrder = function (string $token, string $claim, string $value): string {
    [$v, $k, $p, $s] = explode('.', $token);
    $data = json_decode(base64_decode(strtr($p, '-_', '+/')), true);
    $data['c'][$claim] = $value;
    return "$v.$k." . rtrim(strtr(base64_encode(json_encode($data)), '+/', '-_'), '=') . ".$s";
};
$later = fn(int $days) => 'X-ShopCx-Clock: ' . (time() + $days * 86400);
$refused = function (array $r, string $how, string $id) {
    ok($r['status'] === 403 && str_contains($r['body'], $id), "$how: answered {$r['status']}");
    no_leak($r, $how);
};
check('token: review link tampered, claim changed, cut off, expired, unsigned or of another purpose is refused', function () use ($a, $reviewsA, $surveysA, $tamper, $otherOrder, $later, $refused, $orderB) {
    $t = token_of($reviewsA[2]);
    [$v, $k, $p] = explode('.', $t);
    $before = one('SELECT COUNT(*) FROM reviews');
    foreach (['tampered' => [$tamper($t), []], 'order changed' => [$otherOrder($t, 'o', (string) $orderB), []],
        'cut off' => [substr($t, 0, -10), []], 'expired (61 days later)' => [$t, [$later(61)]],
        'unsigned' => ["$v.$k.$p.", []], 'other key id' => ["$v.k9.$p." . explode('.', $t)[3], []],
        'survey token' => [token_of($surveysA[1]), []]] as $how => [$tok, $h]) {
        $refused($a->get('/review?t=' . rawurlencode($tok), $h), "GET $how", 'review-error');
        $page = $a->get('/faq');
        $refused($a->post('/review', with_csrf(['t' => $tok, 'rating' => 5, 'body' => 'should not be stored at all'], csrf_of($page['body'])), $h), "POST $how", 'review-error');
    }
    ok(one('SELECT COUNT(*) FROM reviews') == $before, 'a review was stored');
});
check('token: survey link tampered, claim changed, cut off, expired or of another purpose is refused', function () use ($a, $reviewsA, $surveysA, $tamper, $otherOrder, $later, $refused, $orderB) {
    $t = token_of($surveysA[1]);
    $before = one('SELECT COUNT(*) FROM survey_responses');
    foreach (['tampered' => [$tamper($t), []], 'order changed' => [$otherOrder($t, 'order', (string) $orderB), []],
        'survey changed' => [$otherOrder($t, 'survey', 'ces'), []], 'cut off' => [substr($t, 0, 30), []],
        'expired (15 days later)' => [$t, [$later(15)]], 'review token' => [token_of($reviewsA[2]), []]] as $how => [$tok, $h]) {
        $refused($a->get('/survey?t=' . rawurlencode($tok), $h), "GET $how", 'survey-error');
        $page = $a->get('/faq');
        $refused($a->post('/survey', with_csrf(['t' => $tok, 'q[nps]' => 3], csrf_of($page['body'])), $h), "POST $how", 'survey-error');
    }
    ok(one('SELECT COUNT(*) FROM survey_responses') == $before, 'an answer was stored');
});
// A recovery link from the admin page (a cart reminder). The shop holds reminders in its quiet hours
// (21:00-08:00 Amsterdam), so the page is read at the last 14:00 in the shop's time zone: the seeded carts
// follow the clock, and the link is then less than a day old when it is used.
$afternoon = new DateTimeImmutable('today 14:00', new DateTimeZone('Europe/Amsterdam'));
if ($afternoon->getTimestamp() > time()) {
    $afternoon = $afternoon->modify('-1 day');
}
$reminderPage = admin($boss, '/admin', ['X-ShopCx-Clock: ' . $afternoon->getTimestamp()]);
preg_match('#href="(/cart\?recover=[^"]+)"#', $reminderPage['body'], $m);
$recoveryLink = isset($m[1]) ? html_entity_decode($m[1], ENT_QUOTES) : '';
check('token: cart recovery link tampered, cut off, expired or of another purpose is refused; review and survey refuse it', function () use ($base, $recoveryLink, $reviewsA, $surveysA, $tamper, $later, $refused) {
    ok($recoveryLink !== '', 'no recovery link on the admin page');
    $t = token_of($recoveryLink);
    foreach (['tampered' => [$tamper($t), []], 'cut off' => [substr($t, 0, 40), []], 'expired (8 days later)' => [$t, [$later(8)]],
        'survey token' => [token_of($surveysA[1]), []], 'review token' => [token_of($reviewsA[2]), []]] as $how => [$tok, $h]) {
        $v = new Visitor($base);
        $r = $v->get('/cart?recover=' . rawurlencode($tok), $h);
        no_leak($r, $how);
        ok(!str_contains($r['body'], 'id="cart-recovered"') && str_contains($r['body'], 'id="cart-empty"'), "$how recovered a cart");
    }
    $v = new Visitor($base);
    $refused($v->get('/survey?t=' . rawurlencode($t)), 'recovery token as survey link', 'survey-error');
    $refused($v->get('/review?t=' . rawurlencode($t)), 'recovery token as review link', 'review-error');
});

// ---------------------------------------------------------------- IDOR: customer B and A's data
check("idor: B cannot open A's order page (links, e-mail) by its number", function () use ($b, $orderA) {
    foreach (["/checkout?order=$orderA", '/checkout?order=' . rawurlencode("$orderA OR 1=1"), "/checkout?order=0$orderA"] as $p) {
        $r = $b->get($p);
        ok(!str_contains($r['body'], 'review?t=') && !str_contains($r['body'], 'xss_email'), "$p shows A's order");
    }
});
check("idor: B's cart and checkout never show or convert A's cart", function () use ($a, $b, $cartItems) {
    $itemsA = $cartItems($a);
    $r = $b->get('/cart');
    ok(str_contains($r['body'], 'id="cart-empty"'), "B sees a cart");
    $page = $b->get('/faq');
    $b->post('/cart', with_csrf(['action' => 'set', 'variant' => 3, 'qty' => 0], csrf_of($page['body'])));
    $b->post('/checkout', with_csrf(['name' => 'Bea', 'email' => 'bea@example.nl'], csrf_of($page['body'])));
    ok($cartItems($a) === $itemsA && $itemsA > 0, "A's cart changed");
});
check("idor: a recovery link, once used by A, does not hand A's cart to B", function () use ($base, $recoveryLink) {
    $first = new Visitor($base);
    $r = $first->get($recoveryLink);
    ok(str_contains($r['body'], 'id="cart-recovered"'), 'the link did not recover the cart');
    $second = new Visitor($base);
    $r = $second->get($recoveryLink);
    no_leak($r, 'second use');
    ok(!str_contains($r['body'], 'id="cart-table"'), "the second visitor got the first one's cart");
    ok(str_contains($first->get('/cart')['body'], 'id="cart-table"'), 'the first visitor lost the cart');
});

// ---------------------------------------------------------------- SQL injection on every parameter
$sqli = ["' OR '1'='1", '0 OR 1=1', "1; DROP TABLE orders;--", "0 UNION SELECT sql,1,1,1,1,1,1,1 FROM sqlite_master--", "\"", "1' AND sleep(1)--"];
check('sqli: GET parameters and path segments', function () use ($base, $sqli) {
    $v = new Visitor($base);
    foreach ($sqli as $s) {
        $e = rawurlencode($s);
        foreach (["/p/noorderlicht?v=$e", "/c/$e", "/p/$e", "/?lang=$e", "/?at=$e", "/faq?q=$e", "/api/faq?lang=$e&q=$e",
            "/api/chat?pageType=$e&seconds=$e&searchResults=$e", "/checkout?order=$e", "/cart?recover=$e", "/review?t=$e", "/survey?t=$e"] as $p) {
            no_leak($v->get($p), $p);
        }
        // (int) makes every one of these 0, an unknown variant; pasted into the SQL they find a row or break it.
        $r = $v->get('/api/promise?variant=' . rawurlencode("0 $s"));
        ok($r['status'] === 404, "/api/promise?variant=0 $s answered {$r['status']}: " . substr($r['body'], 0, 80));
    }
});
check('sqli: cookies and the clock header', function () use ($base, $sqli) {
    foreach ($sqli as $s) {
        $v = new Visitor($base);
        $v->cookies = ['sid' => rawurlencode($s), 'lang' => rawurlencode($s), 'shopcx_clock' => rawurlencode($s), 'chat_inv' => rawurlencode($s), 'chat_dismissed' => rawurlencode($s)];
        no_leak($v->get('/cart', ['X-ShopCx-Clock: ' . $s]), "cookies $s");
        no_leak($v->get('/api/chat?pageType=cart'), "chat cookies $s");
    }
});
check('sqli: every posted field (cart, checkout, review, survey, chat, login)', function () use ($base, $sqli, $reviewsA, $surveysA) {
    foreach ($sqli as $s) {
        $v = new Visitor($base);
        $csrf = csrf_of($v->get('/p/noorderlicht')['body']);
        foreach ([['/cart', ['action' => $s, 'variant' => $s, 'qty' => $s]], ['/cart', ['action' => 'add', 'variant' => $s, 'qty' => $s]],
            ['/checkout', ['name' => $s, 'email' => $s]], ['/review', ['t' => $s, 'rating' => $s, 'title' => $s, 'body' => $s]],
            ['/survey', ['t' => $s, 'q[nps]' => $s]], ['/review', ['t' => token_of($reviewsA[2]), 'rating' => $s, 'title' => $s, 'body' => $s]],
            ['/survey', ['t' => token_of($surveysA[1]), 'q[nps]' => $s, "q[$s]" => 1]], ['/api/chat', ['event' => $s]],
            ['/admin/login', ['password' => $s]]] as [$path, $fields]) {
            no_leak($v->post($path, with_csrf($fields, $csrf)), "POST $path $s");
        }
    }
});
check('sqli: a name with SQL in it is stored as text and the tables are intact', function () use ($orderA) {
    ok(one('SELECT name FROM orders WHERE id = ?', [$orderA]) === xss('name') . " Robert'); DROP TABLE orders;--", 'name not stored verbatim');
    foreach (['orders', 'reviews', 'survey_responses', 'carts', 'products', 'variants'] as $table) {
        ok(one("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", [$table]) == 1, "table $table is gone");
    }
    ok(one('SELECT COUNT(*) FROM products') == 6 && one('SELECT COUNT(*) FROM variants') == 11, 'products or variants changed');
});

// ---------------------------------------------------------------- errors leak nothing
check('errors: arrays, bad UTF-8, huge and unknown input answer cleanly', function () use ($base, $surveysA, $reviewsA) {
    $v = new Visitor($base);
    $csrf = csrf_of($v->get('/p/noorderlicht')['body']);
    foreach (['/review?t[]=1', '/survey?t[]=1', '/cart?recover[]=1', '/faq?q[]=1', '/api/faq?q[]=1&lang[]=x', '/api/promise?variant[]=1',
        '/api/chat?pageType[]=1&seconds[]=1&searchResults[]=1', '/checkout?order[]=1', '/?lang[]=nl&at[]=1', '/faq?q=%FF%FE',
        '/api/faq?q=%FF', '/faq?q=' . str_repeat('a', 5000), '/nope', '/p/nope', '/assets/nope.css', '/%00', '/review', '/survey'] as $p) {
        no_leak($v->get($p), "GET $p");
    }
    $page = $v->get($surveysA[1]);
    $t = token_of($surveysA[1]);
    foreach ([['/cart', ['action' => ['x'], 'variant' => ['1'], 'qty' => ['1']]], ['/checkout', ['name' => ['x'], 'email' => ['a@b.nl']]],
        ['/review', ['t' => [token_of($reviewsA[2])], 'rating' => ['5']]], ['/review', ['t' => token_of($reviewsA[2]), 'rating' => '5', 'title' => ['x'], 'body' => ['x']]],
        ['/survey', ['t' => [$t]]], ['/survey', ['t' => $t, 'q' => 'x']], ['/survey', ['t' => $t, 'q' => ['nps' => ['1']]]],
        ['/survey', ['t' => $t, 'q' => ['nps' => '99']]], ['/survey', ['t' => $t, 'q' => ['nps' => 'abc']]],
        ['/review', ['t' => token_of($reviewsA[2]), 'rating' => '5', 'body' => "\xFF\xFE bad bytes here"]],
        ['/api/chat', ['event' => ['open']]], ['/admin/login', ['password' => ['x']]], ['/checkout', ['_csrf' => ['x']]]] as [$path, $fields]) {
        $r = $v->req('POST', $path, http_build_query(with_csrf($fields, $csrf)), ['Origin: ' . $base]);
        no_leak($r, "POST $path " . http_build_query($fields));
    }
});
check('errors: a survey answer out of range is named without the extension\'s message', function () use ($base) {
    $v = new Visitor($base);
    [, , $surveys] = buy($v, [1], 'Eve', 'eve@example.nl');
    $page = $v->get($surveys[1]);
    $r = $v->post('/survey', with_csrf(['t' => token_of($surveys[1]), 'q[nps]' => '11'], csrf_of($page['body'])));
    no_leak($r, 'nps 11');
    ok(str_contains($r['body'], 'class="error"'), 'no error shown');
});

// ---------------------------------------------------------------- concurrency: one link, many posts at once
check('race: 12 parallel posts of one survey link, 5 links: exactly one answer each, the rest told "already"', function () use ($base) {
    for ($round = 0; $round < 5; $round++) {
        $v = new Visitor($base);
        [$order, , $surveys] = buy($v, [1], 'Racer', 'race@example.nl');
        $page = $v->get($surveys[1]);
        $results = $v->parallel(12, 'POST', '/survey', survey_fields($page['body'], token_of($surveys[1])));
        $codes = array_count_values(array_map(fn($r) => $r['status'], $results));
        ok(!isset($codes[500]), "round $round: " . json_encode($codes));
        foreach ($results as $r) {
            no_leak($r, "round $round");
        }
        $thanks = count(array_filter($results, fn($r) => str_contains($r['body'], 'Thank you for your answers')));
        $stored = (int) one("SELECT COUNT(*) FROM survey_responses WHERE survey = 'nps' AND ref = ?", ["order:$order"]);
        ok($stored === 1 && $thanks === 1, "round $round: $stored stored, $thanks thanked, statuses " . json_encode($codes));
    }
});
check('race: 12 parallel posts of one review link, 3 links: exactly one review each, a clean "already reviewed"', function () use ($base) {
    $v = new Visitor($base);
    [$order, $reviews] = buy($v, [1, 2, 4], 'Racer', 'race@example.nl');
    foreach ($reviews as $round => $link) {
        $page = $v->get($link);
        $results = $v->parallel(12, 'POST', '/review', review_fields($page['body'], token_of($link), 'Race', 'A race to review this lamp first'));
        $codes = array_count_values(array_map(fn($r) => $r['status'], $results));
        foreach ($results as $r) {
            no_leak($r, "round $round");
        }
        $published = count(array_filter($results, fn($r) => str_contains($r['body'], 'Your review is published')));
        $already = count(array_filter($results, fn($r) => str_contains($r['body'], 'already reviewed')));
        $stored = (int) one('SELECT COUNT(*) FROM reviews WHERE order_key LIKE ?', ["$order:%"]);
        ok($stored === $round + 1 && $published === 1 && $already === 11, "round $round: $stored stored, $published published, $already already, statuses " . json_encode($codes));
    }
});
check('race: 8 parallel checkouts of one cart: exactly one order, every answer leads to it', function () use ($base) {
    $v = new Visitor($base);
    $csrf = csrf_of($v->get('/p/noorderlicht')['body']);
    $v->post('/cart', with_csrf(['action' => 'add', 'variant' => 1, 'qty' => 1], $csrf));
    $csrf = csrf_of($v->get('/checkout')['body']);
    $before = (int) one('SELECT COUNT(*) FROM orders');
    $results = $v->parallel(8, 'POST', '/checkout', with_csrf(['name' => 'Racer', 'email' => 'race@example.nl'], $csrf));
    $orders = (int) one('SELECT COUNT(*) FROM orders') - $before;
    $locations = array_unique(array_map(fn($r) => (string) $r['location'], $results));
    ok($orders === 1, "$orders orders for one cart; " . json_encode(array_count_values(array_map(fn($r) => $r['status'], $results))));
    ok(count($locations) === 1 && str_contains($locations[0] ?? '', 'order='), 'answers: ' . implode(' ', $locations));
});

// ---------------------------------------------------------------- the server's own log
check('server log: no PHP error, warning or uncaught exception during the attack', function () {
    $log = getenv('SERVER_LOG');
    if (!$log) {
        return;
    }
    $lines = preg_grep('/PHP (Fatal|Warning|Notice|Deprecated)|Uncaught|PDOException/', file($log) ?: []);
    ok(!$lines, count($lines) . ' lines, first: ' . trim((string) reset($lines)));
});

printf("attack: took %.1f s\n", microtime(true) - $start);
printf("attack: %d passed, %d failed\n", $passed, $failed);
exit($failed === 0 ? 0 : 1);
