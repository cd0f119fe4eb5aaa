#!/bin/sh
# Regenerates php_stubs/*_arginfo.h from the stubs with the gen_stub.php that php8.2-dev ships.
# gen_stub.php wants nikic/PHP-Parser 4.x beside itself; we point it at Debian's php-parser
# package (apt-get install php-parser) so nothing is downloaded.
#   php_stubs/generate.sh          regenerate every header
#   php_stubs/generate.sh --check  fail when a committed header differs from what its stub generates
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gen=$(php-config --extension-dir)/build/gen_stub.php
[ -f "$gen" ] || { echo "gen_stub.php not found: apt-get install php8.2-dev" >&2; exit 1; }
parser=/usr/share/php/PhpParser
[ -d "$parser" ] || { echo "PHP-Parser not found: apt-get install php-parser" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$gen" "$work/gen_stub.php"
version=$(sed -n 's/.*\$version = "\([0-9.]*\)".*/\1/p' "$work/gen_stub.php" | head -n1)
mkdir -p "$work/PHP-Parser-$version/lib"
ln -s "$parser" "$work/PHP-Parser-$version/lib/PhpParser"

if [ "${1:-}" = "--check" ]; then
	mkdir "$work/check"
	cp "$here"/*.stub.php "$work/check/"
	php "$work/gen_stub.php" -f "$work/check" >/dev/null
	status=0
	for stub in "$here"/*.stub.php; do
		name=$(basename "$stub" .stub.php)
		if ! cmp -s "$work/check/${name}_arginfo.h" "$here/${name}_arginfo.h"; then
			echo "out of date: php_stubs/${name}_arginfo.h (run php_stubs/generate.sh)" >&2
			status=1
		fi
	done
	[ $status -eq 0 ] && echo "arginfo headers match their stubs"
	exit $status
fi
php "$work/gen_stub.php" -f "$here"
