#!/usr/bin/env bash
# The demo shop in one command: installs what ShopCX needs (Debian 12), builds the extension, seeds
# the shop's SQLite database and serves it on http://127.0.0.1:8080 until Ctrl-C.
#   bash examples/demo.sh            (PORT=8081 bash examples/demo.sh for another port)
#   bash examples/demo.sh --reseed   (start again from the sample data)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../tests/deps.sh"
shopcx_install_deps
shopcx_build

shop="$SHOPCX_ROOT/examples/demo-shop"
php="php -d extension=$SHOPCX_ROOT/modules/shopcx.so"
port=${PORT:-8080}
if [ "${1:-}" = "--reseed" ] || [ ! -f "$shop/var/shop.sqlite" ]; then
	$php "$shop/lib/seed.php"
fi

cat <<EOT

  ShopCX demo shop: http://127.0.0.1:$port/

  Try:  a product page and its delivery countdown   http://127.0.0.1:$port/p/noorderlicht
        21:59 on Christmas Eve                      http://127.0.0.1:$port/p/noorderlicht?at=2026-12-24T21:59
        the FAQ with a typo ("retrun my ordr")      http://127.0.0.1:$port/faq
        the admin page (charts, cart reminders)     http://127.0.0.1:$port/admin
        back to the real time                       http://127.0.0.1:$port/?at=now
  Stay on a product page for 8 seconds for a chat invitation; place an order for the review
  and survey links. Ctrl-C stops the shop.

EOT
# The clock override is a demo feature: never set SHOPCX_DEMO_CLOCK on a real shop.
PHP_CLI_SERVER_WORKERS=4 SHOPCX_DEMO_CLOCK=1 exec $php -S "127.0.0.1:$port" "$shop/router.php"
