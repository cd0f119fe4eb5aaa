<?php
/** Instant FAQ search: typo tolerant, prefix completion, highlighted (ShopCX escapes the HTML). */
declare(strict_types=1);

namespace Demo;

$lang = ($_GET['lang'] ?? lang()) === 'nl' ? 'nl' : 'en';
$query = param($_GET, 'q');
if (strlen($query) > 200 || !utf8($query)) {
    json_out(['error' => 'query too long or not UTF-8'], 400);
}
json_out(faq_search($lang, $query));
