# Serves the demo shop with PHP's built-in server for the browser test (run.sh) and the attack pass
# (attack.sh): a fresh database in WORK/var, the shop clock on, a random owner password, a free
# loopback port. Sourced, not run.
#
# demo_builtin_start SO WORK [NAME=value ...]: the extra variables go to the server's environment. Sets
#   DEMO_PORT, DEMO_ADMIN_PASSWORD and DEMO_SERVER; the log is WORK/server.log. Returns 1 after showing
#   the log's start when the shop did not answer within 10 s.
# demo_builtin_stop: stops it (safe to call when nothing was started).

DEMO_SHOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEMO_SERVER=""

demo_builtin_start() {
	local so=$1 work=$2
	shift 2
	DEMO_ADMIN_PASSWORD=$(php -r 'echo bin2hex(random_bytes(12));')
	DEMO_PORT=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
	mkdir -p "$work/var"
	# timeout bounds a server that the caller's trap could not stop (a killed CI job).
	env PHP_CLI_SERVER_WORKERS=4 SHOPCX_DEMO_CLOCK=1 SHOPCX_DEMO_VAR="$work/var" SHOPCX_DEMO_ADMIN_PASSWORD="$DEMO_ADMIN_PASSWORD" "$@" \
		timeout 900 php -d extension="$so" -S "127.0.0.1:$DEMO_PORT" "$DEMO_SHOP/router.php" >"$work/server.log" 2>&1 &
	DEMO_SERVER=$!
	for _ in $(seq 1 50); do
		curl -fsS -o /dev/null "http://127.0.0.1:$DEMO_PORT/faq" 2>/dev/null && return 0
		sleep 0.2
	done
	echo "FAIL the shop did not start:"
	head -20 "$work/server.log"
	return 1
}

demo_builtin_stop() {
	[ -n "$DEMO_SERVER" ] || return 0
	# $DEMO_SERVER is timeout; its child is php -S, whose PHP_CLI_SERVER_WORKERS outlive their parent:
	# stop the workers, php and timeout by id.
	local php_pid
	php_pid=$(ps -o pid= --ppid "$DEMO_SERVER" 2>/dev/null | tr -d ' ')
	kill $([ -n "$php_pid" ] && ps -o pid= --ppid "$php_pid" 2>/dev/null) $php_pid "$DEMO_SERVER" 2>/dev/null || true
	wait "$DEMO_SERVER" 2>/dev/null || true
	DEMO_SERVER=""
}
