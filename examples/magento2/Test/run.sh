#!/usr/bin/env bash
# Runs the Magento module's unit and static tests against the real shopcx extension.
# Magento itself is not installed: Test/Stubs/ stands in for the framework types the module uses.
# Ends with "magento: N passed, M failed"; exit status non-zero when anything failed.
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/../../../tests/deps.sh"

shopcx_install_deps
if ! command -v phpunit >/dev/null 2>&1; then
	echo "magento: installing phpunit"
	shopcx_as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get install -y -qq --no-install-recommends phpunit >/dev/null
fi
# shopcx_build is incremental: it only reconfigures or recompiles what changed.
(shopcx_build >/tmp/shopcx-magento-build.$$.log 2>&1) || {
	cat /tmp/shopcx-magento-build.$$.log; rm -f /tmp/shopcx-magento-build.$$.log
	echo "magento: 0 passed, 1 failed"; exit 1
}
rm -f /tmp/shopcx-magento-build.$$.log

junit=$(mktemp)
trap 'rm -f "$junit"' EXIT
php -d extension="$SHOPCX_ROOT/modules/shopcx.so" "$(command -v phpunit)" -c "$HERE/phpunit.xml" --log-junit "$junit"
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
echo "magento: $passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
