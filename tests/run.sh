#!/usr/bin/env bash
# The test command: installs the Debian packages ShopCX needs, builds it with warnings as
# errors and runs the whole phpt suite with PHP's run-tests.php.
#   bash tests/run.sh              normal pass
#   bash tests/run.sh --valgrind   the same suite under valgrind (run-tests.php -m): leaks fail
#   bash tests/run.sh --asan       an ASAN+UBSAN build of the extension runs the suite
# Extra arguments go to run-tests.php (e.g. a single test folder: bash tests/run.sh tests/token).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/deps.sh"

mode=normal
case "${1:-}" in
	--valgrind) mode=valgrind; shift ;;
	--asan) mode=asan; shift ;;
esac

shopcx_install_deps
if [ "$mode" = asan ]; then
	shopcx_build --enable-shopcx-sanitizers
else
	shopcx_build
fi
cd "$SHOPCX_ROOT"

php=php$SHOPCX_PHP_VERSION
command -v "$php" >/dev/null || php=php
args=(-n -d "extension=$SHOPCX_ROOT/modules/shopcx.so" -q --show-diff -j"$(nproc)")
preload=""
export NO_INTERACTION=1 REPORT_EXIT_STATUS=1
if [ "$mode" = valgrind ]; then
	args+=(-m)
elif [ "$mode" = asan ]; then
	# The PHP binary is not instrumented, so the sanitizer runtimes are preloaded. PHP dlopen()s
	# extensions with RTLD_DEEPBIND, which ASan refuses: tests/asan/no_deepbind.c, preloaded first,
	# drops that flag. Zend's allocator would hide heap errors, so it is switched off.
	shim_dir=$(mktemp -d)
	gcc -shared -fPIC -O1 -o "$shim_dir/no_deepbind.so" tests/asan/no_deepbind.c -ldl
	export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
	export ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1:abort_on_error=1:detect_odr_violation=0
	export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
	export LSAN_OPTIONS="suppressions=$SHOPCX_ROOT/tests/lsan.supp:print_suppressions=0"
	preload="$shim_dir/no_deepbind.so $(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
fi

# A module PHP refuses (one built from no sources is 14 KB and "not a PHP library") must fail here:
# run-tests.php would skip every test for the missing extension and still exit 0.
if ! loaded=$(LD_PRELOAD="$preload" "$php" -n -d "extension=$SHOPCX_ROOT/modules/shopcx.so" -r 'echo extension_loaded("shopcx") ? "yes" : "no";' 2>&1) || [ "$loaded" != yes ]; then
	echo "$loaded"
	echo "shopcx: $SHOPCX_ROOT/modules/shopcx.so does not load into $("$php" -n -r 'echo PHP_VERSION;')"
	echo "phpt-$mode: 0 passed, 1 failed, 0 skipped"
	exit 1
fi

tests=("$@")
[ ${#tests[@]} -eq 0 ] && tests=(tests)

log=$(mktemp)
set +e
LD_PRELOAD="$preload" "$php" run-tests.php -p "$(command -v "$php")" "${args[@]}" "${tests[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

count() { sed -n "s/^Tests $1 *: *\([0-9]*\).*/\1/p" "$log" | tail -n1; }
passed=$(count passed); failed=$(count failed); skipped=$(count skipped); leaked=$(count leaked)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}; leaked=${leaked:-0}
rm -f "$log"
echo
echo "phpt-$mode: $passed passed, $((failed + leaked)) failed, $skipped skipped"
# Every test skipped (passed = 0) is a failure too: it means the extension or PHP is missing.
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$leaked" -ne 0 ] || [ "$passed" -eq 0 ]; then
	exit 1
fi
