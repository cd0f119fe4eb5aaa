--TEST--
Report::addAll(): a batch counts exactly like add() one by one, all or nothing, errors name the response
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

function attempt(string $label, callable $fn): void {
    try {
        $fn();
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$survey = Survey::effort();
$options = ['bucket' => 'month', 'timezone' => 'Europe/Brussels'];
$rows = [];
for ($i = 0; $i < 50; $i++) {
    $rows[] = [
        'answers' => ['choosing' => 1 + $i % 3, 'purchasing' => 1 + ($i * 7) % 3, 'after' => 1 + $i % 2, 'comment' => $i % 5 ? null : 'x'],
        'at' => $i % 2 ? strtotime('2026-02-01') + $i * 86400 : new DateTimeImmutable('@' . (strtotime('2026-02-01') + $i * 86400)),
        'segments' => $i % 7 ? ['channel' => ['chat', 'email'][$i % 2], 'agent' => $i % 4] : null,
    ];
}
$one = new Report($survey, $options);
foreach ($rows as $row) {
    $one->add($row['answers'], $row['at'], $row['segments'] ?? []);
}
$batch = new Report($survey, $options);
var_dump($batch->addAll($rows), $batch->addAll([]));
var_dump($batch->toString() === $one->toString(), $batch->result() == $one->result());
// A batch adds to what is there
var_dump($batch->addAll(array_slice($rows, 0, 10)), $batch->count());

// One bad response: nothing of the batch is counted, the message names it.
$bad = $rows;
$bad[3]['answers']['after'] = 7;
attempt('bad answer', fn() => $batch->addAll($bad));
var_dump($batch->count());
$bad = $rows;
$bad[4]['segments'] = ['channel' => 2.5];
attempt('bad segment', fn() => $batch->addAll($bad));
$bad[4]['segments'] = 'chat';
attempt('segments type', fn() => $batch->addAll($bad));
attempt('bad time', fn() => $batch->addAll([['answers' => $rows[0]['answers'], 'at' => -5]]));
attempt('time type', fn() => $batch->addAll([['answers' => $rows[0]['answers'], 'at' => '2026-01-01']]));
attempt('no at', fn() => $batch->addAll([['answers' => $rows[0]['answers']]]));
attempt('extra key', fn() => $batch->addAll([['answers' => $rows[0]['answers'], 'at' => 0, 'channel' => 'chat']]));
attempt('not an array', fn() => $batch->addAll([$rows[0], 'oops']));
attempt('list row', fn() => $batch->addAll([[$rows[0]['answers'], 0]]));
var_dump($batch->count());
?>
--EXPECT--
int(50)
int(0)
bool(true)
bool(true)
int(10)
int(60)
bad answer: ValueError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 3: answer to "after" must be an integer from 1 to 3
int(60)
bad segment: TypeError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 4: "segments" segment "channel" must be of type string|int|null, float given
segments type: TypeError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 4: "segments" must be of type ?array, string given
bad time: ValueError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 0: "at" must be a time between 1970 and 2099
time type: TypeError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 0: "at" must be of type DateTimeInterface|int, string given
no at: ValueError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 0: must be an array with the keys "answers" (array), "at" and optionally "segments"
extra key: ValueError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 0: must be an array with the keys "answers" (array), "at" and optionally "segments"
not an array: TypeError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 1: must be of type array, string given
list row: ValueError: ShopCx\Effort\Report::addAll(): Argument #1 ($responses) response 0: must be an array with the keys "answers" (array), "at" and optionally "segments"
int(60)
