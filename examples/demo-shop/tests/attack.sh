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

# shellcheck source=builtin.sh
source "$here/builtin.sh"
work=$(mktemp -d)
trap 'demo_builtin_stop; rm -rf "$work"' EXIT
# SHOPCX_DEMO_RACE_DELAY_MS: the parallel posts (X-ShopCx-Race header) wait 150 ms between their read and their
# write (race_window() in lib/shop.php), so they meet there and a check-then-insert would store each one.
demo_builtin_start "$so" "$work" SHOPCX_DEMO_RACE_DELAY_MS=150 || { echo "attack: 0 passed, 1 failed"; exit 1; }
port=$DEMO_PORT
password=$DEMO_ADMIN_PASSWORD
status=0
SHOP_URL="http://127.0.0.1:$port" SHOP_VAR="$work/var" ADMIN_PASSWORD="$password" SERVER_LOG="$work/server.log" \
	timeout 300 php "$here/attack.php" || status=$?
if [ "$status" -ne 0 ] && [ -n "${ATTACK_SHOW_LOG:-}" ]; then
	grep -E 'PHP |Uncaught' "$work/server.log" | head -20 || true
fi
exit "$status"
