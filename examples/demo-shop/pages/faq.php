<?php
/**
 * FAQ with instant search (shop.js calls /api/faq as the visitor types). Below the minimum score
 * the page says so and offers the chat instead of a poor answer.
 */
declare(strict_types=1);

namespace Demo;

$query = is_string($_GET['q'] ?? null) && strlen($_GET['q']) <= 200 && utf8($_GET['q']) ? $_GET['q'] : '';
$result = faq_search(lang(), $query);
$all = q('SELECT id, question, answer, category FROM faq WHERE lang = ? ORDER BY popularity DESC', [lang()])->fetchAll();

page_start(t('faq.title'), 'faq');
?>
<h1><?= h(t('faq.title')) ?></h1>
<?php if (($badge = service_badge()) !== null): ?><p class="badge-line" id="service-badge"><?= h($badge) ?> <span class="small"><?= h(t('badge.window')) ?></span></p><?php endif ?>
<form class="faq-search" action="/faq" method="get" role="search">
  <input type="search" id="faq-q" name="q" value="<?= h($query) ?>" placeholder="<?= h(t('faq.placeholder')) ?>" autocomplete="off"
    aria-label="<?= h(t('faq.placeholder')) ?>" data-lang="<?= h(lang()) ?>">
</form>
<ol id="faq-results" class="faq-results" aria-live="polite">
<?php foreach ($result['hits'] as $hit): ?>
  <li data-id="<?= h($hit['id']) ?>" data-score="<?= h($hit['score']) ?>"><strong><?= $hit['question'] /* escaped by ShopCX, <mark> only */ ?></strong>
    <p><?= $hit['snippet'] ?></p></li>
<?php endforeach ?>
</ol>
<div id="faq-handoff" class="handoff"<?= $query !== '' && !$result['answered'] ? '' : ' hidden' ?>>
  <p><?= h(t('faq.noanswer')) ?></p>
  <button type="button" id="faq-chat"><?= h(t('faq.chat')) ?></button>
</div>
<h2><?= h(t('faq.all')) ?></h2>
<?php foreach ($all as $entry): ?>
<details id="faq-<?= (int) $entry['id'] ?>"><summary><?= h($entry['question']) ?></summary><p><?= $entry['answer'] /* trusted shop content */ ?></p></details>
<?php endforeach ?>
<?php
page_end();
