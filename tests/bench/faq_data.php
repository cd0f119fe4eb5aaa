<?php
/**
 * Helpers for tests/bench/faq.php: finds and parses StackFAQ, injects seeded typos, generates
 * synthetic FAQ entries from its vocabulary, and wraps SQLite FTS5 as the reference engine.
 */
declare(strict_types=1);

namespace ShopCxBench\Faq;

/** StackFAQ lives beside the repository in CI (<repo>/../shared), else $SHOPCX_SHARED_DATA, else /work/shared/data. */
function stackfaq_path(): ?string
{
    $candidates = [dirname(__DIR__, 3) . '/shared/data/faq/stackfaq.xml'];
    if (($env = getenv('SHOPCX_SHARED_DATA')) !== false && $env !== '') {
        $candidates[] = rtrim($env, '/') . '/faq/stackfaq.xml';
    }
    $candidates[] = '/work/shared/data/faq/stackfaq.xml';
    foreach ($candidates as $c) {
        if (is_file($c)) {
            return $c;
        }
    }
    return null;
}

/**
 * @return array{0: list<array{id:string, question:string, answer:string}>, 1: list<array{q:string, id:string}>}
 */
function load_stackfaq(string $path): array
{
    // A plain reader for its five elements: SimpleXML (php-xml) is not a dependency of ShopCx.
    $xml = file_get_contents($path);
    if ($xml === false || !preg_match_all('~<qapair>(.*?)</qapair>~s', $xml, $pairs)) {
        throw new \RuntimeException("cannot read $path");
    }
    $text = fn(string $s) => trim(preg_replace('/\s+/', ' ', html_entity_decode($s, ENT_QUOTES | ENT_XML1, 'UTF-8')));
    $docs = [];
    $queries = [];
    foreach ($pairs[1] as $n => $pair) {
        $id = 'q' . ($n + 1);
        preg_match('~<question>(.*?)</question>~s', $pair, $q);
        preg_match_all('~<answer>(.*?)</answer>~s', $pair, $answers);
        preg_match_all('~<rephr>(.*?)</rephr>~s', $pair, $rephr);
        $docs[] = ['id' => $id, 'question' => $text($q[1] ?? ''), 'answer' => implode("\n", array_map($text, $answers[1]))];
        foreach ($rephr[1] as $r) {
            $r = $text($r);
            if ($r !== '' && $r !== '*') {
                $queries[] = ['q' => $r, 'id' => $id];
            }
        }
    }
    return [$docs, $queries];
}

/** One seeded random edit (substitute, delete, insert or swap) in one word of 4+ letters (5+ when there is one). */
function add_typo(string $q, \Random\Randomizer $rnd): string
{
    preg_match_all('/\p{L}+/u', $q, $m, PREG_OFFSET_CAPTURE);
    $long = array_values(array_filter($m[0], fn($w) => strlen($w[0]) >= 5 && !preg_match('/[^\x00-\x7f]/', $w[0])));
    if (!$long) {
        $long = array_values(array_filter($m[0], fn($w) => strlen($w[0]) >= 4 && !preg_match('/[^\x00-\x7f]/', $w[0])));
    }
    if (!$long) {
        return $q;
    }
    [$word, $off] = $long[$rnd->getInt(0, count($long) - 1)];
    $len = strlen($word);
    $i = $rnd->getInt(1, $len - 1);   // keep the first letter, as people mostly do
    $letter = chr($rnd->getInt(ord('a'), ord('z')));
    $typo = match ($rnd->getInt(0, 3)) {
        0 => substr($word, 0, $i) . $letter . substr($word, $i + 1),
        1 => substr($word, 0, $i) . substr($word, $i + 1),
        2 => substr($word, 0, $i) . $letter . substr($word, $i),
        default => $i < $len - 1 ? substr($word, 0, $i) . $word[$i + 1] . $word[$i] . substr($word, $i + 2)
            : substr($word, 0, $i - 1) . $word[$i] . $word[$i - 1],
    };
    return substr($q, 0, $off) . $typo . substr($q, $off + $len);
}

/**
 * Synthetic FAQ entries drawn from the StackFAQ vocabulary (word frequencies as in the corpus),
 * question 5-12 words, answer 30-90 words.
 */
function generate(array $docs, int $n, int $seed): array
{
    static $vocab = null;
    if ($vocab === null) {
        $text = '';
        foreach ($docs as $d) {
            $text .= ' ' . $d['question'] . ' ' . $d['answer'];
        }
        preg_match_all('/[A-Za-z][A-Za-z\']*/', $text, $m);
        $vocab = $m[0];
    }
    $rnd = new \Random\Randomizer(new \Random\Engine\Mt19937($seed));
    $last = count($vocab) - 1;
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $q = [];
        for ($k = $rnd->getInt(5, 12); $k > 0; $k--) {
            $q[] = $vocab[$rnd->getInt(0, $last)];
        }
        $a = [];
        for ($k = $rnd->getInt(30, 90); $k > 0; $k--) {
            $a[] = $vocab[$rnd->getInt(0, $last)];
        }
        $out[] = ['id' => 'g' . $i, 'question' => ucfirst(implode(' ', $q)) . '?', 'answer' => implode(' ', $a) . '.'];
    }
    return $out;
}

/** SQLite FTS5 with the porter tokenizer, bm25 with the same field weights, words ORed. */
final class Fts5
{
    private \PDO $db;
    private \PDOStatement $stmt;

    public static function available(): bool
    {
        if (!extension_loaded('pdo_sqlite')) {
            return false;
        }
        try {
            $db = new \PDO('sqlite::memory:');
            $db->exec("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='porter')");
            return true;
        } catch (\PDOException) {
            return false;
        }
    }

    public function __construct(string $file, bool $create, private float $wq = 3.0, private float $wa = 1.0)
    {
        $this->db = new \PDO('sqlite:' . $file, null, null, [\PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION]);
        if ($create) {
            $this->db->exec("CREATE VIRTUAL TABLE faq USING fts5(id UNINDEXED, question, answer, tokenize='porter')");
        }
        $this->prepare();
    }

    private function prepare(): void
    {
        $this->stmt = $this->db->prepare(sprintf(
            'SELECT id, question FROM faq WHERE faq MATCH ? ORDER BY bm25(faq, 0, %F, %F) LIMIT ?', $this->wq, $this->wa));
    }

    public function insert(array $docs): void
    {
        $this->db->beginTransaction();
        $ins = $this->db->prepare('INSERT INTO faq (id, question, answer) VALUES (?, ?, ?)');
        foreach ($docs as $d) {
            $ins->execute([$d['id'], $d['question'], $d['answer']]);
        }
        $this->db->commit();
    }

    /** The customer's words, each quoted (so nothing is FTS5 syntax), joined with OR. */
    public static function matchExpr(string $q): ?string
    {
        preg_match_all('/[\p{L}\p{N}]+/u', $q, $m);
        if (!$m[0]) {
            return null;
        }
        return implode(' OR ', array_map(fn($w) => '"' . $w . '"', array_unique(array_map('strtolower', $m[0]))));
    }

    /** @return list<string> ids, best first */
    public function search(string $q, int $limit = 10): array
    {
        $expr = self::matchExpr($q);
        if ($expr === null) {
            return [];
        }
        $this->stmt->execute([$expr, $limit]);
        return array_column($this->stmt->fetchAll(\PDO::FETCH_NUM), 0);
    }
}

/** @param list<string> $ranked */
function reciprocal_rank(array $ranked, string $want, int $k = 10): float
{
    foreach (array_slice($ranked, 0, $k) as $i => $id) {
        if ($id === $want) {
            return 1.0 / ($i + 1);
        }
    }
    return 0.0;
}

function percentile(array $xs, float $p): float
{
    sort($xs);
    return $xs[(int) min(count($xs) - 1, floor($p * (count($xs) - 1) + 0.5))];
}
