<?php
/**
 * The review form behind an invitation link. ShopCx\Review\Invitation verifies the signed link
 * (which order item, which buyer); ShopCx\Review\Moderator decides approve / hold / reject.
 */
declare(strict_types=1);

namespace Demo;

use ShopCx\TokenException;

$token = param($_REQUEST, 't');
try {
    $verification = review_invitations()->verify($token, now());
} catch (TokenException $e) {
    http_response_code(403);
    page_start(t('review.title'), 'content');
    echo '<h1>', h(t('review.title')), '</h1><p class="error" id="review-error">', h(t('review.badlink', $e->getMessage())), '</p>';
    page_end();
    return;
}
$item = q('SELECT v.id, v.label_' . lang() . ' AS variant, p.id AS product_id, p.slug, p.name_' . lang() . ' AS name
    FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ?', [(int) $verification->itemId])->fetch();
$order = q('SELECT name FROM orders WHERE id = ?', [(int) $verification->orderId])->fetch();
$existing = q('SELECT status FROM reviews WHERE order_key = ?', [$verification->key])->fetchColumn();
race_window();

$verdict = null;
if ($_SERVER['REQUEST_METHOD'] === 'POST' && $item && $existing === false) {
    $rating = (int) ($_POST['rating'] ?? 0);
    $title = trim(param($_POST, 'title'));
    $body = trim(param($_POST, 'body'));
    if ($rating < 1 || $rating > 5 || strlen($body) > 5000 || strlen($title) > 200
        || !utf8($body . $title)) {
        $error = t('review.invalid');
    } else {
        $verdict = moderator()->check($body, $title === '' ? null : $title);
        $status = ['approve' => 'approved', 'hold' => 'held', 'reject' => 'rejected'][$verdict->decision];
        // One review per order item: the UNIQUE order_key decides in one statement which of two simultaneous
        // posts of a link is stored (no check-then-insert); the other one is told the item was reviewed.
        $stored = q('INSERT INTO reviews (product_id, order_key, author, rating, title, body, status, reasons, lang, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_key) DO NOTHING', [$item['product_id'], $verification->key,
            $order['name'] ?? 'Customer', $rating, $verdict->redactedTitle ?? '', $verdict->redacted, $status,
            json_encode($verdict->reasons), lang(), now()])->rowCount() === 1;
        if (!$stored) {
            $verdict = null;
            $existing = q('SELECT status FROM reviews WHERE order_key = ?', [$verification->key])->fetchColumn();
            http_response_code(409);
        } else {
            $existing = $status;
            if ($verdict->decision !== 'approve') {
                notify_helpdesk('review.' . $status, ['review' => $verification->key, 'product' => $item['slug'], 'rating' => $rating,
                    'reasons' => array_column($verdict->reasons, 'code')]);
            }
        }
    }
} elseif ($_SERVER['REQUEST_METHOD'] === 'POST' && $existing !== false) {
    http_response_code(409);
}

page_start(t('review.title'), 'content');
?>
<h1><?= h(t('review.title')) ?></h1>
<?php if (!$item): ?>
  <p class="error"><?= h(t('review.noitem')) ?></p>
<?php elseif ($verdict !== null): ?>
  <div id="review-result" class="verdict verdict-<?= h($verdict->decision) ?>">
    <p><strong><?= h(t('review.' . $verdict->decision)) ?></strong></p>
    <?php if ($verdict->reasons): ?><ul><?php foreach ($verdict->reasons as $r): ?><li><?= h($r['message']) ?> (<?= h($r['code']) ?>)</li><?php endforeach ?></ul><?php endif ?>
    <p><a href="/p/<?= h($item['slug']) ?>"><?= h($item['name']) ?></a></p>
  </div>
<?php elseif ($existing !== false): ?>
  <p id="review-result"><?= h(t('review.already', t('review.status.' . $existing))) ?></p>
<?php else: ?>
  <p><?= h(t('review.intro', $item['name'] . ' · ' . $item['variant'])) ?></p>
  <p class="small"><?= h(t('review.verified', $verification->orderId, local($verification->invitedAt, 'Y-m-d H:i'))) ?></p>
  <?php if (isset($error)): ?><p class="error"><?= h($error) ?></p><?php endif ?>
  <form method="post" class="stack" id="review-form">
    <?= csrf_field() ?>
    <input type="hidden" name="t" value="<?= h($token) ?>">
    <fieldset class="rating"><legend><?= h(t('review.rating')) ?></legend>
    <?php for ($i = 5; $i >= 1; $i--): ?>
      <label><input type="radio" name="rating" value="<?= $i ?>" required> <?= str_repeat('★', $i) ?></label>
    <?php endfor ?>
    </fieldset>
    <label><?= h(t('review.titlefield')) ?> <input name="title" maxlength="200"></label>
    <label><?= h(t('review.body')) ?> <textarea name="body" rows="5" required maxlength="5000"></textarea></label>
    <button type="submit" id="review-submit"><?= h(t('review.submit')) ?></button>
  </form>
<?php endif ?>
<?php
page_end();
