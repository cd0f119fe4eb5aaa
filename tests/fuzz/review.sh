#!/bin/sh
# Builds the review fuzz target with gcc + ASan/UBSan and a replay-and-mutate driver (libFuzzer when clang is
# available: clang -fsanitize=fuzzer,address ... without -DREVIEW_FUZZ_DRIVER), then runs it on the corpus.
#   sh tests/fuzz/review.sh            ROUNDS=200000 sh tests/fuzz/review.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
gcc -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -DREVIEW_FUZZ_DRIVER \
	-I"$root/src" "$root/tests/fuzz/review_fuzz.c" "$root/src/review/review_text.c" "$root/src/review/review_moderate.c" \
	"$root/src/review/review_xml.c" "$root/src/common/shopcx_utf8.c" -lpcre2-8 -lutf8proc -o "$out/review_fuzz"
"$out/review_fuzz" "$root"/tests/fuzz/corpus/review_fuzz/*
