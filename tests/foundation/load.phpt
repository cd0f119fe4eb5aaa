--TEST--
shopcx loads, declares its dependencies and every class is final
--EXTENSIONS--
shopcx
--FILE--
<?php
var_dump(extension_loaded('shopcx'));
var_dump(phpversion('shopcx') === (new ReflectionExtension('shopcx'))->getVersion());
$ext = new ReflectionExtension('shopcx');
var_dump(array_keys($ext->getDependencies()));
foreach ($ext->getClassNames() as $name) {
    $c = new ReflectionClass($name);
    if (!$c->isInterface() && !$c->isFinal()) {
        echo "not final: $name\n";
    }
}
var_dump(interface_exists('ShopCx\Exception'));
foreach (['ShopCx\ConfigException', 'ShopCx\IndexException', 'ShopCx\TokenException'] as $e) {
    var_dump(is_subclass_of($e, 'ShopCx\Exception'));
}
var_dump(is_subclass_of('ShopCx\ConfigException', 'InvalidArgumentException'));
var_dump(is_subclass_of('ShopCx\TokenException', 'RuntimeException'));
?>
--EXPECT--
bool(true)
bool(true)
array(5) {
  [0]=>
  string(4) "date"
  [1]=>
  string(4) "hash"
  [2]=>
  string(6) "random"
  [3]=>
  string(4) "json"
  [4]=>
  string(3) "spl"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
