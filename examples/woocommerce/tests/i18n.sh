#!/usr/bin/env bash
# The plugin's translations (languages/): the template shopcx-woocommerce.pot from the code, one
# shopcx-woocommerce-LOCALE.po per language and its compiled .mo (the names load_plugin_textdomain()
# looks for). Debian's gettext only (xgettext, msgmerge, msgfmt, msgattrib); no WP-CLI.
#
#   i18n.sh            regenerate languages/shopcx-woocommerce.pot
#   i18n.sh --update   regenerate the .pot, msgmerge every .po with it, compile every .mo
#   i18n.sh --check    fail (naming the strings) when a string of the code has no finished
#                      translation (empty or fuzzy) in a .po, a .po has an error (msgfmt --check:
#                      the placeholders of php-format strings, the plural header), or a .mo is
#                      missing or differs from what its .po compiles to. Writes nothing.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PLUGIN=$(dirname "$HERE")
LANGS=$PLUGIN/languages
DOMAIN=shopcx-woocommerce
POT=$LANGS/$DOMAIN.pot
mode=${1:-pot}

for tool in xgettext msgmerge msgfmt msgattrib msgcat; do
    command -v "$tool" >/dev/null 2>&1 || { echo "i18n: $tool is missing (apt-get install gettext)" >&2; exit 1; }
done

# WordPress's translation functions (as WP-CLI's make-pot knows them).
KEYWORDS=(
    --keyword=__ --keyword=_e --keyword=_x:1,2c --keyword=_ex:1,2c
    --keyword=_n:1,2 --keyword=_nx:1,2,4c --keyword=_n_noop:1,2 --keyword=_nx_noop:1,2,3c
    --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_html_x:1,2c
    --keyword=esc_attr__ --keyword=esc_attr_e --keyword=esc_attr_x:1,2c
)

# make_pot OUT: the template of the code as it is now (sorted by file, so a diff reads well).
make_pot() {
    local out=$1 tmp
    tmp=$(mktemp -d)
    # The code: PHP (php-format flags where a string has placeholders) and JavaScript (wp.i18n's
    # __, _x, _n, _nx: its strings also go to the JSON files of make_json below).
    local files=()
    while IFS= read -r -d '' f; do files+=("${f#"$PLUGIN"/}"); done < <(
        find "$PLUGIN" \( -path "$PLUGIN/tests" -o -name node_modules -o -path "$PLUGIN/languages" \) -prune \
            -o -type f \( -name '*.php' -o -name '*.js' \) -print0 | LC_ALL=C sort -z)
    # The plugin's header (name, description, author) as WordPress shows it translated in the
    # plugin list: extracted through a generated PHP file of __() calls with their own comments.
    {
        echo '<?php'
        sed -n -E 's/^ \* (Plugin Name|Plugin URI|Description|Author|Author URI): +(.*)$/\1\t\2/p' "$PLUGIN/$DOMAIN.php" |
            while IFS=$'\t' read -r field value; do
                printf "/* translators: %s of the plugin */\n__( '%s', '%s' );\n" "$field" "${value//\'/\\\'}" "$DOMAIN"
            done
    } >"$tmp/$DOMAIN.php.i18n.php"
    files+=("$DOMAIN.php.i18n.php")
    # block.json: title, description and keywords, which WordPress translates with the contexts of
    # its i18n schema ("block title", ...) when the block is registered; through generated PHP too.
    while IFS= read -r -d '' f; do
        local rel=${f#"$PLUGIN"/}
        mkdir -p "$tmp/$(dirname "$rel")"
        php -r '$b = json_decode(file_get_contents($argv[1]), true) ?: array(); $o = "<?php\n";
            foreach (array("title" => "block title", "description" => "block description") as $k => $c) {
                if (isset($b[$k])) { $o .= "_x(" . var_export($b[$k], true) . ", " . var_export($c, true) . ");\n"; } }
            foreach ($b["keywords"] ?? array() as $w) { $o .= "_x(" . var_export($w, true) . ", \"block keyword\");\n"; }
            echo $o;' "$f" >"$tmp/$rel.i18n.php"
        files+=("$rel.i18n.php")
    done < <(find "$PLUGIN" \( -path "$PLUGIN/tests" -o -name node_modules \) -prune -o -type f -name block.json -print0 | LC_ALL=C sort -z)
    # One run over all of them (-D: the plugin's files and the generated ones), so a string used in
    # several places is one entry with all its references.
    xgettext --directory="$PLUGIN" --directory="$tmp" --from-code=UTF-8 --add-comments=translators "${KEYWORDS[@]}" \
        --sort-by-file --package-name="ShopCX for WooCommerce" \
        --package-version="$(sed -n -E 's/^ \* Version: +(.*)$/\1/p' "$PLUGIN/$DOMAIN.php")" \
        --msgid-bugs-address="https://github.com/shopcx/shopcx/issues" \
        -o "$tmp/all.pot" "${files[@]}"
    # References to the generated files name the files they come from.
    sed -i -E 's/^(#: .*)$/\1 /; :a; s/^(#: (.* )?)([^ ]+)\.i18n\.php:[0-9]+ /\1\3 /; ta; s/ $//' "$tmp/all.pot"
    # xgettext takes "% s" for a directive (a space flag), so "CSAT (% satisfied)", which is never
    # given to sprintf(), would need a "% s" in every translation: a "%" followed by a space and a
    # word, with no other directive in the string, is a percent sign (no-php-format).
    perl -00 -i -pe 'if (/^#, .*\bphp-format/m && /^(msgid .*?)^msgstr/ms) { (my $id = $1) =~ s/%%//g;
        if ($id =~ /% [[:alpha:]]{2}/) { $id =~ s/% [[:alpha:]]{2}//g; s/^(#, .*)\bphp-format/$1no-php-format/m if $id !~ /%/; } }' "$tmp/all.pot"
    # Stable output: the same code gives the same file (no creation date), a header WordPress reads.
    sed -e 's/^"POT-Creation-Date: .*\\n"$/"POT-Creation-Date: \\n"/' \
        -e 's/^"Content-Type: text\/plain; charset=CHARSET\\n"$/"Content-Type: text\/plain; charset=UTF-8\\n"/' \
        -e "s/^\"Language-Team: LANGUAGE <LL@li.org>\\\\n\"$/\"X-Domain: $DOMAIN\\\\n\"/" \
        -e 's/^# SOME DESCRIPTIVE TITLE\.$/# ShopCX for WooCommerce: the template of its translations./' \
        -e 's/^# Copyright (C) YEAR THE PACKAGE.S COPYRIGHT HOLDER$/# This file is distributed under the GPL-2.0-or-later license of the plugin./' \
        -e '/^# This file is distributed under the same license as the .* package\.$/d' \
        -e '/^# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR\.$/d' \
        "$tmp/all.pot" >"$out"
    rm -rf "$tmp"
}

# make_json PO OUTDIR POT: for each script with strings, the JSON (Jed 1.x, as WP-CLI's make-json writes
# it) that load_script_textdomain() reads: DOMAIN-LOCALE-md5(path of the script in the plugin).json.
make_json() {
    local po=$1 dir=$2 pot=$3 locale rel
    locale=${po##*/"$DOMAIN"-}
    locale=${locale%.po}
    for rel in $(grep -E '^#: ' "$pot" | tr ' ' '\n' | sed -n -E 's/^([^#][^:]*\.js)(:[0-9]+)?$/\1/p' | LC_ALL=C sort -u); do
        msggrep --location="$rel" --no-wrap "$po" 2>/dev/null | php -r '
            $entries = array(); $e = array(); $cur = null; $fuzzy = false;
            $flush = function () use (&$entries, &$e, &$fuzzy) {
                if (isset($e["msgid"]) && "" !== $e["msgid"] && ! $fuzzy) {
                    $key = (isset($e["msgctxt"]) ? $e["msgctxt"] . "\x04" : "") . $e["msgid"];
                    $forms = array();
                    foreach ($e as $k => $v) { if (preg_match("/^msgstr(\[(\d+)\])?$/", $k, $m)) { $forms[(int) ($m[2] ?? 0)] = $v; } }
                    ksort($forms);
                    if (array_filter($forms, "strlen")) { $entries[$key] = array_values($forms); }
                }
                $e = array(); $fuzzy = false;
            };
            foreach (explode("\n", stream_get_contents(STDIN)) as $line) {
                if ("" === trim($line)) { $flush(); $cur = null; continue; }
                if (str_starts_with($line, "#,") && str_contains($line, "fuzzy")) { $fuzzy = true; continue; }
                if ("#" === $line[0]) { continue; }
                if (preg_match("/^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) \"(.*)\"$/", $line, $m)) { $cur = $m[1]; $e[$cur] = stripcslashes($m[2]); }
                elseif ($cur && preg_match("/^\"(.*)\"$/", $line, $m)) { $e[$cur] .= stripcslashes($m[2] ?? $m[1]); }
            }
            $flush();
            if (! $entries) { exit(1); }
            $plural = preg_match("/^Plural-Forms: (.*)$/m", file_get_contents($argv[1]), $m) ? trim($m[1]) : "nplurals=2; plural=(n != 1);";
            $data = array("" => array("domain" => "messages", "lang" => $argv[2], "plural-forms" => $plural)) + $entries;
            echo json_encode(array("translation-revision-date" => "", "generator" => "shopcx tests/i18n.sh", "source" => $argv[3], "domain" => "messages",
                "locale_data" => array("messages" => $data)), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
        ' "$po" "$locale" "$rel" >"$dir/$DOMAIN-$locale-$(printf %s "$rel" | md5sum | cut -d' ' -f1).json" \
            || rm -f "$dir/$DOMAIN-$locale-$(printf %s "$rel" | md5sum | cut -d' ' -f1).json"
    done
}

case "$mode" in
pot | --pot)
    make_pot "$POT"
    echo "i18n: $(grep -c '^msgid ' "$POT" | awk '{print $1 - 1}') strings in ${POT#"$PLUGIN"/}"
    ;;
--update)
    make_pot "$POT"
    for po in "$LANGS"/"$DOMAIN"-*.po; do
        [ -e "$po" ] || continue
        # Previous msgids kept (#| msgid) so a changed string shows what changed; no fuzzy
        # matching across unrelated strings beyond msgmerge's own.
        msgmerge --quiet --update --backup=off --previous --sort-by-file "$po" "$POT"
        msgattrib --no-obsolete -o "$po" "$po"
        msgfmt --check -o "${po%.po}.mo" "$po"
        rm -f "${po%.po}"-*.json
        make_json "$po" "$LANGS" "$POT"
        untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
        fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
        echo "i18n: ${po##*/}: $(msgfmt --statistics -o /dev/null "$po" 2>&1)"
        [ "$untranslated$fuzzy" = 00 ] || echo "i18n:   to do: $((untranslated > 0 ? untranslated - 1 : 0)) untranslated, $((fuzzy > 0 ? fuzzy - 1 : 0)) fuzzy"
    done
    ;;
--check)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    make_pot "$tmp/$DOMAIN.pot"
    problems=0
    # The committed template must hold every string of the code (a string it has that the code no
    # longer uses is harmless: msgmerge drops it at the next --update).
    if ! msgcmp --use-untranslated "$POT" "$tmp/$DOMAIN.pot" >/dev/null 2>&1; then
        echo "i18n: ${POT#"$PLUGIN"/} lacks strings of the code (run tests/i18n.sh --update)"
        problems=$((problems + 1))
    fi
    pos=("$LANGS"/"$DOMAIN"-*.po)
    [ -e "${pos[0]}" ] || { echo "i18n: no .po files in ${LANGS#"$PLUGIN"/}"; exit 1; }
    for po in "${pos[@]}"; do
        name=${po##*/}
        # Every msgid of the code must be in the .po, translated and not fuzzy: the .po merged with
        # the code's template (no fuzzy guesses), then its untranslated and fuzzy entries.
        msgmerge --quiet --no-fuzzy-matching "$po" "$tmp/$DOMAIN.pot" -o "$tmp/merged.po"
        todo=$( {
            msgattrib --no-obsolete --no-wrap --untranslated "$tmp/merged.po"
            msgattrib --no-obsolete --no-wrap --only-fuzzy "$tmp/merged.po"
        } | grep -E '^msg(ctxt|id) ' | grep -v '^msgid ""$' || true)
        if [ -n "$todo" ]; then
            n=$(grep -c '^msgid ' <<<"$todo")
            echo "i18n: $name: $n string(s) without a finished translation:"
            sed 's/^/    /' <<<"$todo" | head -40
            problems=$((problems + 1))
        fi
        if ! msgfmt --check -o "$tmp/check.mo" "$po" 2>"$tmp/msgfmt.err"; then
            echo "i18n: $name: msgfmt --check:"
            sed 's/^/    /' "$tmp/msgfmt.err" | head -20
            problems=$((problems + 1))
        fi
        mo=${po%.po}.mo
        if [ ! -f "$mo" ]; then
            echo "i18n: ${mo##*/} is missing (run tests/i18n.sh --update)"
            problems=$((problems + 1))
        elif [ -f "$tmp/check.mo" ] && ! cmp -s "$tmp/check.mo" "$mo"; then
            echo "i18n: ${mo##*/} is not what ${name} compiles to (run tests/i18n.sh --update)"
            problems=$((problems + 1))
        elif [ "$mo" -ot "$po" ]; then
            # Same bytes, older file: a checkout's times; only a note.
            :
        fi
        rm -f "$tmp/check.mo"
        # The scripts' JSON files: what the .po gives now, no more, no fewer.
        mkdir -p "$tmp/json" && rm -f "$tmp/json"/*
        make_json "$po" "$tmp/json" "$tmp/$DOMAIN.pot"
        base=${name%.po}
        for j in $(for f in "$tmp/json"/*.json "${po%.po}"-*.json; do [ -e "$f" ] && echo "${f##*/}"; done | sort -u); do
            if ! cmp -s "$tmp/json/$j" "$LANGS/$j"; then
                echo "i18n: $j ($base) is missing, stale or left over (run tests/i18n.sh --update)"
                problems=$((problems + 1))
            fi
        done
    done
    if [ "$problems" -gt 0 ]; then
        echo "i18n check: FAILED ($problems problem(s))"
        exit 1
    fi
    echo "i18n check: OK ($(grep -c '^msgid ' "$tmp/$DOMAIN.pot" | awk '{print $1 - 1}') strings, ${#pos[@]} translations)"
    ;;
*)
    echo "usage: $0 [--update|--check]" >&2
    exit 2
    ;;
esac
