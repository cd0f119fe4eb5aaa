#!/bin/sh
# Regenerates the arginfo headers from the stubs with the gen_stub.php that php8.2-dev ships.
# The stub php_stubs/<name>.stub.php defines the API; its generated <name>_arginfo.h lives beside
# the binding that includes it: src/<name>/ (src/common/ for shopcx.stub.php).
# gen_stub.php wants nikic/PHP-Parser 4.x beside itself; we point it at Debian's php-parser
# package (apt-get install php-parser) so nothing is downloaded.
#   php_stubs/generate.sh          regenerate every header
#   php_stubs/generate.sh --check  fail when a committed header differs from what its stub generates
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
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

header_dir() {
	if [ "$1" = shopcx ]; then echo "$root/src/common"; else echo "$root/src/$1"; fi
}

mkdir "$work/stubs"
cp "$here"/*.stub.php "$work/stubs/"
php "$work/gen_stub.php" -f "$work/stubs" >/dev/null
status=0
for stub in "$here"/*.stub.php; do
	name=$(basename "$stub" .stub.php)
	dir=$(header_dir "$name")
	if [ ! -d "$dir" ]; then
		echo "no folder $dir for the arginfo header of $stub" >&2
		status=1
		continue
	fi
	if [ "${1:-}" = "--check" ]; then
		if ! cmp -s "$work/stubs/${name}_arginfo.h" "$dir/${name}_arginfo.h"; then
			echo "out of date: ${dir#$root/}/${name}_arginfo.h (run php_stubs/generate.sh)" >&2
			status=1
		fi
	else
		cp "$work/stubs/${name}_arginfo.h" "$dir/${name}_arginfo.h"
		echo "wrote ${dir#$root/}/${name}_arginfo.h"
	fi
done
[ "${1:-}" = "--check" ] && [ $status -eq 0 ] && echo "arginfo headers match their stubs"
exit $status
