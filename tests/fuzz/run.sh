#!/usr/bin/env bash
# Builds every libFuzzer harness in tests/fuzz/*.c (clang, ASan + UBSan) and runs each for a
# bounded time on its committed seed corpus (tests/fuzz/corpus/<harness>/). A harness names
# in its header comment the pure-C sources it needs (" * sources: ..."), and optionally extra
# compiler flags (" * cflags: ...", where @php_includes@ stands for PHP's include flags) and
# libraries (" * libs: ..."). Needs clang and libclang-rt-14-dev (installed when missing).
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
failed=0
for name in "${harnesses[@]}"; do
	src="$root/tests/fuzz/$name.c"
	sources=$(sed -n 's/^ \* sources: //p' "$src" | head -n1)
	extra=$(sed -n 's/^ \* cflags: //p' "$src" | head -n1 | sed "s|@php_includes@|$(php-config --includes)|")
	libs=$(sed -n 's/^ \* libs: //p' "$src" | head -n1)
	if [ -z "$sources" ]; then
		echo "== $name: no ' * sources:' line, skipped" >&2
		continue
	fi
	# shellcheck disable=SC2086
	(cd "$root" && clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-I src -I . $extra -o "$build/$name" "$src" $sources $libs)
	corpus="$build/corpus-$name"
	mkdir -p "$corpus"
	[ -d "$root/tests/fuzz/corpus/$name" ] && cp -n "$root/tests/fuzz/corpus/$name"/* "$corpus"/ 2>/dev/null || true
	echo "== $name: ${seconds}s"
	set +e
	"$build/$name" -max_total_time="$seconds" -timeout=10 -artifact_prefix="$build/$name-" -print_final_stats=1 -max_len=65536 "$corpus" > "$build/$name.log" 2>&1
	rc=$?
	set -e
	grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units" "$build/$name.log" | tail -n 2
	if [ $rc -ne 0 ]; then
		grep -E "ERROR|SUMMARY|Test unit written" "$build/$name.log" | head -n 5
		echo "== $name FAILED (log: $build/$name.log)"
		failed=1
	fi
done
exit $failed
