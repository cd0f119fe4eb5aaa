#!/usr/bin/env bash
# Builds tests/fuzz/cart_fuzz.c against the pure-C cart core with ASAN+UBSAN and runs it.
#   bash tests/fuzz/cart_fuzz.sh [iterations]   (default 1,000,000 seeded random inputs)
# With clang: clang -g -O1 -fsanitize=fuzzer,address,undefined -DSHOPCX_LIBFUZZER -Isrc \
#   tests/fuzz/cart_fuzz.c src/cart/cart_core.c src/common/shopcx_time.c -o cart_fuzz && ./cart_fuzz
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
gcc -std=c11 -g -O1 -Wall -Wextra -Werror -fsanitize=address,undefined -fno-sanitize-recover=all -I"$root/src" \
	"$root/tests/fuzz/cart_fuzz.c" "$root/src/cart/cart_core.c" "$root/src/common/shopcx_time.c" -o "$out/cart_fuzz"
"$out/cart_fuzz" "${1:-1000000}"
