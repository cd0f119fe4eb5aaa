# Shared by tests/run.sh and examples/quickstart.sh: installs what ShopCX needs on Debian 12 (PHP 8.2)
# or Debian 13 and newer (PHP 8.4) and builds the extension. Source it, then call shopcx_install_deps
# and shopcx_build. SHOPCX_PHP_VERSION picks another Debian PHP (e.g. 8.5 from experimental).

SHOPCX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The PHP already on PATH, else the one the Debian release ships.
if [ -z "${SHOPCX_PHP_VERSION:-}" ]; then
	if command -v php >/dev/null 2>&1; then
		SHOPCX_PHP_VERSION=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
	else
		case "$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-}")" in
			bookworm) SHOPCX_PHP_VERSION=8.2 ;;
			*) SHOPCX_PHP_VERSION=8.4 ;;   # trixie, forky, sid
		esac
	fi
fi
v=$SHOPCX_PHP_VERSION
SHOPCX_APT_PACKAGES="php$v-cli php$v-dev php-parser php$v-sqlite3 php$v-curl php$v-xml gcc make pkg-config autoconf
  libcurl4-openssl-dev libjansson-dev libstemmer-dev libutf8proc-dev libpcre2-dev valgrind"
unset v

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
		DEBIAN_FRONTEND=noninteractive shopcx_as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
	fi
}

# shopcx_build [configure flags...]: phpize + configure + make in the source tree.
# Rebuilds from scratch when the flags differ from the last build's.
shopcx_build() {
	local flags="--enable-shopcx --enable-shopcx-dev $*"
	cd "$SHOPCX_ROOT"
	# config.m4 lists the sources when configure runs: a new or removed .c file means configure again.
	local stamp="$flags $(ls src/*.c src/*/*.c 2>/dev/null | cksum)"
	if [ ! -f Makefile ] || [ "$(cat .shopcx-build-flags 2>/dev/null)" != "$stamp" ]; then
		[ -f Makefile ] && make distclean >/dev/null 2>&1 || true
		"phpize$SHOPCX_PHP_VERSION" >/dev/null
		# shellcheck disable=SC2086
		./configure --with-php-config="php-config$SHOPCX_PHP_VERSION" $flags >/dev/null
		echo "$stamp" > .shopcx-build-flags
	fi
	make -j"$(nproc)" >/dev/null
	echo "shopcx: built $SHOPCX_ROOT/modules/shopcx.so ($flags)"
}
