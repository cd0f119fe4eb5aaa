#!/usr/bin/env bash
# The README's main command: installs what ShopCX needs (Debian 12), builds it and runs the tour.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../tests/deps.sh"
shopcx_install_deps
shopcx_build
php -d "extension=$SHOPCX_ROOT/modules/shopcx.so" "$SHOPCX_ROOT/examples/quickstart.php"
