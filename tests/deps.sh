# Shared by tests/run.sh and examples/quickstart.sh: installs what ShopCX needs on Debian 12
# and builds the extension. Source it, then call shopcx_install_deps and shopcx_build.

SHOPCX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHOPCX_APT_PACKAGES="php8.2-cli php8.2-dev php-parser php8.2-sqlite3 php8.2-curl gcc make pkg-config autoconf
  libcurl4-openssl-dev libjansson-dev libstemmer-dev libutf8proc-dev libpcre2-dev valgrind"

shopcx_as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

shopcx_install_deps() {
	local missing=""
	for pkg in $SHOPCX_APT_PACKAGES; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
	done
	if [ -n "$missing" ]; then
		echo "shopcx: installing$missing"
		shopcx_as_root apt-get update -qq
		DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
	fi
}

# shopcx_build [configure flags...]: phpize + configure + make in the source tree.
# Rebuilds from scratch when the flags differ from the last build's.
shopcx_build() {
	local flags="--enable-shopcx --enable-shopcx-dev $*"
	cd "$SHOPCX_ROOT"
	if [ ! -f Makefile ] || [ "$(cat .shopcx-build-flags 2>/dev/null)" != "$flags" ]; then
		[ -f Makefile ] && make distclean >/dev/null 2>&1 || true
		phpize >/dev/null
		# shellcheck disable=SC2086
		./configure $flags >/dev/null
		echo "$flags" > .shopcx-build-flags
	fi
	make -j"$(nproc)" >/dev/null
	echo "shopcx: built $SHOPCX_ROOT/modules/shopcx.so ($flags)"
}
