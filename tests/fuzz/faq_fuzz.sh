#!/usr/bin/env bash
# Builds the FAQ index fuzz harness with ASAN+UBSAN (gcc, standalone driver) and runs seeded
# mutations of a freshly built index. With clang, build faq_index_fuzzer.c with
# -fsanitize=fuzzer -DFAQ_FUZZ_LIBFUZZER instead and give it the seed directory.
#   bash tests/fuzz/faq_fuzz.sh [iterations]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
php -n -d "extension=$root/modules/shopcx.so" -r '
require $argv[1];
ShopCx\Faq\Index::build(webshop_faq(), ["lang" => "nl", "synonyms" => [["retour", "terugsturen", "omruilen"]]])->save($argv[2]);
' "$root/tests/faq/webshop.inc" "$out/seed.idx"
gcc -std=gnu11 -D_GNU_SOURCE -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -Wall -Wextra \
	-I"$root/src" $(php-config --includes) \
	"$root/tests/fuzz/faq_index_fuzzer.c" "$root"/src/faq/{faq_format,faq_search,faq_typo,faq_text,faq_highlight}.c \
	-lutf8proc -lstemmer -lm -o "$out/faq_fuzz"
"$out/faq_fuzz" "$out/seed.idx" "${1:-20000}"
