<?php
/**
 * Chat invitation benchmark: ShopCx\Chat\Rules::evaluate() against an idiomatic PHP implementation
 * of the same document (same rules, same opening hours, caps and capacity), 50 rules, on the
 * same 1,000 page views, in one process.
 *   php -d extension=modules/shopcx.so tests/bench/chat.php
 */
declare(strict_types=1);

require __DIR__ . '/Bench.php';

use ShopCxBench\Bench;

/**
 * What a shop developer would write by hand: rules as arrays, conditions checked in a loop,
 * preg_match for URL patterns (PHP caches the compiled patterns), DateTime for the shop's hours.
 */
final class ReferenceChatRules
{
    private DateTimeZone $tz;
    private array $rules;
    private const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

    public function __construct(private array $doc)
    {
        $this->tz = new DateTimeZone($doc['timezone']);
        $rules = $doc['rules'];
        foreach ($rules as $i => &$rule) {
            $rule['order'] = $i;
            $rule['priority'] ??= 0;
        }
        unset($rule);
        usort($rules, fn($a, $b) => [$b['priority'], $a['order']] <=> [$a['priority'], $b['order']]);
        $this->rules = $rules;
    }

    private function isOpen(int $now): bool
    {
        $local = (new DateTimeImmutable('@' . $now))->setTimezone($this->tz);
        if (in_array($local->format('Y-m-d'), $this->doc['closed'] ?? [], true)) {
            return false;
        }
        $hhmm = $local->format('H:i');
        foreach ((array) ($this->doc['hours'][self::DAYS[(int) $local->format('w')]] ?? []) as $interval) {
            [$from, $until] = explode('-', $interval);
            if ($hhmm >= $from && $hhmm < $until) {
                return true;
            }
        }
        return false;
    }

    /** The next moment at or after $from when the desk is open, as answerTime() reports it ('at'). */
    public function nextOpening(int $from): ?int
    {
        $local = (new DateTimeImmutable('@' . $from))->setTimezone($this->tz);
        $hhmm = $local->format('H:i');
        $day = $local->setTime(0, 0);
        for ($d = 0; $d <= 400; $d++, $day = $day->modify('+1 day')) {
            if (in_array($day->format('Y-m-d'), $this->doc['closed'] ?? [], true)) {
                continue;
            }
            $best = null;
            foreach ((array) ($this->doc['hours'][self::DAYS[(int) $day->format('w')]] ?? []) as $interval) {
                [$open, $close] = explode('-', $interval);
                if ($d === 0 && $hhmm >= $open && $hhmm < $close) {
                    return $from;
                }
                if (($d > 0 || $open > $hhmm) && ($best === null || $open < $best)) {
                    $best = $open;
                }
            }
            if ($best !== null) {
                [$h, $m] = explode(':', $best);
                return $day->setTime((int) $h, (int) $m)->getTimestamp();
            }
        }
        return null;
    }

    /** answerTime()'s moment: the chat's closing (open) or next opening; an e-mail's latest answer. */
    public function answerAt(string $channel, int $now): ?int
    {
        if ($channel === 'email') {
            return $this->nextOpening($now + 86400);
        }
        $next = $this->nextOpening($now);
        if ($next !== $now) {
            return $next;
        }
        $local = (new DateTimeImmutable('@' . $now))->setTimezone($this->tz);
        $hhmm = $local->format('H:i');
        foreach ((array) ($this->doc['hours'][self::DAYS[(int) $local->format('w')]] ?? []) as $interval) {
            [$open, $close] = explode('-', $interval);
            if ($hhmm >= $open && $hhmm < $close) {
                [$h, $m] = explode(':', $close);
                return $close === '24:00' ? $local->setTime(0, 0)->modify('+1 day')->getTimestamp()
                    : $local->setTime((int) $h, (int) $m)->getTimestamp();
            }
        }
        return null;
    }

    private static function holds(array $when, array $visit): bool
    {
        foreach ($when as $field => $want) {
            $have = $visit[$field] ?? ($field === 'addedToCart' ? false : null);
            if ($have === null) {
                return false;
            }
            switch ($field) {
                case 'url':
                    if (!preg_match('{' . $want . '}u', $have)) {
                        return false;
                    }
                    break;
                case 'addedToCart':
                    if ($have !== $want) {
                        return false;
                    }
                    break;
                case 'pageType':
                case 'segment':
                case 'device':
                    if (!in_array($have, (array) $want, true)) {
                        return false;
                    }
                    break;
                case 'language':
                    if (!in_array(strtolower(substr($have, 0, 2)), (array) $want, true)) {
                        return false;
                    }
                    break;
                case 'category':
                    if (!array_intersect((array) $have, (array) $want)) {
                        return false;
                    }
                    break;
                default: // numeric: a minimum, or ['min' => .., 'max' => ..]
                    $min = is_array($want) ? ($want['min'] ?? null) : $want;
                    $max = is_array($want) ? ($want['max'] ?? null) : null;
                    if (($min !== null && $have < $min) || ($max !== null && $have > $max)) {
                        return false;
                    }
            }
        }
        return true;
    }

    /** askAgainIn(): evaluate() at each moment that could change its answer, within an hour. */
    public function askAgainIn(array $visit, int $now, array $team): ?int
    {
        if ($this->evaluate($visit, $now, $team) !== null) {
            return 0;
        }
        $caps = $this->doc['caps'];
        if (!empty($visit['chatOpen']) || ($visit['invitationsThisVisit'] ?? 0) >= $caps['perVisit']
            || ($visit['invitationsToday'] ?? 0) >= $caps['perDay']) {
            return null;
        }
        $seconds = $visit['secondsOnPage'] ?? 0;
        $points = [];
        foreach ($this->rules as $rule) {
            foreach (array_merge([$rule['when'] ?? []], $rule['whenAny'] ?? []) as $when) {
                if (isset($when['secondsOnPage'])) {
                    $min = is_array($when['secondsOnPage']) ? ($when['secondsOnPage']['min'] ?? null) : $when['secondsOnPage'];
                    if ($min !== null) {
                        $points[] = (int) ceil($min - $seconds);
                    }
                }
            }
        }
        if (isset($visit['lastDismissedAt'])) {
            $points[] = $visit['lastDismissedAt'] + $caps['dismissCooldown'] - $now;
        }
        $opening = $this->nextOpening($now);
        if ($opening !== null && $opening !== $now) {
            $points[] = $opening - $now;
        }
        $points = array_unique(array_filter($points, fn($p) => $p > 0 && $p <= 3600));
        sort($points);
        foreach ($points as $p) {
            if ($this->evaluate(['secondsOnPage' => $seconds + $p] + $visit, $now + $p, $team) !== null) {
                return $p;
            }
        }
        return null;
    }

    public function evaluate(array $visit, int $now, array $team): ?string
    {
        $caps = $this->doc['caps'];
        if (!empty($visit['chatOpen'])
            || ($visit['invitationsThisVisit'] ?? 0) >= $caps['perVisit']
            || ($visit['invitationsToday'] ?? 0) >= $caps['perDay']
            || (isset($visit['lastDismissedAt']) && $now - $visit['lastDismissedAt'] < $caps['dismissCooldown'])) {
            return null;
        }
        $slots = (int) floor($team['agentsOnline'] * ($this->doc['capacity']['chatsPerAgent'] ?? 2.5));
        if ($team['agentsOnline'] <= 0 || ($team['openChats'] ?? 0) >= $slots || !$this->isOpen($now)) {
            return null;
        }
        foreach ($this->rules as $rule) {
            if (!self::holds($rule['when'] ?? [], $visit)) {
                continue;
            }
            if (!isset($rule['whenAny'])) {
                return $rule['name'];
            }
            foreach ($rule['whenAny'] as $alternative) {
                if (self::holds($alternative, $visit)) {
                    return $rule['name'];
                }
            }
        }
        return null;
    }
}

// ---- 50 rules of every kind, as a merchant might configure them -------------------------
mt_srand(20261123);
$pages = ['home', 'category', 'product', 'search', 'faq', 'cart', 'checkout', 'account', 'content'];
$segments = ['new', 'returning', 'vip', 'b2b'];
$categories = ['sofas', 'chairs', 'lamps', 'rugs', 'tables', 'beds', 'outdoor', 'kitchen'];
$rules = [
    ['name' => 'checkout-stuck', 'kind' => 'defensive', 'priority' => 90, 'when' => ['pageType' => ['cart', 'checkout'], 'secondsOnPage' => 60]],
    ['name' => 'product-hesitation', 'kind' => 'defensive', 'priority' => 80, 'when' => ['pageType' => 'product', 'secondsOnPage' => 120, 'addedToCart' => false]],
    ['name' => 'faq-search', 'kind' => 'defensive', 'priority' => 70, 'when' => ['pageType' => ['faq', 'search']],
        'whenAny' => [['secondsOnPage' => 45], ['searchResults' => ['max' => 0]]]],
    ['name' => 'vip-entering', 'kind' => 'defensive', 'priority' => 60, 'when' => ['visitCount' => 2, 'lifetimeValue' => 500, 'pagesViewed' => ['max' => 1]]],
];
for ($i = 0; count($rules) < 50; $i++) {
    $when = ['pageType' => $pages[$i % count($pages)], 'secondsOnPage' => 150 + ($i * 7) % 200];
    switch ($i % 6) {
        case 0: $when['url'] = '^/' . $categories[$i % count($categories)] . '/[a-z-]+-(oak|walnut)$'; break;
        case 1: $when['cartValue'] = ['min' => 150 + $i * 10, 'max' => 2000]; $when['cartItems'] = 2; break;
        case 2: $when['segment'] = [$segments[$i % 4], $segments[($i + 1) % 4]]; $when['language'] = ['nl', 'de']; break;
        case 3: $when['productPrice'] = 300 + $i * 5; $when['device'] = 'desktop'; break;
        case 4: $when['returnRate'] = ['min' => 0.2]; $when['category'] = [$categories[$i % 8]]; break;
        case 5: $when['crossSellCandidates'] = 2; $when['url'] = '^/(cart|checkout)'; break;
    }
    $rules[] = ['name' => "rule-$i", 'kind' => $i % 2 ? 'opportunistic' : 'defensive', 'priority' => $i % 5, 'when' => $when];
}
$doc = [
    'timezone' => 'Europe/Amsterdam',
    'hours' => ['mon' => '08:00-22:00', 'tue' => '08:00-22:00', 'wed' => '08:00-22:00', 'thu' => '08:00-22:00',
        'fri' => '08:00-22:00', 'sat' => '10:00-17:00'],
    'closed' => ['2026-12-25', '2026-12-26', '2027-01-01'],
    'capacity' => ['chatsPerAgent' => 2.5],
    'caps' => ['perVisit' => 2, 'perDay' => 4, 'dismissCooldown' => 1800],
    'rules' => $rules,
];

// ---- 1,000 page views: most match nothing (the common path) -----------------------------
$now = gmmktime(13, 0, 0, 11, 24, 2026);  // Tuesday 14:00 in Amsterdam
$visits = [];
for ($i = 0; $i < 1000; $i++) {
    $page = $pages[mt_rand(0, count($pages) - 1)];
    $cat = $categories[mt_rand(0, 7)];
    $visits[] = [
        'pageType' => $page,
        'url' => $page === 'product' ? "/$cat/" . ['oslo', 'bergen-oak', 'nordic-walnut', 'classic'][mt_rand(0, 3)] : "/$page",
        'secondsOnPage' => mt_rand(0, 100) < 85 ? mt_rand(0, 40) : mt_rand(40, 400),
        'addedToCart' => mt_rand(0, 3) === 0,
        'cartValue' => mt_rand(0, 150000) / 100,
        'cartItems' => mt_rand(0, 5),
        'segment' => $segments[mt_rand(0, 3)],
        'visitCount' => mt_rand(1, 12),
        'pagesViewed' => mt_rand(1, 20),
        'lifetimeValue' => mt_rand(0, 300000) / 100,
        'language' => ['nl', 'en', 'de-AT', 'fr'][mt_rand(0, 3)],
        'device' => ['desktop', 'mobile', 'tablet'][mt_rand(0, 2)],
        'searchResults' => $page === 'search' ? mt_rand(0, 30) : null,
        'productPrice' => $page === 'product' ? mt_rand(500, 150000) / 100 : null,
        'category' => $cat,
        'returnRate' => mt_rand(0, 40) / 100,
        'crossSellCandidates' => mt_rand(0, 4),
        'invitationsThisVisit' => mt_rand(0, 10) === 0 ? 2 : 0,
        'invitationsToday' => 0,
        'chatOpen' => false,
    ];
}
$team = ['agentsOnline' => 4, 'openChats' => 6];

$shopcx = ShopCx\Chat\Rules::fromArray($doc);
$php = new ReferenceChatRules($doc);

// Both sides decide the same for every visit before anything is timed.
$matches = 0;
$common = [];
foreach ($visits as $k => $visit) {
    $a = $shopcx->evaluate($visit, $now, $team)?->rule;
    $b = $php->evaluate($visit, $now, $team);
    if ($a !== $b) {
        fwrite(STDERR, "visit $k: shopcx " . var_export($a, true) . ", php " . var_export($b, true) . "\n");
        exit(1);
    }
    if ($a !== null) {
        $matches++;
    } else {
        $common[] = $visit;
    }
}
$nc = count($common);
$n = count($visits);

$bench = new Bench(5);
$bench->header(sprintf('ShopCx\Chat\Rules vs PHP arrays + preg_match (50 rules, %d page views, %d invite)', $n, $matches));
// 5 rounds x 200,000 = 1,000,000 evaluations per side and case.
// ShopCx builds a whole Invitation (message, reason, form); the reference only finds the rule's name.
// Both closures return the name, so the harness's checksum costs the same on both sides.
$bench->compare('evaluate: mixed page views', fn($i) => $shopcx->evaluate($visits[$i % $n], $now, $team)?->rule,
    fn($i) => $php->evaluate($visits[$i % $n], $now, $team), 200000, '1M evaluations');
$bench->compare('evaluate: no invitation (common path)', fn($i) => $shopcx->evaluate($common[$i % $nc], $now, $team)?->rule,
    fn($i) => $php->evaluate($common[$i % $nc], $now, $team), 200000, '1M evaluations');
$bench->compare('evaluate: outside opening hours', fn($i) => $shopcx->evaluate($visits[$i % $n], $now + 10 * 3600, $team)?->rule,
    fn($i) => $php->evaluate($visits[$i % $n], $now + 10 * 3600, $team), 100000);
$bench->compare('fromArray (50 rules, 17 patterns compiled)', fn($i) => count(ShopCx\Chat\Rules::fromArray($doc)->ruleNames()),
    fn($i) => count((new ReferenceChatRules($doc))->evaluate([], $now, $team) ?? []), 200, 'PHP validates nothing, compiles lazily');
// answerTime(): the moment both sides compute must agree on a week of instants (every 10 minutes) first.
$instants = [];
for ($t = $now; $t < $now + 7 * 86400; $t += 600) {
    $instants[] = $t;
}
$instants[] = gmmktime(21, 30, 0, 12, 24, 2026);   // into the closed Christmas days
foreach ($instants as $t) {
    foreach (['chat', 'email'] as $channel) {
        if ($shopcx->answerTime($channel, $t, 'en')['at'] !== $php->answerAt($channel, $t)) {
            fwrite(STDERR, "answerTime($channel, $t) differs\n");
            exit(1);
        }
    }
}
$ni = count($instants);
// ShopCx also writes the sentence; the reference only finds the moment.
$bench->compare('answerTime: chat, a week of instants', fn($i) => $shopcx->answerTime('chat', $instants[$i % $ni], 'en')['at'],
    fn($i) => $php->answerAt('chat', $instants[$i % $ni]), 20000, 'PHP: the moment only, no sentence');
$bench->compare('answerTime: email', fn($i) => $shopcx->answerTime('email', $instants[$i % $ni], 'en')['at'],
    fn($i) => $php->answerAt('email', $instants[$i % $ni]), 20000, 'PHP: the moment only, no sentence');
// askAgainIn(): both sides must agree on every page view, at three times of day, first.
foreach ($visits as $k => $visit) {
    foreach ([$now, $now + 10 * 3600, $now - 3 * 3600] as $t) {
        if ($shopcx->askAgainIn($visit, $t, $team) !== $php->askAgainIn($visit, $t, $team)) {
            fwrite(STDERR, "askAgainIn(visit $k, $t) differs\n");
            exit(1);
        }
    }
}
$bench->compare('askAgainIn: mixed page views', fn($i) => $shopcx->askAgainIn($visits[$i % $n], $now, $team),
    fn($i) => $php->askAgainIn($visits[$i % $n], $now, $team), 20000);
$bench->compare('askAgainIn: before opening time', fn($i) => $shopcx->askAgainIn($visits[$i % $n], $now - 3 * 3600, $team),
    fn($i) => $php->askAgainIn($visits[$i % $n], $now - 3 * 3600, $team), 20000);
$bench->footer();
