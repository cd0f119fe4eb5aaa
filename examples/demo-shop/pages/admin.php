<?php
/**
 * The shop owner's view: survey trends, rating distribution, the checkout funnel and the cart
 * reminders a cron run would send at the shop clock's "now". Only for the logged-in owner (/admin/login):
 * it lists customers' names and their carts' recovery links.
 */
declare(strict_types=1);

namespace Demo;

use ShopCx\Cart\Funnel;
use ShopCx\Effort\{Report, Survey};
use ShopCx\Review\Summary;

if (!is_admin()) {
    redirect('/admin/login');
}
header('Cache-Control: no-store');

require __DIR__ . '/../lib/charts.php';

$now = now();

// --- Survey reports, rebuilt from the stored answers (a real shop would keep Report::toString()).
$reports = [];
foreach (['ces', 'nps', 'csat', 'effort'] as $name) {
    $reports[$name] = new Report(Survey::$name(), ['bucket' => 'week', 'timezone' => TZ]);
}
foreach (q('SELECT survey, answers, at FROM survey_responses WHERE at <= ? ORDER BY at', [$now]) as $row) {
    $reports[$row['survey']]->add(json_decode($row['answers'], true), (int) $row['at']);
}
$results = array_map(fn(Report $r) => $r->result(), $reports);
$trend = function (string $survey, string $figure) use ($results): array {
    $buckets = array_slice($results[$survey]->buckets, -12);
    return array_map(fn($b) => [substr($b['bucket'], 5), $b['questions'][$survey][$figure] ?? null], $buckets);
};

// --- Ratings and the moderation queue.
$summary = Summary::fromRatings(q("SELECT rating FROM reviews WHERE status = 'approved'")->fetchAll(\PDO::FETCH_COLUMN));
$moderation = q("SELECT r.rating, r.title, r.body, r.status, r.reasons, p.name_" . lang() . " AS product FROM reviews r
    JOIN products p ON p.id = r.product_id WHERE r.status <> 'approved' ORDER BY r.created_at DESC LIMIT 10")->fetchAll();

// --- Funnel: historic counts plus this demo's own visitors.
$counts = [];
foreach (q('SELECT step, count FROM funnel_base ORDER BY ord') as $row) {
    $counts[$row['step']] = (int) $row['count'];
}
foreach (q('SELECT step, COUNT(DISTINCT sid) AS n FROM events GROUP BY step') as $row) {
    if (isset($counts[$row['step']])) {
        $counts[$row['step']] += (int) $row['n'];
    }
}
$funnel = Funnel::fromCounts($counts);

// --- Service KPIs from the contact log.
$kpi = \ShopCx\Effort\Kpi::fromInteractions(interactions(), ['costPerContact' => ['chat' => 2.5, 'email' => 4.0, 'phone' => 6.0]]);
$badge = service_badge();
$duration = fn(int $s) => $s < 120 ? "$s s" : ($s < 7200 ? round($s / 60) . ' min' : round($s / 3600, 1) . ' h');

// --- Carts as the reminder job reads them.
$cartRows = function () use ($now): \Generator {
    $rows = q("SELECT c.*, COALESCE(SUM(i.qty), 0) AS items, COALESCE(SUM(i.qty * i.price_cents), 0) AS cents
        FROM carts c LEFT JOIN cart_items i ON i.cart_id = c.id GROUP BY c.id ORDER BY c.id");
    foreach ($rows as $c) {
        $at = fn(int $t) => $c['rebase'] ? $now - $t : $t;
        if ($at((int) $c['updated_at']) > $now) {
            continue; // touched while the demo clock was set later than it is now
        }
        $row = ['id' => (int) $c['id'], 'items' => (int) $c['items'], 'value' => $c['cents'] / 100, 'currency' => 'EUR',
            'status' => $c['status'], 'created_at' => $at((int) $c['created_at']), 'updated_at' => $at((int) $c['updated_at']),
            'reminders' => array_map($at, json_decode($c['reminders'], true)), 'consent' => (bool) $c['consent'],
            'opted_out' => (bool) $c['opted_out'], 'name' => $c['name'] ?? 'visitor ' . substr($c['sid'], 0, 6)];
        if ($c['email'] !== null) {
            $row['email'] = $c['email'];
        }
        if ($c['customer'] !== null) {
            $row['customer'] = $c['customer'];
        }
        yield $row;
    }
};
$detector = detector();
$metrics = $detector->metrics($cartRows(), $now);
$due = [];
foreach ($detector->scan($cartRows(), $now) as $cart => $decision) {
    $history = array_map(fn($t) => ['kind' => 'cart', 'at' => $t], $cart['reminders']);
    $due[] = [$cart, $decision, outreach()->decide('cart', $history, $now, ['consent' => $cart['consent'], 'optedOut' => $cart['opted_out']]),
        $detector->recoveryToken(tokens(), $cart['id'], $decision->step, $now)];
}
$all = [];
foreach ($cartRows() as $cart) {
    $all[] = [$cart, $detector->classify($cart, $now)];
}

page_start(t('admin.title'), 'account');
$pct = fn(?float $v) => $v === null ? '–' : sprintf('%.0f%%', 100 * $v);
?>
<h1><?= h(t('admin.title')) ?></h1>
<p class="small"><?= h(t('admin.asof', local($now, 'D d M Y H:i'))) ?></p>
<form method="post" action="/admin/logout" class="inline" id="logout-form"><?= csrf_field() ?><button type="submit" class="secondary"><?= h(t('admin.logout')) ?></button></form>

<h2><?= h(t('admin.surveys')) ?></h2>
<div class="charts">
  <?= svg_line('chart-ces', t('admin.ces'), $trend('ces', 'mean'), 1, 7, '%.2f') ?>
  <?= svg_line('chart-nps', t('admin.nps'), $trend('nps', 'nps'), -100, 100, '%.0f') ?>
  <?= svg_line('chart-csat', t('admin.csat'), $trend('csat', 'csat'), 0, 100, '%.0f%%') ?>
  <?= svg_bars('chart-effort', t('admin.effort', $results['effort']->hotspot ?? '–'), array_map(
      fn($stage) => [t("effort.$stage"), $results['effort']->questions[$stage]['mean'] ?? 0, sprintf('%.2f / 3', $results['effort']->questions[$stage]['mean'] ?? 0)],
      ['choosing', 'purchasing', 'after'])) ?>
</div>
<p class="small" id="survey-figures"><?= h(t('admin.figures', $results['ces']->responses, $results['nps']->responses, $results['csat']->responses, $results['effort']->responses)) ?></p>

<h2><?= h(t('admin.ratings')) ?></h2>
<div class="charts">
  <?= svg_bars('chart-ratings', t('admin.ratingdist', $summary->count, $summary->mean ?? 0, $summary->bayesian()), array_map(
      fn($stars) => [str_repeat('★', $stars), $summary->histogram[$stars], (string) $summary->histogram[$stars]], [5, 4, 3, 2, 1])) ?>
  <?= svg_bars('chart-funnel', t('admin.funnel', $funnel->largestDrop ?? '–'), array_map(
      fn($s) => [t('funnel.' . $s['step']), $s['count'], $s['count'] . ($s['conversion'] === null ? '' : sprintf(' (%.0f%%)', 100 * $s['conversion']))], $funnel->steps)) ?>
</div>
<p class="small" id="cart-metrics"><?= h(t('admin.cartmetrics', $metrics->carts, $pct($metrics->abandonmentRate), $pct($metrics->recoveryRate), sprintf('%.1f%%', 100 * $funnel->conversion))) ?></p>

<h2><?= h(t('admin.service')) ?></h2>
<table class="small" id="kpis">
<tr><th><?= h(t('kpi.fcr')) ?></th><th><?= h(t('kpi.ctr')) ?></th><th><?= h(t('kpi.complaining')) ?></th><th><?= h(t('kpi.first')) ?></th><th><?= h(t('kpi.abandoned')) ?></th><th><?= h(t('kpi.friendly')) ?></th></tr>
<tr><td><?= h($pct($kpi->firstContactResolution)) ?></td><td><?= h($kpi->contactsToResolve === null ? '–' : sprintf('%.2f', $kpi->contactsToResolve)) ?></td>
<td><?= h($pct($kpi->complainingShare)) ?></td><td><?= h($kpi->averageFirstResponse === null ? '–' : $duration((int) round($kpi->averageFirstResponse))) ?></td>
<td><?= h($pct($kpi->abandonment)) ?></td><td><?= h($pct($kpi->veryFriendlyShare)) ?></td></tr>
</table>
<table class="small" id="channels"><tr><th><?= h(t('kpi.channel')) ?></th><th><?= h(t('kpi.volume')) ?></th><th><?= h(t('kpi.variety')) ?></th><th><?= h(t('kpi.velocity')) ?></th></tr>
<?php foreach ($kpi->channels as $channel => $c): ?>
<tr><td><?= h($channel) ?></td><td><?= (int) $c['volume'] ?></td><td><?= (int) $c['variety'] ?></td><td><?= h($c['velocity'] === null ? '–' : $duration((int) round($c['velocity']))) ?></td></tr>
<?php endforeach ?>
</table>
<?php if ($badge !== null): ?><p class="small"><?= h(t('admin.badge', $badge)) ?></p><?php endif ?>

<?php if ($moderation): ?>
<h3><?= h(t('admin.moderation')) ?></h3>
<table class="small" id="moderation"><tr><th><?= h(t('admin.product')) ?></th><th>★</th><th><?= h(t('admin.text')) ?></th><th><?= h(t('admin.status')) ?></th><th><?= h(t('admin.reasons')) ?></th></tr>
<?php foreach ($moderation as $r): ?>
<tr><td><?= h($r['product']) ?></td><td><?= (int) $r['rating'] ?></td><td><?= h(short($r['title'] . ' ' . $r['body'], 90)) ?></td>
<td><?= h(t('review.status.' . $r['status'])) ?></td><td><?= h(implode(', ', array_column(json_decode($r['reasons'], true), 'code'))) ?></td></tr>
<?php endforeach ?>
</table>
<?php endif ?>

<h2><?= h(t('admin.webhooks')) ?></h2>
<?php $sent = q('SELECT w.*, h.received_at FROM webhooks w LEFT JOIN helpdesk h ON h.event_id = w.event_id ORDER BY w.id DESC LIMIT 10')->fetchAll(); ?>
<?php if (!$sent): ?><p class="small" id="webhooks-none"><?= h(t('admin.nowebhooks')) ?></p><?php else: ?>
<table class="small" id="webhooks"><tr><th><?= h(t('admin.event')) ?></th><th>HTTP</th><th><?= h(t('admin.delivered')) ?></th><th><?= h(t('admin.received')) ?></th><th><?= h(t('admin.error')) ?></th></tr>
<?php foreach ($sent as $w): ?>
<tr><td><?= h($w['type']) ?> <code><?= h(substr($w['event_id'], 0, 12)) ?></code></td><td><?= (int) $w['status'] ?></td>
<td><?= h($w['delivered'] ? t('admin.yes') : ($w['retryable'] ? t('admin.retry', local((int) $w['retry_at'], 'H:i:s')) : t('admin.no'))) ?></td>
<td><?= h($w['received_at'] !== null ? t('admin.verified') : '–') ?></td><td><?= h($w['error'] ?? '') ?></td></tr>
<?php endforeach ?>
</table>
<?php endif ?>

<h2><?= h(t('admin.reminders')) ?></h2>
<?php if (!$due): ?>
<p id="reminders-none"><?= h(t('admin.noreminders')) ?></p>
<?php else: ?>
<table id="reminders"><tr><th><?= h(t('admin.cart')) ?></th><th><?= h(t('admin.customer')) ?></th><th><?= h(t('cart.total')) ?></th><th><?= h(t('admin.step')) ?></th><th><?= h(t('admin.policy')) ?></th><th><?= h(t('admin.link')) ?></th></tr>
<?php foreach ($due as [$cart, $decision, $policy, $token]): ?>
<tr><td>#<?= (int) $cart['id'] ?></td><td><?= h($cart['name']) ?></td><td><?= h(money((int) round($cart['value'] * 100))) ?></td>
<td><?= (int) $decision->step ?></td><td><?= h($policy->allowed ? t('admin.send') : t('admin.hold', $policy->reason)) ?></td>
<td class="small"><a href="<?= h(url('/cart', ['recover' => $token])) ?>"><?= h(t('admin.open')) ?></a></td></tr>
<?php endforeach ?>
</table>
<?php endif ?>
<details><summary><?= h(t('admin.allcarts')) ?></summary>
<table class="small" id="all-carts"><tr><th><?= h(t('admin.cart')) ?></th><th><?= h(t('admin.customer')) ?></th><th><?= h(t('admin.state')) ?></th><th><?= h(t('admin.step')) ?></th><th><?= h(t('admin.due')) ?></th><th><?= h(t('admin.reasons')) ?></th></tr>
<?php foreach ($all as [$cart, $d]): ?>
<tr><td>#<?= (int) $cart['id'] ?></td><td><?= h($cart['name']) ?></td><td><?= h($d->state) ?></td><td><?= h($d->step ?? '') ?></td>
<td><?= h($d->dueAt ? local($d->dueAt, 'D d M H:i') : '') ?></td><td><?= h($d->reason ?? '') ?></td></tr>
<?php endforeach ?>
</table></details>
<?php
page_end();
