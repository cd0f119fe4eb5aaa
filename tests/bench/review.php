<?php
/**
 * Review benchmark: ShopCx\Review against idiomatic PHP doing the same jobs on the same data.
 *   - moderation: fold (case, accents, leetspeak, repeats), the full shipped word lists (1,450
 *     entries, as preg alternation chunks), the same personal-data pattern, the same heuristics;
 *   - Summary over 1M ratings against array_count_values and the same formulas;
 *   - the product-reviews feed: 1M reviews to a file, against XMLWriter (time and peak memory).
 *   php -d extension=modules/shopcx.so tests/bench/review.php [--feed=1000000]
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';

use ShopCxBench\Bench;
use ShopCx\Review\Moderator;
use ShopCx\Review\Summary;

/** What a shop would write with preg: the same lists and rules as Moderator. */
final class ReferenceModerator
{
    /** @var list<string> */
    private array $patterns = [];
    private array $allowPatterns = [];
    /** @var array<string, array{string, int}> folded key => [term, tier] */
    private array $terms = [];
    private string $pii;

    public function __construct(string $listDir)
    {
        $byMode = ['word' => [], 'prefix' => [], 'suffix' => [], 'part' => []];
        $allow = [];
        foreach (['nl', 'en', 'de', 'fr'] as $lang) {
            foreach (file("$listDir/$lang.tsv", FILE_IGNORE_NEW_LINES) as $line) {
                if ($line === '' || $line[0] === '#') {
                    continue;
                }
                [$term, $tier, $mode] = explode("\t", $line);
                $key = trim(self::fold($term));
                $key = preg_replace('/([a-z])\1{2,}/', '$1$1', strtr($key, ['$' => 's', '@' => 'a']));
                if ($key === '' || !preg_match('/[a-z]/', $key)) {
                    continue;
                }
                if ($tier === 'allow') {
                    $allow[$key] = preg_quote($key, '/');
                    continue;
                }
                $tierNo = $tier === 'reject' ? 2 : 1;
                $full = match ($mode) { 'word' => " $key ", 'prefix' => " $key", 'suffix' => "$key ", 'part' => $key };
                if (isset($this->terms[$full])) {
                    $this->terms[$full][1] = max($this->terms[$full][1], $tierNo);
                    continue;
                }
                $this->terms[$full] = [$term, $tierNo];
                $byMode[$mode][] = preg_quote($key, '/');
            }
        }
        // One alternation per match mode, so the boundary is a literal space pcre2 can scan for;
        // the closing boundary is a lookahead, so neighbouring words can share a space.
        foreach ($byMode as $mode => $alternatives) {
            foreach (array_chunk($alternatives, 400) as $chunk) {
                $group = '(?:' . implode('|', $chunk) . ')';
                $this->patterns[] = [$mode, match ($mode) {
                    'word' => "/ $group(?= )/",
                    'prefix' => "/ $group/",
                    'suffix' => "/$group(?= )/",
                    'part' => "/(?=($group))/",
                }];
            }
        }
        // Innocent words holding a part ("kleren" holds "klere"): found anywhere, overlaps included.
        foreach (array_chunk(array_values($allow), 400) as $chunk) {
            $this->allowPatterns[] = '/(?=(' . implode('|', $chunk) . '))/';
        }
        $this->pii = '/(*MARK:e)[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}'
            . '|(*MARK:u)(?:https?:\/\/|www\.)[^\s<>"]+'
            . '|(*MARK:u)(?<![@\w.\-])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?-i:com|net|org|nl|be|de|fr|eu|info|shop|store|online|io|co|uk|at|ch|lu|biz|xyz|ru|app)(?![\w\-])(?:\/[^\s<>"]*)?'
            . '|(*MARK:p)(?<![\w+])(?:\+|00)[1-9][0-9]{0,2}(?:[ .\-\/]?\(0\))?(?:[ .\-\/]?[0-9]){6,12}(?![0-9])'
            . '|(*MARK:p)(?<![\w.,\/\-+])\(?0[0-9]{1,4}\)?(?:[ .\-\/]?[0-9]){5,10}(?![0-9])/iu';
    }

    /** Start of the word that holds the byte before $end. */
    private static function wordAt(string $folded, int $end): int
    {
        return (int) strrpos($folded, ' ', $end - 1 - strlen($folded));
    }

    /** @return list<array{string, int}> every part found (overlaps included), with its end offset */
    private function partHits(string $pattern, string $folded): array
    {
        $out = [];
        if (preg_match_all($pattern, $folded, $m, PREG_OFFSET_CAPTURE)) {
            foreach ($m[1] as [$core, $offset]) {
                $out[] = [$core, $offset + strlen($core)];
            }
        }
        return $out;
    }

    public static function fold(string $s): string
    {
        static $accents = ['à' => 'a', 'á' => 'a', 'â' => 'a', 'ã' => 'a', 'ä' => 'a', 'å' => 'a', 'ç' => 'c', 'è' => 'e',
            'é' => 'e', 'ê' => 'e', 'ë' => 'e', 'ì' => 'i', 'í' => 'i', 'î' => 'i', 'ï' => 'i', 'ñ' => 'n', 'ò' => 'o',
            'ó' => 'o', 'ô' => 'o', 'õ' => 'o', 'ö' => 'o', 'ù' => 'u', 'ú' => 'u', 'û' => 'u', 'ü' => 'u', 'ý' => 'y',
            'ÿ' => 'y', 'ß' => 'ss', 'œ' => 'oe', 'æ' => 'ae', 'ø' => 'o'];
        $s = strtr(mb_strtolower($s, 'UTF-8'), $accents);
        return ' ' . trim(preg_replace('/[^a-z0-9$@]+/', ' ', $s)) . ' ';
    }

    /** @return array{decision: string, terms: list<string>, codes: list<string>, redacted: string} */
    public function check(string $text): array
    {
        $folded = self::fold($text);
        // Leetspeak inside words that hold a letter; '1' may be an i or an l: try both.
        $folded = preg_replace_callback('/(?<= )[^ ]*[a-z][^ ]*(?= )/', fn($m) => strtr($m[0], ['4' => 'a', '@' => 'a', '3' => 'e', '0' => 'o', '5' => 's', '$' => 's']), $folded);
        $variants = [$folded];
        if (str_contains($folded, '1')) {
            $variants = [strtr($folded, '1', 'i'), strtr($folded, '1', 'l')];
        }
        // A run of three or more letters stands for one or two.
        foreach ($variants as $v) {
            if (preg_match('/([a-z])\1\1/', $v)) {
                $variants[] = preg_replace('/([a-z])\1{2,}/', '$1$1', $v);
                $variants[] = preg_replace('/([a-z])\1{2,}/', '$1', $v);
            }
        }
        $found = $tiers = [];
        $tier = 0;
        foreach ($variants as $v) {
            // Each hit belongs to the word its last letter is in; a hit inside a word is dropped when
            // an allowed word found in that word contains it, or a longer, as strong hit there does.
            $hits = [];
            foreach ($this->patterns as [$mode, $p]) {
                if ($mode === 'part') {
                    foreach ($this->partHits($p, $v) as [$core, $end]) {
                        $hits[] = [$core, $core, $end];
                    }
                } elseif (preg_match_all($p, $v, $m, PREG_OFFSET_CAPTURE)) {
                    foreach ($m[0] as [$hit, $offset]) {
                        $core = trim($hit);
                        $key = match ($mode) { 'word' => " $core ", 'prefix' => " $core", 'suffix' => "$core " };
                        $hits[] = [$key, $core, $offset + strlen(rtrim($hit))];
                    }
                }
            }
            $allowed = [];
            foreach ($this->allowPatterns as $p) {
                preg_match_all($p, $v, $m, PREG_OFFSET_CAPTURE);
                foreach ($m[1] as [$a, $offset]) {
                    $allowed[self::wordAt($v, $offset + strlen($a))][] = $a;
                }
            }
            foreach ($hits as [$key, $core, $end]) {
                if (!isset($this->terms[$key])) {
                    continue;
                }
                $word = self::wordAt($v, $end);
                $t = $this->terms[$key][1];
                foreach ($allowed[$word] ?? [] as $a) {
                    if (str_contains($a, $core)) {
                        continue 2;
                    }
                }
                foreach ($hits as [$key2, $core2, $end2]) {
                    if (isset($this->terms[$key2]) && strlen($core2) > strlen($core) && $this->terms[$key2][1] >= $t
                        && str_contains($core2, $core) && self::wordAt($v, $end2) === $word) {
                        continue 2;
                    }
                }
                $found[$this->terms[$key][0]] = true;
                $tier = max($tier, $t);
                $tiers[$t] = true;
            }
        }
        $codes = [];
        if (isset($tiers[2])) {
            $codes[] = 'term.reject';
        }
        if (isset($tiers[1])) {
            $codes[] = 'term.hold';
        }
        $kinds = [];
        // The same cheap precheck ShopCx makes: no '@', no "x.tld", fewer than 8 digits -> no match possible.
        $candidate = str_contains($text, '@') || preg_match('/[a-z0-9]\.[a-z]/i', $text) || preg_match_all('/[0-9]/', $text) >= 8;
        $redacted = !$candidate ? $text : preg_replace_callback($this->pii, function ($m) use (&$kinds) {
            $kind = $m['MARK'];
            $s = $m[0];
            if ($kind === 'u') {
                $trimmed = rtrim($s, '.,;:!?)\'');
                $kinds['u'] = true;
                return '[link]' . substr($s, strlen($trimmed));
            }
            if ($kind === 'p') {
                $digits = strlen(preg_replace('/\D/', '', $s));
                $intl = $s[0] === '+' || str_starts_with($s, '00');
                if (($intl ? $digits < 8 || $digits > 15 : $digits < 9 || $digits > 12) || preg_match('/^\d{1,4}[-.\/]\d{1,4}[-.\/]\d{1,4}/', $s)) {
                    return $s;
                }
                $kinds['p'] = true;
                return '[phone]';
            }
            $kinds['e'] = true;
            return '[email]';
        }, $text);
        foreach (['e' => 'pii.email', 'u' => 'pii.url', 'p' => 'pii.phone'] as $k => $code) {
            if (isset($kinds[$k])) {
                $codes[] = $code;
            }
        }
        $letters = preg_match_all('/\p{L}/u', $text);
        $upper = preg_match_all('/\p{Lu}/u', $text);
        $lower = preg_match_all('/\p{Ll}/u', $text);
        if ($letters >= 12 && $upper * 10 >= ($upper + $lower) * 7) {
            $codes[] = 'shouting';
        }
        if (preg_match('/([^\s\d])\1{4}/u', $text)) {
            $codes[] = 'repeated';
        }
        if (mb_strlen(preg_replace('/\s+/u', '', $text)) < 10) {
            $codes[] = 'short';
        }
        $words = $gib = 0;
        foreach (explode(' ', trim(self::fold($text))) as $w) {
            if (!preg_match('/[a-z]/', $w)) {
                continue;
            }
            $words++;
            if ((strlen(preg_replace('/[^a-z]/', '', $w)) >= 5 && !preg_match('/[aeiouy]/', $w))
                || preg_match('/qwer|asdf|sdfg|dfgh|fghj|ghjk|hjkl|jklm|zxcv|xcvb|cvbn|vbnm|yxcv|qsdf|uiop/', $w)) {
                $gib++;
            }
        }
        if ($gib > 0 && $gib * 3 >= $words) {
            $codes[] = 'gibberish';
        }
        $decision = $tier === 2 ? 'reject' : ($codes ? 'hold' : 'approve');
        $terms = array_keys($found);
        sort($terms);
        return ['decision' => $decision, 'terms' => $terms, 'codes' => $codes, 'redacted' => $redacted];
    }
}

/** Reviews that look like a shop's: four languages, some rude, some with contact data. */
function corpus(int $n): array
{
    mt_srand(42);
    $sentences = [
        'Snelle levering en het product is precies zoals beschreven.', 'De kwaliteit valt me een beetje tegen voor deze prijs.',
        'Great value for money, the lamp looks lovely in our living room.', 'Delivery took a week longer than promised, but support was helpful.',
        'Die Verarbeitung ist sehr gut und der Versand war schnell.', 'Leider war die Verpackung beschädigt, der Inhalt aber nicht.',
        'Très bon produit, livraison rapide et emballage soigné.', 'Le service client a répondu rapidement à ma question.',
        'Ik heb het als cadeau gekocht en mijn moeder is er blij mee.', 'The instructions were unclear, assembly took two hours.',
        'Würde ich jederzeit wieder kaufen, klare Empfehlung!', 'Je recommande ce vendeur, rien à redire.',
        'Het snoer is wat kort, maar verder prima.', 'Colours are exactly as in the photos, very happy.',
    ];
    $spice = ['What a load of crap.', 'Echt een kutproduct.', 'So ein Scheiß.', 'Quelle merde.', 'This is fucking useless.',
        'Bel me op 06-12345678.', 'Mail naar klant@example.nl voor info.', 'Kijk op www.example.com.', 'sh1t quality',
        'Absolutely brilliaaaaant', 'Wat een kutwinkel.', 'Stelletje kankerlijers.', 'Ein Scheißladen, echt.',
        'De klerenkast kwam beschadigd aan.', 'Ik steun de kankerbestrijding.', 'Die Tischlampe ist schön.'];
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $text = [];
        $k = mt_rand(2, 6);
        for ($j = 0; $j < $k; $j++) {
            $text[] = $sentences[mt_rand(0, count($sentences) - 1)];
        }
        if (mt_rand(0, 9) === 0) {
            $text[mt_rand(0, $k - 1)] = $spice[mt_rand(0, count($spice) - 1)];
        }
        $out[] = implode(' ', $text);
    }
    return $out;
}

$feedCount = 1000000;
foreach ($argv as $arg) {
    if (str_starts_with($arg, '--feed=')) {
        $feedCount = (int) substr($arg, 7);
    }
}

$bench = new Bench(5);
$reviews = corpus(2000);
$bytes = array_sum(array_map('strlen', $reviews)) / count($reviews);
$shopcx = new Moderator();
$php = new ReferenceModerator(__DIR__ . '/../../src/review/wordlists');

// Both sides reach the same decisions, terms and redactions on every review before timing.
$differ = 0;
foreach ($reviews as $text) {
    $v = $shopcx->check($text);
    $r = $php->check($text);
    $terms = $v->terms;
    sort($terms);
    $codes = array_column($v->reasons, 'code');
    if ($v->decision !== $r['decision'] || $terms !== $r['terms'] || $codes !== $r['codes'] || $v->redacted !== $r['redacted']) {
        if (++$differ <= 3) {
            fwrite(STDERR, "differs: $text\n  shopcx " . json_encode([$v->decision, $terms, $codes]) . "\n  php    " . json_encode([$r['decision'], $r['terms'], $r['codes']]) . "\n");
        }
    }
}
if ($differ) {
    fwrite(STDERR, "$differ of " . count($reviews) . " reviews differ\n");
    exit(1);
}
$held = count(array_filter($reviews, fn($t) => $shopcx->check($t)->decision !== 'approve'));

$bench->header(sprintf('ShopCx\Review vs PHP (2,000 reviews, %.0f bytes average, %d flagged; %d list patterns)', $bytes, $held, $shopcx->stats()['patterns']));
$bench->compare('Moderator::check (words + PII + heuristics)', fn($i) => $shopcx->check($reviews[$i % 2000])->decision,
    fn($i) => $php->check($reviews[$i % 2000])['decision'], 2000);
$rows = $bench->rows();
$last = end($rows);
printf("  throughput: shopcx %.1f MB/s, php %.2f MB/s\n", $bytes / $last['shopcx_ns'] * 1e3, $bytes / $last['php_ns'] * 1e3);
$bench->compare('new Moderator() (build lists + automaton)', fn($i) => (new Moderator())->stats()['states'],
    fn($i) => count((new ReferenceModerator(__DIR__ . '/../../src/review/wordlists'))->check('x')), 20);

// Summary over 1M ratings (10% missing)
mt_srand(7);
$ratings = [];
for ($i = 0; $i < 1000000; $i++) {
    $ratings[] = mt_rand(0, 9) === 0 ? null : mt_rand(1, 5);
}
$phpSummary = function (array $ratings): array {
    $hist = array_count_values(array_filter($ratings, fn($r) => $r !== null));
    $h = [];
    $n = $sum = 0;
    for ($k = 1; $k <= 5; $k++) {
        $h[$k] = $hist[$k] ?? 0;
        $n += $h[$k];
        $sum += $k * $h[$k];
    }
    $z = 1.959963984540054;
    $p = $n ? ($h[4] + $h[5]) / $n : 0;
    $wilson = $n ? max(0.0, ($p + $z * $z / (2 * $n) - $z * sqrt($p * (1 - $p) / $n + $z * $z / (4 * $n * $n))) / (1 + $z * $z / $n)) : 0.0;
    return ['count' => $n, 'sum' => $sum, 'mean' => $n ? $sum / $n : null, 'histogram' => $h, 'wilsonLower' => $wilson];
};
$a = Summary::fromRatings($ratings)->toArray();
$b = $phpSummary($ratings);
if ($a['histogram'] !== $b['histogram'] || $a['count'] !== $b['count'] || abs($a['mean'] - $b['mean']) > 1e-12 || abs($a['wilsonLower'] - $b['wilsonLower']) > 1e-12) {
    fwrite(STDERR, "summaries differ\n");
    exit(1);
}
$bench->compare('Summary::fromRatings (1M ratings)', fn($i) => Summary::fromRatings($ratings)->count, fn($i) => $phpSummary($ratings)['count'], 3);
unset($ratings);

// Feed: $feedCount reviews, time and peak memory of each writer (run separately: peak memory is per process).
$review = ['id' => 0, 'author' => 'Klant', 'date' => 1740873600, 'rating' => 4, 'verified' => true,
    'content' => 'Mooi product & snelle levering, <precies> zoals beschreven.', 'url' => 'https://shop.example/p/1#r',
    'product' => ['url' => 'https://shop.example/p/1', 'name' => 'Lamp "Noord"', 'sku' => 'SKU-1', 'gtin' => '8712345678906']];
$file = sys_get_temp_dir() . '/shopcx-bench-feed.xml';
memory_reset_peak_usage();
$start = hrtime(true);
$base = memory_get_usage();
$feed = new ShopCx\Review\Feed($file, ['name' => 'Shop']);
for ($i = 0; $i < $feedCount; $i++) {
    $review['id'] = $i;
    $feed->add($review);
}
$feed->close();
$shopcxNs = hrtime(true) - $start;
$shopcxMem = memory_get_peak_usage() - $base;
$shopcxSize = filesize($file);
memory_reset_peak_usage();
$start = hrtime(true);
$base = memory_get_usage();
$w = new XMLWriter();
$w->openUri($file);
$w->startDocument('1.0', 'UTF-8');
$w->startElement('feed');
$w->writeAttribute('xmlns:vc', 'http://www.w3.org/2007/XMLSchema-versioning');
$w->writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
$w->writeAttribute('xsi:noNamespaceSchemaLocation', 'http://www.google.com/shopping/reviews/schema/product/2.3/product_reviews.xsd');
$w->writeElement('version', '2.3');
$w->startElement('publisher');
$w->writeElement('name', 'Shop');
$w->endElement();
$w->startElement('reviews');
for ($i = 0; $i < $feedCount; $i++) {
    $review['id'] = $i;
    $w->startElement('review');
    $w->writeElement('review_id', (string) $review['id']);
    $w->startElement('reviewer');
    $w->writeElement('name', $review['author']);
    $w->endElement();
    $w->writeElement('review_timestamp', gmdate('Y-m-d\TH:i:s\Z', $review['date']));
    $w->writeElement('content', preg_replace('/[^\x{9}\x{A}\x{D}\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]/u', '', $review['content']));
    $w->startElement('review_url');
    $w->writeAttribute('type', 'singleton');
    $w->text($review['url']);
    $w->endElement();
    $w->startElement('ratings');
    $w->startElement('overall');
    $w->writeAttribute('min', '1');
    $w->writeAttribute('max', '5');
    $w->text((string) $review['rating']);
    $w->endElement();
    $w->endElement();
    $w->startElement('products');
    $w->startElement('product');
    $w->startElement('product_ids');
    $w->startElement('gtins');
    $w->writeElement('gtin', $review['product']['gtin']);
    $w->endElement();
    $w->startElement('skus');
    $w->writeElement('sku', $review['product']['sku']);
    $w->endElement();
    $w->endElement();
    $w->writeElement('product_name', $review['product']['name']);
    $w->writeElement('product_url', $review['product']['url']);
    $w->endElement();
    $w->endElement();
    $w->writeElement('is_spam', 'false');
    $w->writeElement('collection_method', 'post_fulfillment');
    $w->endElement();
    if ($i % 1000 === 999) {
        $w->flush();
    }
}
$w->endDocument();
$w->flush();
$phpNs = hrtime(true) - $start;
$phpMem = memory_get_peak_usage() - $base;
printf("%-44s %12.1f %12.1f %7.1fx  (per review; %s reviews, %.0f MB file; peak memory shopcx %d KB, XMLWriter %d KB)\n",
    'Feed::add (streamed to a file)', $shopcxNs / $feedCount, $phpNs / $feedCount, $phpNs / $shopcxNs, number_format($feedCount),
    $shopcxSize / 1e6, $shopcxMem / 1024, $phpMem / 1024);
@unlink($file);
$bench->footer();
