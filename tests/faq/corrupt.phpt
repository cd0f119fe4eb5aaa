--TEST--
load() refuses truncated, corrupted and foreign files with IndexException, never a crash
--EXTENSIONS--
shopcx
--INI--
shopcx.faq_cache_size=0
--FILE--
<?php
require __DIR__ . '/webshop.inc';
use ShopCx\Faq\Index;

$dir = sys_get_temp_dir() . '/shopcx-faq-corrupt-' . getmypid();
@mkdir($dir);
$good = "$dir/good.idx";
Index::build(webshop_faq(), ['lang' => 'nl', 'synonyms' => [['retour', 'terugsturen']]])->save($good);
$bytes = file_get_contents($good);
$size = strlen($bytes);
echo "loads: ", Index::load($good)->stats()['entries'], "\n";

$n = 0;
$messages = [];
function attempt(string $data): void {
    global $dir, $n, $messages;
    $f = "$dir/v" . ($n++) . '.idx';      // a new path each time: nothing is cached
    file_put_contents($f, $data);
    try {
        $ix = Index::load($f);
        $ix->search('bestelling');
        $messages['LOADED'] = ($messages['LOADED'] ?? 0) + 1;
    } catch (ShopCx\IndexException $e) {
        $m = preg_replace('/^Cannot load FAQ index "[^"]*": /', '', $e->getMessage());
        $messages[$m] = ($messages[$m] ?? 0) + 1;
    }
    unlink($f);
}
// Every byte of the header and then every 5th byte, each flipped two ways.
for ($i = 0; $i < $size; $i += $i < 256 ? 1 : 5) {
    foreach ([0xFF, 0x01] as $x) {
        $d = $bytes;
        $d[$i] = chr(ord($d[$i]) ^ $x);
        attempt($d);
    }
}
// Truncated at every length up to 300 bytes, then every 11th.
for ($len = 0; $len < $size; $len += $len < 300 ? 1 : 11) {
    attempt(substr($bytes, 0, $len));
}
// Longer than written, foreign files, another version.
attempt($bytes . "\0");
attempt(str_repeat("\0", $size));
attempt(random_bytes($size));
attempt("<?php echo 'not an index';");
attempt(file_get_contents(__FILE__));
$v2 = $bytes;
$v2[8] = chr(1);      // version 1 (before the stemmer fingerprint)
attempt($v2);
$v2 = $bytes;
$v2[6] = "\n";          // as a text-mode transfer would leave it
attempt($v2);

// With the checksum recomputed, the structural checks (offsets, counts, order, postings) must
// catch what the CRC no longer does. Every 32-bit word of the header and the tables is set to
// a few hostile values; whatever still loads must search without crashing.
$fixcrc = function (string $d): string {
    $crc = crc32(substr($d, 0, 20) . substr($d, 24));
    return substr($d, 0, 20) . pack('V', $crc) . substr($d, 24);
};
$structural = ['refused' => 0, 'loaded' => 0];
for ($i = 8; $i + 4 <= min($size, 2048); $i += 4) {
    foreach ([0, 1, 0x7FFFFFFF, 0xFFFFFFFF, unpack('V', substr($bytes, $i, 4))[1] + 1] as $val) {
        $d = substr_replace($bytes, pack('V', $val & 0xFFFFFFFF), $i, 4);
        if ($d === $bytes) continue;
        $before = $messages['LOADED'] ?? 0;
        attempt($fixcrc($d));
        $structural[($messages['LOADED'] ?? 0) > $before ? 'loaded' : 'refused']++;
    }
}
unset($messages['LOADED']);
// The counts depend on the file's size and content, which change with the stems libstemmer makes.
printf("structural: %s refused, %s loaded (text or scores changed) and searched without a crash\n",
    $structural['refused'] > 100 ? 'some' : $structural['refused'], $structural['loaded'] > 100 ? 'others' : $structural['loaded']);
echo "variants: ", $n > 5000 ? "over 5000" : $n, "\n";
ksort($messages);
foreach ($messages as $m => $count) {
    echo "$m\n";
}
echo isset($messages['LOADED']) ? "SOME LOADED\n" : "all refused\n";

// An index whose words another libstemmer stemmed (its fingerprint, header bytes 68..71, differs) is
// refused with a message saying what to do; one built without stemming loads whatever the stemmer.
$h = unpack('Vfingerprint/Vreserved', substr($bytes, 68, 8));
var_dump($h['fingerprint'] !== 0, $h['reserved']);
$messages = [];
attempt($fixcrc(substr_replace($bytes, pack('V', $h['fingerprint'] ^ 1), 68, 4)));
print_r(array_keys($messages));
$plain = "$dir/plain.idx";
Index::build(webshop_faq(), ['lang' => 'nl', 'stemming' => false])->save($plain);
$pb = file_get_contents($plain);
var_dump(unpack('V', substr($pb, 68, 4))[1]);
$messages = [];
attempt($fixcrc(substr_replace($pb, pack('V', 12345), 68, 4)));
print_r(array_keys($messages));
unlink($plain);
unlink($good);
var_dump(rmdir($dir));
?>
--EXPECT--
loads: 13
structural: some refused, others loaded (text or scores changed) and searched without a crash
variants: over 5000
bad counts
bad document record
bad header fields
bad postings
bad postings offset
bad synonym groups
bad term record
built with another libstemmer (Snowball) version than this one: build it again
checksum mismatch (corrupt file)
file is too short to be a FAQ index
file size does not match its header (truncated?)
id table out of order
misaligned section
not a ShopCx FAQ index (bad magic)
section FAQ_SEC_DOCS has the wrong size
section FAQ_SEC_IDS has the wrong size
section FAQ_SEC_SYNGRP has the wrong size
section FAQ_SEC_SYNMAP has the wrong size
section FAQ_SEC_TERMS has the wrong size
section FAQ_SEC_WORDS has the wrong size
section out of bounds
term table out of order
unsupported FAQ index version
all refused
bool(true)
int(0)
Array
(
    [0] => built with another libstemmer (Snowball) version than this one: build it again
)
int(0)
Array
(
    [0] => LOADED
)
bool(true)
