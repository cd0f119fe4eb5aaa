--TEST--
Index::build() and the Index class reject bad entries and options with clear ValueError/ConfigException
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

function check(callable $f): void {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$ok = ['id' => 'a', 'question' => 'Waar is mijn pakket?', 'answer' => 'Onderweg.'];
check(fn() => new Index());
check(fn() => Index::build([]));
check(fn() => Index::build([['question' => 'Zonder id?']]));
check(fn() => Index::build([['id' => '', 'question' => 'Leeg id?']]));
check(fn() => Index::build([['id' => 'x']]));
check(fn() => Index::build(['not an array']));
check(fn() => Index::build([$ok, $ok]));
check(fn() => Index::build([$ok, ['id' => 7, 'question' => 'ok'], ['id' => '7', 'question' => 'dubbel']]));
check(fn() => Index::build([['id' => 'a', 'question' => "bad \xC3\x28 utf8"]]));
check(fn() => Index::build([['id' => 'a', 'question' => str_repeat('x', 1001)]]));
check(fn() => Index::build([['id' => 'a', 'question' => 'q', 'tags' => 'not a list']]));
check(fn() => Index::build([['id' => 'a', 'question' => 'q', 'popularity' => -1]]));
check(fn() => Index::build([['id' => 'a', 'question' => 'q', 'popularity' => NAN]]));
check(fn() => Index::build([['id' => 'a', 'question' => 'q', 'lang' => 'xx']]));
check(fn() => Index::build([$ok], ['lang' => 'klingon']));
check(fn() => Index::build([$ok], ['colour' => 'blue']));
check(fn() => Index::build([$ok], ['weights' => ['question' => 1e9]]));
check(fn() => Index::build([$ok], ['weights' => ['question' => -1]]));
check(fn() => Index::build([$ok], ['weights' => ['title' => 2]]));
check(fn() => Index::build([$ok], ['weights' => ['question' => 0, 'tags' => 0, 'answer' => 0]]));
check(fn() => Index::build([$ok], ['stemming' => 'yes']));
check(fn() => Index::build([$ok], ['synonyms' => 'retour']));
check(fn() => Index::build([$ok], ['synonyms' => [['retour']]]));
check(fn() => Index::build([$ok], ['synonyms' => [['retour', 'terug sturen']]]));
check(fn() => Index::build([$ok], ['synonyms' => [['retour', 'terugsturen'], ['retour', 'omruilen']]]));
check(fn() => Index::build([$ok], ['synonyms' => [['retour', 42]]]));
check(fn() => Index::build(42));
// Generators work as well as arrays.
$gen = (function () use ($ok) { yield $ok; yield ['id' => 'b', 'question' => 'Wat kost verzending?']; })();
var_dump(Index::build($gen)->stats()['entries']);
$e = Index::build([$ok]);
check(fn() => clone $e);
check(fn() => serialize($e));
?>
--EXPECT--
Error: Call to private ShopCx\Faq\Index::__construct() from global scope
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) must not be empty
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 must have "id"
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 must have a non-empty "id"
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 must have "question"
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 must be of type array, string given
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) duplicate id "a"
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) duplicate id "7"
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 field "question" must be valid UTF-8
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 field "question" must be at most 1000 bytes long
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 field "tags" must be a list of at most 50 strings
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 field "popularity" must be between 0 and 1e12
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 field "popularity" must be between 0 and 1e12
ValueError: ShopCx\Faq\Index::build(): Argument #1 ($entries) entry 0 field "lang" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Faq\Index::build(): Argument #2 ($options) option "lang" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Faq\Index::build(): Argument #2 ($options) option "colour" is not known
ValueError: ShopCx\Faq\Index::build(): Argument #2 ($options) option "weights" key "question" must be between 0 and 100
ValueError: ShopCx\Faq\Index::build(): Argument #2 ($options) option "weights" key "question" must be between 0 and 100
ValueError: ShopCx\Faq\Index::build(): Argument #2 ($options) option "weights" must only have the keys "question", "tags" and "answer"
ValueError: ShopCx\Faq\Index::build(): Argument #2 ($options) option "weights" must have at least one weight above 0
ValueError: ShopCx\Faq\Index::build(): Argument #2 ($options) option "stemming" must be of type bool, string given
ShopCx\ConfigException: option "synonyms" must be a list of at most 10000 groups
ShopCx\ConfigException: option "synonyms" group 0 must be a list of 2 to 100 words
ShopCx\ConfigException: option "synonyms" group 0 word 1 must be a single word of UTF-8 text
ShopCx\ConfigException: option "synonyms": synonym "retour" is in more than one group
ShopCx\ConfigException: option "synonyms" group 0 word 1 must be a single word of UTF-8 text
TypeError: ShopCx\Faq\Index::build(): Argument #1 ($entries) must be of type Traversable|array, int given
int(2)
Error: Trying to clone an uncloneable object of class ShopCx\Faq\Index
Exception: Serialization of 'ShopCx\Faq\Index' is not allowed
