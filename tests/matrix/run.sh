#!/usr/bin/env bash
# The PHP-version matrix: builds a clean copy of the tree with --enable-shopcx-dev against each PHP a
# shop runs and runs the whole phpt suite there, one summary line per PHP:
#   phpt-php8.5 (sid+experimental, gcc 16.2, snowball 3.1.1): 131 passed, 0 failed, 0 skipped
# Every PHP but the host's (Debian 12, PHP 8.2) lives in a debootstrap chroot of Debian's own suite,
# created on first use under $SHOPCX_MATRIX_DIR (default /var/cache/shopcx-matrix) and reused after.
#   bash tests/matrix/run.sh                 every target
#   bash tests/matrix/run.sh php8.4-forky    some targets (php8.2 php8.4-trixie php8.4-forky php8.5 php8.6)
#   SHOPCX_MATRIX_MODE=valgrind|asan         the suite under valgrind / with an ASAN+UBSAN build
#   bash tests/matrix/run.sh --shell php8.5  a root shell in that target's chroot (for debugging)
#   bash tests/matrix/run.sh --exec php8.4-trixie 'CMD'   CMD in a clean copy of the tree in the chroot
#   bash tests/matrix/run.sh --prepare [targets]          only create the chroots (in parallel)
# Needs root (debootstrap, chroot, mount). Debian's mirror is the only source.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
base=${SHOPCX_MATRIX_DIR:-/var/cache/shopcx-matrix}
mirror=${SHOPCX_DEBIAN_MIRROR:-http://deb.debian.org/debian}
mode=${SHOPCX_MATRIX_MODE:-normal}
all_targets="php8.2 php8.4-trixie php8.4-forky php8.5 php8.6"

# target -> Debian suite of its chroot ("host": this machine), PHP version, extra apt suite
suite_of() {
	case "$1" in
		php8.2) echo host ;;
		php8.4-trixie) echo trixie ;;
		php8.4-forky) echo forky ;;
		php8.5 | php8.6) echo sid ;;
		*) echo "unknown target $1 (known: $all_targets)" >&2; return 1 ;;
	esac
}
# The chroot a target runs in: one per suite, but 8.5 and 8.6 each get their own sid chroot, as
# experimental's php-common (2:102~, for 8.6) Breaks php8.5-common: the two cannot be installed together.
chroot_of() {
	case "$1" in
		php8.5 | php8.6) echo "sid-$1" ;;
		*) suite_of "$1" ;;
	esac
}
php_version_of() { echo "$1" | sed 's/^php\([0-9.]*\).*/\1/'; }
# PHP 8.5 and 8.6 are only in experimental, so apt takes them (and only them) from there without
# -t experimental, which would pull half of experimental (a new perl) in too. 8.6 needs
# experimental's php-common (2:102~), which Breaks php8.5-common.
apt_pins_of() { case "$1" in php8.6) echo "php-common/experimental" ;; *) echo "" ;; esac; }

# The libraries ShopCX links, the tools to build it, what the tests use (sqlite, curl, openssl
# for the TLS webhook test) and valgrind for the valgrind pass.
build_packages="gcc make pkg-config autoconf libc6-dev libcurl4-openssl-dev libjansson-dev libstemmer-dev
  libutf8proc-dev libpcre2-dev valgrind openssl ca-certificates"
php_packages() { echo "php$1-cli php$1-dev php$1-sqlite3 php$1-curl php$1-xml"; }

log() { echo "matrix: $*" >&2; }

chroot_dir() { echo "$base/$1"; }

# in_chroot CHROOT CMD...: runs CMD as root inside the chroot, with /proc, /dev and /tmp set up
# for the duration of the call only.
in_chroot() {
	local dir
	dir=$(chroot_dir "$1"); shift
	# One call at a time per chroot: the mounts are the chroot's, and a call that ends unmounts them.
	local lock status=0
	exec {lock}>"$dir.lock"
	flock "$lock"
	mount_chroot "$dir"
	chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@" || status=$?
	umount_chroot "$dir"
	flock -u "$lock"
	exec {lock}>&-
	return $status
}
mount_chroot() {
	mountpoint -q "$1/proc" || mount -t proc proc "$1/proc"
	mountpoint -q "$1/dev" || mount --rbind /dev "$1/dev"
	mountpoint -q "$1/dev" && mount --make-rslave "$1/dev" 2>/dev/null || true
	cp -L /etc/resolv.conf "$1/etc/resolv.conf" 2>/dev/null || true
}
umount_chroot() {
	umount -R "$1/dev" 2>/dev/null || umount -l "$1/dev" 2>/dev/null || true
	umount "$1/proc" 2>/dev/null || umount -l "$1/proc" 2>/dev/null || true
}

# ensure_debootstrap: installs debootstrap on the host, once, before chroots are made side by side (each
# installing it itself raced for dpkg's lock with the others and with CI's own apt-get, and lost).
ensure_debootstrap() {
	command -v debootstrap >/dev/null && return 0
	local try
	for try in $(seq 30); do
		apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null 2>&1 &&
			DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends debootstrap >/dev/null &&
			return 0
		sleep 10
	done
	log "could not install debootstrap"
	return 1
}

# ensure_chroot NAME SUITE: debootstraps the suite into the named chroot once; a finished chroot has .shopcx-ready.
ensure_chroot() {
	local name=$1 suite=$2 dir
	dir=$(chroot_dir "$name")
	[ -f "$dir/.shopcx-ready" ] && return 0
	command -v debootstrap >/dev/null || { log "debootstrap is not installed"; return 1; }
	rm -rf "$dir" && mkdir -p "$dir"
	# Debian 12's debootstrap has no script for suites newer than itself: they bootstrap like sid.
	local script=/usr/share/debootstrap/scripts/$suite
	[ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid
	log "debootstrap $suite into $dir"
	# The mirror's Release files may be past their Valid-Until in the copy served here; the keyring of
	# Debian 12 may predate the newest archive key, so a suite's own keyring is installed afterwards.
	if ! debootstrap --variant=minbase --include=ca-certificates "$suite" "$dir" "$mirror" "$script" >"$base/$name.debootstrap.log" 2>&1; then
		tail -n 20 "$base/$name.debootstrap.log" >&2
		log "debootstrap $suite failed (log: $base/$name.debootstrap.log)"
		return 1
	fi
	cat >"$dir/etc/apt/apt.conf.d/99shopcx" <<-'EOF'
		Acquire::Check-Valid-Until "false";
		APT::Install-Recommends "false";
		APT::Install-Suggests "false";
		Dpkg::Use-Pty "false";
		DPkg::Lock::Timeout "600";
	EOF
	{
		echo "deb $mirror $suite main"
		[ "$suite" = sid ] && echo "deb $mirror experimental main"
	} >"$dir/etc/apt/sources.list"
	# No daemon may start inside the chroot.
	printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d" && chmod +x "$dir/usr/sbin/policy-rc.d"
	in_chroot "$name" apt-get update -qq
	touch "$dir/.shopcx-ready"
}

# ensure_packages TARGET: the PHP of the target and the build dependencies, installed once.
ensure_packages() {
	local target=$1 name version dir
	name=$(chroot_of "$target"); version=$(php_version_of "$target")
	dir=$(chroot_dir "$name")
	local wanted
	wanted="$build_packages $(php_packages "$version") $(apt_pins_of "$target")"
	# The marker holds the package list it was made for: a changed list installs again.
	[ "$(cat "$dir/.shopcx-packages-$target" 2>/dev/null)" = "$wanted" ] && return 0
	log "installing PHP $version and the build dependencies in $name"
	in_chroot "$name" apt-get update -qq
	# shellcheck disable=SC2046
	in_chroot "$name" apt-get install -y -qq $build_packages $(php_packages "$version") $(apt_pins_of "$target") >"$base/$target.apt.log" 2>&1 \
		|| { tail -n 30 "$base/$target.apt.log" >&2; log "apt-get install failed for $target"; return 1; }
	echo "$wanted" >"$dir/.shopcx-packages-$target"
}

# A clean copy of the committed and working-tree files (what git knows, no build output).
copy_tree() {
	local dest=$1
	rm -rf "$dest" && mkdir -p "$dest"
	(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$dest" 2>/dev/null) || \
		(cd "$root" && git ls-files -z | xargs -0 cp --parents -t "$dest")
}

# The script that builds and tests inside a target (or on the host for php8.2). It prints the
# summary line last; its exit status is the suite's.
write_inner_script() {
	cat >"$1" <<-'EOF'
		#!/bin/bash
		# usage: inner.sh SRC_DIR PHP_VERSION LABEL MODE
		set -uo pipefail
		src=$1 v=$2 label=$3 mode=$4
		cd "$src" || exit 1
		flags="--enable-shopcx-dev"
		[ "$mode" = asan ] && flags="$flags --enable-shopcx-sanitizers"
		{ "phpize$v" && ./configure --with-php-config="php-config$v" $flags; } >configure.log 2>&1 \
			|| { tail -n 40 configure.log; echo "phpt-$label: 0 passed, 1 failed, 0 skipped (configure failed)"; exit 1; }
		make -j"$(nproc)" >make.log 2>&1 \
			|| { grep -E 'error|warning' make.log | head -n 40; echo "phpt-$label: 0 passed, 1 failed, 0 skipped (build failed)"; exit 1; }
		# -Werror is on, so a compiler warning already failed the build; a note from the linker would not have.
		if grep -E 'warning:' make.log; then echo "phpt-$label: 0 passed, 1 failed, 0 skipped (warnings)"; exit 1; fi
		args=(-n -d "extension=$src/modules/shopcx.so" -q --no-color --show-diff -j"$(nproc)")
		preload=""
		if [ "$mode" = valgrind ]; then
			args+=(-m)
		elif [ "$mode" = asan ]; then
			gcc -shared -fPIC -O1 -o no_deepbind.so tests/asan/no_deepbind.c -ldl
			export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
			export ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1:abort_on_error=1:detect_odr_violation=0
			export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
			export LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0"
			preload="$src/no_deepbind.so $(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
		fi
		# A module PHP cannot load must fail here, not skip every test.
		loaded=$(LD_PRELOAD="$preload" "php$v" -n -d "extension=$src/modules/shopcx.so" -r 'echo extension_loaded("shopcx") ? "yes" : "no";' 2>&1)
		if [ "$loaded" != yes ]; then
			echo "$loaded"; echo "phpt-$label: 0 passed, 1 failed, 0 skipped (module does not load)"; exit 1
		fi
		export NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE="$(command -v "php$v")"
		LD_PRELOAD="$preload" "php$v" run-tests.php -p "$TEST_PHP_EXECUTABLE" "${args[@]}" tests >run-tests.log 2>&1
		status=$?
		grep -oE '(FAIL|LEAK|SKIP|BORK) .*' run-tests.log
		sed -n '/^=\{20,\}$/,$p' run-tests.log | grep -E '^(Tests|Number of tests)' || true
		count() { sed -n "s/^Tests $1 *: *\([0-9]*\).*/\1/p" run-tests.log | tail -n1; }
		passed=$(count passed); failed=$(count failed); skipped=$(count skipped); leaked=$(count leaked)
		passed=${passed:-0}; failed=$(( ${failed:-0} + ${leaked:-0} )); skipped=${skipped:-0}
		[ -s run-tests.log ] && grep -q 'Tests passed' run-tests.log || tail -n 40 run-tests.log
		cc=$(gcc -dumpfullversion 2>/dev/null || gcc -dumpversion)
		stem=$(dpkg-query -W -f='${Version}' libstemmer0d 2>/dev/null | sed 's/[-+].*//')
		php=$("php$v" -n -r 'echo PHP_VERSION;')
		echo "phpt-$label (PHP $php, gcc $cc, snowball $stem${mode:+, $mode}): $passed passed, $failed failed, $skipped skipped"
		[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] && [ "$skipped" -eq 0 ]
	EOF
	chmod +x "$1"
}

run_target() {
	local target=$1 suite version label
	suite=$(suite_of "$target"); version=$(php_version_of "$target"); label=$target
	[ "$mode" != normal ] && label="$target-$mode"
	if [ "$suite" = host ]; then
		. "$root/tests/deps.sh"
		shopcx_install_deps
		local work
		work=$(mktemp -d /tmp/shopcx-matrix.XXXXXX)
		copy_tree "$work/src"
		write_inner_script "$work/inner.sh"
		"$work/inner.sh" "$work/src" "$version" "$label" "$mode"
		local status=$?
		rm -rf "$work"
		return $status
	fi
	local name dir
	name=$(chroot_of "$target")
	ensure_chroot "$name" "$suite" || { echo "phpt-$label: 0 passed, 1 failed, 0 skipped (no chroot)"; return 1; }
	ensure_packages "$target" || { echo "phpt-$label: 0 passed, 1 failed, 0 skipped (no packages)"; return 1; }
	dir=$(chroot_dir "$name")
	copy_tree "$dir/build/$target"
	write_inner_script "$dir/build/inner-$target.sh"
	in_chroot "$name" /bin/bash "/build/inner-$target.sh" "/build/$target" "$version" "$label" "$mode"
}

if [ "$(id -u)" -ne 0 ]; then
	echo "tests/matrix/run.sh needs root (debootstrap and chroot)" >&2
	exit 1
fi
mkdir -p "$base"
ensure_debootstrap || exit 1

if [ "${1:-}" = --shell ]; then
	ensure_chroot "$(chroot_of "$2")" "$(suite_of "$2")"; ensure_packages "$2"
	in_chroot "$(chroot_of "$2")" /bin/bash
	exit
fi
if [ "${1:-}" = --exec ]; then
	# --exec TARGET COMMAND...: a clean copy of the tree at /build/exec-TARGET-PID in the target's chroot (PHP and
	# build dependencies installed), COMMAND run there by bash as root. Extra apt packages: SHOPCX_MATRIX_APT.
	target=$2; shift 2
	suite=$(suite_of "$target"); name=$(chroot_of "$target")
	[ "$suite" = host ] && { echo "--exec is for chroot targets" >&2; exit 2; }
	ensure_chroot "$name" "$suite" && ensure_packages "$target" || exit 1
	dir=$(chroot_dir "$name")
	if [ -n "${SHOPCX_MATRIX_APT:-}" ]; then
		# shellcheck disable=SC2086
		in_chroot "$name" apt-get install -y -qq $SHOPCX_MATRIX_APT >"$base/$target.extra-apt.log" 2>&1 \
			|| { tail -n 30 "$base/$target.extra-apt.log" >&2; exit 1; }
	fi
	# A directory of its own per call, so calls side by side never share (or delete) a tree.
	work=/build/exec-$target-$$
	copy_tree "$dir$work"
	status=0
	in_chroot "$name" /bin/bash -c "cd $work && $*" || status=$?
	rm -rf "${dir:?}$work"
	exit $status
fi
if [ "${1:-}" = --prepare ]; then
	# Only create the chroots and install packages (lets the slow part run ahead of the builds).
	# Each chroot is its own directory, so they are made side by side (debootstrap waits on the network).
	shift
	pids=()
	for target in ${*:-$all_targets}; do
		suite=$(suite_of "$target"); [ "$suite" = host ] && continue
		(ensure_chroot "$(chroot_of "$target")" "$suite" && ensure_packages "$target") &
		pids+=($!)
	done
	status=0
	for pid in "${pids[@]}"; do wait "$pid" || status=1; done
	exit $status
fi

targets=${*:-$all_targets}
summary=()
overall=0
for target in $targets; do
	suite_of "$target" >/dev/null || exit 2
	echo "== $target"
	out=$(run_target "$target" 2>&1) || overall=1
	echo "$out"
	summary+=("$(echo "$out" | grep '^phpt-' | tail -n1)")
done
echo
echo "== PHP matrix"
printf '%s\n' "${summary[@]}"
exit $overall
