--TEST--
Moderator: argument, option and word-list errors
--EXTENSIONS--
shopcx
--FILE--
<?php
function attempt(callable $fn): void {
    try {
        $fn();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
use ShopCx\Review\Moderator;
$bad = __DIR__ . '/moderator_error_bad.tsv';
attempt(fn() => new Moderator(['languages' => ['es']]));
attempt(fn() => new Moderator(['languages' => []]));
attempt(fn() => new Moderator(['colour' => 'red']));
attempt(fn() => new Moderator(["col\xffur" => 'red']));   // never echo invalid bytes into a message
attempt(fn() => new Moderator([1, 2]));
attempt(fn() => new Moderator(['minLength' => -1]));
attempt(fn() => new Moderator(['maxRepeat' => 2]));
attempt(fn() => new Moderator(['shouting' => 1]));
attempt(fn() => new Moderator(['locale' => 'es']));
attempt(fn() => new Moderator(['deny' => 'word']));
attempt(fn() => new Moderator(['deny' => [42]]));
attempt(fn() => new Moderator(['deny' => ['']]));
attempt(fn() => new Moderator(['deny' => ["\xff"]]));
attempt(fn() => new Moderator(['hold' => ['!!!']]));
attempt(fn() => new Moderator(['deny' => ['мат']]));
attempt(fn() => new Moderator(['allow' => [str_repeat('a', 129)]]));
attempt(fn() => new Moderator(['lists' => [__DIR__ . '/does-not-exist.tsv']]));
attempt(fn() => new Moderator(['lists' => 'x']));
foreach (["word\n", "word\tmaybe\n", "ok\thold\n\nword\treject\tinfix\n", "a\tb\tc\td\n", "\xc3\x28\treject\n"] as $content) {
    file_put_contents($bad, $content);
    attempt(fn() => new Moderator(['lists' => [$bad]]));
}
@unlink($bad);
$m = new Moderator();
attempt(fn() => $m->check("caf\xe9"));
attempt(fn() => $m->check('fine text here', "\xff"));
attempt(fn() => $m->check(str_repeat('a', 1 << 20)));
attempt(fn() => $m->check('fine text here', str_repeat('b', 1025)));
attempt(fn() => $m->check());
attempt(fn() => $m->__construct());
attempt(fn() => clone $m);
attempt(fn() => serialize($m));
attempt(fn() => (new ReflectionClass(Moderator::class))->newInstanceWithoutConstructor()->check('x'));
attempt(fn() => new ShopCx\Review\Verdict());
?>
--EXPECTF--
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "languages" must be a non-empty list of "nl", "en", "de", "fr"
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "languages" must be a non-empty list of "nl", "en", "de", "fr"
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) contains unknown option "colour"
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) must have option names of valid UTF-8
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) must be an array with string keys
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "minLength" must be an int between 0 and 1000
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "maxRepeat" must be an int between 3 and 100
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "shouting" must be a bool
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "locale" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "deny" must be a list of strings
ShopCx\ConfigException: option "deny" entry 0 must be a string, int given
ShopCx\ConfigException: option "deny" entry 0 must be 1 to 128 bytes of valid UTF-8
ShopCx\ConfigException: option "deny" entry 0 must be 1 to 128 bytes of valid UTF-8
ShopCx\ConfigException: option "hold" entry 0 must hold Latin letters (and may hold digits, spaces, hyphens)
ShopCx\ConfigException: option "deny" entry 0 must hold Latin letters (and may hold digits, spaces, hyphens)
ShopCx\ConfigException: option "allow" entry 0 must be 1 to 128 bytes of valid UTF-8
ShopCx\ConfigException: word list "%sdoes-not-exist.tsv" cannot be read
ValueError: ShopCx\Review\Moderator::__construct(): Argument #1 ($options) option "lists" must be a list of at most 8 file paths
ShopCx\ConfigException: word list "%smoderator_error_bad.tsv" line 1 must be term<TAB>reject|hold|allow[<TAB>word|prefix|suffix|part]
ShopCx\ConfigException: word list "%smoderator_error_bad.tsv" line 1: the tier must be "reject", "hold" or "allow"
ShopCx\ConfigException: word list "%smoderator_error_bad.tsv" line 3: the match must be "word", "prefix", "suffix" or "part"
ShopCx\ConfigException: word list "%smoderator_error_bad.tsv" line 1 must be term<TAB>reject|hold|allow[<TAB>word|prefix|suffix|part]
ShopCx\ConfigException: word list "%smoderator_error_bad.tsv" must be valid UTF-8
ValueError: ShopCx\Review\Moderator::check(): Argument #1 ($text) must be valid UTF-8
ValueError: ShopCx\Review\Moderator::check(): Argument #2 ($title) must be valid UTF-8
ValueError: ShopCx\Review\Moderator::check(): Argument #1 ($text) must be at most 65536 bytes long
ValueError: ShopCx\Review\Moderator::check(): Argument #2 ($title) must be at most 1024 bytes long
ArgumentCountError: ShopCx\Review\Moderator::check() expects at least 1 argument, 0 given
Error: Cannot call ShopCx\Review\Moderator::__construct() twice
Error: Trying to clone an uncloneable object of class ShopCx\Review\Moderator
Exception: Serialization of 'ShopCx\Review\Moderator' is not allowed
ReflectionException: Class ShopCx\Review\Moderator is an internal class marked as final that cannot be instantiated without invoking its constructor
Error: Call to private ShopCx\Review\Verdict::__construct() from global scope
