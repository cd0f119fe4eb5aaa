--TEST--
Survey links are ShopCx\Token tokens of purpose "survey" carrying the survey and order (or conversation) id
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Token;
use ShopCx\TokenException;
use ShopCx\Effort\{Survey, Report};

$tokens = new Token(str_repeat('survey-secret-', 3), 'k2026');
$sent = 1766400000;

// The mail after delivery links to the effort survey for order 100042; valid for 14 days.
$t = $tokens->issue('survey', ['survey' => 'effort', 'order' => '100042'], 14 * 86400, $sent);
$url = 'https://shop.example/survey?t=' . $t;
var_dump(rawurlencode($t) === $t);

// The survey page: verify, pick the survey the link names, validate the answers, count them.
parse_str(parse_url($url, PHP_URL_QUERY), $query);
$claims = $tokens->verify($query['t'], 'survey', $sent + 3 * 86400);
var_dump($claims);
$survey = Survey::{$claims['survey']}();
$answers = $survey->validate(['choosing' => '1', 'purchasing' => '3', 'after' => '2']);
$report = new Report($survey);
$report->add($answers, $sent + 3 * 86400, ['order' => $claims['order']]);
echo $report->result()->hotspot, "\n";

// A chat ends with the conversation ratings, bound to the conversation id.
$c = $tokens->issue('survey', ['survey' => 'conversation', 'conversation' => 'chat-77'], 3600, $sent);
var_dump($tokens->verify($c, 'survey', $sent + 60)['conversation']);

// Wrong purpose, expired, tampered: all refused.
foreach ([
    'review link' => fn() => $tokens->verify($tokens->issue('review', ['order' => '100042'], 60, $sent), 'survey', $sent),
    'expired' => fn() => $tokens->verify($t, 'survey', $sent + 14 * 86400),
    'tampered' => fn() => $tokens->verify(str_replace('.k2026.', '.k2026.A', $t), 'survey', $sent),
] as $label => $fn) {
    try { $fn(); echo "$label: accepted\n"; } catch (TokenException $e) { echo "$label: ", $e->getMessage(), "\n"; }
}
?>
--EXPECT--
bool(true)
array(2) {
  ["survey"]=>
  string(6) "effort"
  ["order"]=>
  string(6) "100042"
}
purchasing
string(7) "chat-77"
review link: The token was issued for another purpose
expired: The token has expired
tampered: The token signature does not match
