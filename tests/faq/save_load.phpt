--TEST--
save() writes atomically, load() maps the file and caches it per worker by path, inode, mtime and size
--EXTENSIONS--
shopcx
--INI--
shopcx.faq_cache_size=2
--FILE--
<?php
require __DIR__ . '/webshop.inc';
use ShopCx\Faq\Index;

$dir = sys_get_temp_dir() . '/shopcx-faq-save-' . getmypid();
@mkdir($dir);
$file = "$dir/faq.idx";

$built = Index::build(webshop_faq(), ['lang' => 'nl', 'synonyms' => [['retour', 'terugsturen', 'omruilen']]]);
$built->save($file);
var_dump(glob("$dir/*") === [$file]);          // no temporary file left behind
printf("%o\n", fileperms($file) & 0777);
$loaded = Index::load($file);
$a = $built->stats();
$b = $loaded->stats();
var_dump($a['mapped'], $b['mapped'], $a['bytes'] === filesize($file), $a['entries'] === $b['entries'], $a['terms'] === $b['terms']);

// The same answers from memory and from the file, synonyms included.
foreach (['omruilen', 'verzendkosten', 'bestel'] as $q) {
    $x = $built->search($q, 5)->toArray();
    $y = $loaded->search($q, 5)->toArray();
    printf("%-14s same: %s, first: %s\n", $q, $x === $y ? 'yes' : 'no', $y['hits'][0]['id'] ?? '-');
}

// A second load of the unchanged file shares the cached mapping.
$again = Index::load($file);
var_dump($again->search('levertijd', 1)->hits[0]->id);

// Replacing the file (atomic rename: new inode) is picked up by the next load(); the old object keeps working.
Index::build([['id' => 'new', 'question' => 'Een heel nieuwe vraag over levertijd']], ['lang' => 'nl'])->save($file);
$fresh = Index::load($file);
var_dump($fresh->stats()['entries'], $fresh->search('levertijd', 1)->hits[0]->id);
var_dump($loaded->search('levertijd', 1)->hits[0]->id);

// More files than shopcx.faq_cache_size: the least recently used mapping is dropped, objects stay valid.
$objs = [];
foreach (['a', 'b', 'c'] as $n) {
    Index::build([['id' => $n, 'question' => "Vraag $n over verzending"]])->save("$dir/$n.idx");
    $objs[$n] = Index::load("$dir/$n.idx");
}
foreach ($objs as $n => $o) {
    echo $n, ': ', $o->search('verzending', 1, ['lang' => 'nl'])->hits[0]->id, "\n";
}

// Errors
function check(callable $f): void {
    global $dir;
    try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ': ', str_replace($dir, 'DIR', $e->getMessage()), "\n"; }
}
check(fn() => Index::load("$dir/missing.idx"));
check(fn() => Index::load($dir));
check(fn() => Index::load(''));
check(fn() => Index::load("a\0b"));
check(fn() => $built->save("$dir/no/such/dir/x.idx"));
check(fn() => $built->save(''));

foreach (glob("$dir/*") as $f) unlink($f);
rmdir($dir);
?>
--EXPECT--
bool(true)
644
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
omruilen       same: yes, first: return-how
verzendkosten  same: yes, first: shipping-cost
bestel         same: yes, first: order-cancel
string(13) "shipping-time"
int(1)
string(3) "new"
string(13) "shipping-time"
a: a
b: b
c: c
ShopCx\IndexException: Cannot load FAQ index "DIR/missing.idx": No such file or directory
ShopCx\IndexException: Cannot load FAQ index "DIR": not a regular file
ValueError: ShopCx\Faq\Index::load(): Argument #1 ($path) must not be empty
ValueError: ShopCx\Faq\Index::load(): Argument #1 ($path) must not contain any null bytes
ShopCx\IndexException: Cannot write FAQ index "DIR/no/such/dir/x.idx": No such file or directory
ValueError: ShopCx\Faq\Index::save(): Argument #1 ($path) must not be empty
