<?php
/**
 * Compares the hand-written Magento doubles and signatures in Test/Stubs/ with the real classes of a
 * Magento install tree (a directory holding vendor/magento/framework), method by method: parameters
 * (name, position, optional, by reference), return type, static. The doubles and the real classes
 * have the same names, so each side is read in its own PHP process.
 *
 *   php Test/compare_stubs.php /path/to/magento
 *
 * Prints one line per difference and a summary; exits 1 when a method the module can call differs.
 * Methods only the doubles have are test accessors (listed, not failures); factories and other
 * classes Magento generates at setup:di:compile are not in an install tree and are listed as such.
 */
declare(strict_types=1);

function signatures(array $names): array
{
    $out = [];
    foreach ($names as $name) {
        if (!class_exists($name) && !interface_exists($name)) {
            $out[$name] = null;
            continue;
        }
        $class = new ReflectionClass($name);
        $methods = [];
        foreach ($class->getMethods() as $m) {
            $params = [];
            foreach ($m->getParameters() as $p) {
                $params[] = ['name' => $p->getName(), 'optional' => $p->isOptional(), 'ref' => $p->isPassedByReference(),
                    'variadic' => $p->isVariadic()];
            }
            $methods[strtolower($m->getName())] = ['name' => $m->getName(), 'params' => $params, 'static' => $m->isStatic(),
                'return' => $m->hasReturnType() ? (string) $m->getReturnType() : null, 'declared' => $m->getDeclaringClass()->getName()];
        }
        $out[$name] = ['interface' => $class->isInterface(), 'methods' => $methods];
    }
    return $out;
}

if (($argv[1] ?? '') === '--real') {
    require $argv[2] . '/vendor/autoload.php';
    echo json_encode(signatures(json_decode((string) file_get_contents('php://stdin'), true)));
    exit(0);
}
if (!isset($argv[1]) || !is_dir($argv[1] . '/vendor/magento/framework')) {
    fwrite(STDERR, "usage: php Test/compare_stubs.php /path/to/magento (a tree with vendor/magento/framework)\n");
    exit(2);
}
$before = array_merge(get_declared_classes(), get_declared_interfaces());
require __DIR__ . '/Stubs/Framework.php';
require __DIR__ . '/Stubs/Signatures.php';
$names = array_values(array_filter(array_diff(array_merge(get_declared_classes(), get_declared_interfaces()), $before),
    static fn ($n) => !str_starts_with($n, 'ShopCx\\')));
$stubs = signatures($names);

$proc = proc_open([PHP_BINARY, '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', __FILE__, '--real', $argv[1]], [['pipe', 'r'], ['pipe', 'w'], STDERR], $pipes);
fwrite($pipes[0], json_encode($names));
fclose($pipes[0]);
$real = json_decode((string) stream_get_contents($pipes[1]), true);
proc_close($proc);
if (!is_array($real)) {
    fwrite(STDERR, "could not read the real classes\n");
    exit(2);
}

$differences = $accessors = $absent = $constructors = 0;
foreach ($stubs as $name => $stub) {
    $theirs = $real[$name] ?? null;
    if ($theirs === null) {
        echo "not in the tree (generated or not installed): $name\n";
        $absent++;
        continue;
    }
    foreach ($stub['methods'] as $key => $m) {
        if ($m['declared'] !== $name) {
            continue;   // inherited from another double: compared there
        }
        $r = $theirs['methods'][$key] ?? null;
        if ($r === null) {
            echo "only in the double (test accessor): $name::{$m['name']}()\n";
            $accessors++;
            continue;
        }
        $problems = [];
        foreach ($m['params'] as $i => $p) {
            $q = $r['params'][$i] ?? null;
            if ($q === null) {
                $problems[] = "extra parameter \${$p['name']}";
            } elseif ($q['name'] !== $p['name'] || $q['ref'] !== $p['ref'] || $q['variadic'] !== $p['variadic']) {
                $problems[] = "parameter " . ($i + 1) . " is \${$q['name']}" . ($q['ref'] ? ' (by reference)' : '') . ", double has \${$p['name']}";
            } elseif ($q['optional'] !== $p['optional']) {
                $problems[] = "\${$p['name']} is " . ($q['optional'] ? 'optional' : 'required') . ' in Magento';
            }
        }
        foreach (array_slice($r['params'], count($m['params'])) as $q) {
            if (!$q['optional']) {
                $problems[] = "missing required parameter \${$q['name']}";
            }
        }
        if ($m['static'] !== $r['static']) {
            $problems[] = $r['static'] ? 'static in Magento' : 'not static in Magento';
        }
        if ($r['return'] !== null && $m['return'] !== null && ltrim($r['return'], '?\\') !== ltrim($m['return'], '?\\')
            && $m['return'] !== 'static' && $m['return'] !== 'self') {
            $problems[] = "returns {$r['return']} in Magento, {$m['return']} in the double";
        }
        if ($problems && $key === '__construct') {
            // Magento's object manager builds these; the module never calls their constructors.
            echo "constructor of a double: $name: ", implode('; ', $problems), "\n";
            $constructors++;
        } elseif ($problems) {
            echo "differs: $name::{$m['name']}(): ", implode('; ', $problems), "\n";
            $differences++;
        }
    }
}
printf("compare_stubs: %d classes, %d differences, %d doubles' constructors, %d test accessors, %d not in the tree\n",
    count($stubs), $differences, $constructors, $accessors, $absent);
exit($differences ? 1 : 0);
