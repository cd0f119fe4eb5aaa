<?php
/**
 * Product page: one stock line per variant, the delivery promise of the chosen variant with a
 * live countdown (refreshed from /api/promise, which is never cached), reviews with their summary.
 */
declare(strict_types=1);

namespace Demo;

use ShopCx\Review\Summary;

$product = q('SELECT * FROM products WHERE slug = ?', [$params['slug']])->fetch();
if (!$product) {
    http_response_code(404);
    page_start(t('notfound'), 'other');
    echo '<h1>', h(t('notfound')), '</h1>';
    page_end();
    return;
}
track('product');
$variants = q('SELECT * FROM variants WHERE product_id = ? ORDER BY id', [$product['id']])->fetchAll();
$chosen = null;
foreach ($variants as $v) {
    if (($_GET['v'] ?? null) === $v['sku']) {
        $chosen = $v;
    }
}
$chosen ??= current(array_filter($variants, fn($v) => $v['stock'] > 0)) ?: $variants[0];
$promise = promise($chosen);
$name = $product['name_' . lang()];

$reviews = q("SELECT author, rating, title, body, lang, created_at FROM reviews WHERE product_id = ? AND status = 'approved'
    ORDER BY created_at DESC", [$product['id']])->fetchAll();
$summary = Summary::fromRatings(array_column($reviews, 'rating'));
$jsonLd = $summary->jsonLd([
    'name' => $name, 'sku' => $chosen['sku'], 'price' => $product['price_cents'] / 100, 'currency' => 'EUR',
    'availability' => $chosen['stock'] > 0 ? 'InStock' : 'BackOrder',
], array_map(fn($r) => ['author' => $r['author'], 'rating' => (int) $r['rating'], 'title' => $r['title'], 'body' => $r['body'],
    'date' => local((int) $r['created_at'], 'Y-m-d')], array_slice($reviews, 0, 5)));

page_start($name, 'product');
?>
<article class="product" data-price="<?= (int) $product['price_cents'] ?>">
  <div class="swatch big swatch-<?= h($product['slug']) ?>" aria-hidden="true"></div>
  <div>
    <h1><?= h($name) ?></h1>
    <p class="price"><?= h(money((int) $product['price_cents'])) ?></p>
    <p><?= h($product['desc_' . lang()]) ?></p>
    <h2><?= h(t('product.variants')) ?></h2>
    <ul class="variants">
    <?php $lines = stock_lines($variants); foreach ($variants as $v): $line = $lines[$v['sku']]; ?>
      <li class="<?= $v['id'] === $chosen['id'] ? 'chosen' : '' ?>" data-sku="<?= h($v['sku']) ?>">
        <a href="<?= h(url('/p/' . $product['slug'], ['v' => $v['sku']])) ?>"><?= h($v['label_' . lang()]) ?></a>
        <span class="stock <?= h($line['class']) ?>"><?= h($line['text']) ?></span>
      </li>
    <?php endforeach ?>
    </ul>
    <div class="promise-box" id="promise" data-variant="<?= (int) $chosen['id'] ?>">
      <p id="promise-label"><?= h($promise->label) ?></p>
      <p class="countdown" id="countdown-line"<?= $promise->orderWithinSeconds > 0 ? '' : ' hidden' ?>>
        <?= h(t('promise.within')) ?> <strong id="countdown" data-seconds="<?= (int) $promise->orderWithinSeconds ?>"><?= h(countdown_text($promise->orderWithinSeconds)) ?></strong>
      </p>
      <p class="small"><?= h(t('promise.carrier', $promise->carrier, date_label($promise->earliest))) ?></p>
    </div>
    <form method="post" action="/cart" class="buy">
      <?= csrf_field() ?>
      <input type="hidden" name="action" value="add">
      <input type="hidden" name="variant" value="<?= (int) $chosen['id'] ?>">
      <label><?= h(t('product.qty')) ?> <input type="number" name="qty" value="1" min="1" max="20"></label>
      <button type="submit" id="add-to-cart"><?= h(t('product.add', $chosen['label_' . lang()])) ?></button>
    </form>
  </div>
</article>

<section class="reviews">
  <h2><?= h(t('reviews.title')) ?></h2>
  <?php if ($summary->count > 0): ?>
  <p id="review-summary"><?= h(t('reviews.summary', number_format($summary->mean, 1), $summary->count)) ?></p>
  <p class="small" id="review-disclosure"><?= h(\ShopCx\Review\Invitation::disclosure(lang())) ?></p>
  <?php foreach ($reviews as $r): ?>
    <blockquote lang="<?= h($r['lang']) ?>"><strong><?= str_repeat('★', (int) $r['rating']) . str_repeat('☆', 5 - (int) $r['rating']) ?> <?= h($r['title']) ?></strong>
      <p><?= h($r['body']) ?></p><footer class="small"><?= h($r['author']) ?> · <?= h(local((int) $r['created_at'], 'Y-m-d')) ?> · <?= h(t('reviews.verified')) ?></footer></blockquote>
  <?php endforeach ?>
  <?php else: ?>
  <p><?= h(t('reviews.none')) ?></p>
  <?php endif ?>
</section>
<?php if ($jsonLd !== null): ?>
<script type="application/ld+json"><?= $jsonLd /* ShopCX escapes it for a script element */ ?></script>
<?php endif ?>
<?php
page_end();
