<?php
/**
 * Side-by-side micro-benchmark harness: a ShopCx call and a PHP reference doing the same job,
 * on the same inputs, in one process.
 *
 * Each case is timed in rounds: a warm-up round, then `repeats` rounds of `iterations` calls
 * each; the per-call time is the median round divided by the iterations. Every result is folded
 * into a checksum that is printed, so neither opcache nor the engine can drop the work.
 * Timings on shared machines are noisy: compare ratios, not absolute numbers.
 */
declare(strict_types=1);

namespace ShopCxBench;

final class Bench
{
    /** @var list<array{name:string, shopcx_ns:float, php_ns:float, ratio:float, note:string}> */
    private array $rows = [];
    private int $sink = 0;

    public function __construct(private int $repeats = 7)
    {
        if (!extension_loaded('shopcx')) {
            fwrite(STDERR, "shopcx is not loaded: run with php -d extension=modules/shopcx.so\n");
            exit(1);
        }
    }

    /**
     * @param callable(int):mixed $shopcx called with the iteration index
     * @param callable(int):mixed $php    the idiomatic PHP reference, same inputs
     */
    public function compare(string $name, callable $shopcx, callable $php, int $iterations, string $note = ''): void
    {
        $a = $this->time($shopcx, $iterations);
        $b = $this->time($php, $iterations);
        $this->rows[] = ['name' => $name, 'shopcx_ns' => $a, 'php_ns' => $b, 'ratio' => $a > 0 ? $b / $a : INF, 'note' => $note];
        $this->printRow(end($this->rows));
    }

    /** Median nanoseconds per call of $fn over `repeats` rounds of $iterations calls. */
    public function time(callable $fn, int $iterations): float
    {
        for ($i = 0; $i < min($iterations, 1000); $i++) {
            $this->consume($fn($i));
        }
        $rounds = [];
        for ($r = 0; $r < $this->repeats; $r++) {
            $start = hrtime(true);
            for ($i = 0; $i < $iterations; $i++) {
                $this->consume($fn($i));
            }
            $rounds[] = (hrtime(true) - $start) / $iterations;
        }
        sort($rounds);
        return $rounds[intdiv(count($rounds), 2)];
    }

    public function consume(mixed $value): void
    {
        if (is_object($value)) {
            // Result objects of ShopCX are not serializable by design: fold their content instead.
            $value = method_exists($value, 'toArray') ? $value->toArray() : spl_object_id($value);
        }
        $this->sink = ($this->sink + crc32(is_scalar($value) || $value === null ? (string) $value : serialize($value))) & 0x7fffffff;
    }

    public function header(string $title): void
    {
        printf("\n# %s (PHP %s, %s)\n", $title, PHP_VERSION, php_uname('m'));
        printf("%-44s %12s %12s %8s\n", 'name', 'shopcx_ns', 'php_ns', 'ratio');
    }

    private function printRow(array $row): void
    {
        printf("%-44s %12.1f %12.1f %7.1fx%s\n", $row['name'], $row['shopcx_ns'], $row['php_ns'], $row['ratio'],
            $row['note'] !== '' ? "  ({$row['note']})" : '');
    }

    /** @return list<array{name:string, shopcx_ns:float, php_ns:float, ratio:float, note:string}> */
    public function rows(): array
    {
        return $this->rows;
    }

    public function footer(): void
    {
        printf("checksum %d\n", $this->sink);
    }
}
