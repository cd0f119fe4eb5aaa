#!/usr/bin/env bash
# Load test of the demo shop (a benchmark, not a CI gate): nginx + php-fpm on loopback, configs
# generated into a temporary directory, wrk against the product page and the FAQ search endpoint.
# Prints requests/s, p99 latency, errors and the php-fpm workers' memory before and after.
#   bash examples/demo-shop/loadtest/run.sh               (20 s per URL, 2 workers, 16 connections)
#   DURATION=10 WORKERS=4 CONNECTIONS=32 bash examples/demo-shop/loadtest/run.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shop=$(dirname "$here")
# shellcheck source=../../../tests/deps.sh
source "$shop/../../tests/deps.sh"
root=$SHOPCX_ROOT
duration=${DURATION:-20}
workers=${WORKERS:-2}
connections=${CONNECTIONS:-16}

shopcx_install_deps
missing=""
for pkg in nginx-light php8.2-fpm wrk; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
	echo "loadtest: installing$missing"
	shopcx_as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
(shopcx_build) # incremental: a no-op when nothing changed

work=$(mktemp -d)
chmod 755 "$work"
fpm_pid="" nginx_pid=""
cleanup() {
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
	[ -n "$fpm_pid" ] && kill "$fpm_pid" 2>/dev/null && wait "$fpm_pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT

port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
user=$(id -un)
group=$(id -gn)
mkdir -p "$work/var" "$work/nginx"
SHOPCX_DEMO_VAR="$work/var" php -d extension="$root/modules/shopcx.so" "$shop/lib/seed.php" >/dev/null

cat >"$work/php-fpm.conf" <<EOF
[global]
pid = $work/php-fpm.pid
error_log = $work/php-fpm.log
daemonize = no

[shop]
user = $user
group = $group
listen = $work/php-fpm.sock
listen.mode = 0666
pm = static
pm.max_children = $workers
clear_env = yes
env[SHOPCX_DEMO_VAR] = $work/var
catch_workers_output = yes
php_admin_value[error_log] = $work/php-errors.log
php_admin_flag[log_errors] = on
php_admin_flag[display_errors] = off
EOF

cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
$( [ "$(id -u)" -eq 0 ] && echo "user $user $group;" )
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    fastcgi_temp_path $work/nginx/fastcgi;
    proxy_temp_path $work/nginx/proxy;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    types { text/css css; text/javascript js; }
    server {
        listen 127.0.0.1:$port;
        root $shop;
        location /assets/ { try_files \$uri =404; }
        location / {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $shop/router.php;
            fastcgi_param SCRIPT_NAME /router.php;
            fastcgi_pass unix:$work/php-fpm.sock;
        }
    }
}
EOF

# Both stop by themselves after a bounded time even if this script is killed.
limit=$((duration * 2 + 60))
fpm_flags=()
[ "$(id -u)" -eq 0 ] && fpm_flags+=(-R)
timeout "$limit" php-fpm8.2 "${fpm_flags[@]}" -y "$work/php-fpm.conf" \
	-d extension="$root/modules/shopcx.so" &
fpm_pid=$!
timeout "$limit" nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' 2>>"$work/nginx-error.log" &
nginx_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 50); do
	curl -fsS -o /dev/null "$base/faq" 2>/dev/null && break
	sleep 0.2
done

product="$base/p/noorderlicht"
faq="$base/api/faq?lang=en&q=retrun%20my%20ordr"
for url in "$product" "$faq"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
	[ "$code" = 200 ] || { echo "loadtest: $url answered $code"; cat "$work"/*.log; exit 1; }
done

fpm_master=$(cat "$work/php-fpm.pid")
rss() { # the php-fpm workers' resident memory in KiB, one number each
	ps -o rss= --ppid "$fpm_master" | tr -s ' \n' ' ' | sed 's/^ //; s/ $//'
}
# Warm up: every worker maps the FAQ index, compiles the scripts into opcache.
wrk -t1 -c"$workers" -d2s "$product" >/dev/null
wrk -t1 -c"$workers" -d2s "$faq" >/dev/null

echo "ShopCX demo shop load test: nginx + php-fpm ($workers static workers, opcache as Debian ships it), wrk -t2 -c$connections -d${duration}s on $(nproc) cores"
printf '%-32s %10s %10s %10s %8s  %s\n' "endpoint" "req/s" "p50" "p99" "errors" "fpm worker RSS KiB before -> after"
for pair in "product page|$product" "FAQ search endpoint|$faq"; do
	name=${pair%%|*}
	url=${pair#*|}
	before=$(rss)
	out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$url")
	after=$(rss)
	rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
	p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
	p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
	non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
	sock=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}')
	errors=$(( ${non2xx:-0} + ${sock:-0} ))
	printf '%-32s %10s %10s %10s %8s  %s -> %s\n' "$name" "$rps" "$p50" "$p99" "$errors" "$before" "$after"
done
if [ -s "$work/php-errors.log" ]; then
	echo "PHP errors during the run:"
	head -20 "$work/php-errors.log"
fi
