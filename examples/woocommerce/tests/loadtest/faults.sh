#!/usr/bin/env bash
# Faults under load on the WooCommerce site (issue 24), a CI check: tests/run.sh's site (Debian's
# WordPress, MariaDB on a private socket, the WooCommerce stand-in; tests/site.sh) behind nginx +
# php-fpm on loopback, its uploads folder (where the FAQ index lives) on a small ext4 image of its
# own. wrk reads the product page, the FAQ route and the promise route, phase by phase, while customers
# (loadtest/fault_client.php) place orders through the stand-in's Store API checkout and answer the
# review and survey invitations that arrive by mail; loadtest/cron.php is the shop's system cron.
# During the run:
#   a php-fpm worker is killed (SIGKILL) mid-request;
#   the database goes read-only (SET GLOBAL read_only=ON; WordPress connects as a plain user, since
#     SUPER or READ ONLY ADMIN would write on), later writable again;
#   the uploads folder's disk fills up while an admin saves a FAQ entry (the save path rebuilds the
#     index), later space is freed.
# Then it checks (loadtest/fault_check.php): no answer leaked SQL, paths or PHP messages; every order,
# review and survey answer the shop acknowledged is in the database, none twice; outside the fault
# windows every step succeeded; after the faults every customer completes a whole journey again and
# the FAQ entry saved on the full disk is found (no restart, no operator); the old index answered
# throughout the failed rebuild and was not touched; the killed worker was replaced. Prints
# throughput, p50/p99 and errors per phase, worker memory over time, "woocommerce faults: N passed, M failed".
#   bash examples/woocommerce/tests/loadtest/faults.sh       (needs root: loop mount; about 3 minutes)
#   PHASE=10 CLIENTS=4 WORKERS=4 KEEP=1 bash examples/woocommerce/tests/loadtest/faults.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HERE=$(dirname "$here")   # tests/, for site.sh
PLUGIN=$(dirname "$HERE")
REPO=$(cd "$PLUGIN/../.." && pwd)
# shellcheck source=../../../../tests/deps.sh
source "$REPO/tests/deps.sh"
# shellcheck source=../../../demo-shop/loadtest/serve.sh
source "$REPO/examples/demo-shop/loadtest/serve.sh" # demo_install_servers, fpm_nginx_start, demo_stop
# shellcheck source=../site.sh
source "$HERE/site.sh"
WC_SITE_SUMMARY="woocommerce faults"
phase=${PHASE:-10}      # seconds per phase; six phases
clients=${CLIENTS:-4}
workers=${WORKERS:-4}
SO=${SHOPCX_SO:-$REPO/modules/shopcx.so}

[ "$(id -u)" -eq 0 ] || { echo "woocommerce faults: needs root (loop-mounted ext4 image)"; echo "woocommerce faults: 0 passed, 1 failed"; exit 1; }
need=()
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
[ -f /usr/share/wordpress/wp-settings.php ] || need+=(wordpress)
command -v mkfs.ext4 >/dev/null 2>&1 || need+=(e2fsprogs)
[ ${#need[@]} -eq 0 ] || wc_apt_install "${need[@]}"
shopcx_install_deps
demo_install_servers
[ -f "$SO" ] || (shopcx_build) >/dev/null

T=$(mktemp -d /tmp/shopcx-wc-faults.XXXXXX)
chmod 755 "$T"
uploads=$T/wp/wp-content/uploads
pids=()
cleanup() {
	local p
	touch "$T/stop" "$T/stop-cron" 2>/dev/null || true
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	demo_stop
	umount "$uploads" 2>/dev/null || umount -l "$uploads" 2>/dev/null || true
	wc_db_stop
	if [ -n "${KEEP:-}" ]; then echo "woocommerce faults: kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT

# MariaDB, and the plain user WordPress connects as: privileges on its database only (no SUPER, no
# READ ONLY ADMIN), so that read_only applies to it.
wc_db_start "$T"
db_root=(mariadb --no-defaults --socket="$T/mysql.sock" -uroot)
"${db_root[@]}" -e "CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp-password-1'; GRANT ALL PRIVILEGES ON wp.* TO 'wp'@'localhost';"
# The uploads folder: a 32 MiB ext4 file system, so that "disk full" is quick and harmless.
mkdir -p "$uploads"
truncate -s 32M "$T/uploads.img"
mkfs.ext4 -q -F -m 0 "$T/uploads.img"
mount -o loop "$T/uploads.img" "$uploads"
chmod 777 "$uploads"
port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
export SHOPCX_WP_HOME="http://127.0.0.1:$port"
wc_site_create "$T" "$SO" wp wp-password-1
mkdir -p "$T/wp/wp-content/themes" "$T/mail" && cp -r "$HERE/browser/theme" "$T/wp/wp-content/themes/shopcx-test"
chmod 777 "$T/mail"
cp "$here/site.php" "$T/wp/wp-content/mu-plugins/zz-loadtest-site.php"
"${db_root[@]}" wp <"$here/tables.sql"
PHP=(php -d error_reporting=E_ALL -d display_errors=stderr)
php -r 'exit(extension_loaded("shopcx") ? 0 : 1);' || PHP+=(-d extension="$SO") # Not twice where php.ini loads it already.
"${PHP[@]}" "$here/seed.php" seed >"$T/site.json" || { echo "woocommerce faults: 0 passed, 1 failed (seeding the shop)"; exit 1; }
product_url=$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["productPage"];' "$T/site.json")
product_id=$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["product"];' "$T/site.json")

# nginx + php-fpm started by demo-shop/loadtest/serve.sh's fpm_nginx_start (both stop by themselves),
# WordPress's front controller behind nginx's usual try_files. Sets the variables demo_stop uses.
total=$((phase * 6))
# The faults follow one another phase by phase from when the last one ended, so a slow machine makes
# the run longer, not the phases shorter; nginx and php-fpm stop by themselves after $limit seconds.
limit=$((total * 2 + 90))
fpm_nginx_start "$T" "$workers" "$limit" "$port" "$SO" "env[SHOPCX_WP_HOME] = $SHOPCX_WP_HOME
php_admin_value[error_reporting] = E_ALL" "$(cat <<EOF
    server {
        listen 127.0.0.1:$port;
        root $T/wp;
        index index.php;
        location / { try_files \$uri \$uri/ /index.php?\$args; }
        location ~ \.php\$ {
            include /etc/nginx/fastcgi_params;
            # Debian's fastcgi_params pass \$host, without the port: WordPress would redirect every
            # page to its canonical URL (with the port of WP_HOME) again and again.
            fastcgi_param HTTP_HOST \$host:\$server_port;
            fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
            fastcgi_pass unix:$T/php-fpm.sock;
        }
    }
EOF
)"
base=$SHOPCX_WP_HOME
faq_url="$base/?rest_route=/shopcx/v1/faq&q="
promise_url="$base/?rest_route=/shopcx/v1/promise&product=$product_id"
for _ in $(seq 1 50); do curl -fsS -o /dev/null "$product_url" 2>/dev/null && break; sleep 0.2; done
demo_fpm_master=$(cat "$T/php-fpm.pid")
for url in "$product_url" "${faq_url}return" "$promise_url"; do
	code=$(curl -s -o "$T/first.html" -w '%{http_code}' "$url")
	[ "$code" = 200 ] || { echo "woocommerce faults: $url answered $code before any fault"; head -c 2000 "$T/first.html"; cat "$T"/*.log; echo "woocommerce faults: 0 passed, 1 failed"; exit 1; }
done

t0=$(date +%s)
stop=$T/stop # The end of the run: customers, wrk and the memory sampler stop when it exists.
# The shop's system cron, every second, until the customers are done.
( while [ ! -e "$T/stop-cron" ]; do SHOPCX_WP_DIR="$T/wp" "${PHP[@]}" -d display_errors=0 -d log_errors=1 -d error_log="$T/cron-errors.log" "$here/cron.php" >>"$T/cron.log" 2>&1 || echo "tick failed: $?" >>"$T/cron.log"; sleep 1; done ) &
cron_pid=$!
pids+=($cron_pid)
# Worker memory, once a second: "seconds pid:rss pid:rss ..." (KiB).
( while [ ! -e "$stop" ]; do echo "$(($(date +%s) - t0)) $(ps -o pid=,rss= --ppid "$demo_fpm_master" | awk '{printf "%s:%s ", $1, $2}')"; sleep 1; done ) >"$T/rss.log" &
pids+=($!)
# wrk, in runs of one phase's length per endpoint (each run its own numbers; "start end" seconds in .time).
for pair in "product|$product_url" "faq|${faq_url}retrun%20my%20ordr" "promise|$promise_url"; do
	( i=0; while [ ! -e "$stop" ]; do i=$((i + 1)); s=$(($(date +%s) - t0)); wrk -t1 -c2 -d"${phase}s" --timeout 10s --latency "${pair#*|}" >"$T/wrk-${pair%%|*}-$i.txt" 2>&1 || true; echo "$s $(($(date +%s) - t0))" >"$T/wrk-${pair%%|*}-$i.time"; done ) &
	pids+=($!)
done
for c in $(seq 1 "$clients") b1; do
	php "$here/fault_client.php" "$base" "$c" "$stop" "$T/client-$c.jsonl" "$product_url" "$T/mail" &
	pids+=($!)
done
mark() { echo "$(php -r 'printf("%.2f", microtime(true) - $argv[1]);' "$t0") $*" >>"$T/faults.log"; }

# Phase 1 calm. Phase 2: a worker killed at its start (every worker is busy under this load).
sleep "$phase"
victim=$(ps -o pid= --ppid "$demo_fpm_master" | head -1 | tr -d ' ')
mark "kill-worker $victim"
kill -9 "$victim"
# Phase 3: the database read-only.
sleep "$phase"
mark "db-readonly"
"${db_root[@]}" -e "SET GLOBAL read_only = ON"
mark "db-readonly-set"
# The fault holds for WordPress's own user (not one that bypasses read_only).
wp_db_user=$(sed -n "s/^define( 'DB_USER', '\(.*\)' );/\1/p" "$T/wp/wp-config.php")
wp_db_password=$(sed -n "s/^define( 'DB_PASSWORD', '\(.*\)' );/\1/p" "$T/wp/wp-config.php")
if mariadb --no-defaults --socket="$T/mysql.sock" -u"$wp_db_user" ${wp_db_password:+-p"$wp_db_password"} wp -e "INSERT INTO wp_loadtest_sessions VALUES ('probe$(date +%s)', '{}')" 2>"$T/ro-probe.txt"; then ro_refused=0; else ro_refused=1; fi
sleep "$phase"
mark "db-writable-setting"
"${db_root[@]}" -e "SET GLOBAL read_only = OFF"
mark "db-writable"
# Phase 4: the uploads disk full, and an admin saving a FAQ entry on it (the save path rebuilds the index).
sleep 2
disk_start=$(date +%s)
idx_before=$(sha256sum "$uploads/shopcx/faq-en.idx" | cut -d' ' -f1)
mark "disk-filling"
# ext4 gives back reserved blocks once written data is allocated: fill, sync, fill again until none are left.
dd if=/dev/zero of="$uploads/filler0" bs=1M 2>/dev/null || true
for i in 1 2 3 4 5; do
	dd if=/dev/zero of="$uploads/filler$i" bs=1k 2>/dev/null || true
	sync -f "$uploads"
	[ "$(df --output=avail -B1 "$uploads" | tail -1 | tr -d ' ')" -gt 0 ] || break
done
mark "disk-full $(df --output=avail -B1 "$uploads" | tail -1 | tr -d ' ') bytes left"
set +e
SHOPCX_WP_DIR="$T/wp" "${PHP[@]}" -d display_errors=0 -d log_errors=1 -d error_log="$T/faq-save-errors.log" "$here/seed.php" faq-save >"$T/faq-save.txt" 2>&1
faq_save=$?
set -e
mark "faq-saved exit $faq_save"
sleep 3 # Cron ticks on the full disk: the retry fails too, and must not take the old index with it.
faq_full=$(curl -s -w ' %{http_code}' "${faq_url}return")
idx_during=$(sha256sum "$uploads/shopcx/faq-en.idx" | cut -d' ' -f1)
tmp_left=$(find "$uploads" -name '*.tmp*' | wc -l)
left=$((disk_start + phase - $(date +%s)))
[ "$left" -le 0 ] || sleep "$left"
rm -f "$uploads"/filler*
mark "disk-freed"
# Phases 5 and 6: calm again; the shop must recover by itself.
sleep $((phase * 2))
mark "end"
touch "$stop"
for p in "${pids[@]}"; do [ "$p" = "$cron_pid" ] || wait "$p" || true; done
touch "$T/stop-cron"
wait "$cron_pid" || true
pids=()
faq_after=$(curl -s -w ' %{http_code}' "${faq_url}descale%20espresso")
idx_after=$(sha256sum "$uploads/shopcx/faq-en.idx" | cut -d' ' -f1)
workers_after=$(ps -o pid= --ppid "$demo_fpm_master" | wc -l)
victim_gone=$(ps -o pid= --ppid "$demo_fpm_master" | tr -d ' ' | grep -cx "$victim" || true)
demo_stop

echo "ShopCX WooCommerce site under faults: nginx + php-fpm ($workers static workers), WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php) + MariaDB, $clients customers ordering, reviewing and answering surveys and one only ordering, wrk -c2 on three read endpoints, $(($(date +%s) - t0))s on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "fault timeline (seconds into the run):"
sed 's/^/  /' "$T/faults.log"
cat "$T"/client-*.jsonl >"$T/clients.jsonl"
php -r 'echo json_encode(array_combine(array_map(fn($a) => explode("=", $a, 2)[0], array_slice($argv, 1)), array_map(fn($a) => explode("=", $a, 2)[1], array_slice($argv, 1)))), "\n";' \
	"phase=$phase" "t0=$t0" "workers=$workers" "clients=$clients" "workers_after=$workers_after" "victim_gone=$victim_gone" \
	"ro_refused=$ro_refused" "faq_save=$faq_save" "idx_before=$idx_before" "idx_during=$idx_during" "idx_after=$idx_after" \
	"tmp_left=$tmp_left" "faq_full=$faq_full" "faq_after=$faq_after" "dir=$T" "socket=$T/mysql.sock" >"$T/run.json"
php "$here/fault_check.php" "$T/run.json"
