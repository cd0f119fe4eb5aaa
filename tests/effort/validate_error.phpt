--TEST--
Survey::validate() errors name the question: unknown ids, missing answers, out of scale, NaN/INF, wrong types, bad comments
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Survey;

function attempt(Survey $s, array $answers): void {
    try {
        $s->validate($answers);
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$nps = Survey::nps();
attempt($nps, []);
attempt($nps, ['nps' => 11]);
attempt($nps, ['nps' => -1]);
attempt($nps, ['nps' => '7.5']);
attempt($nps, ['nps' => '']);
attempt($nps, ['nps' => 'ten']);
attempt($nps, ['nps' => NAN]);
attempt($nps, ['nps' => INF]);
attempt($nps, ['nps' => true]);
attempt($nps, ['nps' => null]);
attempt($nps, ['nps' => 8, 'NPS' => 8]);
attempt($nps, ['nps' => 8, "bad\xff" => 1]);
attempt($nps, ['nps' => 8, 'comment' => ['a']]);
attempt($nps, ['nps' => 8, 'comment' => "\xc3\x28"]);
attempt($nps, ['nps' => 8, 'comment' => str_repeat('x', 2001)]);
$conv = Survey::conversation();
attempt($conv, ['friendly' => 5, 'informed' => 5, 'solved' => 2]);
attempt($conv, ['friendly' => 5, 'informed' => 5, 'solved' => 'maybe']);
attempt($conv, ['friendly' => 6, 'informed' => 5, 'solved' => 'yes']);
attempt($conv, ['friendly' => 5, 'solved' => 'yes']);
?>
--EXPECT--
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) must answer question "nps"
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be an integer from 0 to 10
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be an integer from 0 to 10
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be an integer from 0 to 10
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be an integer from 0 to 10
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be an integer from 0 to 10
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be a finite number
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be a finite number
TypeError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "nps" must be of type int|string, bool given
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) must answer question "nps"
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) contains unknown question "NPS"
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) contains unknown question "(invalid)"
TypeError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "comment" must be of type string, array given
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "comment" must be valid UTF-8
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "comment" must be at most 2000 bytes long
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "solved" must be true, false, 0, 1, "yes" or "no"
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "solved" must be true, false, 0, 1, "yes" or "no"
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) answer to "friendly" must be an integer from 1 to 5
ValueError: ShopCx\Effort\Survey::validate(): Argument #1 ($answers) must answer question "informed"
