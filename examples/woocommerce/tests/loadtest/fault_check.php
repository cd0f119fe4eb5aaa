<?php
/**
 * The verdict of the WooCommerce fault run (loadtest/faults.sh): reads what the customers saw
 * (fault_client.php's lines), wrk's numbers per phase, the database afterwards (as root, on the
 * run's socket) and the fault timeline; prints the numbers and one line per check, ends with
 * "woocommerce faults: N passed, M failed" and exits 1 when a check failed.
 *
 *   php fault_check.php RUN_JSON      (written by faults.sh: its measurements and the run's folder)
 *
 * @package ShopCX\WooCommerce\Tests
 */

declare(strict_types=1);

$run = json_decode((string) file_get_contents($argv[1]), true, 8, JSON_THROW_ON_ERROR);
$dir = $run['dir'];
$phase = (int) $run['phase'];
$t0 = (int) $run['t0'];

$requests = $acks = [];
foreach (file("$dir/clients.jsonl", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
    $r = json_decode($line, true, 8, JSON_THROW_ON_ERROR);
    $r['at'] = $r['t'] - $t0;
    if (isset($r['ack'])) {
        $acks[$r['ack']][] = $r;
    } else {
        $requests[] = $r;
    }
}

$marks = [];
foreach (file("$dir/faults.log", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    [$at, $what] = explode(' ', $line, 3) + [1 => ''];
    $marks[$what] = (float) $at;
}
foreach (['kill-worker', 'db-readonly', 'db-readonly-set', 'db-writable-setting', 'db-writable', 'disk-filling', 'disk-freed', 'end'] as $needed) {
    if (!isset($marks[$needed])) {
        echo "FAIL the fault timeline has no '$needed'\n", "woocommerce faults: 0 passed, 1 failed\n";
        exit(1);
    }
}
// Where a fault may make a customer's step fail: from half a second before it to two seconds after it
// ended (a request under way, nginx noticing the new worker). The full uploads disk has no window:
// customers never write there, so nothing of theirs may fail then.
$windows = [[$marks['kill-worker'] - 0.5, $marks['kill-worker'] + 2, 'worker killed'],
    [$marks['db-readonly'] - 0.5, $marks['db-writable'] + 2, 'database read-only']];
// A step may fail when it was under way at any moment of a window (a slow request started before the
// kill, a mail wait the read-only database held up).
$windowOf = function (float $at, float $ms = 0) use ($windows): ?string {
    foreach ($windows as [$from, $to, $name]) {
        if ($at < $to && $at + $ms / 1000 >= $from) {
            return $name;
        }
    }
    return null;
};

$failed = $passed = 0;
$check = function (bool $pass, string $what) use (&$failed, &$passed): void {
    echo ($pass ? 'PASS ' : 'FAIL '), $what, "\n";
    $pass ? $passed++ : $failed++;
};

// The phases, from the fault timeline.
$phases = [['calm', 0, $marks['kill-worker']], ['worker killed', $marks['kill-worker'], $marks['db-readonly']],
    ['database read-only', $marks['db-readonly'], $marks['db-writable']], ['writable again', $marks['db-writable'], $marks['disk-filling']],
    ['uploads disk full + FAQ rebuild', $marks['disk-filling'], $marks['disk-freed']], ['recovery', $marks['disk-freed'], $marks['end']]];
$faultsIn = function (float $from, float $to) use ($marks): string {
    $in = [];
    foreach (['kill-worker' => 'worker killed', 'db-readonly' => 'read-only', 'disk-filling' => 'disk full'] as $mark => $name) {
        $end = ['kill-worker' => $marks['kill-worker'] + 2, 'db-readonly' => $marks['db-writable'], 'disk-filling' => $marks['disk-freed']][$mark];
        if ($marks[$mark] < $to && $end > $from) {
            $in[] = $name;
        }
    }
    return $in ? implode(' + ', $in) : 'calm';
};
// wrk, run after run (each one phase long) and endpoint.
$wrkBad = [];
$wrkTotals = [];
printf("%-9s %-30s %-8s %8s %9s %9s %8s %s\n", 'wrk -c2', 'faults during the run', 'endpoint', 'req/s', 'p50', 'p99', 'non-2xx', 'socket errors');
foreach (['product', 'faq', 'promise'] as $endpoint) {
    for ($i = 1; is_file("$dir/wrk-$endpoint-$i.time"); $i++) {
        [$from, $to] = array_map('intval', explode(' ', trim((string) file_get_contents("$dir/wrk-$endpoint-$i.time"))));
        $wrk = (string) file_get_contents("$dir/wrk-$endpoint-$i.txt");
        $total = preg_match('~(\d+) requests in~', $wrk, $m) ? (int) $m[1] : 0;
        $non2xx = preg_match('~Non-2xx or 3xx responses: (\d+)~', $wrk, $m) ? (int) $m[1] : 0;
        $socket = preg_match('~Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)~', $wrk, $m) ? $m[1] + $m[2] + $m[3] + $m[4] : 0;
        $faults = $faultsIn($from, $to);
        printf("  %3d-%3ds %-30s %-8s %8s %9s %9s %8d %d\n", $from, $to, $faults, $endpoint,
            preg_match('~Requests/sec:\s+([\d.]+)~', $wrk, $m) ? $m[1] : '-', preg_match('~ 50%\s+(\S+)~', $wrk, $m) ? $m[1] : '-',
            preg_match('~ 99%\s+(\S+)~', $wrk, $m) ? $m[1] : '-', $non2xx, $socket);
        $wrkTotals[$endpoint] = ($wrkTotals[$endpoint] ?? 0) + $total;
        // The run in which the worker was killed may lose the one request that worker served; no other may fail.
        if ($non2xx + $socket > (str_contains($faults, 'worker killed') ? 1 : 0)) {
            $wrkBad[] = "$endpoint $from-{$to}s ($faults): " . ($non2xx + $socket) . " of $total";
        }
    }
}

// Customers' steps per phase: ok, failed with an answer (5xx / other), no answer.
echo "customer steps by phase (ok / 5xx / other refusal / no answer):\n";
foreach ($phases as [$name, $from, $to]) {
    $in = array_filter($requests, fn($r) => $r['at'] >= $from && $r['at'] < $to);
    $count = fn(callable $f) => count(array_filter($in, $f));
    printf("  %5.1f-%5.1fs %-32s %5d / %4d / %4d / %4d\n", $from, $to, $name, $count(fn($r) => $r['ok']),
        $count(fn($r) => !$r['ok'] && $r['status'] >= 500), $count(fn($r) => !$r['ok'] && $r['status'] > 0 && $r['status'] < 500),
        $count(fn($r) => !$r['ok'] && $r['status'] === 0));
}
$http = array_filter($requests, fn($r) => !str_ends_with($r['step'], '_mail'));
$ms = array_column(array_filter($http, fn($r) => $windowOf($r['at'], $r['ms']) === null), 'ms');
sort($ms);
$pct = fn(float $q) => $ms ? $ms[min(count($ms) - 1, (int) floor($q * count($ms)))] : 0;
printf("customer requests outside the fault windows: %d, p50 %.1f ms, p99 %.1f ms\n", count($ms), $pct(0.5), $pct(0.99));
foreach ($windows as [$from, $to, $name]) {
    $in = array_filter($requests, fn($r) => $r['at'] >= $from && $r['at'] < $to);
    $bad = array_filter($in, fn($r) => !$r['ok']);
    $by = [];
    foreach ($bad as $r) {
        $by[$r['step'] . ' ' . $r['status']] = ($by[$r['step'] . ' ' . $r['status']] ?? 0) + 1;
    }
    printf("  during '%s' (%.1f-%.1fs): %d steps, %d failed (%s)\n", $name, $from, $to, count($in), count($bad),
        $by ? implode(', ', array_map(fn($k, $v) => "$k: $v", array_keys($by), $by)) : 'none');
}
printf("acknowledged: %d orders, %d reviews, %d survey answers\n", count($acks['order'] ?? []), count($acks['review'] ?? []),
    count($acks['survey'] ?? []));

// Worker memory over time: pid => second => KiB.
$rss = $byPid = [];
foreach (file("$dir/rss.log", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
    $f = explode(' ', trim($line));
    $second = (int) array_shift($f);
    foreach ($f as $pair) {
        if (str_contains($pair, ':')) {
            [$pid, $kib] = array_map('intval', explode(':', $pair));
            $rss[$second][$pid] = $kib;
            $byPid[$pid][$second] = $kib;
        }
    }
}
if ($rss) {
    $all = array_merge(...array_map('array_values', array_values($rss)));
    printf("php-fpm worker RSS KiB: first sample %s, last %s, min %d, max %d\n", implode(' ', reset($rss)), implode(' ', end($rss)), min($all), max($all));
    $series = [];
    foreach ($rss as $second => $perWorker) {
        if ($second % 5 === 0) {
            $series[] = "{$second}s " . (int) round(array_sum($perWorker) / count($perWorker));
        }
    }
    echo '  mean per worker, every 5 s: ', implode(', ', $series), "\n";
}
// Memory must level off once a worker is warm: from a phase into the run (and into the worker's
// life: the killed one's replacement starts small) to the end, at most 8 MiB more per worker (RSS
// counts the opcache pages a worker touches and PHP's allocator keeps its largest request's chunks:
// 2-5 MiB seen; a leak of the extension's persistent memory grows with every request).
$growth = [];
foreach ($byPid as $pid => $samples) {
    $born = array_key_first($samples);
    $warm = array_filter($samples, fn($second) => $second >= max($phase, $born + $phase), ARRAY_FILTER_USE_KEY);
    if (count($warm) > 1) {
        $growth[$pid] = end($warm) - reset($warm);
    }
}
$check($growth && max($growth) <= 8192, sprintf('worker memory levelled off: at most %+d KiB per worker from when it was warm to the end (%s)',
    $growth ? max($growth) : 0, implode(', ', array_map(fn($pid, $g) => "$pid: $g", array_keys($growth), $growth))));

$leaks = array_filter($requests, fn($r) => $r['leak'] !== null);
$check(!$leaks, 'no answer showed SQL, a path, an exception or a PHP message'
    . ($leaks ? ': ' . implode(', ', array_slice(array_unique(array_map(fn($r) => $r['step'] . ' ' . $r['status'] . ' "' . $r['leak'] . '"', $leaks)), 0, 5)) : ''));
$critical = array_filter($requests, fn($r) => $r['critical']);
$check(!$critical, "no answer was WordPress's critical-error page (a fatal error)"
    . ($critical ? ': ' . implode(', ', array_slice(array_unique(array_map(fn($r) => $r['step'] . ' ' . $r['status'], $critical)), 0, 5)) : ''));

$outside = array_filter($requests, fn($r) => $windowOf($r['at'], $r['ms']) === null && !$r['ok']);
$check(!$outside, sprintf('outside the fault windows (the full uploads disk included) every customer step succeeded (%d did not%s)', count($outside),
    $outside ? ': ' . implode(', ', array_slice(array_map(fn($r) => sprintf('%s %d at %.1fs', $r['step'], $r['status'], $r['at']), $outside), 0, 5)) : ''));
$unclean = array_filter($requests, fn($r) => !$r['ok'] && $r['status'] >= 200 && !str_ends_with($r['step'], '_mail') && $r['status'] < 500 && $r['status'] !== 429
    && !in_array($r['step'], ['review_submit', 'survey_submit', 'review_form', 'survey_form'], true));
$check(!$unclean, 'a refused write answered 5xx (or a page saying so), never a 2xx without the expected content'
    . ($unclean ? ': ' . implode(', ', array_slice(array_map(fn($r) => sprintf('%s %d at %.1fs', $r['step'], $r['status'], $r['at']), $unclean), 0, 5)) : ''));
// Each journey posts its review and its survey once: "already" is never true, whatever the fault.
$already = array_filter($requests, fn($r) => in_array($r['step'], ['review_submit', 'survey_submit'], true) && preg_match('~already~i', $r['said'] ?? ''));
$check(!$already, 'no refused review or survey answer was reported to the customer as already stored'
    . ($already ? ': ' . implode(', ', array_slice(array_unique(array_map(fn($r) => sprintf('%s %d "%s"', $r['step'], $r['status'], $r['said']), $already)), 0, 3)) : ''));
$check((int) $run['ro_refused'] === 1, 'the read-only database refused a write as the user of wp-config.php: ' . preg_replace('~\s+~', ' ', trim(preg_replace('~-{5,}~', '', (string) @file_get_contents("$dir/ro-probe.txt")))));
$roSteps = array_filter($requests, fn($r) => $r['at'] >= $marks['db-readonly-set'] && $r['at'] + $r['ms'] / 1000 < $marks['db-writable-setting'] && in_array($r['step'], ['customer', 'place_order', 'review_submit', 'survey_submit'], true));
$roRefused = array_filter($roSteps, fn($r) => !$r['ok']);
$check($roSteps && count($roRefused) === count($roSteps), sprintf('while read-only, every write the customers tried was refused (%d of %d), none acknowledged', count($roRefused), count($roSteps)));

// Acknowledged writes: in the database, once.
$db = new mysqli('localhost', 'root', '', 'wp', 0, $run['socket']);
$q = function (string $sql, array $params) use ($db): int {
    $st = $db->prepare($sql);
    $st->bind_param(str_repeat('s', count($params)), ...$params);
    $st->execute();
    return (int) $st->get_result()->fetch_row()[0];
};
$missing = [];
foreach ($acks['order'] ?? [] as $a) {
    if ($q('SELECT COUNT(*) FROM wp_loadtest_orders WHERE email = ?', [$a['email']]) !== 1 || $q('SELECT COUNT(*) FROM wp_loadtest_orders WHERE id = ? AND email = ?', [(string) $a['order'], $a['email']]) !== 1) {
        $missing[] = 'order ' . $a['order'];
    }
}
foreach ($acks['review'] ?? [] as $a) {
    if ($q("SELECT COUNT(*) FROM wp_comments WHERE comment_type = 'review' AND comment_author_email = ?", [$a['email']]) !== 1) {
        $missing[] = 'review of order ' . $a['order'];
    }
}
foreach ($acks['survey'] ?? [] as $a) {
    if ($q("SELECT COUNT(*) FROM wp_shopcx_survey WHERE order_id = ? AND answered_at IS NOT NULL AND answers LIKE '%ces%'", [(string) $a['order']]) !== 1) {
        $missing[] = 'survey answer of order ' . $a['order'];
    }
}
$check(!$missing && isset($acks['order'], $acks['review'], $acks['survey']), sprintf(
    'every acknowledged order (%d), review (%d) and survey answer (%d) is in the database once%s',
    count($acks['order'] ?? []), count($acks['review'] ?? []), count($acks['survey'] ?? []),
    $missing ? '; missing or twice: ' . implode(', ', array_slice($missing, 0, 5)) : ''));
$dupOrders = (int) $db->query("SELECT COUNT(*) FROM (SELECT email FROM wp_loadtest_orders GROUP BY email HAVING COUNT(*) > 1) d")->fetch_row()[0];
$dupReviews = (int) $db->query("SELECT COUNT(*) FROM (SELECT comment_author_email FROM wp_comments WHERE comment_type = 'review' GROUP BY comment_author_email HAVING COUNT(*) > 1) d")->fetch_row()[0];
$check($dupOrders === 0 && $dupReviews === 0, "no checkout made two orders ($dupOrders did), no order item has two reviews ($dupReviews have)");

$check(!$wrkBad && count($wrkTotals) === 3 && min($wrkTotals) > 0, 'product page, FAQ route and promise route answered through every fault (' . implode(', ', array_map(fn($e, $n) => "$e $n requests", array_keys($wrkTotals), $wrkTotals))
    . '; at most the killed worker\'s request failed)' . ($wrkBad ? ': ' . implode(', ', $wrkBad) : ''));

// Recovered by itself: after the last fault every customer completed a whole journey again.
$recovery = $marks['disk-freed'] + 2;
$late = array_filter($acks['survey'] ?? [], fn($a) => $a['t'] - $t0 >= $recovery);
$lateReviews = array_filter($acks['review'] ?? [], fn($a) => $a['t'] - $t0 >= $recovery);
$clientsBack = count(array_unique(array_map(fn($a) => explode('.', substr($a['email'], strlen('fault')))[0], $late)));
$check($clientsBack === (int) $run['clients'] && $lateReviews, sprintf('after the faults the shop recovered by itself: %d customers of %d completed a journey (%d reviews, %d survey answers) in the last %ds',
    $clientsBack, (int) $run['clients'], count($lateReviews), count($late), (int) round($marks['end'] - $recovery)));

$check((int) $run['workers_after'] === (int) $run['workers'] && (int) $run['victim_gone'] === 0,
    "the killed worker was replaced by php-fpm ({$run['workers_after']} of {$run['workers']} workers running, the killed one gone)");

// The FAQ index on the full disk: the save's rebuild failed cleanly, the old index kept answering.
$saveLog = trim((string) @file_get_contents("$dir/faq-save-errors.log") . (string) @file_get_contents("$dir/faq-save.txt"));
$check((int) $run['faq_save'] === 0 && str_contains($saveLog, 'could not be rebuilt') && str_contains($saveLog, 'No space left') && !preg_match('~Fatal|Uncaught~', $saveLog),
    'saving a FAQ entry on the full disk stored the entry and logged the failed rebuild: "' . preg_replace('~\s+~', ' ', substr($saveLog, 0, 300)) . '"');
$check($run['idx_before'] === $run['idx_during'] && (int) $run['tmp_left'] === 0, 'the failed rebuild left the previous index untouched and no temporary file');
$split = fn(string $s) => [substr($s, 0, (int) strrpos($s, ' ')), substr($s, (int) strrpos($s, ' ') + 1)];
[$body, $status] = $split($run['faq_full']);
$hits = count(json_decode($body, true)['hits'] ?? []);
$check($status === '200' && $hits > 0, "the FAQ route on the full disk answered $status with $hits hits from the previous index");
[$body, $status] = $split($run['faq_after']);
$found = array_filter(json_decode($body, true)['hits'] ?? [], fn($h) => str_contains(strip_tags((string) $h['question']), 'espresso'));
$check($status === '200' && $found && $run['idx_after'] !== $run['idx_before'], "once space was freed the index was rebuilt without anyone saving again: the entry saved on the full disk is found ($status, " . count($found) . ' hit)');

// PHP's log: the faults' database errors, nothing else (no fatal, no warning of the plugin).
$errors = array_merge(is_file("$dir/php-errors.log") ? file("$dir/php-errors.log", FILE_IGNORE_NEW_LINES) : [],
    is_file("$dir/cron-errors.log") ? file("$dir/cron-errors.log", FILE_IGNORE_NEW_LINES) : []);
// One entry per "[date] ..." line with the lines that follow it (a query, a stack trace).
$entries = [];
foreach ($errors as $l) {
    if (preg_match('~^\[\d\d-\w{3}-\d{4} ~', $l) || !$entries) {
        $entries[] = $l;
    } else {
        $entries[count($entries) - 1] .= "\n" . $l;
    }
}
$errors = $entries;
$expected = fn($l) => preg_match('~WordPress database error The MariaDB server is running with the --read-only option|could not be rebuilt: .*No space left|^\[[^\]]+\] PHP Deprecated: .*/usr/share/wordpress/~', $l);
$unexpected = array_values(array_filter($errors, fn($l) => !$expected($l)));
printf("PHP error log: %d lines, %d expected from the faults\n", count($errors), count($errors) - count($unexpected));
$check(!$unexpected, 'the PHP error log has nothing but the faults\' database and disk errors' . ($unexpected ? ': ' . implode(' | ', array_map(fn($l) => substr($l, 0, 300), array_slice($unexpected, 0, 3))) : ''));

echo "woocommerce faults: $passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
