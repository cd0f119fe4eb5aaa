#!/usr/bin/env bash
# Builds and runs the delivery/stock core fuzzer with clang's libFuzzer + ASAN/UBSAN.
#   bash tests/fuzz/delivery_fuzz.sh [seconds, default 60]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cc=$(command -v clang || command -v clang-14)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined -I"$root/src" \
	"$root/tests/fuzz/delivery_fuzz.c" "$root/src/delivery/delivery_calendar.c" "$root/src/delivery/delivery_holidays.c" \
	"$root/src/delivery/delivery_words.c" "$root/src/stock/stock_core.c" "$root/src/common/shopcx_time.c" \
	-o "$out/delivery_fuzz"
mkdir -p "$out/corpus"
cp "$root"/tests/fuzz/delivery_seeds/* "$out/corpus/" 2>/dev/null || true
"$out/delivery_fuzz" -max_total_time="${1:-60}" -max_len=64 "$out/corpus"
