#!/usr/bin/env bash
# The shop tests on the matrix's PHPs: for each target, a clean copy of the tree in that target's
# Debian chroot (made by tests/matrix/run.sh), the extension built there (bash tests/run.sh
# tests/foundation), then examples/woocommerce/tests/run.sh (Debian's WordPress: 6.8 on trixie,
# 7.1 on forky) and examples/magento2/Test/run.sh. One summary line per script and target:
#   php8.4-trixie woocommerce: 111 passed, 0 failed (51s; log ...)
#   php8.4-trixie magento: 298 passed, 0 failed (5s; log ...)
# Usage: bash tests/matrix/shops.sh [php8.4-trixie] [php8.4-forky]   (default: both). Needs root.
# Full logs: $SHOPCX_MATRIX_DIR/shops-TARGET.{build,woocommerce,magento}.log.
#
# Other runs may use the same chroots at the same time (tests/matrix/run.sh --exec copies the tree
# to /build/TARGET and unmounts the chroot's /proc and /dev when it ends), so this script works in
# its own copy (/build/shops-TARGET.PID) and its own bind mount of the chroot, with /proc and /dev
# mounted there only.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
base=${SHOPCX_MATRIX_DIR:-/var/cache/shopcx-matrix}
targets=${*:-php8.4-trixie php8.4-forky}

[ "$(id -u)" -eq 0 ] || { echo "tests/matrix/shops.sh needs root (chroot, mount)" >&2; exit 1; }

chroot_of() {
	case "$1" in
		php8.4-trixie) echo trixie ;;
		php8.4-forky) echo forky ;;
		php8.5 | php8.6) echo "sid-$1" ;;
		*) echo "unknown target $1 (known: php8.4-trixie php8.4-forky php8.5 php8.6)" >&2; return 1 ;;
	esac
}

# The chroot's own mount tree: a private bind mount, so that another run unmounting the chroot's
# /proc or /dev does not take them from this one (nor this one's from it).
mnt=
copy=
release() {
	[ -n "$mnt" ] || return 0
	umount -R "$mnt/dev" 2>/dev/null || umount -l "$mnt/dev" 2>/dev/null || true
	umount "$mnt/proc" 2>/dev/null || umount -l "$mnt/proc" 2>/dev/null || true
	umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null || true
	rmdir "$mnt" 2>/dev/null || true
	[ -n "$copy" ] && rm -rf "$copy"
	mnt= copy=
}
trap release EXIT INT TERM

# The CA certificates of this machine (its npm and Packagist mirrors sit behind them): the chroot's
# bundle is Debian's alone, which npm and Composer would refuse.
sync_ca() {
	local dir=$1 changed=0 crt
	for crt in /usr/local/share/ca-certificates/*.crt; do
		[ -f "$crt" ] || continue
		mkdir -p "$dir/usr/local/share/ca-certificates"
		cmp -s "$crt" "$dir/usr/local/share/ca-certificates/${crt##*/}" && continue
		cp "$crt" "$dir/usr/local/share/ca-certificates/" && changed=1
	done
	[ "$changed" = 0 ] || chroot "$dir" update-ca-certificates >/dev/null 2>&1
}

run_target() { # target -> prints "TARGET woocommerce: ..." and "TARGET magento: ..."
	local target=$1 name dir status=0 log=$base/shops-$1
	name=$(chroot_of "$target") || return 2
	# The chroot, its PHP and the build dependencies (made once, by the matrix).
	bash "$root/tests/matrix/run.sh" --prepare "$target" >"$log.prepare.log" 2>&1 || {
		tail -n 20 "$log.prepare.log"
		echo "$target woocommerce: 0 passed, 1 failed (no chroot)"; echo "$target magento: 0 passed, 1 failed (no chroot)"
		return 1
	}
	dir=$base/$name
	sync_ca "$dir"
	copy=$dir/build/shops-$target.$$
	rm -rf "$copy" && mkdir -p "$copy"
	(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$copy" 2>/dev/null)
	mnt=$(mktemp -d "/tmp/shopcx-shops-$target.XXXXXX")
	mount --bind "$dir" "$mnt" && mount --make-private "$mnt" &&
		mount -t proc proc "$mnt/proc" && mount --rbind /dev "$mnt/dev" && mount --make-rslave "$mnt/dev" || {
		echo "$target woocommerce: 0 passed, 1 failed (mount)"; echo "$target magento: 0 passed, 1 failed (mount)"
		release; return 1
	}
	cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
	inside() { # log, command: run in the copy, inside the chroot
		local out=$1; shift
		chroot "$mnt" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
			LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
			/bin/bash -c "cd '/build/${copy##*/}' && $*" >"$out" 2>&1
	}
	local t0 t1
	t0=$(date +%s)
	if ! inside "$log.build.log" 'bash tests/run.sh tests/foundation'; then
		tail -n 30 "$log.build.log"
		echo "$target woocommerce: 0 passed, 1 failed (build)"; echo "$target magento: 0 passed, 1 failed (build)"
		release; return 1
	fi
	local shop script line
	for shop in woocommerce magento; do
		case $shop in
			woocommerce) script=examples/woocommerce/tests/run.sh ;;
			magento) script=examples/magento2/Test/run.sh ;;
		esac
		t1=$(date +%s)
		inside "$log.$shop.log" "bash $script" || status=1
		line=$(grep -E "^$shop: [0-9]+ passed, [0-9]+ failed" "$log.$shop.log" | tail -n 1)
		if [ -z "$line" ]; then
			tail -n 30 "$log.$shop.log"
			line="$shop: 0 passed, 1 failed (no summary)"; status=1
		elif [ "$status" -ne 0 ] || ! grep -qE "^$shop: [0-9]+ passed, 0 failed" <<<"$line"; then
			# What failed, from the log (the full log is kept).
			grep -E '^(FAIL|not ok|[0-9]+\) |magento: phpstan|woocommerce static:|PHP (Fatal|Warning|Notice|Deprecated))' "$log.$shop.log" | head -n 40
			status=1
		fi
		echo "$target $line ($(($(date +%s) - t1))s; log $log.$shop.log)"
	done
	echo "$target: $(($(date +%s) - t0))s"
	release
	return $status
}

overall=0
for target in $targets; do
	chroot_of "$target" >/dev/null || exit 2
	run_target "$target" || overall=1
done
exit $overall
