<?php
/**
 * The demo shop's small runtime: clock, language, database, ShopCX objects, layout helpers.
 * Plain functions on purpose: a reader should find every ShopCX call in a page in a few seconds.
 */
declare(strict_types=1);

namespace Demo;

use PDO;
use ShopCx\Token;

const TZ = 'Europe/Amsterdam';
const SHOP_DIR = __DIR__ . '/..';

require __DIR__ . '/texts.php';

if (!extension_loaded('shopcx')) {
    http_response_code(500);
    exit("The shopcx extension is not loaded: start the shop with bash examples/demo.sh\n");
}

function var_dir(): string
{
    $dir = getenv('SHOPCX_DEMO_VAR') ?: SHOP_DIR . '/var';
    if (!is_dir($dir)) {
        mkdir($dir, 0775, true);
    }
    return $dir;
}

/** Valid UTF-8? (without mbstring, which the demo does not require) */
function utf8(string $s): bool
{
    return preg_match('//u', $s) === 1;
}

/** At most $chars characters, with an ellipsis when cut. */
function short(string $s, int $chars): string
{
    return preg_match('/^.{' . $chars . '}(?=.)/us', $s, $m) ? $m[0] . '…' : $s;
}

/** Escapes for HTML text and attribute values. */
function h(string|int|float|null $s): string
{
    return htmlspecialchars((string) $s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

/**
 * The shop clock. Off by default; with SHOPCX_DEMO_CLOCK=1 a visitor can move it:
 * ?at=2026-12-24T21:59 (shop time zone) starts a clock that ticks from there (kept in a cookie as an
 * offset, so the countdown endpoint follows), ?at=now resets it; the X-ShopCx-Clock header (same
 * format or Unix time) sets a frozen time for one request.
 */
function now(): int
{
    static $now = null;
    if ($now !== null) {
        return $now;
    }
    $now = time();
    if (getenv('SHOPCX_DEMO_CLOCK') !== '1') {
        return $now;
    }
    $header = $_SERVER['HTTP_X_SHOPCX_CLOCK'] ?? null;
    if ($header !== null && ($t = parse_clock($header)) !== null) {
        return $now = $t;
    }
    if (isset($_GET['at']) && is_string($_GET['at'])) {
        if ($_GET['at'] === 'now' || $_GET['at'] === '') {
            setcookie('shopcx_clock', '', ['expires' => 1, 'path' => '/', 'samesite' => 'Lax']);
            unset($_COOKIE['shopcx_clock']);
            return $now;
        }
        if (($t = parse_clock($_GET['at'])) !== null) {
            setcookie('shopcx_clock', (string) ($t - $now), ['path' => '/', 'samesite' => 'Lax']);
            return $now = $t;
        }
    }
    $offset = $_COOKIE['shopcx_clock'] ?? null;
    if (is_string($offset) && preg_match('/^-?\d{1,11}$/', $offset)) {
        $now += (int) $offset;
    }
    return $now;
}

function clock_overridden(): bool
{
    return getenv('SHOPCX_DEMO_CLOCK') === '1'
        && (isset($_SERVER['HTTP_X_SHOPCX_CLOCK']) || isset($_COOKIE['shopcx_clock']) || (isset($_GET['at']) && $_GET['at'] !== 'now'));
}

function parse_clock(string $s): ?int
{
    if (preg_match('/^\d{9,11}$/', $s)) {
        return (int) $s;
    }
    if (!preg_match('/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/', $s)) {
        return null;
    }
    $d = \DateTimeImmutable::createFromFormat('!Y-m-d\TH:i', $s, tz())
        ?: \DateTimeImmutable::createFromFormat('!Y-m-d\TH:i:s', $s, tz())
        ?: \DateTimeImmutable::createFromFormat('!Y-m-d H:i', $s, tz())
        ?: \DateTimeImmutable::createFromFormat('!Y-m-d', $s, tz());
    return $d ? $d->getTimestamp() : null;
}

function tz(): \DateTimeZone
{
    static $tz;
    return $tz ??= new \DateTimeZone(TZ);
}

function local(int $t, string $format = 'Y-m-d H:i'): string
{
    return (new \DateTimeImmutable('@' . $t))->setTimezone(tz())->format($format);
}

function today(): string
{
    return local(now(), 'Y-m-d');
}

/** nl or en: ?lang= (remembered in a cookie), else the cookie, else the browser's first language. */
function lang(): string
{
    static $lang;
    if ($lang !== null) {
        return $lang;
    }
    $want = $_GET['lang'] ?? null;
    if ($want === 'nl' || $want === 'en') {
        setcookie('lang', $want, ['path' => '/', 'samesite' => 'Lax']);
        return $lang = $want;
    }
    $cookie = $_COOKIE['lang'] ?? null;
    if ($cookie === 'nl' || $cookie === 'en') {
        return $lang = $cookie;
    }
    return $lang = str_starts_with(strtolower($_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? ''), 'nl') ? 'nl' : 'en';
}

function t(string $key, string|int|float ...$args): string
{
    $text = TEXTS[lang()][$key] ?? TEXTS['en'][$key] ?? $key;
    return $args ? vsprintf($text, $args) : $text;
}

/** A visitor id in a cookie: the cart, the chat caps and the funnel hang on it. */
function sid(): string
{
    static $sid;
    if ($sid !== null) {
        return $sid;
    }
    $sid = $_COOKIE['sid'] ?? '';
    if (!is_string($sid) || !preg_match('/^[0-9a-f]{32}$/', $sid)) {
        $sid = bin2hex(random_bytes(16));
        setcookie('sid', $sid, ['path' => '/', 'httponly' => true, 'samesite' => 'Lax']);
    }
    return $sid;
}

function db(): PDO
{
    static $db;
    if ($db !== null) {
        return $db;
    }
    $path = var_dir() . '/shop.sqlite';
    if (!is_file($path)) {
        require_once __DIR__ . '/seed.php';
        seed($path);
    }
    // Persistent: the worker keeps the file open, so closing does not checkpoint the WAL every request.
    $db = new PDO('sqlite:' . $path, null, null, [PDO::ATTR_PERSISTENT => true]);
    $db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
    $db->setAttribute(PDO::ATTR_DEFAULT_FETCH_MODE, PDO::FETCH_ASSOC);
    $db->exec('PRAGMA busy_timeout = 5000');
    $db->exec('PRAGMA synchronous = NORMAL'); // with WAL: durable enough for page-view events, no fsync per view
    if ((int) $db->query('PRAGMA user_version')->fetchColumn() < SCHEMA_VERSION) {
        migrate($db);
    }
    return $db;
}

const SCHEMA_VERSION = 2;

/**
 * Schema version 1: one survey answer per (survey, ref) enforced by a UNIQUE index (the page inserts
 * with ON CONFLICT DO NOTHING instead of checking first), and carts remember who used a recovery link.
 * A database from before keeps every row: seeded answers get their own ref, a second answer to one
 * link (stored by the old check-then-insert race) moves to survey_responses_duplicate.
 * Version 2: the owner's log-ins are sessions on the server (a log-out ends them, not only the cookie) and
 * failed log-ins are counted per client address for the throttle.
 */
function migrate(PDO $db): void
{
    $db->exec('BEGIN IMMEDIATE'); // one worker migrates, the others wait (busy_timeout) and find it done
    try {
        if ((int) $db->query('PRAGMA user_version')->fetchColumn() < 1) {
            $db->exec(<<<'SQL'
                UPDATE survey_responses SET ref = 'seed:' || id WHERE ref = 'seed';
                CREATE TABLE IF NOT EXISTS survey_responses_duplicate AS SELECT * FROM survey_responses WHERE 0;
                INSERT INTO survey_responses_duplicate SELECT * FROM survey_responses s WHERE s.ref IS NOT NULL AND EXISTS
                    (SELECT 1 FROM survey_responses f WHERE f.survey = s.survey AND f.ref = s.ref AND f.id < s.id);
                DELETE FROM survey_responses WHERE id IN (SELECT id FROM survey_responses_duplicate);
                CREATE UNIQUE INDEX survey_responses_once ON survey_responses (survey, ref);
                ALTER TABLE carts ADD COLUMN recovered_sid TEXT;
                PRAGMA user_version = 1;
                SQL);
        }
        if ((int) $db->query('PRAGMA user_version')->fetchColumn() < 2) {
            $db->exec(<<<'SQL'
                CREATE TABLE admin_sessions (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
                CREATE TABLE login_failures (client TEXT NOT NULL, at INTEGER NOT NULL);
                CREATE INDEX login_failures_client ON login_failures (client, at);
                PRAGMA user_version = 2;
                SQL);
        }
        $db->exec('COMMIT');
    } catch (\Throwable $e) {
        $db->exec('ROLLBACK');
        throw $e;
    }
}

/**
 * Test hook for the attack's parallel posts: with SHOPCX_DEMO_CLOCK=1 and SHOPCX_DEMO_RACE_DELAY_MS set, a
 * post with an X-ShopCx-Race header waits that long (at most 2 s) between reading what is stored and writing,
 * so simultaneous posts of one link all meet in that gap: a check-then-insert would store each of them.
 * Never set in a shop.
 */
function race_window(): void
{
    $ms = (int) getenv('SHOPCX_DEMO_RACE_DELAY_MS');
    if ($ms > 0 && getenv('SHOPCX_DEMO_CLOCK') === '1' && $_SERVER['REQUEST_METHOD'] === 'POST' && isset($_SERVER['HTTP_X_SHOPCX_RACE'])) {
        usleep(min($ms, 2000) * 1000);
    }
}

/** A request parameter as a string: '' when missing or not a string (t[]=, name[]=, ...). */
function param(array $from, string $key): string
{
    $v = $from[$key] ?? '';
    return is_string($v) ? $v : '';
}

/** The secret the demo derives its CSRF tokens and admin password hint from (the token secret's file). */
function shop_secret(): string
{
    db(); // the seed writes the secret
    return file_get_contents(var_dir() . '/secret.key');
}

/** This visitor's CSRF token: bound to the sid cookie, so another visitor's token does not fit. */
function csrf_token(): string
{
    return rtrim(strtr(base64_encode(hash_hmac('sha256', 'csrf|' . sid(), shop_secret(), true)), '+/', '-_'), '=');
}

function csrf_field(): string
{
    return '<input type="hidden" name="_csrf" value="' . h(csrf_token()) . '">';
}

/**
 * Every state-changing request (POST) must come from this shop's own pages: the Origin header, when the
 * browser sends one, names this host; a browser that says cross-site is refused; and the form (or the
 * X-CSRF-Token header of shop.js) carries this visitor's token. SameSite=Lax cookies alone are not enough
 * (same-site subdomains, older browsers, top-level GET-to-POST tricks).
 */
function csrf_ok(): bool
{
    $host = $_SERVER['HTTP_HOST'] ?? '';
    // Debian's nginx passes HTTP_HOST as $host, without the port: put back a port that is not the default.
    $port = (string) ($_SERVER['SERVER_PORT'] ?? '');
    if ($host !== '' && !str_contains($host, ':') && $port !== '' && $port !== '80' && $port !== '443') {
        $host .= ':' . $port;
    }
    $origin = $_SERVER['HTTP_ORIGIN'] ?? null;
    if ($origin !== null && $origin !== 'http://' . $host && $origin !== 'https://' . $host) {
        return false;
    }
    if (($_SERVER['HTTP_SEC_FETCH_SITE'] ?? 'same-origin') === 'cross-site') {
        return false;
    }
    $referer = $_SERVER['HTTP_REFERER'] ?? null;
    if ($origin === null && $referer !== null && parse_url($referer, PHP_URL_HOST) . (($p = parse_url($referer, PHP_URL_PORT)) ? ":$p" : '') !== $host) {
        return false;
    }
    if (!isset($_COOKIE['sid']) || !is_string($_COOKIE['sid'])) {
        return false; // a first request cannot carry a token of this visitor
    }
    $sent = is_string($_POST['_csrf'] ?? null) ? $_POST['_csrf'] : (string) ($_SERVER['HTTP_X_CSRF_TOKEN'] ?? '');
    return hash_equals(csrf_token(), $sent);
}

/** The shop owner's password: SHOPCX_DEMO_ADMIN_PASSWORD, else one made up on first use in var/admin-password. */
function admin_password(): string
{
    $env = getenv('SHOPCX_DEMO_ADMIN_PASSWORD');
    if (is_string($env) && $env !== '') {
        return $env;
    }
    $file = var_dir() . '/admin-password';
    if (!is_file($file)) {
        $tmp = $file . '.' . getmypid();
        file_put_contents($tmp, bin2hex(random_bytes(10)) . "\n");
        chmod($tmp, 0600);
        @link($tmp, $file); // the first worker wins; the others read its password
        @unlink($tmp);
    }
    return trim((string) file_get_contents($file));
}

/**
 * The session id of the logged-in shop owner, or null. The cookie is a ShopCx\Token of purpose "admin"
 * (real time, bound to the password, so changing it logs every session out) naming a row of admin_sessions,
 * so a log-out ends the session on the server too: a copy of the cookie taken before is worth nothing.
 */
function admin_session(): ?string
{
    $cookie = $_COOKIE['shopcx_admin'] ?? null;
    if (!is_string($cookie) || $cookie === '') {
        return null;
    }
    try {
        $claims = tokens()->verify($cookie, 'admin', time());
    } catch (\ShopCx\TokenException) {
        return null;
    }
    $session = (string) ($claims['s'] ?? '');
    if (!hash_equals(admin_password_tag(), (string) ($claims['pw'] ?? '')) || $session === '') {
        return null;
    }
    $live = q('SELECT 1 FROM admin_sessions WHERE id = ? AND expires_at > ?', [$session, time()])->fetchColumn();
    return $live ? $session : null;
}

function is_admin(): bool
{
    return admin_session() !== null;
}

/** Starts an owner session of 8 hours: a row on the server and the cookie that names it. */
function admin_log_in(): void
{
    $session = bin2hex(random_bytes(16));
    $expires = time() + 8 * 3600;
    q('DELETE FROM admin_sessions WHERE expires_at <= ?', [time()]);
    q('INSERT INTO admin_sessions (id, expires_at) VALUES (?, ?)', [$session, $expires]);
    admin_cookie(tokens()->issue('admin', ['pw' => admin_password_tag(), 's' => $session], 8 * 3600, time()), $expires);
}

function admin_log_out(): void
{
    if (($session = admin_session()) !== null) {
        q('DELETE FROM admin_sessions WHERE id = ?', [$session]);
    }
    admin_cookie('', 1);
}

/**
 * Password guessing: after LOGIN_FAILURES_ALLOWED wrong passwords from one client address within
 * LOGIN_FAILURE_WINDOW seconds, log-ins from it are refused (429) until the oldest of them leaves the
 * window; a right password clears the address's count. Returns the seconds to wait, 0 when allowed.
 * Counted on the shop clock so the attack test can let the window pass.
 */
const LOGIN_FAILURES_ALLOWED = 10;
const LOGIN_FAILURE_WINDOW = 900;

function login_wait(string $client): int
{
    $since = now() - LOGIN_FAILURE_WINDOW;
    $row = q('SELECT COUNT(*) AS n, MIN(at) AS first FROM login_failures WHERE client = ? AND at > ?', [$client, $since])->fetch();
    return (int) $row['n'] >= LOGIN_FAILURES_ALLOWED ? max(1, (int) $row['first'] - $since) : 0;
}

function login_failed(string $client): void
{
    q('DELETE FROM login_failures WHERE at <= ?', [now() - LOGIN_FAILURE_WINDOW]);
    q('INSERT INTO login_failures (client, at) VALUES (?, ?)', [$client, now()]);
}

function login_succeeded(string $client): void
{
    q('DELETE FROM login_failures WHERE client = ?', [$client]);
}

function admin_password_tag(): string
{
    return substr(hash_hmac('sha256', 'admin|' . admin_password(), shop_secret()), 0, 22);
}

function admin_cookie(string $value, int $expires): void
{
    setcookie('shopcx_admin', $value, ['expires' => $expires, 'path' => '/', 'httponly' => true, 'samesite' => 'Strict',
        'secure' => ($_SERVER['HTTPS'] ?? '') === 'on']);
}

function q(string $sql, array $params = []): \PDOStatement
{
    $st = db()->prepare($sql);
    $st->execute($params);
    return $st;
}

function tokens(): Token
{
    static $tokens;
    if ($tokens === null) {
        db(); // the seed writes the secret
        $tokens = new Token(file_get_contents(var_dir() . '/secret.key'), 'demo1');
    }
    return $tokens;
}

function money(int $cents): string
{
    return '€ ' . number_format($cents / 100, 2, lang() === 'nl' ? ',' : '.', lang() === 'nl' ? '.' : ',');
}

/**
 * Records one step of the checkout funnel (category, product, cart, checkout_start, checkout_end). A page view must not fail because its statistic cannot be written (a full
 * or read-only disk): the event is dropped and logged, the page is served.
 */
function track(string $step): void
{
    try {
        q('INSERT INTO events (sid, step, at) VALUES (?, ?, ?)', [sid(), $step, now()]);
        log_until_ok('funnel-events', null);
    } catch (\PDOException $e) {
        log_until_ok('funnel-events', 'funnel events not recorded: ' . $e->getMessage());
    }
}

/**
 * A failure that can last (a full disk, a missing index) is logged once per worker, not once per page view:
 * log_until_ok($what, $message) logs the first time, log_until_ok($what, null) says it works again, so the
 * next failure is logged anew.
 */
function log_until_ok(string $what, ?string $failure): void
{
    static $failing = [];
    if ($failure === null) {
        unset($failing[$what]);
    } elseif (!isset($failing[$what])) {
        $failing[$what] = true;
        error_log("demo shop: $failure");
    }
}

function json_out(mixed $data, int $status = 200): never
{
    http_response_code($status);
    header('Content-Type: application/json; charset=utf-8');
    header('Cache-Control: no-store');
    echo json_encode($data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    exit;
}

function redirect(string $to): never
{
    header('Location: ' . $to, true, 303);
    exit;
}

function url(string $path, array $query = []): string
{
    return $path . ($query ? '?' . http_build_query($query) : '');
}

/** The page head and navigation; $pageType feeds the chat invitation rules. */
function page_start(string $title, string $pageType): void
{
    $count = (int) (q("SELECT COALESCE(SUM(i.qty), 0) FROM carts c JOIN cart_items i ON i.cart_id = c.id
        WHERE c.sid = ? AND c.status = 'open'", [sid()])->fetchColumn());
    $clockOn = getenv('SHOPCX_DEMO_CLOCK') === '1';
    $self = strtok($_SERVER['REQUEST_URI'] ?? '/', '?');
    header('Content-Type: text/html; charset=utf-8');
    ?>
<!doctype html>
<html lang="<?= h(lang()) ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= h($title) ?> · Lumen &amp; Linde</title>
<link rel="stylesheet" href="/assets/shop.css">
<link rel="icon" href="data:,">
<meta name="csrf-token" content="<?= h(csrf_token()) ?>">
</head>
<body data-page-type="<?= h($pageType) ?>" data-lang="<?= h(lang()) ?>">
<header class="top">
  <a class="brand" href="/">Lumen &amp; Linde</a>
  <nav>
    <a href="/c/lamps"><?= h(t('nav.lamps')) ?></a>
    <a href="/c/chairs"><?= h(t('nav.chairs')) ?></a>
    <a href="/faq"><?= h(t('nav.faq')) ?></a>
    <a href="/cart" id="cart-link"><?= h(t('nav.cart')) ?> (<span id="cart-count"><?= $count ?></span>)</a>
    <a href="/admin"><?= h(t('nav.admin')) ?></a>
  </nav>
  <span class="langs"><a href="<?= h(url($self, ['lang' => 'nl'])) ?>" lang="nl">NL</a> · <a href="<?= h(url($self, ['lang' => 'en'])) ?>" lang="en">EN</a></span>
</header>
<?php if ($clockOn): ?>
<div class="clockbar" id="clockbar">
  <?= h(t('clock.label')) ?> <strong id="shop-clock"><?= h(local(now(), 'D d M Y H:i:s')) ?></strong>
  <?= clock_overridden() ? '<span class="badge">' . h(t('clock.moved')) . '</span>' : '' ?>
  · <a href="<?= h(url($self, ['at' => '2026-12-24T21:59'])) ?>"><?= h(t('clock.xmas')) ?></a>
  · <a href="<?= h(url($self, ['at' => '2026-11-27T21:59'])) ?>"><?= h(t('clock.friday')) ?></a>
  · <a href="<?= h(url($self, ['at' => '2026-11-28T11:58'])) ?>"><?= h(t('clock.saturday')) ?></a>
  · <a href="<?= h(url($self, ['at' => 'now'])) ?>"><?= h(t('clock.now')) ?></a>
</div>
<?php endif ?>
<main>
<?php
}

function page_end(): void
{
    ?>
</main>
<div id="chat-toast" class="toast" hidden role="dialog" aria-live="polite">
  <p id="chat-message"></p>
  <p class="small" id="chat-meta"></p>
  <button type="button" id="chat-accept"><?= h(t('chat.accept')) ?></button>
  <button type="button" id="chat-dismiss" class="secondary"><?= h(t('chat.dismiss')) ?></button>
</div>
<div id="chat-panel" class="panel" hidden role="dialog">
  <h3><?= h(t('chat.title')) ?></h3>
  <p id="chat-agent"></p>
  <form id="chat-form"><label><?= h(t('chat.email')) ?> <input type="email" name="email" required></label>
  <label><?= h(t('chat.question')) ?> <textarea name="message" rows="3"></textarea></label>
  <button type="submit"><?= h(t('chat.send')) ?></button> <button type="button" class="secondary" id="chat-close"><?= h(t('chat.close')) ?></button></form>
  <p id="chat-sent" hidden><?= h(t('chat.sent')) ?></p>
</div>
<footer class="foot"><?= h(t('footer')) ?></footer>
<script src="/assets/shop.js"></script>
</body>
</html>
<?php
}

/** 3725 -> "1:02:05", the same format shop.js counts down in. */
function countdown_text(int $seconds): string
{
    $seconds = max(0, $seconds);
    return sprintf('%d:%02d:%02d', intdiv($seconds, 3600), intdiv($seconds % 3600, 60), $seconds % 60);
}

/** The visitor's open cart id, created on first use. */
function cart_id(bool $create): ?int
{
    $id = q("SELECT id FROM carts WHERE sid = ? AND status = 'open' ORDER BY id DESC LIMIT 1", [sid()])->fetchColumn();
    if ($id === false && $create) {
        q("INSERT INTO carts (sid, status, consent, created_at, updated_at) VALUES (?, 'open', 0, ?, ?)", [sid(), now(), now()]);
        $id = db()->lastInsertId();
    }
    return $id === false ? null : (int) $id;
}

/** Cart lines with product and variant names. */
function cart_lines(int $cartId): array
{
    return q('SELECT i.variant_id, i.qty, i.price_cents, v.sku, v.label_' . lang() . ' AS variant, v.stock, v.restock_days,
        v.backorder_days, p.slug, p.name_' . lang() . ' AS name
        FROM cart_items i JOIN variants v ON v.id = i.variant_id JOIN products p ON p.id = v.product_id
        WHERE i.cart_id = ? ORDER BY p.id, v.id', [$cartId])->fetchAll();
}
