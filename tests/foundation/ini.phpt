--TEST--
shopcx.default_locale accepts nl, en, de, fr (with region) and refuses anything else
--EXTENSIONS--
shopcx
--INI--
shopcx.default_locale=nl
--FILE--
<?php
var_dump(ini_get('shopcx.default_locale'));
var_dump(ini_set('shopcx.default_locale', 'de_DE'));
var_dump(ini_get('shopcx.default_locale'));
var_dump(ini_set('shopcx.default_locale', 'FR'));
var_dump(ini_set('shopcx.default_locale', 'xx'));
var_dump(ini_get('shopcx.default_locale'));
var_dump(ini_set('shopcx.default_locale', ''));
var_dump(ini_set('shopcx.faq_cache_size', '3'));  // PHP_INI_SYSTEM: not changeable at run time
?>
--EXPECTF--
string(2) "nl"
string(2) "nl"
string(5) "de_DE"
string(5) "de_DE"

Warning: ini_set(): shopcx.default_locale must be one of nl, en, de, fr, "xx" given in %s on line %d
bool(false)
string(2) "FR"

Warning: ini_set(): shopcx.default_locale must be one of nl, en, de, fr, "" given in %s on line %d
bool(false)
bool(false)
