#!/usr/bin/env bash
# Thread-safety check: builds a ZTS PHP from Debian's source package of the PHP this system runs
# (8.2 on Debian 12; 8.4 in the trixie chroot: bash tests/matrix/run.sh --exec php8.4-trixie
# 'bash tests/zts/run.sh') once, into $SHOPCX_ZTS_PREFIX (default /opt/php<version>-zts), builds
# ShopCX against it in a scratch copy of the tree and runs the phpt suite there. Slow the first time
# (PHP itself compiles), so it is not part of CI; run it when you touch globals, caches or anything
# process-wide.
#   bash tests/zts/run.sh [run-tests arguments]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/tests/deps.sh"
shopcx_install_deps
php=php$SHOPCX_PHP_VERSION
prefix=${SHOPCX_ZTS_PREFIX:-/opt/$php-zts}

if [ ! -x "$prefix/bin/php" ]; then
	work=$(mktemp -d)
	# Debian's source package of the PHP we run; deb-src lines are added when missing. Like Debian's
	# own build it uses the system pcre2 (ShopCX links libpcre2-8 too: two copies in one process clash).
	if [ -z "$(apt-cache showsrc "$php" 2>/dev/null)" ]; then
		if [ -f /etc/apt/sources.list.d/debian.sources ]; then
			sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
				| shopcx_as_root tee /etc/apt/sources.list.d/shopcx-deb-src.sources >/dev/null
		else   # a debootstrap chroot has a one-line sources.list
			sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | shopcx_as_root tee /etc/apt/sources.list.d/shopcx-deb-src.list >/dev/null
		fi
		shopcx_as_root apt-get update -qq
	fi
	DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get install -y -qq --no-install-recommends \
		bison re2c libxml2-dev libsqlite3-dev libonig-dev xz-utils >/dev/null
	# The newest version whose sources the mirror still has.
	for version in $(apt-cache showsrc "$php" | sed -n 's/^Version: //p'); do
		(cd "$work" && apt-get source --download-only "$php=$version" >/dev/null 2>&1) && break
	done
	tarball=$(ls "$work"/"$php"_*.orig.tar.xz 2>/dev/null | head -n1 || true)
	if [ -z "$tarball" ]; then
		echo "zts: the mirror serves no source package of $php ($(apt-cache showsrc "$php" | sed -n 's/^Version: //p' | tr '\n' ' '))"
		echo "zts: 0 passed, 1 failed"
		exit 1
	fi
	tar -C "$work" -xJf "$tarball"
	src=$(find "$work" -maxdepth 1 -type d -name "php-$SHOPCX_PHP_VERSION*" | head -n1)
	(cd "$src" && ./configure --prefix="$prefix" --enable-zts --disable-all --enable-cli --disable-cgi --disable-phpdbg \
		--with-libxml --enable-dom --enable-xml --enable-xmlreader --enable-xmlwriter --enable-simplexml \
		--enable-ctype --enable-tokenizer --enable-filter --enable-mbstring --enable-posix \
		--enable-pdo --with-pdo-sqlite --with-sqlite3 --with-external-pcre >/dev/null && make -j"$(nproc)" >/dev/null && make install >/dev/null)
	rm -rf "$work"
fi
"$prefix/bin/php" -v | head -n1

# Build in a scratch copy so the source tree's NTS build is left alone.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
	(cd "$root" && git ls-files -z | xargs -0 -I{} cp --parents {} "$scratch"/)
else   # a copy without .git (tests/matrix/run.sh --exec): the tree as it is, minus build output
	tar -C "$root" --exclude=./modules --exclude=./.libs --exclude='*.lo' --exclude='*.o' -cf - . | tar -C "$scratch" -xf -
fi
cd "$scratch"
"$prefix/bin/phpize" >/dev/null
./configure --with-php-config="$prefix/bin/php-config" --enable-shopcx-dev >/dev/null
make -j"$(nproc)" >/dev/null
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(tests)
set +e
NO_INTERACTION=1 "$prefix/bin/php" run-tests.php -p "$prefix/bin/php" -n -d "extension=$scratch/modules/shopcx.so" -q --show-diff -j"$(nproc)" "${args[@]}" 2>&1 | tee zts.log
set -e
passed=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' zts.log); failed=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' zts.log)
echo "zts: ${passed:-0} passed, ${failed:-0} failed"
[ "${failed:-0}" -eq 0 ] && [ "${passed:-0}" -gt 0 ]
