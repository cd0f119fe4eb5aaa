--TEST--
Detector::scan() on rows from a real database (PDO SQLite): the README's cron job, stacked runs send each step once
--EXTENSIONS--
pdo
pdo_sqlite
shopcx
--FILE--
<?php
use ShopCx\Cart\Detector;

$db = new PDO('sqlite::memory:', null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$db->exec("CREATE TABLE carts (id TEXT PRIMARY KEY, customer_id INTEGER, email TEXT, marketing_consent INTEGER,
    opted_out INTEGER, item_count INTEGER, grand_total TEXT, currency TEXT, status TEXT, created_at INTEGER,
    updated_at INTEGER, reminders_sent TEXT)");
$U = 1767225600;   // 2026-01-01 00:00 UTC
$insert = $db->prepare('INSERT INTO carts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
foreach ([
    ['c-1', 11, 'a@example.nl', 1, 0, 2, '59.90', 'EUR', 'open', $U, $U + 600, null],
    ['c-2', null, 'guest@example.nl', 0, 0, 1, '25.00', 'EUR', 'open', $U, $U + 900, null],     // guest without consent
    ['c-3', 12, 'b@example.nl', 1, 1, 3, '80.00', 'EUR', 'open', $U, $U + 300, null],           // opted out
    ['c-4', 13, 'c@example.nl', 1, 0, 1, '9.99', 'EUR', 'open', $U, $U + 300, null],            // below minimum
    ['c-5', 14, 'd@example.nl', 1, 0, 4, '120.00', 'EUR', 'ordered', $U, $U + 1200, null],      // ordered
    ['c-6', null, 'e@example.nl', 1, 0, 1, '15.00', 'EUR', 'open', $U, $U + 7000, null],        // guest with consent
] as $row) {
    $insert->execute($row);
}

$detector = new Detector(['minValue' => 10, 'quietHours' => ['21:00', '08:00'], 'timezone' => 'Europe/Amsterdam']);
$select = "SELECT id, customer_id AS customer, email, marketing_consent AS consent, opted_out, item_count AS items,
                  grand_total AS value, currency, status, created_at, updated_at, reminders_sent
             FROM carts WHERE status = 'open'";
$rows = function (PDOStatement $stmt): Generator {
    foreach ($stmt as $row) {
        $row['reminders'] = json_decode($row['reminders_sent'] ?? '[]', true);
        yield $row;
    }
};
$claim = $db->prepare("UPDATE carts SET reminders_sent = json_insert(COALESCE(reminders_sent, '[]'), '$[#]', CAST(? AS INTEGER))
                        WHERE id = ? AND json_array_length(COALESCE(reminders_sent, '[]')) = CAST(? AS INTEGER)");
function send(Detector $detector, PDOStatement $claim, iterable $carts, int $now, string $run): void {
    $scan = $detector->scan($carts, $now);
    foreach ($scan as $cart => $decision) {
        $claim->execute([$now, $cart['id'], $decision->step - 1]);
        $won = $claim->rowCount() === 1;
        printf("%s %s: %s step %d to %s%s\n", gmdate('m-d H:i', $now), $run, $cart['id'], $decision->step, $cart['email'],
            $won ? '' : ' (claimed by another run: skipped)');
    }
    printf("%s %s: %d rows scanned\n", gmdate('m-d H:i', $now), $run, $scan->scanned());
}

// Two cron runs start at the same minute: B has read its rows before A records its sends.
$now = $U + 9 * 3600;   // 10:00 in Amsterdam
$stale = iterator_to_array($rows($db->query($select, PDO::FETCH_ASSOC)), false);
send($detector, $claim, $rows($db->query($select, PDO::FETCH_ASSOC)), $now, 'A');
send($detector, $claim, $stale, $now, 'B');
// The next run sees what was recorded: nothing is due.
send($detector, $claim, $rows($db->query($select, PDO::FETCH_ASSOC)), $now + 600, 'C');
// Step 2 is due 24 h after the last activity, but not sooner than 23 h after step 1 (sent at
// 09:00 UTC): 2026-01-02 08:00 UTC, 09:00 in Amsterdam.
send($detector, $claim, $rows($db->query($select, PDO::FETCH_ASSOC)), $U + 86400 + 7 * 3600 + 3599, 'D');
send($detector, $claim, $rows($db->query($select, PDO::FETCH_ASSOC)), $U + 86400 + 8 * 3600, 'E');
echo json_encode($db->query("SELECT id, reminders_sent FROM carts WHERE reminders_sent IS NOT NULL ORDER BY id")->fetchAll(PDO::FETCH_KEY_PAIR)), "\n";
?>
--EXPECT--
01-01 09:00 A: c-1 step 1 to a@example.nl
01-01 09:00 A: c-6 step 1 to e@example.nl
01-01 09:00 A: 5 rows scanned
01-01 09:00 B: c-1 step 1 to a@example.nl (claimed by another run: skipped)
01-01 09:00 B: c-6 step 1 to e@example.nl (claimed by another run: skipped)
01-01 09:00 B: 5 rows scanned
01-01 09:10 C: 5 rows scanned
01-02 07:59 D: 5 rows scanned
01-02 08:00 E: c-1 step 2 to a@example.nl
01-02 08:00 E: c-6 step 2 to e@example.nl
01-02 08:00 E: 5 rows scanned
{"c-1":"[1767258000,1767340800]","c-6":"[1767258000,1767340800]"}
