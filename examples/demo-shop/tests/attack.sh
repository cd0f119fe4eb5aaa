#!/usr/bin/env bash
# The live attack pass on the demo shop (tests/attack.php): serves the shop with a fresh database on a
# free loopback port, attacks it, stops it. The last line reads "attack: N passed, M failed"; the exit
# status is non-zero on any failure. Uses the extension in modules/shopcx.so (run.sh builds it first;
# built here only when missing) or the one named by SHOPCX_SO.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shop=$(dirname "$here")
root=$(cd "$shop/../.." && pwd)
so=${SHOPCX_SO:-$root/modules/shopcx.so}
if [ ! -f "$so" ]; then
	# shellcheck source=../../../tests/deps.sh
	source "$root/tests/deps.sh"
	shopcx_install_deps
	(shopcx_build)
fi
php -r 'exit(extension_loaded("curl") && extension_loaded("pdo_sqlite") ? 0 : 1);' || { echo "FAIL the attack needs php-curl and php-sqlite3"; echo "attack: 0 passed, 1 failed"; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
	if [ -n "$server" ]; then
		# $server is timeout; its child is php -S, whose PHP_CLI_SERVER_WORKERS outlive their parent:
		# stop the workers, php and timeout by id.
		local php_pid
		php_pid=$(ps -o pid= --ppid "$server" 2>/dev/null | tr -d ' ')
		kill $( [ -n "$php_pid" ] && ps -o pid= --ppid "$php_pid" 2>/dev/null) $php_pid "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

password=$(php -r 'echo bin2hex(random_bytes(12));')
port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
mkdir -p "$work/var"
# SHOPCX_DEMO_RACE_DELAY_MS: the parallel posts (X-ShopCx-Race header) wait 150 ms between their read and their
# write (race_window() in lib/shop.php), so they meet there and a check-then-insert would store each one.
PHP_CLI_SERVER_WORKERS=4 SHOPCX_DEMO_CLOCK=1 SHOPCX_DEMO_VAR="$work/var" SHOPCX_DEMO_ADMIN_PASSWORD="$password" SHOPCX_DEMO_RACE_DELAY_MS=150 \
	timeout 600 php -d extension="$so" -S "127.0.0.1:$port" "$shop/router.php" >"$work/server.log" 2>&1 &
server=$!
up=0
for _ in $(seq 1 50); do
	curl -fsS -o /dev/null "http://127.0.0.1:$port/faq" 2>/dev/null && { up=1; break; }
	sleep 0.2
done
if [ "$up" -ne 1 ]; then
	echo "FAIL the shop did not start:"
	head -20 "$work/server.log"
	echo "attack: 0 passed, 1 failed"
	exit 1
fi
status=0
SHOP_URL="http://127.0.0.1:$port" SHOP_VAR="$work/var" ADMIN_PASSWORD="$password" SERVER_LOG="$work/server.log" \
	timeout 300 php "$here/attack.php" || status=$?
if [ "$status" -ne 0 ] && [ -n "${ATTACK_SHOW_LOG:-}" ]; then
	grep -E 'PHP |Uncaught' "$work/server.log" | head -20 || true
fi
exit "$status"
