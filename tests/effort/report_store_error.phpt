--TEST--
Report::fromString() rejects corrupt, foreign, future-version and inconsistent documents with ConfigException naming the path
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

$survey = Survey::csat();
$r = new Report($survey, ['bucket' => 'week', 'timezone' => 'Europe/Berlin']);
$r->add(['csat' => 4], strtotime('2026-05-06 12:00 UTC'), ['channel' => 'chat']);
$good = json_decode($r->toString(), true);
function with(array $doc, callable $edit): string { $edit($doc); return json_encode($doc); }

attempt('not json', fn() => Report::fromString($survey, '{"format":'));
attempt('truncated', fn() => Report::fromString($survey, substr($r->toString(), 0, 50)));
attempt('empty', fn() => Report::fromString($survey, ''));
attempt('list', fn() => Report::fromString($survey, '[]'));
attempt('binary', fn() => Report::fromString($survey, "\x00\xff\xfe"));
attempt('duplicate key', fn() => Report::fromString($survey, '{"format":"a","format":"b"}'));
attempt('format', fn() => Report::fromString($survey, with($good, function (&$d) { $d['format'] = 'other'; })));
attempt('version', fn() => Report::fromString($survey, with($good, function (&$d) { $d['version'] = 2; })));
attempt('other survey', fn() => Report::fromString(Survey::nps(), $r->toString()));
attempt('fingerprint', fn() => Report::fromString($survey, with($good, function (&$d) { $d['fingerprint'] = '0000000000000000'; })));
attempt('bucket', fn() => Report::fromString($survey, with($good, function (&$d) { $d['bucket'] = 'hour'; })));
attempt('timezone', fn() => Report::fromString($survey, with($good, function (&$d) { $d['timezone'] = 'Nowhere/Town'; })));
attempt('responses', fn() => Report::fromString($survey, with($good, function (&$d) { $d['responses'] = -1; })));
attempt('responses float', fn() => Report::fromString($survey, with($good, function (&$d) { $d['responses'] = 1.5; })));
attempt('counts shape', fn() => Report::fromString($survey, with($good, function (&$d) { $d['counts'] = [[0, 0, 0, 1, 0]]; })));
attempt('counts length', fn() => Report::fromString($survey, with($good, function (&$d) { $d['counts'][0] = [0, 0, 0, 1]; })));
attempt('count above n', fn() => Report::fromString($survey, with($good, function (&$d) { $d['counts'][0][4] = 2; })));
attempt('sum above n', fn() => Report::fromString($survey, with($good, function (&$d) { $d['counts'][0][4] = 1; })));
attempt('segment row', fn() => Report::fromString($survey, with($good, function (&$d) { $d['segments'][0] = ['channel', 'chat', 1]; })));
attempt('segment repeat', fn() => Report::fromString($survey, with($good, function (&$d) { $d['segments'][] = $d['segments'][0]; })));
attempt('segment counts', fn() => Report::fromString($survey, with($good, function (&$d) { $d['segments'][0][3][1] = ['x']; })));
attempt('bucket not monday', fn() => Report::fromString($survey, with($good, function (&$d) { $d['buckets'][0][0] += 1; })));
attempt('bucket repeat', fn() => Report::fromString($survey, with($good, function (&$d) { $d['buckets'][] = $d['buckets'][0]; })));
attempt('buckets without bucket', fn() => Report::fromString($survey, with($good, function (&$d) { $d['bucket'] = null; })));
attempt('segments missing', fn() => Report::fromString($survey, with($good, function (&$d) { unset($d['segments']); })));
// Every single-byte truncation fails cleanly (never a crash, never a partial report)
$s = $r->toString();
$failures = 0;
for ($i = 0; $i < strlen($s); $i++) {
    try { Report::fromString($survey, substr($s, 0, $i)); } catch (ShopCx\ConfigException $e) { $failures++; }
}
var_dump($failures === strlen($s));
// What survives is exactly what was stored
var_dump(Report::fromString($survey, $s)->result() == $r->result());
?>
--EXPECT--
not json: ShopCx\ConfigException: $ is not a stored report: unexpected token near end of file (line 1, column 10)
truncated: ShopCx\ConfigException: $ is not a stored report: premature end of input near '"surv' (line 1, column 50)
empty: ShopCx\ConfigException: $ is not a stored report: '[' or '{' expected near end of file (line 1, column 0)
list: ShopCx\ConfigException: $ must be an object
binary: ShopCx\ConfigException: $ is not a stored report: '[' or '{' expected near end of file (line 1, column 1)
duplicate key: ShopCx\ConfigException: $ is not a stored report: duplicate object key near '"format"' (line 1, column 22)
format: ShopCx\ConfigException: $.format must be "shopcx.effort.report"
version: ShopCx\ConfigException: $.version must be 1 (this ShopCX reads report version 1 only)
other survey: ShopCx\ConfigException: $.survey must be "nps": the report belongs to another survey
fingerprint: ShopCx\ConfigException: $.fingerprint does not match: survey "csat" has other questions than when the report was stored
bucket: ShopCx\ConfigException: $.bucket must be "day", "week", "month" or null
timezone: ShopCx\ConfigException: $.timezone must be an IANA time zone id
responses: ShopCx\ConfigException: $.responses must be an integer from 0 to 2^53-1
responses float: ShopCx\ConfigException: $.responses must be an integer from 0 to 2^53-1
counts shape: ShopCx\ConfigException: $.counts must be a list of 2 lists (one per question)
counts length: ShopCx\ConfigException: $.counts[0] must be a list of 5 counts
count above n: ShopCx\ConfigException: $.counts[0][4] must be an integer from 0 to the responses
sum above n: ShopCx\ConfigException: $.counts[0] add up to more than the responses
segment row: ShopCx\ConfigException: $.segments[0] must be [name, value, responses, counts] with a name of 1 to 64 and a value of 1 to 128 bytes
segment repeat: ShopCx\ConfigException: $.segments[1] repeats segment "channel" = "chat"
segment counts: ShopCx\ConfigException: $.segments[0][3][1][0] must be an integer from 0 to the responses
bucket not monday: ShopCx\ConfigException: $.buckets[0] must be [first day, responses, counts] with the first day of a week (days since 1970)
bucket repeat: ShopCx\ConfigException: $.buckets[1] repeats a bucket
buckets without bucket: ShopCx\ConfigException: $.buckets[0] is not allowed in a report without time buckets
segments missing: ShopCx\ConfigException: $.segments and $.buckets must be lists (of at most 100000 entries together)
bool(true)
bool(true)
