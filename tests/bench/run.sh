#!/usr/bin/env bash
# Runs every benchmark in tests/bench/ (or the ones named) against the built extension.
#   bash tests/bench/run.sh            all
#   bash tests/bench/run.sh token faq  some
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../deps.sh"
shopcx_install_deps
shopcx_build
cd "$SHOPCX_ROOT"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for f in tests/bench/*.php; do
		n=$(basename "$f" .php)
		[ "$n" = Bench ] || names+=("$n")
	done
fi
for n in "${names[@]}"; do
	# opcache.enable_cli so the PHP references run as they would in php-fpm.
	php -d "extension=$SHOPCX_ROOT/modules/shopcx.so" -d opcache.enable_cli=1 -d opcache.jit=off \
		-d memory_limit=4G "tests/bench/$n.php"
done
