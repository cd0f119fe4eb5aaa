<?php
declare(strict_types=1);

if (!extension_loaded('shopcx')) {
    fwrite(STDERR, "The shopcx extension is not loaded: run Test/run.sh\n");
    exit(1);
}
require __DIR__ . '/Stubs/Framework.php';
require __DIR__ . '/Stubs/Signatures.php';
spl_autoload_register(static function (string $class): void {
    $prefix = 'ShopCx\\CustomerService\\';
    if (str_starts_with($class, $prefix)) {
        $file = dirname(__DIR__) . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
require __DIR__ . '/Unit/Fakes.php';
