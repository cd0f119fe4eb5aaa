# The demo shop behind nginx + php-fpm on loopback, for run.sh (load) and faults.sh (faults).
# Source it after tests/deps.sh, then:
#   demo_serve WORK VAR WORKERS SECONDS
# WORK: a directory for configs, sockets and logs; VAR: the shop's data folder (SHOPCX_DEMO_VAR);
# WORKERS: static php-fpm children; SECONDS: both servers stop by themselves after that long.
# Sets demo_base (http://127.0.0.1:PORT), demo_fpm_pid, demo_nginx_pid, demo_fpm_master (the
# php-fpm master's pid, whose children are the workers). demo_stop stops both.

demo_install_servers() {
	# tests/deps.sh's installer, for these packages.
	local SHOPCX_APT_PACKAGES="nginx-light php${SHOPCX_PHP_VERSION:-8.2}-fpm wrk"
	shopcx_install_deps
}

demo_serve() {
	local work=$1 var=$2 workers=$3 limit=$4 port shop
	shop=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
	port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
	fpm_nginx_start "$work" "$workers" "$limit" "$port" "$SHOPCX_ROOT/modules/shopcx.so" "env[SHOPCX_DEMO_VAR] = $var" "$(cat <<EOF
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
EOF
)"
	demo_base="http://127.0.0.1:$port"
	local _
	for _ in $(seq 1 50); do
		curl -fsS -o /dev/null "$demo_base/faq" 2>/dev/null && break
		sleep 0.2
	done
	demo_fpm_master=$(cat "$work/php-fpm.pid")
}

# php-fpm (static WORKERS children on WORK/php-fpm.sock) and nginx (one worker) on loopback, both
# stopped by themselves after LIMIT seconds; shared with the WooCommerce fault run.
#   fpm_nginx_start WORK WORKERS LIMIT PORT SO FPM_LINES HTTP_LINES
# SO: the shopcx module, loaded unless php-fpm's own ini loads it; FPM_LINES: extra pool lines
# (env[...], php_admin_value[...]); HTTP_LINES: nginx's server block (and types) inside http.
# Sets demo_fpm_pid and demo_nginx_pid, which demo_stop stops.
fpm_nginx_start() {
	local work=$1 workers=$2 limit=$3 port=$4 so=$5 fpm_lines=$6 http_lines=$7 user group
	user=$(id -un)
	group=$(id -gn)
	mkdir -p "$work/nginx"

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
$fpm_lines
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
$http_lines
}
EOF

	local fpm=("php-fpm${SHOPCX_PHP_VERSION:-8.2}")
	[ "$(id -u)" -eq 0 ] && fpm+=(-R)
	fpm+=(-y "$work/php-fpm.conf")
	"${fpm[0]}" -m 2>/dev/null | grep -x shopcx >/dev/null || fpm+=(-d extension="$so") # Not twice where its ini loads it already.
	timeout "$limit" "${fpm[@]}" &
	demo_fpm_pid=$!
	timeout "$limit" nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' 2>>"$work/nginx-error.log" &
	demo_nginx_pid=$!
}

demo_stop() {
	[ -n "${demo_nginx_pid:-}" ] && kill "$demo_nginx_pid" 2>/dev/null && wait "$demo_nginx_pid" 2>/dev/null
	[ -n "${demo_fpm_pid:-}" ] && kill "$demo_fpm_pid" 2>/dev/null && wait "$demo_fpm_pid" 2>/dev/null
	demo_nginx_pid="" demo_fpm_pid=""
	return 0
}

# The php-fpm workers' resident memory in KiB, one number each.
demo_worker_rss() {
	ps -o rss= --ppid "$demo_fpm_master" | tr -s ' \n' ' ' | sed 's/^ //; s/ $//'
}
