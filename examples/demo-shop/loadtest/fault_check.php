<?php
/**
 * The verdict of loadtest/faults.sh: reads what the customers saw (fault_client.php's lines), the
 * database afterwards and the fault timeline, prints the numbers and one line per check, and exits 1
 * when a check failed. Arguments are passed by faults.sh, in its order.
 */
declare(strict_types=1);

[, $linesFile, $dbFile, $faultsFile, $phase, $t0, $rssFile, $reindexFull, $reindexAfter, $idxBefore, $idxDuring, $tmpLeft,
    $faqFull, $workers, $workersAfter, $victimLeft, $reindexFullOut, $phpErrors, $wrkProduct, $wrkFaq] = $argv;
$phase = (int) $phase;
$t0 = (int) $t0;

$requests = $acks = [];
foreach (file($linesFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    $r = json_decode($line, true, 8, JSON_THROW_ON_ERROR);
    $r['at'] = $r['t'] - $t0;
    if (isset($r['ack'])) {
        $acks[$r['ack']][] = $r;
    } else {
        $requests[] = $r;
    }
}

// The windows in which a fault may make a request fail, from the times faults.sh wrote down: from half
// a second before the fault to two seconds after it ended (a request under way then, nginx noticing the
// respawned worker).
$marks = [];
foreach (file($faultsFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    [$at, $what] = explode(' ', $line, 3) + [1 => ''];
    $marks[$what] = (float) $at;
}
foreach (['kill-worker', 'db-readonly', 'db-writable', 'disk-filling', 'disk-freed'] as $needed) {
    if (!isset($marks[$needed])) {
        echo "FAIL the fault timeline has no '$needed'\n";
        exit(1);
    }
}
$windows = [[$marks['kill-worker'] - 0.5, $marks['kill-worker'] + 2, 'worker killed'],
    [$marks['db-readonly'] - 0.5, $marks['db-writable'] + 2, 'database read-only'],
    [$marks['disk-filling'] - 0.5, $marks['disk-freed'] + 2, 'disk full']];
$windowOf = function (float $at) use ($windows): ?string {
    foreach ($windows as [$from, $to, $name]) {
        if ($at >= $from && $at < $to) {
            return $name;
        }
    }
    return null;
};
$ok = fn(array $r) => $r['status'] >= 200 && $r['status'] < 400;

$failed = $passed = 0;
$check = function (bool $pass, string $what) use (&$failed, &$passed): void {
    echo ($pass ? 'PASS ' : 'FAIL '), $what, "\n";
    $pass ? $passed++ : $failed++;
};

// Customers' requests per phase: answered, failed with a clean error, failed by no answer.
echo "customer requests by phase (ok / 5xx / 4xx / no answer):\n";
$names = ['calm', 'worker killed at its start', 'database read-only', 'disk full + index rebuild', 'recovery', 'recovery'];
for ($p = 0; $p < 6; $p++) {
    $in = array_filter($requests, fn($r) => $r['at'] >= $p * $phase && $r['at'] < ($p + 1) * $phase);
    $count = fn(callable $f) => count(array_filter($in, $f));
    printf("  %2d-%2ds %-28s %5d / %4d / %4d / %4d\n", $p * $phase, ($p + 1) * $phase, $names[$p], $count($ok),
        $count(fn($r) => $r['status'] >= 500), $count(fn($r) => $r['status'] >= 400 && $r['status'] < 500),
        $count(fn($r) => $r['status'] === 0));
}
$ms = array_column(array_filter($requests, fn($r) => $windowOf($r['at']) === null), 'ms');
sort($ms);
$pct = fn(float $q) => $ms ? $ms[min(count($ms) - 1, (int) floor($q * count($ms)))] : 0;
printf("customer requests outside the fault windows: %d, p50 %.1f ms, p99 %.1f ms\n", count($ms), $pct(0.5), $pct(0.99));
printf("acknowledged: %d orders, %d reviews, %d survey answers\n", count($acks['order'] ?? []), count($acks['review'] ?? []),
    count($acks['survey'] ?? []));

// Worker memory over time.
$rss = [];
foreach (file($rssFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    $f = array_map('intval', explode(' ', trim($line)));
    if (count($f) > 1) {
        $rss[array_shift($f)] = $f;
    }
}
if ($rss) {
    $all = array_merge(...array_values($rss));
    $first = reset($rss);
    $last = end($rss);
    printf("php-fpm worker RSS KiB: first sample %s, last %s, min %d, max %d\n", implode(' ', $first), implode(' ', $last),
        min($all), max($all));
    $series = [];
    foreach ($rss as $second => $perWorker) {
        if ($second % $phase === 0) {
            $series[] = "{$second}s " . array_sum($perWorker) . ' (' . count($perWorker) . ')';
        }
    }
    echo '  all workers together, at each phase start: ', implode(', ', $series), "\n";
}
// Memory must level off once the workers are warm (opcache, SQLite's page cache of at most 2 MiB per
// connection): from the end of the first phase to the end of the run, at most 4 MiB more per worker.
$warm = array_filter($rss, fn($second) => $second >= $phase, ARRAY_FILTER_USE_KEY);
$perWorkerGrowth = $warm ? (array_sum(end($warm)) - array_sum(reset($warm))) / max(1, count(end($warm))) : INF;

$check($perWorkerGrowth <= 4096, sprintf('worker memory levelled off: %+d KiB per worker from the end of the first phase to the end', $perWorkerGrowth));

$leaks = array_filter($requests, fn($r) => $r['leak'] !== null);
$check(!$leaks, 'no answer showed SQL, a path, an exception or a PHP message'
    . ($leaks ? ': ' . implode(', ', array_unique(array_map(fn($r) => $r['step'] . ' ' . $r['status'] . ' "' . $r['leak'] . '"', $leaks))) : ''));

$outside = array_filter($requests, fn($r) => $windowOf($r['at']) === null && !$ok($r));
$check(!$outside, sprintf('outside the fault windows every customer request succeeded (%d did not%s)', count($outside),
    $outside ? ': ' . implode(', ', array_slice(array_map(fn($r) => sprintf('%s %d at %.1fs', $r['step'], $r['status'], $r['at']), $outside), 0, 5)) : ''));

foreach ($windows as [$from, $to, $name]) {
    $in = array_filter($requests, fn($r) => $r['at'] >= $from && $r['at'] < $to);
    $bad = array_filter($in, fn($r) => !$ok($r));
    printf("  during '%s': %d requests, %d failed (%s)\n", $name, count($in), count($bad),
        implode(', ', array_map(fn($s) => "status $s: " . count(array_filter($bad, fn($r) => $r['status'] === $s)),
            array_unique(array_column($bad, 'status')))) ?: 'none');
}

$db = new PDO('sqlite:' . $dbFile, null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$missing = [];
foreach ($acks['order'] ?? [] as $a) {
    $st = $db->prepare('SELECT COUNT(*) FROM orders WHERE id = ? AND name = ?');
    $st->execute([$a['order'], $a['name']]);
    if ((int) $st->fetchColumn() !== 1) {
        $missing[] = 'order ' . $a['order'];
    }
}
foreach ($acks['review'] ?? [] as $a) {
    $st = $db->prepare('SELECT COUNT(*) FROM reviews WHERE author = ?');
    $st->execute([$a['name']]);
    if ((int) $st->fetchColumn() !== 1) {
        $missing[] = 'review of order ' . $a['order'];
    }
}
foreach ($acks['survey'] ?? [] as $a) {
    $st = $db->prepare("SELECT COUNT(*) FROM survey_responses WHERE survey = 'effort' AND ref = ?");
    $st->execute([$a['ref']]);
    if ((int) $st->fetchColumn() !== 1) {
        $missing[] = 'survey answer of order ' . $a['order'];
    }
}
$check(!$missing && isset($acks['order'], $acks['review'], $acks['survey']), sprintf(
    'every acknowledged order (%d), review (%d) and survey answer (%d) is in the database once%s',
    count($acks['order'] ?? []), count($acks['review'] ?? []), count($acks['survey'] ?? []),
    $missing ? '; missing or twice: ' . implode(', ', array_slice($missing, 0, 5)) : ''));

// Pages that only read (a funnel event aside) keep answering through every fault; one request may fail:
// the one the killed worker was serving, when it was one of wrk's (nginx's 502, or a cut connection).
// wrk waits 10 s for an answer (faults.sh), so a timeout here is a real stall, not a busy CI machine.
foreach (['product page' => $wrkProduct, 'FAQ search endpoint' => $wrkFaq] as $name => $file) {
    $wrk = (string) file_get_contents($file);
    $total = preg_match('~(\d+) requests in~', $wrk, $m) ? (int) $m[1] : 0;
    $non2xx = preg_match('~Non-2xx or 3xx responses: (\d+)~', $wrk, $m) ? (int) $m[1] : 0;
    $socket = 0;
    $socketText = 'none';
    if (preg_match('~Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)~', $wrk, $m)) {
        $socket = $m[1] + $m[2] + $m[3] + $m[4];
        $socketText = "connect $m[1], read $m[2], write $m[3], timeout $m[4]";
    }
    $check($total > 0 && $non2xx + $socket <= 1, "the $name answered $total wrk requests through the faults ($non2xx non-2xx and socket errors $socketText; at most 1 failed request allowed)");
}

$dupReviews = (int) $db->query("SELECT COUNT(*) FROM (SELECT author FROM reviews WHERE author LIKE 'Fault customer %' GROUP BY author HAVING COUNT(*) > 1)")->fetchColumn();
$check($dupReviews === 0, "no order item has two reviews ($dupReviews have)");
$integrity = $db->query('PRAGMA integrity_check')->fetchColumn();
$check($integrity === 'ok', "the database passes SQLite's integrity check ($integrity)");

// Recovered by itself: after the last fault every customer completed a whole journey again.
$recovery = $marks['disk-freed'] + 2;
$lateSurveys = array_filter($acks['survey'] ?? [], fn($a) => $a['t'] - $t0 >= $recovery);
$lateOrders = array_filter($acks['order'] ?? [], fn($a) => $a['t'] - $t0 >= $recovery);
$clientsBack = count(array_unique(array_map(fn($a) => explode('-', substr($a['name'], strlen('Fault customer ')))[0], $lateOrders)));
$check(count($lateSurveys) > 0 && $clientsBack === (int) count(glob(dirname($linesFile) . '/client-*.jsonl')),
    sprintf('after the last fault the shop recovered by itself: %d orders from %d customers and %d survey answers in the last %ds',
        count($lateOrders), $clientsBack, count($lateSurveys), (int) round(6 * $phase - $recovery)));

$check((int) $workersAfter === (int) $workers && (int) $victimLeft === 0,
    "the killed worker was replaced by php-fpm ($workersAfter of $workers workers running, the killed one gone)");

$reason = trim((string) file_get_contents($reindexFullOut));
$check((int) $reindexFull === 1 && str_contains($reason, 'No space left on device') && !str_contains($reason, 'Fatal'),
    "the index rebuild on the full disk failed with a clean message: \"$reason\"");
$check($idxBefore === $idxDuring && (int) $tmpLeft === 0, 'the failed rebuild left the previous index untouched and no temporary file');
[$faqBody, $faqStatus] = [substr($faqFull, 0, strrpos($faqFull, ' ')), substr($faqFull, strrpos($faqFull, ' ') + 1)];
$faqHits = count(json_decode($faqBody, true)['hits'] ?? []);
$check($faqStatus === '200' && $faqHits > 0, "FAQ search on the full disk answered $faqStatus with $faqHits hits from the previous index");
$check((int) $reindexAfter === 0, 'once space was freed the rebuild succeeded');

$errors = is_file($phpErrors) ? file($phpErrors, FILE_IGNORE_NEW_LINES) : [];
$unexpected = array_filter($errors, fn($l) => !preg_match('~disk I/O error|database or disk is full|readonly database|funnel events not recorded|PHP Uncaught PDOException~', $l));
printf("PHP error log: %d lines, %d expected from the faults\n", count($errors), count($errors) - count($unexpected));
$check(!$unexpected, 'the PHP error log has nothing but the faults\' database errors' . ($unexpected ? ': ' . implode(' | ', array_slice($unexpected, 0, 3)) : ''));

echo "faults: $passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
