<?php
/**
 * Writes package.xml (PECL) from the files git tracks, or checks that it lists every file a
 * release needs (sources, stubs, tests, docs, build files) and nothing that is gone.
 *   php tests/packaging/package_xml.php --write
 *   php tests/packaging/package_xml.php --check
 */
declare(strict_types=1);

$root = dirname(__DIR__, 2);
$mode = $argv[1] ?? '--check';

// What a PECL release carries: the build, the sources, the stubs, the tests and the docs.
// Examples (plugins, demo shop), benchmarks and fuzzers stay in the repository.
function release_files(string $root): array
{
    exec('git -C ' . escapeshellarg($root) . ' ls-files', $files, $status);
    if ($status !== 0) {
        fwrite(STDERR, "git ls-files failed\n");
        exit(2);
    }
    $keep = array_filter($files, static function (string $f): bool {
        if (in_array($f, ['config.m4', 'config.w32', 'LICENSE', 'README.md', 'composer.json'], true)) {
            return true;
        }
        if (str_starts_with($f, 'src/') || str_starts_with($f, 'php_stubs/')) {
            return true;
        }
        // The PHP matrix needs root and Debian chroots: a developer's tool, not part of a release.
        return str_starts_with($f, 'tests/') && !str_starts_with($f, 'tests/bench/') && !str_starts_with($f, 'tests/fuzz/')
            && !str_starts_with($f, 'tests/matrix/');
    });
    sort($keep);
    return array_values($keep);
}

function role(string $f): string
{
    if (str_starts_with($f, 'tests/')) return 'test';
    if ($f === 'LICENSE' || str_ends_with($f, '.md')) return 'doc';
    return 'src';
}

$files = release_files($root);
if ($mode === '--write') {
    $version = trim((string) preg_replace('/.*PHP_SHOPCX_VERSION "([^"]+)".*/s', '$1', file_get_contents("$root/src/php_shopcx.h")));
    $x = new XMLWriter();
    $x->openMemory();
    $x->setIndent(true);
    $x->startDocument('1.0', 'UTF-8');
    $x->startElement('package');
    $x->writeAttribute('version', '2.0');
    $x->writeAttribute('xmlns', 'http://pear.php.net/dtd/package-2.0');
    $x->writeElement('name', 'shopcx');
    $x->writeElement('channel', 'pecl.php.net');
    $x->writeElement('summary', 'Customer-service building blocks for webshops');
    $x->writeElement('description', 'Effort surveys and KPIs, review collection, stock and delivery promises, abandoned-cart detection, FAQ search and proactive chat invitations, in C.');
    $x->startElement('lead');
    $x->writeElement('name', 'ShopCX developers');
    $x->writeElement('user', 'shopcx');
    $x->writeElement('email', 'dev@shopcx.invalid');
    $x->writeElement('active', 'yes');
    $x->endElement();
    $x->writeElement('date', gmdate('Y-m-d'));
    $x->startElement('version');
    $x->writeElement('release', $version);
    $x->writeElement('api', $version);
    $x->endElement();
    $x->startElement('stability');
    $x->writeElement('release', 'beta');
    $x->writeElement('api', 'beta');
    $x->endElement();
    $x->startElement('license');
    $x->writeAttribute('uri', 'https://opensource.org/licenses/MIT');
    $x->text('MIT');
    $x->endElement();
    $x->writeElement('notes', 'See README.md.');
    $x->startElement('contents');
    $x->startElement('dir');
    $x->writeAttribute('name', '/');
    foreach ($files as $f) {
        $x->startElement('file');
        $x->writeAttribute('name', $f);
        $x->writeAttribute('role', role($f));
        $x->endElement();
    }
    $x->endElement();
    $x->endElement();
    $x->startElement('dependencies');
    $x->startElement('required');
    $x->startElement('php');
    // The versions the PHP matrix (tests/matrix/run.sh) builds and tests: 8.2, 8.4, 8.5, 8.6 RC.
    $x->writeElement('min', '8.2.0');
    $x->writeElement('max', '8.6.99');
    $x->endElement();
    $x->startElement('pearinstaller');
    $x->writeElement('min', '1.10.0');
    $x->endElement();
    $x->endElement();
    $x->endElement();
    $x->writeElement('providesextension', 'shopcx');
    $x->writeElement('extsrcrelease', '');
    $x->endElement();
    file_put_contents("$root/package.xml", $x->outputMemory());
    echo "package.xml: ", count($files), " files\n";
    exit(0);
}

$doc = new DOMDocument();
if (!@$doc->load("$root/package.xml")) {
    fwrite(STDERR, "package.xml is missing or not well-formed\n");
    exit(1);
}
$listed = [];
foreach ($doc->getElementsByTagName('file') as $node) {
    $listed[] = $node->getAttribute('name');
}
sort($listed);
$missing = array_diff($files, $listed);
$stale = array_diff($listed, $files);
foreach ($missing as $f) fwrite(STDERR, "package.xml does not list $f\n");
foreach ($stale as $f) fwrite(STDERR, "package.xml lists $f, which is not in the repository\n");
if ($missing || $stale) {
    fwrite(STDERR, "run: php tests/packaging/package_xml.php --write\n");
    exit(1);
}
echo "package.xml lists all ", count($files), " release files\n";
