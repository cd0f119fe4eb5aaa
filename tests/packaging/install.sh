#!/usr/bin/env bash
# Installs ShopCX the ways a user does and proves each result loads and passes the phpt suite:
#   pecl    `pecl package` makes the release tarball from package.xml, `pecl install` builds it
#           (pecl configures in a build directory of its own, outside the source tree)
#   phpize  the README's commands: phpize && ./configure && make && make install
# Each route starts from a clean copy of the tree, installs into PHP's extension_dir, runs the suite
# against the installed module (loaded by name, as php.ini would) and uninstalls it again.
#   bash tests/packaging/install.sh [pecl] [phpize]
# Needs root (installs php-pear and writes to extension_dir). Prints "install: N passed, M failed".
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/tests/deps.sh"
shopcx_install_deps
v=$SHOPCX_PHP_VERSION
php=php$v
if ! command -v pecl >/dev/null 2>&1; then
	echo "install: installing php-pear"
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends php-pear >/dev/null
fi
extdir=$("php-config$v" --extension-dir)
routes=${*:-pecl phpize}
passed=0 failed=0
work=$(mktemp -d /tmp/shopcx-install.XXXXXX)
trap 'rm -rf "$work"; rm -f "$extdir/shopcx.so"' EXIT

clean_copy() {
	rm -rf "$1" && mkdir -p "$1"
	if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
		(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$1")
	else
		cp -a "$root/." "$1/"   # already a clean copy (tests/matrix/run.sh --exec makes one without .git)
	fi
}

# check ROUTE: the installed module loads by name and the suite passes against it.
check() {
	local route=$1 size loaded
	if [ ! -f "$extdir/shopcx.so" ]; then
		echo "install-$route: no shopcx.so in $extdir"; return 1
	fi
	size=$(stat -c %s "$extdir/shopcx.so")
	loaded=$("$php" -n -d extension=shopcx -r 'echo phpversion("shopcx") ?: "not loaded";' 2>&1)
	echo "install-$route: $extdir/shopcx.so, $size bytes, shopcx $loaded on PHP $("$php" -n -r 'echo PHP_VERSION;')"
	[[ "$loaded" =~ ^[0-9] ]] || return 1
	# The suite from the clean copy, against the installed module.
	(cd "$work/tree" && NO_INTERACTION=1 REPORT_EXIT_STATUS=1 "$php" "$work/tree/run-tests.php" -p "$(command -v "$php")" -n \
		-d extension=shopcx -q --no-color -j"$(nproc)" tests >"$work/$route.log" 2>&1)
	local status=$? p f s
	p=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$work/$route.log")
	f=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$work/$route.log")
	s=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$work/$route.log")
	grep -oE '(FAIL|SKIP|BORK) .*' "$work/$route.log"
	echo "install-$route suite: ${p:-0} passed, ${f:-0} failed, ${s:-0} skipped"
	[ "$status" -eq 0 ] && [ "${p:-0}" -gt 0 ] && [ "${f:-0}" -eq 0 ] && [ "${s:-0}" -eq 0 ]
}

for route in $routes; do
	rm -f "$extdir/shopcx.so"
	clean_copy "$work/tree"
	ok=1
	case "$route" in
		pecl)
			(cd "$work/tree" && pecl package package.xml) >"$work/pecl-package.log" 2>&1 || { cat "$work/pecl-package.log"; ok=0; }
			tarball=$(ls "$work"/tree/shopcx-*.tgz 2>/dev/null | head -n1)
			if [ "$ok" = 1 ] && [ -n "$tarball" ]; then
				echo "install-pecl: $(basename "$tarball"), $(tar -tzf "$tarball" | wc -l) files"
				# No configure options are asked; an empty line answers a prompt if a future one appears.
				echo | pecl -d php_suffix="$v" install -f "$tarball" >"$work/pecl-install.log" 2>&1 \
					|| { tail -n 30 "$work/pecl-install.log"; ok=0; }
				grep -E '^(install ok|Build process completed)' "$work/pecl-install.log"
			else
				ok=0
			fi
			# The suite needs run-tests.php, which phpize puts in the source tree.
			[ "$ok" = 1 ] && (cd "$work/tree" && "phpize$v" >/dev/null 2>&1)
			;;
		phpize)
			(cd "$work/tree" && "phpize$v" && ./configure --with-php-config="php-config$v" && make -j"$(nproc)" && make install) \
				>"$work/phpize.log" 2>&1 || { tail -n 30 "$work/phpize.log"; ok=0; }
			;;
		*) echo "unknown route $route (pecl, phpize)"; ok=0 ;;
	esac
	if [ "$ok" = 1 ] && check "$route"; then
		passed=$((passed + 1))
	else
		echo "install-$route: FAILED"
		failed=$((failed + 1))
	fi
	[ "$route" = pecl ] && pecl uninstall shopcx >/dev/null 2>&1
	rm -f "$extdir/shopcx.so"
done
echo "install (PHP $v): $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
