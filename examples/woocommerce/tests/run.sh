#!/usr/bin/env bash
# Runs the plugin's PHPUnit tests against a real WordPress (Debian's package) and a real MariaDB
# started here on a private socket (no TCP at all), with the WooCommerce stand-in from stubs/.
# Usage: examples/woocommerce/tests/run.sh   (build the extension first: bash tests/run.sh tests/foundation)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PLUGIN=$(dirname "$HERE")
REPO=$(cd "$PLUGIN/../.." && pwd)
SO=${SHOPCX_SO:-$REPO/modules/shopcx.so}
[ -f "$SO" ] || { echo "missing $SO: build the extension first (bash tests/run.sh tests/foundation)" >&2; echo "woocommerce: 0 passed, 1 failed"; exit 1; }

need=()
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
[ -f /usr/share/wordpress/wp-settings.php ] || need+=(wordpress)
command -v phpunit >/dev/null 2>&1 || need+=(phpunit)
# The browser walk (after PHPUnit): Debian's Chromium driven by playwright-core from npm.
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
# Composer: static.sh's tools, and PHPUnit 11 where Debian's is 12 or newer (below).
# Composer unpacks Packagist's zips with unzip (or PHP's zip): a minimal Debian has neither.
command -v composer >/dev/null 2>&1 || need+=(composer)
command -v unzip >/dev/null 2>&1 || php -m | grep -qx zip || need+=(unzip)
# tests/i18n.sh --check: Debian's gettext (xgettext, msgmerge, msgfmt).
command -v xgettext >/dev/null 2>&1 || need+=(gettext)
# shellcheck source=site.sh
source "$HERE/site.sh" # The site's set-up, shared with loadtest/faults.sh.
[ ${#need[@]} -eq 0 ] || wc_apt_install "${need[@]}"

# PHPUnit: Debian's (9.6 on Debian 12, 11.5 on 13), but PHPUnit 12 dropped the doc-comment
# metadata the tests use (@dataProvider), so where Debian ships 12 or newer (forky: 13) PHPUnit 11
# comes from Packagist, once, into ~/.cache/shopcx-phpunit11.
PHPUNIT=$(command -v phpunit)
if [ "$(php "$PHPUNIT" --version 2>/dev/null | sed -n 's/^PHPUnit \([0-9]*\).*/\1/p')" -ge 12 ] 2>/dev/null; then
    P11=$HOME/.cache/shopcx-phpunit11
    if [ ! -x "$P11/vendor/bin/phpunit" ]; then
        mkdir -p "$P11"
        composer require --working-dir="$P11" --no-interaction --no-progress --quiet 'phpunit/phpunit:^11.5' \
            || { echo "composer could not install PHPUnit 11"; echo "woocommerce: 0 passed, 1 failed"; exit 1; }
    fi
    PHPUNIT=$P11/vendor/bin/phpunit
fi
echo "$(php "$PHPUNIT" --version | head -n 1) on PHP $(php -r 'echo PHP_VERSION;')"

T=$(mktemp -d /tmp/shopcx-wc.XXXXXX)
WEBPID=
cleanup() {
    if [ -n "$WEBPID" ]; then
        # With PHP_CLI_SERVER_WORKERS the server forks workers that outlive their parent: stop them by id.
        kill $(ps -o pid= --ppid "$WEBPID" 2>/dev/null) "$WEBPID" 2>/dev/null || true
        wait "$WEBPID" 2>/dev/null || true
    fi
    wc_db_stop
    rm -rf "$T"
}
trap cleanup EXIT INT TERM

wc_db_start "$T"
wc_site_create "$T" "$SO"
PHP=(php -d extension="$SO" -d error_reporting=E_ALL -d display_errors=stderr)

passed=0
failed=0
# Without the extension: the plugin must only show its notice, never break the site.
if php -d display_errors=stderr "$HERE/install.php" without-extension; then
    passed=$((passed + 1))
else
    echo "FAIL: plugin without the extension" >&2
    failed=$((failed + 1))
fi

# PHPUnit twice: WP-Cron (PluginTest), then with the Action Scheduler stand-in loaded.
phpunit_run() { # name, test file, extra environment
    local name=$1 file=$2
    shift 2
    set +e
    env "$@" "${PHP[@]}" "$PHPUNIT" --do-not-cache-result --bootstrap "$HERE/bootstrap.php" ${PHPUNIT_FILTER:+--filter "$PHPUNIT_FILTER"} --log-junit "$T/$name.xml" "$file"
    set -e
    if [ -f "$T/$name.xml" ]; then
        read -r n f < <(php -r '$x = simplexml_load_file($argv[1])->testsuite; echo (int) $x["tests"], " ", (int) $x["failures"] + (int) $x["errors"], "\n";' "$T/$name.xml")
        passed=$((passed + n - f))
        failed=$((failed + f))
    elif [ -z "${PHPUNIT_FILTER:-}" ]; then # No report: PHPUnit crashed (or the filter matched nothing).
        failed=$((failed + 1))
    fi
}
phpunit_run wp-cron "$HERE/PluginTest.php"
phpunit_run action-scheduler "$HERE/ActionSchedulerTest.php" SHOPCX_WC_ACTION_SCHEDULER=1
phpunit_run faq-features "$HERE/FaqFeaturesTest.php" # Issue 21: synonyms, clicks, suggest, related, search log, starter entries.
phpunit_run faq-features-as "$HERE/FaqFeaturesTest.php" SHOPCX_WC_ACTION_SCHEDULER=1 # The same, its jobs on the Action Scheduler stand-in.
phpunit_run stock-promise "$HERE/StockPromiseTest.php"
phpunit_run cart-recovery "$HERE/CartRecoveryTest.php" # Issue 19: a recovery link opened in another session puts the items back.
phpunit_run chat-service "$HERE/ChatServiceTest.php" # Issue 20: chat signals and presets, interactions, service KPIs, badge, answer time.
phpunit_run i18n "$HERE/I18nTest.php" # Issue 21: the plugin's texts in nl_NL (je), nl_NL_formal (u), de_DE (du), de_DE_formal (Sie), fr_FR; the register.
phpunit_run reminder-mail "$HERE/ReminderMailTest.php" # Issue 21: the cart reminder e-mail (items, help offers; HTML and plain, in Dutch), the conversation and custom surveys.
# Translations (tests/i18n.sh --check): every string of the code translated in each languages/*.po, the .mo and JSON files compiled from them; one check.
if bash "$HERE/i18n.sh" --check; then passed=$((passed + 1)); else echo "FAIL: tests/i18n.sh --check" >&2; failed=$((failed + 1)); fi
# Static analysis (PHPStan, WordPress coding standard): one check; "skipped" when offline.
static_rc=0
static_out=$(bash "$HERE/static.sh" 2> >(tail -n 40 >&2)) || static_rc=$?
echo "$static_out"
case "$static_out" in
    *skipped*) ;;
    *) if [ "$static_rc" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi ;;
esac

# Browser walk: the same site served by `php -S` on a free loopback port, seeded by browser/seed.php
# and walked in headless Chromium by browser/walk.mjs (screenshots in tests/screenshots/).
browser_run() {
    if [ ! -f "$HERE/node_modules/playwright-core/package.json" ]; then
        (cd "$HERE" && npm install --no-audit --no-fund --loglevel=error >/dev/null) || { echo "FAIL: npm install playwright-core" >&2; return 1; }
    fi
    local port
    port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
    export SHOPCX_WP_HOME="http://127.0.0.1:$port"
    # wp-admin's files load "dirname(__DIR__)/wp-load.php": through the symlink that is Debian's own
    # wp-load.php and wp-config.php (which refuse an unknown host), so the admin gets a real copy.
    rm "$T/wp/wp-admin" && cp -r /usr/share/wordpress/wp-admin "$T/wp/wp-admin"
    cp "$HERE/browser/site-stock.php" "$T/wp/wp-content/mu-plugins/zz-stock-site.php" # walk-stock.mjs: a variable product, a block cart.
    cp "$HERE/browser/site.php" "$T/wp/wp-content/mu-plugins/zz-browser-site.php"
    cp "$HERE/browser/chat-site.php" "$T/wp/wp-content/mu-plugins/zz-chat-site.php" # walk-chat.mjs's cookies (presets, clock), the cart page.
    cp "$HERE/browser/reminder-site.php" "$T/wp/wp-content/mu-plugins/zz-reminder-site.php" # walk-reminder.mjs: the cart reminder e-mail as a page.
    mkdir -p "$T/wp/wp-content/themes" && cp -r "$HERE/browser/theme" "$T/wp/wp-content/themes/shopcx-test"
    "${PHP[@]}" "$HERE/browser/seed.php" >"$T/site.json" || { echo "FAIL: seeding the browser site" >&2; return 1; }
    "${PHP[@]}" "$HERE/browser/seed-chat.php" "$T/site.json" || { echo "FAIL: seeding the chat checks" >&2; return 1; }
    (cd "$T/wp" && PHP_CLI_SERVER_WORKERS=4 exec "${PHP[@]}" -d display_errors=0 -d log_errors=1 -S "127.0.0.1:$port" -t "$T/wp" "$HERE/browser/router.php" >"$T/server.log" 2>&1) &
    WEBPID=$!
    for _ in $(seq 50); do php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port" && break; sleep 0.1; done
    rm -rf "$HERE/screenshots"
    SITE="$T/site.json" SCREENSHOTS="$HERE/screenshots" timeout 400 node "$HERE/browser/walk.mjs" | tee "$T/browser.out"
}
set +e
browser_run
browser_status=$?
set -e
if summary=$(grep -E '^woocommerce browser: [0-9]+ passed, [0-9]+ failed$' "$T/browser.out" 2>/dev/null); then
    read -r bp bf < <(echo "$summary" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
    passed=$((passed + bp))
    failed=$((failed + bf))
    [ "$bf" -eq 0 ] && [ "$browser_status" -ne 0 ] && failed=$((failed + 1)) # Ended badly after its summary.
else
    echo "FAIL: the browser walk did not finish (status $browser_status)" >&2
    failed=$((failed + 1))
fi
# Attack pass (issue 24) on the same served site, after the walk: tests/attack.php prints one line
# per check and "woocommerce attack: N passed, M failed". Before the PHP log check below, so a
# warning or fatal error that hostile input causes fails the run too.
cp "$HERE/attack-site.php" "$T/wp/wp-content/mu-plugins/zz-attack-site.php" # The review form on the test theme's product page.
set +e
SITE="$T/site.json" timeout 300 php "$HERE/attack.php" | tee "$T/attack.out"
set -e
if summary=$(grep -E '^woocommerce attack: [0-9]+ passed, [0-9]+ failed$' "$T/attack.out" 2>/dev/null); then
    read -r ap af < <(echo "$summary" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
    passed=$((passed + ap))
    failed=$((failed + af))
else
    echo "FAIL: the attack pass did not finish" >&2
    failed=$((failed + 1))
fi
# A PHP error, warning or notice while serving the pages fails the run even when every page looked
# right; deprecations count in the plugin and the test's code only (WordPress 6.1's own on PHP 8.2 do not).
php_problems() {
    grep -E 'PHP (Fatal|Parse|Warning|Notice)|PHP Deprecated: .*(/plugins/shopcx-woocommerce/|/mu-plugins/|/themes/shopcx-test/)' "$T/server.log" 2>/dev/null
}
if php_problems >/dev/null; then
    echo "FAIL: the site's PHP log during the browser walk:" >&2
    php_problems | head -20 >&2
    failed=$((failed + 1))
fi
[ -d "$HERE/screenshots" ] && echo "screenshots: $HERE/screenshots"

echo "woocommerce: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
