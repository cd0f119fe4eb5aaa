<?php
/**
 * Adversarial inputs at the documented bounds: how long one call takes in the worst cases we
 * know of (no quadratic blow-ups). Not a comparison with PHP: it prints time per call and the
 * input size, so a regression shows up as a jump.
 *   php -d extension=modules/shopcx.so tests/bench/worst_cases.php
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';
require __DIR__ . '/../faq/webshop.inc';

use ShopCxBench\Bench;

$bench = new Bench(5);
printf("\n# Worst cases at the input bounds (PHP %s)\n", PHP_VERSION);
printf("%-58s %10s %14s\n", 'case', 'bytes', 'us/call');

function report(Bench $b, string $name, int $bytes, callable $fn, int $iterations): void
{
    $ns = $b->time($fn, $iterations);
    printf("%-58s %10d %14.1f\n", $name, $bytes, $ns / 1000);
}

// FAQ search: the query bound is 1,000 bytes.
$faq = ShopCx\Faq\Index::build(webshop_faq(), ['lang' => 'nl']);
$manyShort = substr(str_repeat('a b c d e f g h i j ', 50), 0, 1000);
$longTypos = substr(str_repeat('verzendkostenberekeningsformulierx ', 30), 0, 1000);
$oneLong = str_repeat('q', 1000);
$typical = 'wanneer wordt mijn bestelling verzonden';
report($bench, 'faq search: typical 5-word query', strlen($typical), fn() => $faq->search($typical, 10), 2000);
report($bench, 'faq search: 500 one-letter words', strlen($manyShort), fn() => $faq->search($manyShort, 10), 200);
report($bench, 'faq search: 29 long misspelled words (typos on)', strlen($longTypos), fn() => $faq->search($longTypos, 10), 200);
report($bench, 'faq search: one 1,000-letter word', strlen($oneLong), fn() => $faq->search($oneLong, 10), 200);
report($bench, 'faq suggest: 1,000-byte prefix', 1000, fn() => $faq->suggest($oneLong, 5), 200);

// Moderation: the text bound is 64 KiB.
$mod = new ShopCx\Review\Moderator();
$normal = str_repeat('Mooie lamp, snel geleverd en goed verpakt. ', 1490);
$repeat = str_repeat('a', 65536);
$spelled = str_repeat('f.u.c.k ', 8192);
$leet = str_repeat('sh1t k4nker ', 5461);
$digits = str_repeat('06-12345678 ', 5461);
report($bench, 'moderator: 64 KiB ordinary review text', strlen($normal), fn() => $mod->check($normal), 50);
report($bench, 'moderator: 64 KiB of one repeated letter', strlen($repeat), fn() => $mod->check($repeat), 50);
report($bench, 'moderator: 64 KiB of spelled-out words', strlen($spelled), fn() => $mod->check($spelled), 50);
report($bench, 'moderator: 64 KiB of leetspeak', strlen($leet), fn() => $mod->check($leet), 50);
report($bench, 'moderator: 64 KiB of phone numbers', strlen($digits), fn() => $mod->check($digits), 50);

// Tokens: the bound is 4,096 bytes.
$tokens = new ShopCx\Token(str_repeat('s', 32));
$garbage = 'v1.k1.' . str_repeat('A', 4000) . '.' . str_repeat('B', 43);
report($bench, 'token verify: 4,096-byte forged token', strlen($garbage), function () use ($tokens, $garbage) {
    try { return $tokens->verify($garbage, 'review', 1); } catch (ShopCx\TokenException $e) { return $e->getCode(); }
}, 2000);

// Chat: 256 rules (the bound), each with a URL pattern, against a 2,000-byte URL.
$rules = [];
for ($i = 0; $i < 256; $i++) {
    $rules[] = ['name' => "r$i", 'trigger' => 'productDwell', 'when' => ['url' => '^/p/(a+)+x' . $i . '$', 'secondsOnPage' => 1]];
}
$url = '/p/' . str_repeat('a', 2045);
try {
    $chat = ShopCx\Chat\Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'rules' => $rules]);
    $visit = ['pageType' => 'product', 'url' => $url, 'secondsOnPage' => 300];
    $team = ['agentsOnline' => 3, 'openChats' => 0];
    report($bench, 'chat evaluate: 256 rules with (a+)+ patterns, 2 KB URL', strlen($url), fn() => $chat->evaluate($visit, 1781258400, $team), 20);
} catch (Throwable $e) {
    printf("%-58s %s\n", 'chat evaluate: 256 pathological patterns', get_class($e) . ': ' . $e->getMessage());
}
$bench->footer();
