<?php
/**
 * Where the demo shop builds its ShopCX objects. Each is built once per request (or mapped from
 * a file, for the FAQ index) from plain configuration a real shop would keep in its settings.
 */
declare(strict_types=1);

namespace Demo;

use ShopCx\Chat\Rules;
use ShopCx\Delivery\{Calendar, Estimator, Promise};
use ShopCx\Faq\Index;
use ShopCx\Review\{Invitation, Moderator};
use ShopCx\Cart\Detector;
use ShopCx\Outreach\Policy;
use ShopCx\Stock\{Indicator, Status};

const WEEK_SAT = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Dutch warehouse, open Monday to Saturday; PostNL delivers Monday to Saturday. */
function estimator(): Estimator
{
    static $e = [];
    return $e[lang()] ??= new Estimator([
        'timezone' => TZ,
        'warehouse' => warehouse(),
        'cutoff' => ['mon' => '22:00', 'tue' => '22:00', 'wed' => '22:00', 'thu' => '22:00', 'fri' => '22:00', 'sat' => '12:00'],
        'carriers' => [
            'PostNL' => ['transit' => 1, 'calendar' => new Calendar('NL', ['workdays' => WEEK_SAT])],
        ],
        'locale' => lang(),
    ]);
}

function warehouse(): Calendar
{
    static $c = [];
    return $c[lang()] ??= new Calendar('NL', ['workdays' => WEEK_SAT, 'locale' => lang()]);
}

/** The item array for Estimator::estimate() from a variant row. */
function promise_item(array $v): array
{
    if ($v['stock'] > 0) {
        return ['inStock' => true];
    }
    if ($v['restock_days'] !== null) {
        return ['inStock' => false, 'restockDate' => warehouse()->addBusinessDays(today(), (int) $v['restock_days'])];
    }
    return ['inStock' => false, 'backorderDays' => (int) ($v['backorder_days'] ?? 10)];
}

function promise(array $variant): Promise
{
    return estimator()->estimate(now(), promise_item($variant));
}

function stock_indicator(): Indicator
{
    static $i = [];
    return $i[lang()] ??= new Indicator(['lowThreshold' => 5, 'locale' => lang(), 'timezone' => TZ]);
}

/** What ShopCx\Stock\Indicator needs to know about a variant besides its quantity. */
function stock_item(array $v): array
{
    if ($v['stock'] > 0) {
        return [];
    }
    if ($v['restock_days'] !== null) {
        return ['availableOn' => warehouse()->addBusinessDays(today(), (int) $v['restock_days'])];
    }
    return ['backorders' => true];
}

/** The stock line of one variant ("Only 3 left"), with a CSS class for its level. */
function stock_line(array $v): array
{
    return stock_view(stock_indicator()->describe((int) $v['stock'], stock_item($v), now()));
}

/** The stock lines of all variants of a product at once, keyed by SKU. */
function stock_lines(array $variants): array
{
    $input = [];
    foreach ($variants as $v) {
        $input[$v['sku']] = ['qty' => (int) $v['stock']] + stock_item($v);
    }
    return array_map(stock_view(...), stock_indicator()->describeVariants($input, [], now()));
}

function stock_view(Status $s): array
{
    return ['class' => match ($s->level) { Status::IN_STOCK => 'in', Status::LOW => 'low', default => 'out' }, 'text' => $s->label];
}

function date_label(string $ymd): string
{
    $d = new \DateTimeImmutable($ymd, tz());
    $days = TEXTS[lang()]['days'];
    $months = TEXTS[lang()]['months'];
    return $days[(int) $d->format('N') - 1] . ' ' . (int) $d->format('j') . ' ' . $months[(int) $d->format('n') - 1];
}

/**
 * The FAQ index of a language, mapped from var/. Built when the FAQ changes (the seed, `php
 * lib/reindex.php` after an edit or from cron), never by a visitor: a missing index answers no hits
 * and is logged once per worker until it is back, so an unwritable folder cannot make every request rebuild it.
 */
function faq_index(string $lang): ?Index
{
    $path = faq_index_path(var_dir(), $lang);
    if (!is_file($path)) {
        log_until_ok("faq-index-$lang", "no FAQ index at $path; run php lib/reindex.php");
        return null;
    }
    log_until_ok("faq-index-$lang", null);
    return Index::load($path);
}

function faq_index_path(string $dir, string $lang): string
{
    return "$dir/faq-$lang.idx";
}

/**
 * Builds every language's index from the faq table. Index::save() writes a temporary file and
 * renames it over the old one, so a worker that has the old index mapped keeps reading it and a
 * failed save (a full disk) leaves the old index in use; the ShopCx\IndexException says why.
 */
function faq_rebuild_all(\PDO $db, string $dir): void
{
    foreach (['nl', 'en'] as $lang) {
        $st = $db->prepare('SELECT id, question, answer, category, tags, popularity FROM faq WHERE lang = ? ORDER BY id');
        $st->execute([$lang]);
        $entries = array_map(fn($r) => ['id' => (string) $r['id'], 'question' => $r['question'], 'answer' => $r['answer'],
            'category' => $r['category'], 'tags' => explode(',', $r['tags']), 'popularity' => (int) $r['popularity']],
            $st->fetchAll(\PDO::FETCH_ASSOC));
        Index::build($entries, ['lang' => $lang, 'synonyms' => $lang === 'nl'
            ? [['retour', 'terugsturen', 'retourneren'], ['bezorging', 'levering', 'verzending']]
            : [['return', 'refund'], ['delivery', 'shipping']]])->save(faq_index_path($dir, $lang));
    }
}

/** Below this relevance the FAQ page offers a chat instead of pretending it has an answer. */
const FAQ_MIN_SCORE = 0.30;

function chat_rules(): Rules
{
    static $rules;
    return $rules ??= Rules::fromArray([
        'version' => 1,
        'timezone' => TZ,
        'locale' => 'en',
        'hours' => ['mon' => '08:00-22:00', 'tue' => '08:00-22:00', 'wed' => '08:00-22:00', 'thu' => '08:00-22:00',
            'fri' => '08:00-22:00', 'sat' => '10:00-17:00'],
        'holidays' => 'NL',  // closed on Dutch public holidays (Christmas, King's Day, ...)
        'capacity' => ['chatsPerAgent' => 2, 'maxAnswerSeconds' => 60],
        'caps' => ['perVisit' => 5, 'perDay' => 6, 'dismissCooldown' => 120],
        'rules' => [
            ['name' => 'faq-no-answer', 'kind' => 'defensive', 'priority' => 90,
                'when' => ['pageType' => 'faq'], 'whenAny' => [['searchResults' => ['max' => 0]], ['secondsOnPage' => 90]],
                'message' => ['nl' => 'Niet gevonden wat je zocht? Stel je vraag gerust aan ons team.',
                    'en' => "Didn't find what you were looking for? Ask our team."]],
            ['name' => 'checkout-stuck', 'kind' => 'defensive', 'priority' => 80,
                'when' => ['pageType' => ['cart', 'checkout'], 'secondsOnPage' => 30],
                'message' => ['nl' => 'Lukt het afrekenen? We helpen je graag.', 'en' => 'Need a hand with your order? We are here.']],
            ['name' => 'product-hesitation', 'kind' => 'opportunistic', 'priority' => 50,
                'when' => ['pageType' => 'product', 'secondsOnPage' => 8, 'addedToCart' => false],
                'message' => ['nl' => 'Twijfel je over maat, kleur of levering? Vraag het een van onze stylisten.',
                    'en' => 'Not sure about size, colour or delivery? Ask one of our stylists.']],
        ],
    ]);
}

/**
 * A simulated roster: who is on shift at the shop clock, and how busy they are. A real shop reads
 * this from its chat software.
 */
function team(): array
{
    $roster = [
        ['name' => 'Sanne', 'days' => [1, 2, 3, 4, 5], 'from' => '08:00', 'until' => '16:30'],
        ['name' => 'Joris', 'days' => [1, 2, 3, 4, 5], 'from' => '12:00', 'until' => '22:00'],
        ['name' => 'Priya', 'days' => [4, 5, 6], 'from' => '10:00', 'until' => '22:00'],
        ['name' => 'Mehmet', 'days' => [1, 3, 5], 'from' => '16:00', 'until' => '22:00'],
    ];
    $day = (int) local(now(), 'N');
    $hm = local(now(), 'H:i');
    $on = array_values(array_filter($roster, fn($a) => in_array($day, $a['days'], true) && $hm >= $a['from'] && $hm < $a['until']));
    // Busy-ness varies by the hour but always leaves a free slot, so the demo can invite.
    $open = (int) floor(count($on) * 1.5 * (crc32(local(now(), 'YmdH')) % 100) / 100);
    return ['names' => array_column($on, 'name'), 'agentsOnline' => count($on), 'openChats' => $open, 'answerSeconds' => 15 + 5 * $open];
}

function moderator(): Moderator
{
    static $m;
    return $m ??= new Moderator(['languages' => ['nl', 'en'], 'minLength' => 15]);
}

function review_invitations(): Invitation
{
    return new Invitation(tokens(), 60 * 86400);
}

function detector(): Detector
{
    static $d;
    return $d ??= new Detector(['idle' => 3600, 'reminders' => [3600, 86400, 259200], 'expiry' => 7 * 86400,
        'minValue' => 10, 'quietHours' => ['21:00', '08:00'], 'timezone' => TZ]);
}

function outreach(): Policy
{
    static $p;
    return $p ??= new Policy(['timezone' => TZ, 'cooldowns' => ['cart' => 20 * 3600],
        'quietHours' => ['start' => '21:00', 'end' => '08:00', 'exempt' => ['chat']]]);
}

/** The search the FAQ page and its JSON endpoint share. */
function faq_search(string $lang, string $query): array
{
    if (trim($query) === '') {
        return ['query' => $query, 'hits' => [], 'answered' => true, 'best' => null, 'unknownWords' => []];
    }
    $index = faq_index($lang);
    if ($index === null) {
        return ['query' => $query, 'hits' => [], 'answered' => false, 'best' => null, 'unknownWords' => []];
    }
    $result = $index->search($query, 5);
    $hits = array_map(fn($hit) => ['id' => $hit->id, 'score' => round($hit->score, 3), 'question' => $hit->questionHighlight,
        'snippet' => $hit->highlight, 'category' => $hit->category], $result->hits);
    $best = $result->hits[0]->score ?? 0.0;
    return ['query' => $query, 'hits' => $hits, 'answered' => $best >= FAQ_MIN_SCORE, 'best' => round($best, 3),
        'minScore' => FAQ_MIN_SCORE, 'unknownWords' => $result->unknownWords];
}

/** The customer-service contacts as ShopCx\Effort\Kpi reads them. */
function interactions(): array
{
    return array_map(fn($r) => ['customer' => $r['customer'], 'channel' => $r['channel'], 'case' => $r['case_id'],
        'topic' => $r['topic'], 'complaint' => (bool) $r['complaint'], 'resolved' => (bool) $r['resolved'],
        'firstResponse' => (int) $r['first_response'], 'duration' => (int) $r['duration'], 'abandoned' => (bool) $r['abandoned'],
        'friendly' => (int) $r['friendly'], 'csat' => (int) $r['csat'], 'at' => now() - (int) $r['ago']],
        q('SELECT * FROM interactions ORDER BY id')->fetchAll());
}

/** "94% satisfied · 90% answered on time", or null below the minimum sample. */
function service_badge(): ?string
{
    $b = \ShopCx\Effort\Kpi::badge(interactions(), now());
    if (!$b->show) {
        return null;
    }
    $parts = [];
    if ($b->satisfied !== null) {
        $parts[] = t('badge.satisfied', round(100 * $b->satisfied), $b->satisfiedSample);
    }
    if ($b->timely !== null) {
        $parts[] = t('badge.timely', round(100 * $b->timely));
    }
    return implode(' · ', $parts);
}

/**
 * Sends an event to the helpdesk with ShopCx\Webhook\Client and logs the outcome. The "helpdesk" is
 * this shop's own /api/helpdesk endpoint (so the demo needs PHP_CLI_SERVER_WORKERS >= 2); a real shop
 * would queue the event and retry at Result::$retryAt.
 */
function notify_helpdesk(string $type, array $payload): void
{
    db();
    // The receiver checks the signature's time against its own clock: hand it the demo's shop clock.
    $url = 'http://127.0.0.1:' . (int) $_SERVER['SERVER_PORT'] . '/api/helpdesk' . (clock_overridden() ? '?at=' . now() : '');
    // The demo's helpdesk is this same server on loopback, which the client refuses unless allowed.
    $client = new \ShopCx\Webhook\Client($url, file_get_contents(var_dir() . '/webhook.key'),
        ['connectTimeout' => 1000, 'timeout' => 3000, 'allowInternal' => ['127.0.0.1']]);
    $r = $client->send($type, $payload, now());
    q('INSERT INTO webhooks (type, event_id, delivered, status, retryable, retry_at, error, at) VALUES (?,?,?,?,?,?,?,?)',
        [$type, $r->eventId, (int) $r->delivered, $r->status, (int) $r->retryable, $r->retryAt, $r->error, now()]);
}
