<?php
/**
 * The shop owner's log-in: the password is SHOPCX_DEMO_ADMIN_PASSWORD, or (unset) the one the shop wrote to
 * admin-password in its var folder on first use. A right password sets an HttpOnly, SameSite=Strict cookie
 * holding a ShopCx\Token of purpose "admin" (8 hours, bound to the password).
 */
declare(strict_types=1);

namespace Demo;

if ($params['action'] === 'logout') {
    if ($_SERVER['REQUEST_METHOD'] === 'POST') {
        admin_cookie('', 1);
    }
    redirect('/admin/login');
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (hash_equals(admin_password(), param($_POST, 'password'))) {
        admin_cookie(tokens()->issue('admin', ['pw' => admin_password_tag()], 8 * 3600, time()), time() + 8 * 3600);
        redirect('/admin');
    }
    usleep(300000); // a little friction for guessing (the form comes back with 200, the page is fine)
    $error = t('admin.badpassword');
}

header('Cache-Control: no-store');
page_start(t('admin.login'), 'account');
?>
<h1><?= h(t('admin.login')) ?></h1>
<?php if (isset($error)): ?><p class="error" id="login-error"><?= h($error) ?></p><?php endif ?>
<form method="post" action="/admin/login" class="stack" id="login-form">
  <?= csrf_field() ?>
  <label><?= h(t('admin.password')) ?> <input type="password" name="password" required autocomplete="current-password"></label>
  <button type="submit" id="login-submit"><?= h(t('admin.loginbutton')) ?></button>
  <p class="small"><?= h(t('admin.passwordhint')) ?></p>
</form>
<?php
page_end();
