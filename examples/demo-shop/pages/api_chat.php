<?php
/**
 * Should this visitor be invited to chat now? shop.js asks every few seconds with the page type and
 * the seconds spent on the page; the rest of the visit (cart, caps, dismissals) the shop knows itself.
 * POST event=dismiss|open records what the visitor did with an invitation.
 */
declare(strict_types=1);

namespace Demo;

$cookie = fn(string $name, string $value) => setcookie($name, $value, ['path' => '/', 'samesite' => 'Lax', 'httponly' => true]);

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    match ($_POST['event'] ?? '') {
        'dismiss' => $cookie('chat_dismissed', (string) now()),
        'open' => $cookie('chat_open', '1'),
        'close' => $cookie('chat_open', ''),
        default => json_out(['error' => 'unknown event'], 400),
    };
    json_out(['ok' => true]);
}

$pageTypes = ['home', 'category', 'product', 'search', 'faq', 'cart', 'checkout', 'account', 'content', 'other'];
$pageType = in_array($_GET['pageType'] ?? '', $pageTypes, true) ? $_GET['pageType'] : 'other';
$cart = cart_id(false);
$lines = $cart ? cart_lines($cart) : [];
$visit = [
    'pageType' => $pageType,
    'url' => (string) parse_url((string) ($_SERVER['HTTP_REFERER'] ?? '/'), PHP_URL_PATH),
    'secondsOnPage' => max(0, min(86400, (int) ($_GET['seconds'] ?? 0))),
    'addedToCart' => $lines !== [],
    'cartValue' => array_sum(array_map(fn($l) => $l['qty'] * $l['price_cents'], $lines)) / 100,
    'cartItems' => array_sum(array_column($lines, 'qty')),
    'language' => lang(),
    'invitationsThisVisit' => (int) ($_COOKIE['chat_inv'] ?? 0),
    'chatOpen' => ($_COOKIE['chat_open'] ?? '') === '1',
];
if (isset($_GET['searchResults']) && $_GET['searchResults'] !== '') {
    $visit['searchResults'] = max(0, (int) $_GET['searchResults']);
}
if (isset($_COOKIE['chat_dismissed']) && ctype_digit($_COOKIE['chat_dismissed'])) {
    $visit['lastDismissedAt'] = (int) $_COOKIE['chat_dismissed'];
}
$roster = team();
$team = ['agentsOnline' => $roster['agentsOnline'], 'openChats' => $roster['openChats'], 'answerSeconds' => $roster['answerSeconds']];

$rules = chat_rules();
$invitation = $rules->evaluate($visit, now(), $team);
if ($invitation !== null) {
    $cookie('chat_inv', (string) ($visit['invitationsThisVisit'] + 1));
}
json_out([
    'open' => $rules->isOpen(now()),
    'why' => $rules->explain($visit, now(), $team),
    'agents' => $roster['names'],
    'invitation' => $invitation === null ? null : [
        'rule' => $invitation->rule, 'kind' => $invitation->kind, 'message' => $invitation->message,
        'reason' => $invitation->reason, 'expectedAnswerSeconds' => $invitation->expectedAnswerSeconds,
        'agent' => $roster['names'][0] ?? null,
    ],
]);
