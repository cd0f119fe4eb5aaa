--TEST--
search() and the other Index methods: argument errors are ValueError/TypeError; ordinary text never throws
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

function check(callable $f): void {
    try {
        $r = $f();
        echo 'ok', $r instanceof ShopCx\Faq\Result ? ' (' . count($r->hits) . ' hits)' : '', "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$ix = Index::build([['id' => 'a', 'question' => 'Where is my parcel?', 'answer' => 'On its way.']], ['lang' => 'en']);
check(fn() => $ix->search(''));
check(fn() => $ix->search(str_repeat('x', 10000)));
check(fn() => $ix->search(str_repeat('x', 1001)));
check(fn() => $ix->search(str_repeat('parcel ', 142)));   // 994 bytes: fine
check(fn() => $ix->search("parcel \xC3"));
check(fn() => $ix->search('parcel', 0));
check(fn() => $ix->search('parcel', 101));
check(fn() => $ix->search('parcel', 10, ['typo' => false]));
check(fn() => $ix->search('parcel', 10, ['typos' => 1]));
check(fn() => $ix->search('parcel', 10, ['minScore' => 2]));
check(fn() => $ix->search('parcel', 10, ['minScore' => '0.5']));
check(fn() => $ix->search('parcel', 10, ['lang' => 'es']));
check(fn() => $ix->search('parcel', 10, ['category' => 5]));
check(fn() => $ix->search('parcel', 10, [1, 2]));
check(fn() => $ix->search([]));
check(fn() => $ix->search('parcel', 'ten'));
check(fn() => $ix->related([]));
check(fn() => $ix->related('a', 0));
check(fn() => $ix->setPopularity('a'));
check(fn() => $ix->stats(1));
echo "-- ordinary text never throws\n";
foreach (['🙂', '?!', '...', ' ', "\u{200B}", 'Где моя посылка?', 'मेरा पार्सल', '包裹在哪里', 'parcel 🙂', "\t\n", '0', 'PARCEL!!!'] as $q) {
    check(fn() => $ix->search($q));
}
?>
--EXPECT--
ValueError: ShopCx\Faq\Index::search(): Argument #1 ($query) must not be empty
ValueError: ShopCx\Faq\Index::search(): Argument #1 ($query) must be at most 1000 bytes long
ValueError: ShopCx\Faq\Index::search(): Argument #1 ($query) must be at most 1000 bytes long
ok (1 hits)
ValueError: ShopCx\Faq\Index::search(): Argument #1 ($query) must be valid UTF-8
ValueError: ShopCx\Faq\Index::search(): Argument #2 ($limit) must be between 1 and 100
ValueError: ShopCx\Faq\Index::search(): Argument #2 ($limit) must be between 1 and 100
ValueError: ShopCx\Faq\Index::search(): Argument #3 ($options) option "typo" is not known
ValueError: ShopCx\Faq\Index::search(): Argument #3 ($options) option "typos" must be of type bool, int given
ValueError: ShopCx\Faq\Index::search(): Argument #3 ($options) option "minScore" must be a number between 0 and 1
ValueError: ShopCx\Faq\Index::search(): Argument #3 ($options) option "minScore" must be a number between 0 and 1
ValueError: ShopCx\Faq\Index::search(): Argument #3 ($options) option "lang" must be one of "nl", "en", "de", "fr"
ValueError: ShopCx\Faq\Index::search(): Argument #3 ($options) option "category" must be a UTF-8 string
ValueError: ShopCx\Faq\Index::search(): Argument #3 ($options) must only have string keys
TypeError: ShopCx\Faq\Index::search(): Argument #1 ($query) must be of type string, array given
TypeError: ShopCx\Faq\Index::search(): Argument #2 ($limit) must be of type int, string given
TypeError: ShopCx\Faq\Index::related(): Argument #1 ($id) must be of type string|int, array given
ValueError: ShopCx\Faq\Index::related(): Argument #2 ($limit) must be between 1 and 20
TypeError: ShopCx\Faq\Index::setPopularity(): Argument #1 ($popularity) must be of type array, string given
ArgumentCountError: ShopCx\Faq\Index::stats() expects exactly 0 arguments, 1 given
-- ordinary text never throws
ok (0 hits)
ok (0 hits)
ok (0 hits)
ok (0 hits)
ok (0 hits)
ok (0 hits)
ok (0 hits)
ok (0 hits)
ok (1 hits)
ok (0 hits)
ok (0 hits)
ok (1 hits)
