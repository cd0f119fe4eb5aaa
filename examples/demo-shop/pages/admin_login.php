<?php
/**
 * The shop owner's log-in: the password is SHOPCX_DEMO_ADMIN_PASSWORD, or (unset) the one the shop wrote to
 * admin-password in its var folder on first use. A right password sets an HttpOnly, SameSite=Strict cookie
 * holding a ShopCx\Token of purpose "admin" (8 hours, bound to the password and to a session row that the
 * log-out deletes). Wrong passwords are throttled per client address (login_wait() in lib/shop.php).
 */
declare(strict_types=1);

namespace Demo;

if ($params['action'] === 'logout') {
    if ($_SERVER['REQUEST_METHOD'] === 'POST') {
        admin_log_out();
    }
    redirect('/admin/login');
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $client = (string) ($_SERVER['REMOTE_ADDR'] ?? '');
    if (($wait = login_wait($client)) > 0) {
        // Refused before the password is even compared, so guessing on learns nothing.
        http_response_code(429);
        header('Retry-After: ' . $wait);
        $error = t('admin.throttled', (int) ceil($wait / 60));
    } elseif (hash_equals(admin_password(), param($_POST, 'password'))) {
        login_succeeded($client);
        admin_log_in();
        redirect('/admin');
    } else {
        login_failed($client);
        usleep(300000); // a little friction for guessing (the form comes back with 200, the page is fine)
        $error = t('admin.badpassword');
    }
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
