# The test site's set-up, shared by tests/run.sh (PHPUnit, browser walk, attack pass) and
# tests/loadtest/faults.sh (load and faults behind nginx + php-fpm). Source it, then:
#   wc_apt_install PKG...            installs Debian packages without starting any daemon
#   wc_db_start DIR                  MariaDB on DIR/mysql.sock (no TCP), database "wp"; sets WC_DBPID
#   wc_db_stop                       stops it (for the caller's EXIT trap)
#   wc_site_create DIR SO [USER PASS] WordPress (Debian's) in DIR/wp with the plugin and the
#                                    WooCommerce stand-in, installed and the plugin activated;
#                                    WordPress connects as USER (default root, no password)
# WC_SITE_SUMMARY names the summary line printed when the set-up fails (default "woocommerce").
# Needs HERE (tests/) and PLUGIN (the plugin's folder) set by the caller.

wc_apt_install() {
    echo "installing $* (apt)"
    # Install without starting any daemon (MariaDB's service, a web server pulled in by wordpress):
    # the test starts its own mariadbd on a private socket and needs no web server.
    local created_policy=0 install_status=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && created_policy=1
    fi
    # Another run may hold dpkg's lock (a shared chroot): wait for it rather than fail.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "$@" >/dev/null || install_status=$?
    [ "$created_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
    [ "$install_status" = 0 ] || { echo "apt-get install $* failed"; echo "${WC_SITE_SUMMARY:-woocommerce}: 0 passed, 1 failed"; exit 1; }
}

wc_db_start() {
    local T=$1 me mariadbd
    mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    # MariaDB: own data directory, socket only (--skip-networking), current user.
    me=$(id -un)
    mariadb-install-db --no-defaults --datadir="$T/db" --user="$me" --auth-root-authentication-method=normal \
        --skip-test-db >"$T/install-db.log" 2>&1 || { cat "$T/install-db.log" >&2; exit 1; }
    "$mariadbd" --no-defaults --datadir="$T/db" --socket="$T/mysql.sock" --skip-networking --user="$me" \
        --pid-file="$T/mysqld.pid" --log-error="$T/mysqld.err" --innodb-buffer-pool-size=32M --open-files-limit=1024 2>>"$T/mysqld.err" &
    WC_DBPID=$!
    for _ in $(seq 100); do [ -S "$T/mysql.sock" ] && break; sleep 0.1; done
    [ -S "$T/mysql.sock" ] || { cat "$T/mysqld.err" >&2; exit 1; }
    mariadb --no-defaults --socket="$T/mysql.sock" -uroot -e "CREATE DATABASE wp CHARACTER SET utf8mb4"
}

wc_db_stop() {
    if [ -n "${WC_DBPID:-}" ] && kill -0 "$WC_DBPID" 2>/dev/null; then
        kill "$WC_DBPID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$WC_DBPID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$WC_DBPID" 2>/dev/null || true
    fi
}

wc_site_create() {
    local T=$1 so=$2 db_user=${3:-root} db_password=${4:-}
    local summary=${WC_SITE_SUMMARY:-woocommerce}
    # WordPress: the package's code, our own wp-config.php and wp-content.
    mkdir -p "$T/wp/wp-content/plugins" "$T/wp/wp-content/mu-plugins" "$T/wp/wp-content/uploads"
    cp /usr/share/wordpress/*.php "$T/wp/"
    ln -s /usr/share/wordpress/wp-admin "$T/wp/wp-admin"
    ln -s /usr/share/wordpress/wp-includes "$T/wp/wp-includes"
    rsync -a --exclude tests "$PLUGIN/" "$T/wp/wp-content/plugins/shopcx-woocommerce/" 2>/dev/null \
        || { cp -r "$PLUGIN" "$T/wp/wp-content/plugins/shopcx-woocommerce"; rm -rf "$T/wp/wp-content/plugins/shopcx-woocommerce/tests"; }
    printf '<?php\nrequire %s;\n' "'$HERE/stubs/woocommerce.php'" >"$T/wp/wp-content/mu-plugins/woocommerce-standin.php"
    cat >"$T/wp/wp-config.php" <<CONFIG
<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', '$db_user' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', 'localhost:$T/mysql.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
// The browser walk serves the site on a loopback port and says so; PHPUnit uses the fixed name.
define( 'WP_HOME', getenv( 'SHOPCX_WP_HOME' ) ?: 'http://example.test' );
define( 'WP_SITEURL', getenv( 'SHOPCX_WP_HOME' ) ?: 'http://example.test' );
define( 'DISABLE_WP_CRON', true );
// The browser walk logs notices too (not shown on the pages): run.sh fails on any in the log.
define( 'WP_DEBUG', (bool) getenv( 'SHOPCX_WP_HOME' ) );
define( 'WP_DEBUG_DISPLAY', false );
if ( getenv( 'SHOPCX_WP_HOME' ) ) { define( 'WP_HTTP_BLOCK_EXTERNAL', true ); } // The walk reaches no other host from PHP.
\$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
CONFIG

    export SHOPCX_WP_DIR="$T/wp"
    local php=(php -d extension="$so" -d error_reporting=E_ALL -d display_errors=stderr)
    "${php[@]}" "$HERE/install.php" install || { echo "$summary: 0 passed, 1 failed (WordPress install)"; exit 1; }
    "${php[@]}" "$HERE/install.php" activate || { echo "$summary: 0 passed, 1 failed (plugin activation)"; exit 1; }
}
