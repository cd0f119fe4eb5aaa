--TEST--
phpinfo() shows the ShopCX version and the linked library versions
--EXTENSIONS--
shopcx
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
foreach (['ShopCX version', 'libcurl version', 'jansson version', 'pcre2 version',
          'libstemmer languages', 'utf8proc version', 'utf8proc Unicode version'] as $row) {
    if (!preg_match('/^' . preg_quote($row, '/') . ' => (.+)$/m', $info, $m)) {
        echo "missing: $row\n";
        continue;
    }
    echo $row, ': ', trim($m[1]) === '' || trim($m[1]) === 'unknown' ? 'EMPTY' : 'ok', "\n";
}
preg_match('/^libstemmer languages => (.+)$/m', $info, $m);
foreach (['dutch', 'english', 'german', 'french'] as $lang) {
    echo $lang, ': ', str_contains($m[1], $lang) ? 'yes' : 'no', "\n";
}
var_dump(str_contains($info, 'shopcx.default_locale => en => en'));
?>
--EXPECT--
ShopCX version: ok
libcurl version: ok
jansson version: ok
pcre2 version: ok
libstemmer languages: ok
utf8proc version: ok
utf8proc Unicode version: ok
dutch: yes
english: yes
german: yes
french: yes
bool(true)
