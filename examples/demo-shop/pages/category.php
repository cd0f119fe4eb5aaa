<?php
/** Category page: products with their stock line, delivery promise and star rating. */
declare(strict_types=1);

namespace Demo;

use ShopCx\Review\Summary;

$category = $params['category'] ?? 'lamps';
track('category');
$products = q('SELECT * FROM products WHERE category = ? ORDER BY id', [$category])->fetchAll();

page_start(t("nav.$category"), 'category');
?>
<h1><?= h(t("nav.$category")) ?></h1>
<ul class="grid">
<?php foreach ($products as $p):
    $variants = q('SELECT * FROM variants WHERE product_id = ? ORDER BY id', [$p['id']])->fetchAll();
    $first = current(array_filter($variants, fn($v) => $v['stock'] > 0)) ?: $variants[0];
    $summary = Summary::fromRatings(q("SELECT rating FROM reviews WHERE product_id = ? AND status = 'approved'", [$p['id']])->fetchAll(\PDO::FETCH_COLUMN));
    $line = stock_line($first);
?>
  <li class="card">
    <div class="swatch swatch-<?= h($p['slug']) ?>" aria-hidden="true"></div>
    <h2><a href="/p/<?= h($p['slug']) ?>"><?= h($p['name_' . lang()]) ?></a></h2>
    <p class="price"><?= h(money((int) $p['price_cents'])) ?></p>
    <?php if ($summary->count > 0): ?>
      <p class="stars" title="<?= h(sprintf('%.1f', $summary->mean)) ?>"><?= str_repeat('★', (int) round($summary->mean)) . str_repeat('☆', 5 - (int) round($summary->mean)) ?> <span class="small">(<?= $summary->count ?>)</span></p>
    <?php endif ?>
    <p class="stock <?= h($line['class']) ?>"><?= h($line['text']) ?></p>
    <p class="promise small"><?= h(promise($first)->label) ?></p>
  </li>
<?php endforeach ?>
</ul>
<?php
page_end();
