#!/usr/bin/env bash
# Runs the Magento module's unit and static tests against the real shopcx extension.
# Magento itself is not installed: Test/Stubs/ stands in for the framework types the module uses.
# Then phpstan (level in Test/phpstan.neon) over the module, counted as one more check.
# Ends with "magento: N passed, M failed"; exit status non-zero when anything failed.
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/../../../tests/deps.sh"

shopcx_install_deps
if ! command -v phpunit >/dev/null 2>&1; then
	echo "magento: installing phpunit"
	shopcx_as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends phpunit >/dev/null
fi
# Composer (phpstan below) unpacks Packagist's zips with unzip or PHP's zip: a minimal Debian has neither.
if ! command -v unzip >/dev/null 2>&1 && ! php -m | grep -qx zip; then
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends unzip >/dev/null
fi
# PHPUnit 12 dropped the doc-comment metadata the tests use (@dataProvider): where Debian's phpunit
# is 12 or newer (forky: 13), PHPUnit 11 from Packagist, once, into ~/.cache/shopcx-phpunit11.
PHPUNIT=$(command -v phpunit)
if [ "$(php "$PHPUNIT" --version 2>/dev/null | sed -n 's/^PHPUnit \([0-9]*\).*/\1/p')" -ge 12 ] 2>/dev/null; then
	command -v composer >/dev/null 2>&1 ||
		DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends composer >/dev/null
	P11=$HOME/.cache/shopcx-phpunit11
	if [ ! -x "$P11/vendor/bin/phpunit" ]; then
		mkdir -p "$P11"
		composer require --working-dir="$P11" --no-interaction --no-progress --quiet 'phpunit/phpunit:^11.5' ||
			{ echo "magento: composer could not install PHPUnit 11"; echo "magento: 0 passed, 1 failed"; exit 1; }
	fi
	PHPUNIT=$P11/vendor/bin/phpunit
fi
echo "magento: $(php "$PHPUNIT" --version | head -n 1) on PHP $(php -r 'echo PHP_VERSION;')"
# shopcx_build is incremental: it only reconfigures or recompiles what changed.
(shopcx_build >/tmp/shopcx-magento-build.$$.log 2>&1) || {
	cat /tmp/shopcx-magento-build.$$.log; rm -f /tmp/shopcx-magento-build.$$.log
	echo "magento: 0 passed, 1 failed"; exit 1
}
rm -f /tmp/shopcx-magento-build.$$.log

junit=$(mktemp)
trap 'rm -f "$junit"' EXIT
php -d extension="$SHOPCX_ROOT/modules/shopcx.so" "$PHPUNIT" -c "$HERE/phpunit.xml" --log-junit "$junit"
rc=$?
# Counts from the JUnit log: tests minus failures, errors and skips passed.
read -r passed failed < <(php -r '
	$x = @simplexml_load_file($argv[1]);
	if ($x === false || !isset($x->testsuite)) { echo "0 1\n"; exit; }
	$s = $x->testsuite[0];
	$bad = (int) $s["failures"] + (int) $s["errors"];
	$skip = (int) $s["skipped"];
	echo ((int) $s["tests"] - $bad - $skip), " ", $bad, "\n";' "$junit")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
	failed=1   # phpunit failed outside any test (bootstrap, risky or warning under failOnWarning)
fi

# phpstan from Packagist into Test/.tools (git-ignored), fetched once. Magento's types come from
# Test/Stubs, ShopCX's from php_stubs/. Not being able to install it is a failure, not a skip.
TOOLS="$HERE/.tools"
if [ ! -x "$TOOLS/vendor/bin/phpstan" ]; then
	if ! command -v composer >/dev/null 2>&1; then
		DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends composer >/dev/null
	fi
	mkdir -p "$TOOLS"
	echo "magento: installing phpstan into $TOOLS"
	composer require --working-dir="$TOOLS" --no-interaction --no-progress --quiet 'phpstan/phpstan:^2.1' || true
fi
if [ -x "$TOOLS/vendor/bin/phpstan" ] &&
	php "$TOOLS/vendor/bin/phpstan" analyse -c "$HERE/phpstan.neon" --no-progress --memory-limit=512M; then
	passed=$((passed + 1))
else
	[ -x "$TOOLS/vendor/bin/phpstan" ] || echo "magento: phpstan could not be installed"
	echo "magento: phpstan failed"
	failed=$((failed + 1)); rc=1
fi
# With MAGENTO_ROOT naming a Magento install tree (one with vendor/magento/framework), the doubles in
# Test/Stubs are also compared with its real classes (Test/compare_stubs.php); without, nothing is claimed.
if [ -n "${MAGENTO_ROOT:-}" ]; then
	if php "$HERE/compare_stubs.php" "$MAGENTO_ROOT"; then
		passed=$((passed + 1))
	else
		echo "magento: the doubles differ from $MAGENTO_ROOT"
		failed=$((failed + 1)); rc=1
	fi
fi
echo "magento: $passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
