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

# shellcheck source=serve.sh
source "$here/serve.sh"
shopcx_install_deps
demo_install_servers
(shopcx_build) # incremental: a no-op when nothing changed

work=$(mktemp -d)
chmod 755 "$work"
trap 'demo_stop; rm -rf "$work"' EXIT
mkdir -p "$work/var"
SHOPCX_DEMO_VAR="$work/var" php -d extension="$root/modules/shopcx.so" "$shop/lib/seed.php" >/dev/null
# Both stop by themselves after a bounded time even if this script is killed.
demo_serve "$work" "$work/var" "$workers" $((duration * 2 + 60))
base=$demo_base

product="$base/p/noorderlicht"
faq="$base/api/faq?lang=en&q=retrun%20my%20ordr"
for url in "$product" "$faq"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
	[ "$code" = 200 ] || { echo "loadtest: $url answered $code"; cat "$work"/*.log; exit 1; }
done

# Warm up: every worker maps the FAQ index, compiles the scripts into opcache.
wrk -t1 -c"$workers" -d2s "$product" >/dev/null
wrk -t1 -c"$workers" -d2s "$faq" >/dev/null

echo "ShopCX demo shop load test: nginx + php-fpm ($workers static workers, opcache as Debian ships it), wrk -t2 -c$connections -d${duration}s on $(nproc) cores"
printf '%-32s %10s %10s %10s %8s  %s\n' "endpoint" "req/s" "p50" "p99" "errors" "fpm worker RSS KiB before -> after"
for pair in "product page|$product" "FAQ search endpoint|$faq"; do
	name=${pair%%|*}
	url=${pair#*|}
	before=$(demo_worker_rss)
	out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$url")
	after=$(demo_worker_rss)
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
