<?php
/**
 * The cart. Every change stamps the cart's updated_at: that activity is what
 * ShopCx\Cart\Detector later reads to decide whether a reminder is due.
 */
declare(strict_types=1);

namespace Demo;

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $action = $_POST['action'] ?? '';
    $variant = q('SELECT v.id, p.price_cents FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ?',
        [(int) ($_POST['variant'] ?? 0)])->fetch();
    $qty = max(0, min(20, (int) ($_POST['qty'] ?? 1)));
    if ($variant && in_array($action, ['add', 'set'], true)) {
        $cart = cart_id(true);
        if ($action === 'add') {
            q('INSERT INTO cart_items (cart_id, variant_id, qty, price_cents) VALUES (?, ?, ?, ?)
                ON CONFLICT (cart_id, variant_id) DO UPDATE SET qty = MIN(20, qty + excluded.qty)',
                [$cart, $variant['id'], max(1, $qty), $variant['price_cents']]);
        } elseif ($qty === 0) {
            q('DELETE FROM cart_items WHERE cart_id = ? AND variant_id = ?', [$cart, $variant['id']]);
        } else {
            q('UPDATE cart_items SET qty = ? WHERE cart_id = ? AND variant_id = ?', [$qty, $cart, $variant['id']]);
        }
        q('UPDATE carts SET updated_at = ? WHERE id = ?', [now(), $cart]);
    }
    redirect('/cart');
}

if (isset($_GET['recover']) && is_string($_GET['recover'])) {
    // A reminder's link: ShopCx\Cart\Detector::recover() says which cart and which reminder step.
    try {
        $recovery = detector()->recover(tokens(), $_GET['recover'], now());
        $row = q("SELECT * FROM carts WHERE id = ? AND status = 'open'", [(int) $recovery->cartId])->fetch();
        if ($row && $row['recovered_sid'] !== null && $row['recovered_sid'] !== sid()) {
            // The link was used before, by another visitor: it does not take the cart away from them.
            $row = false;
            $recoverError = t('cart.used');
        } elseif ($row) {
            // The demo hands the cart to whoever opens the link; seeded carts get real times from now on.
            $abs = fn(int $t) => $row['rebase'] ? now() - $t : $t;
            q('UPDATE carts SET sid = ?, recovered_sid = ?, created_at = ?, updated_at = ?, reminders = ?, rebase = 0 WHERE id = ?',
                [sid(), sid(), $abs((int) $row['created_at']), now(), json_encode(array_map($abs, json_decode($row['reminders'], true))), $row['id']]);
        }
        if (!isset($recoverError)) {
            $recovered = $recovery->step;
        }
    } catch (\ShopCx\TokenException $e) {
        $recoverError = t('review.badlink', $e->getMessage());
    }
}
track('cart');
$cart = cart_id(false);
$lines = $cart ? cart_lines($cart) : [];
$total = array_sum(array_map(fn($l) => $l['qty'] * $l['price_cents'], $lines));

page_start(t('cart.title'), 'cart');
?>
<h1><?= h(t('cart.title')) ?></h1>
<?php if (isset($recovered)): ?><p id="cart-recovered"><?= h(t('cart.recovered', $recovered)) ?></p><?php endif ?>
<?php if (isset($recoverError)): ?><p class="error" id="cart-error"><?= h($recoverError) ?></p><?php endif ?>
<?php if (!$lines): ?>
<p id="cart-empty"><?= h(t('cart.empty')) ?> <a href="/"><?= h(t('nav.home')) ?></a></p>
<?php else: ?>
<table class="cart" id="cart-table">
  <thead><tr><th><?= h(t('cart.item')) ?></th><th><?= h(t('cart.delivery')) ?></th><th><?= h(t('product.qty')) ?></th><th><?= h(t('cart.price')) ?></th></tr></thead>
  <tbody>
  <?php foreach ($lines as $l): ?>
    <tr>
      <td><a href="/p/<?= h($l['slug']) ?>"><?= h($l['name']) ?></a> · <?= h($l['variant']) ?></td>
      <td class="small"><?= h(promise($l)->label) ?></td>
      <td><form method="post" action="/cart" class="inline"><?= csrf_field() ?><input type="hidden" name="action" value="set">
        <input type="hidden" name="variant" value="<?= (int) $l['variant_id'] ?>">
        <input type="number" name="qty" value="<?= (int) $l['qty'] ?>" min="0" max="20" aria-label="<?= h(t('product.qty')) ?>">
        <button type="submit" class="secondary"><?= h(t('cart.update')) ?></button></form></td>
      <td><?= h(money($l['qty'] * $l['price_cents'])) ?></td>
    </tr>
  <?php endforeach ?>
  </tbody>
  <tfoot><tr><td colspan="3"><?= h(t('cart.total')) ?></td><td id="cart-total"><?= h(money($total)) ?></td></tr></tfoot>
</table>
<p><a class="button" href="/checkout" id="to-checkout"><?= h(t('cart.checkout')) ?></a></p>
<?php endif ?>
<?php
page_end();
