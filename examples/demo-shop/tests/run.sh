#!/usr/bin/env bash
# Browser test of the demo shop: builds the extension if needed, serves the shop with a fresh
# database on a free loopback port, walks it in Debian's headless Chromium (playwright-core) and
# saves screenshots to examples/demo-shop/tests/screenshots/, then runs the attack pass (attack.sh, its
# summary line "attack: N passed, M failed"). The last line reads "browser: N passed, M failed"; the exit
# status is non-zero on any failure of either.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shop=$(dirname "$here")
# shellcheck source=../../../tests/deps.sh
source "$shop/../../tests/deps.sh"
root=$SHOPCX_ROOT

shopcx_install_deps
missing=""
command -v node >/dev/null && command -v npm >/dev/null || missing="nodejs npm"
command -v curl >/dev/null || missing="$missing curl"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
if [ -n "$missing" ]; then
	echo "demo test: installing $missing"
	shopcx_as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
	(cd "$here" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
(shopcx_build) # incremental: a no-op when nothing changed

# shellcheck source=builtin.sh
source "$here/builtin.sh"
work=$(mktemp -d)
trap 'demo_builtin_stop; rm -rf "$work"' EXIT
mkdir -p "$work/profile"
demo_builtin_start "$root/modules/shopcx.so" "$work" || { echo "browser: 0 passed, 1 failed"; exit 1; }
port=$DEMO_PORT
password=$DEMO_ADMIN_PASSWORD

rm -rf "$here/screenshots"
{
	SHOP_URL="http://127.0.0.1:$port" ADMIN_PASSWORD="$password" SCREENSHOTS="$here/screenshots" USER_DATA_DIR="$work/profile" \
		timeout 180 node "$here/browser.mjs" 2>&1
	echo $? >"$work/status"
} | tee "$work/browser.out" | grep -v '^browser: ' || true
status=$(cat "$work/status")
passed=0 failed=0
if summary=$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed$' "$work/browser.out"); then
	passed=$(echo "$summary" | sed -E 's/browser: ([0-9]+) passed.*/\1/')
	failed=$(echo "$summary" | sed -E 's/.*, ([0-9]+) failed/\1/')
else
	echo "FAIL the browser test did not finish (status $status)"
	failed=$((failed + 1))
fi
# A PHP warning or error during the walk fails the run even when every page looked right.
if grep -E 'PHP (Fatal|Warning|Notice|Deprecated)' "$work/server.log" >/dev/null; then
	echo "FAIL the server log has PHP errors:"
	grep -E 'PHP (Fatal|Warning|Notice|Deprecated)' "$work/server.log" | head -20
	failed=$((failed + 1))
fi
# The attack pass (XSS, CSRF, admin login, signed links, IDOR, SQL injection, leaks, races) on a shop of its own.
attack=0
bash "$here/attack.sh" || attack=$?
[ "$attack" -eq 0 ] || echo "FAIL the attack pass (attack.sh) failed"
echo "screenshots: $here/screenshots"
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$attack" -eq 0 ]
