#!/usr/bin/env bash
# Faults under load (issue 24), a CI check: the demo shop behind nginx + php-fpm on loopback, its data
# folder on a small ext4 image of its own, read by wrk (product page, FAQ search) while customers
# (loadtest/fault_client.php) order, review and answer surveys. During the run:
#   a php-fpm worker is killed (SIGKILL) mid-request;
#   the database goes read-only: the SQLite file and its WAL made immutable (chattr +i; ext4 then
#     refuses every write, also through the workers' open handles), later writable again;
#   the disk fills up during a FAQ index rebuild (php lib/reindex.php), later space is freed.
# Then it checks: no answer leaked SQL, paths or exception text; every order, review and survey answer
# the shop acknowledged is in the database, none twice; outside the fault windows every request
# succeeded; after the last fault every customer completes a whole journey again (no restart, no
# operator); the rebuild on the full disk failed cleanly with the old index still answering; the
# killed worker was replaced. Prints throughput, p50/p99, errors and worker memory over time.
#   bash examples/demo-shop/loadtest/faults.sh          (needs root: loop mount, chattr)
#   PHASE=10 CLIENTS=4 WORKERS=3 bash examples/demo-shop/loadtest/faults.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shop=$(dirname "$here")
# shellcheck source=../../../tests/deps.sh
source "$shop/../../tests/deps.sh"
# shellcheck source=serve.sh
source "$here/serve.sh"
root=$SHOPCX_ROOT
phase=${PHASE:-10}      # seconds per phase; six phases
clients=${CLIENTS:-4}
workers=${WORKERS:-3}

[ "$(id -u)" -eq 0 ] || { echo "faults: needs root (loop-mounted ext4 image, chattr)"; exit 1; }
shopcx_install_deps
demo_install_servers
(shopcx_build) >/dev/null # incremental: a no-op when nothing changed

work=$(mktemp -d)
chmod 755 "$work"
var=$work/var
mkdir -p "$var"
pids=()
cleanup() {
	local p
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	demo_stop
	chattr -i "$var"/shop.sqlite "$var"/shop.sqlite-wal 2>/dev/null || true
	umount "$var" 2>/dev/null || umount -l "$var" 2>/dev/null || true
	if [ -n "${KEEP:-}" ]; then echo "faults: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The shop's data folder: a 48 MiB ext4 file system, so that "disk full" is quick and harmless.
truncate -s 48M "$work/var.img"
mkfs.ext4 -q -F -m 0 "$work/var.img"
mount -o loop "$work/var.img" "$var"
chmod 755 "$var"
SHOPCX_DEMO_VAR="$var" php -d extension="$root/modules/shopcx.so" "$shop/lib/seed.php" >/dev/null

total=$((phase * 6))
demo_serve "$work" "$var" "$workers" $((total + 120))
base=$demo_base
for url in /p/noorderlicht "/api/faq?lang=en&q=return"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "$base$url")
	[ "$code" = 200 ] || { echo "faults: $url answered $code before any fault"; cat "$work"/*.log; exit 1; }
done

t0=$(date +%s)
deadline=$((t0 + total))
# Worker memory, once a second: "seconds rss rss ...".
( while [ "$(date +%s)" -lt "$deadline" ]; do echo "$(($(date +%s) - t0)) $(demo_worker_rss)"; sleep 1; done ) >"$work/rss.log" &
pids+=($!)
wrk -t1 -c4 -d"${total}s" --timeout 10s --latency "$base/p/noorderlicht" >"$work/wrk-product.txt" 2>&1 &
pids+=($!)
wrk -t1 -c4 -d"${total}s" --timeout 10s --latency "$base/api/faq?lang=en&q=retrun%20my%20ordr" >"$work/wrk-faq.txt" 2>&1 &
pids+=($!)
for c in $(seq 1 "$clients"); do
	php "$here/fault_client.php" "$base" "$c" "$deadline" "$work/client-$c.jsonl" &
	pids+=($!)
done
at() { # waits until second $1 of the run
	local now
	now=$(date +%s)
	[ $((t0 + $1)) -le "$now" ] || sleep $((t0 + $1 - now))
}
mark() { echo "$(php -r 'printf("%.2f", microtime(true) - $argv[1]);' "$t0") $*" >>"$work/faults.log"; }

# Phase 1 calm. Phase 2: a worker killed at its start.
at "$phase"
victim=$(ps -o pid= --ppid "$demo_fpm_master" | head -1 | tr -d ' ')
# A fault's start is written down before it happens, its end after: the windows then hold it.
mark "kill-worker $victim"
kill -9 "$victim"
# Phase 3: the database read-only.
at $((phase * 2))
db_files=("$var/shop.sqlite")
[ -e "$var/shop.sqlite-wal" ] && db_files+=("$var/shop.sqlite-wal")
mark "db-readonly ${#db_files[@]} files"
chattr +i "${db_files[@]}"
at $((phase * 3))
chattr -i "${db_files[@]}"
mark "db-writable"
# Phase 4: the disk full, and a FAQ index rebuild on it.
idx_before=$(sha256sum "$var/faq-en.idx" | cut -d' ' -f1)
mark "disk-filling"
# ext4 gives back reserved blocks once written data is allocated: fill, sync, fill again until none are left.
# (1 KiB writes at the end: a bigger block that does not fit leaves its size free.)
dd if=/dev/zero of="$var/filler0" bs=1M 2>/dev/null || true
for i in 1 2 3 4 5; do
	dd if=/dev/zero of="$var/filler$i" bs=1k 2>/dev/null || true
	sync -f "$var"
	[ "$(df --output=avail -B1 "$var" | tail -1 | tr -d ' ')" -gt 0 ] || break
done
mark "disk-full $(df --output=avail -B1 "$var" | tail -1 | tr -d ' ') bytes left"
set +e
SHOPCX_DEMO_VAR="$var" php -d extension="$root/modules/shopcx.so" "$shop/lib/reindex.php" >"$work/reindex-full.txt" 2>&1
reindex_full=$?
set -e
faq_full=$(curl -s -w ' %{http_code}' "$base/api/faq?lang=en&q=return")
idx_during=$(sha256sum "$var/faq-en.idx" | cut -d' ' -f1)
tmp_left=$(find "$var" -name 'faq-*.tmp.*' | wc -l)
at $((phase * 4))
rm -f "$var"/filler*
mark "disk-freed"
set +e
SHOPCX_DEMO_VAR="$var" php -d extension="$root/modules/shopcx.so" "$shop/lib/reindex.php" >"$work/reindex-after.txt" 2>&1
reindex_after=$?
set -e
mark "reindex-after exit $reindex_after"
# Phases 5 and 6: calm again; the shop must recover by itself.
for p in "${pids[@]}"; do wait "$p" || true; done
pids=()
workers_after=$(ps -o pid= --ppid "$demo_fpm_master" | wc -l)
victim_gone=$(ps -o pid= --ppid "$demo_fpm_master" | tr -d ' ' | grep -cx "$victim" || true)
demo_stop

echo "ShopCX demo shop under faults: nginx + php-fpm ($workers static workers), $clients customers ordering, reviewing and answering surveys, wrk -c4 on two read endpoints, ${total}s on $(nproc) cores"
echo "fault timeline (seconds into the run):"
sed 's/^/  /' "$work/faults.log"
printf '%-22s %10s %10s %10s %8s\n' "read endpoint" "req/s" "p50" "p99" "non-2xx"
for pair in "product page|$work/wrk-product.txt" "FAQ search endpoint|$work/wrk-faq.txt"; do
	out=$(cat "${pair#*|}")
	printf '%-22s %10s %10s %10s %8s\n' "${pair%%|*}" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
		"$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
		"$(echo "$out" | awk '/Non-2xx/ {print $NF}' | grep . || echo 0)"
done

cat "$work"/client-*.jsonl >"$work/clients.jsonl"
php "$here/fault_check.php" "$work/clients.jsonl" "$var/shop.sqlite" "$work/faults.log" "$phase" "$t0" "$work/rss.log" \
	"$reindex_full" "$reindex_after" "$idx_before" "$idx_during" "$tmp_left" "$faq_full" "$workers" "$workers_after" "$victim_gone" \
	"$work/reindex-full.txt" "$work/php-errors.log" "$work/wrk-product.txt" "$work/wrk-faq.txt"
