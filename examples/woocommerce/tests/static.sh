#!/usr/bin/env bash
# Static analysis of the plugin (not its tests): PHPStan against the published WordPress and
# WooCommerce stubs and ShopCX's own stubs, and PHP_CodeSniffer with the WordPress coding
# standard (WPCS 2.3). The tools are installed here by Composer into tests/.tools/ (git-ignored).
# Prints one line "woocommerce static: ..."; exits 0 when clean, 1 on findings, 0 with "skipped"
# when Composer cannot reach its registry.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PLUGIN=$(dirname "$HERE")
TOOLS=$HERE/.tools
LEVEL=$(sed -n 's/^ *level: *//p' "$HERE/static/phpstan.neon")

if [ ! -x "$TOOLS/vendor/bin/phpstan" ] || [ ! -x "$TOOLS/vendor/bin/phpcs" ] || [ ! -d "$TOOLS/vendor/php-stubs/woocommerce-stubs" ]; then
    command -v composer >/dev/null 2>&1 || { echo "woocommerce static: skipped (composer is not installed)"; exit 0; }
    mkdir -p "$TOOLS"
    cat >"$TOOLS/composer.json" <<'JSON'
{
    "require": {
        "phpstan/phpstan": "^2.1",
        "php-stubs/wordpress-stubs": "*",
        "php-stubs/woocommerce-stubs": "*",
        "squizlabs/php_codesniffer": "^3.7",
        "wp-coding-standards/wpcs": "^2.3"
    },
    "config": { "lock": false }
}
JSON
    if ! out=$(composer --working-dir="$TOOLS" update --no-interaction --no-progress 2>&1); then
        if grep -qiE 'could not resolve|curl error|failed to open stream|network|timed out|connection refused|The "https?://[^"]*" file could not be downloaded' <<<"$out"; then
            echo "woocommerce static: skipped (Composer cannot reach the package registry)"
            exit 0
        fi
        echo "$out" >&2
        echo "woocommerce static: FAILED (Composer could not install the tools, see above)"
        exit 1
    fi
fi

# The WordPress standard, as the plugin's ruleset adjusts it (static/phpcs.xml says why).
"$TOOLS/vendor/bin/phpcs" --config-set installed_paths "$TOOLS/vendor/wp-coding-standards/wpcs" >/dev/null

cd "$HERE/static" || exit 1
"$TOOLS/vendor/bin/phpstan" analyse -c phpstan.neon --no-progress --memory-limit=1G --error-format=raw >"$TOOLS/phpstan.out" 2>&1
stan=$?
stan_errors=$(grep -c ':[0-9]*:' "$TOOLS/phpstan.out")
[ "$stan" -ne 0 ] && [ "$stan_errors" -eq 0 ] && stan_errors=1 # A crash counts as an error.
sed "s|$PLUGIN/||" "$TOOLS/phpstan.out" | grep ':[0-9]*:' >&2

"$TOOLS/vendor/bin/phpcs" --standard=phpcs.xml --report=emacs --runtime-set ignore_warnings_on_exit 1 "$PLUGIN" >"$TOOLS/phpcs.out" 2>&1
cs=$?
cs_errors=$(grep -c ': error - ' "$TOOLS/phpcs.out")
cs_warnings=$(grep -c ': warning - ' "$TOOLS/phpcs.out")
[ "$cs" -ne 0 ] && [ "$cs_errors" -eq 0 ] && cs_errors=1
sed "s|$PLUGIN/||" "$TOOLS/phpcs.out" | grep -E ': (error|warning) - ' >&2

echo "woocommerce static: phpstan level $LEVEL: $stan_errors errors; phpcs WordPress: $cs_errors errors, $cs_warnings warnings"
[ "$stan_errors" -eq 0 ] && [ "$cs_errors" -eq 0 ]
