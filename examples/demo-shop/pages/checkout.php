<?php
/**
 * Checkout stub: no payment; it converts the cart into an order and shows the e-mails the shop
 * would send later, with their signed links (review invitation per item, effort and NPS surveys).
 */
declare(strict_types=1);

namespace Demo;

use ShopCx\Review\Invitation;

$cart = cart_id(false);
$lines = $cart ? cart_lines($cart) : [];
race_window();

if ($_SERVER['REQUEST_METHOD'] === 'POST' && !$lines) {
    // A second click on "Place order" (or two tabs): the cart is already an order; show that one.
    $recent = q("SELECT o.id FROM orders o JOIN carts c ON c.id = o.cart_id WHERE c.sid = ? AND o.created_at >= ?
        ORDER BY o.id DESC LIMIT 1", [sid(), now() - 600])->fetchColumn();
    redirect($recent === false ? '/cart' : url('/checkout', ['order' => (string) $recent]));
}
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = trim(param($_POST, 'email'));
    $name = trim(param($_POST, 'name'));
    if (!filter_var($email, FILTER_VALIDATE_EMAIL) || $name === '' || strlen($name) > 200) {
        $error = t('checkout.invalid');
    } else {
        $consent = isset($_POST['consent']) ? 1 : 0;
        // The cart becomes an order once: the UPDATE claims it only while it is still open, so of two
        // simultaneous posts one converts it and the other is sent to that same order.
        db()->exec('BEGIN IMMEDIATE');
        $claimed = q("UPDATE carts SET status = 'ordered', email = ?, name = ?, consent = ?, updated_at = ? WHERE id = ? AND status = 'open'",
            [$email, $name, $consent, now(), $cart])->rowCount() === 1;
        if ($claimed) {
            q('INSERT INTO orders (cart_id, email, name, lang, created_at) VALUES (?, ?, ?, ?, ?)', [$cart, $email, $name, lang(), now()]);
            $order = (string) db()->lastInsertId();
        } else {
            $order = (string) q('SELECT id FROM orders WHERE cart_id = ?', [$cart])->fetchColumn();
        }
        db()->exec('COMMIT');
        if ($claimed) {
            track('checkout_end');
        }
        redirect($order === '' ? '/cart' : url('/checkout', ['order' => $order]));
    }
}

if (isset($_GET['order'])) {
    // The confirmation page. A real shop mails these links; the demo shows them.
    $order = q('SELECT o.*, c.sid FROM orders o JOIN carts c ON c.id = o.cart_id WHERE o.id = ?', [(int) $_GET['order']])->fetch();
    if (!$order || $order['sid'] !== sid()) {
        redirect('/cart');
    }
    $lines = cart_lines((int) $order['cart_id']);
    $invitations = review_invitations();
    $delivered = $lines ? promise($lines[0])->earliest : today();
    $deliveredAt = (new \DateTimeImmutable($delivered . ' 14:00', tz()))->getTimestamp();
    $dueAt = Invitation::dueAt(['status' => 'delivered', 'deliveredAt' => $deliveredAt], warehouse(), 5, ['timezone' => TZ]);
    page_start(t('checkout.thanks'), 'checkout');
    ?>
<h1 id="order-done"><?= h(t('checkout.done', $order['id'])) ?></h1>
<p><?= h(t('checkout.mails', $order['email'])) ?></p>
<section class="mail">
  <h2><?= h(t('checkout.reviewmail')) ?></h2>
  <p class="small"><?= h(t('checkout.reviewwhen', date_label($delivered), $dueAt ? local($dueAt, 'Y-m-d H:i') : '-')) ?></p>
  <ul>
  <?php foreach ($lines as $l):
      $token = $invitations->issue((string) $order['id'], (string) $l['variant_id'], $order['email'], now()); ?>
    <li><a class="review-link" href="<?= h(url('/review', ['t' => $token])) ?>"><?= h(t('checkout.reviewlink', $l['name'] . ' · ' . $l['variant'])) ?></a></li>
  <?php endforeach ?>
  </ul>
  <h2><?= h(t('checkout.surveymail')) ?></h2>
  <ul>
    <li><a id="survey-link" href="<?= h(url('/survey', ['t' => tokens()->issue('survey', ['survey' => 'effort', 'order' => (string) $order['id']], 14 * 86400, now())])) ?>"><?= h(t('checkout.effortlink')) ?></a></li>
    <li><a id="nps-link" href="<?= h(url('/survey', ['t' => tokens()->issue('survey', ['survey' => 'nps', 'order' => (string) $order['id']], 14 * 86400, now())])) ?>"><?= h(t('checkout.npslink')) ?></a></li>
  </ul>
</section>
<?php
    page_end();
    return;
}

if (!$lines) {
    redirect('/cart');
}
track('checkout_start');
$total = array_sum(array_map(fn($l) => $l['qty'] * $l['price_cents'], $lines));
page_start(t('checkout.title'), 'checkout');
?>
<h1><?= h(t('checkout.title')) ?></h1>
<?php if (isset($error)): ?><p class="error"><?= h($error) ?></p><?php endif ?>
<p><?= h(t('checkout.summary', array_sum(array_column($lines, 'qty')), money($total))) ?></p>
<form method="post" action="/checkout" class="stack" id="checkout-form">
  <?= csrf_field() ?>
  <label><?= h(t('checkout.name')) ?> <input name="name" required maxlength="100" value="<?= h(param($_POST, 'name')) ?>"></label>
  <label><?= h(t('chat.email')) ?> <input type="email" name="email" required value="<?= h(param($_POST, 'email')) ?>"></label>
  <label class="check"><input type="checkbox" name="consent" value="1"> <?= h(t('checkout.consent')) ?></label>
  <button type="submit" id="place-order"><?= h(t('checkout.place')) ?></button>
  <p class="small"><?= h(t('checkout.stub')) ?></p>
</form>
<?php
page_end();
