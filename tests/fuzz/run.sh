#!/usr/bin/env bash
# Builds every libFuzzer harness in tests/fuzz/*.c (clang, ASan + UBSan) and runs each for a
# bounded time on its committed seed corpus. A harness names the pure-C sources it needs in a
# "sources:" comment line. Needs clang and libclang-rt-14-dev (installed when missing).
#   bash tests/fuzz/run.sh [seconds-per-harness] [harness...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
shift || true
. "$root/tests/deps.sh"
if ! command -v clang-14 >/dev/null || [ ! -d /usr/lib/llvm-14/lib/clang ] || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
	shopcx_as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get install -y -qq clang-14 libclang-rt-14-dev >/dev/null
fi

build=$root/tests/fuzz/build
mkdir -p "$build"
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
	for f in "$root"/tests/fuzz/*.c; do harnesses+=("$(basename "$f" .c)"); done
fi
for name in "${harnesses[@]}"; do
	src="$root/tests/fuzz/$name.c"
	sources=$(sed -n 's/^ \* sources: //p' "$src" | head -n1)
	extra=$(sed -n 's/^ \* cflags: //p' "$src" | head -n1)
	# shellcheck disable=SC2086
	(cd "$root" && clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-I src -I . $extra -o "$build/$name" "$src" $sources)
	corpus="$build/corpus-$name"
	mkdir -p "$corpus"
	[ -d "$root/tests/fuzz/corpus/$name" ] && cp -n "$root/tests/fuzz/corpus/$name"/* "$corpus"/ 2>/dev/null || true
	echo "== $name: ${seconds}s"
	"$build/$name" -max_total_time="$seconds" -print_final_stats=1 -max_len=8192 "$corpus" 2>&1 \
		| grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|cov:|ERROR|SUMMARY" | tail -n 3
done
