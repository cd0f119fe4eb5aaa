<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\Filesystem\DirectoryList;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Console\Command\FaqImport;
use ShopCx\CustomerService\Model\Faq\IndexBuilder;
use ShopCx\CustomerService\Model\Faq\IndexProvider;
use ShopCx\Faq\Index;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\BufferedOutput;

/**
 * Issue 24: a visitor must never make the shop build its FAQ index, and a missing or broken index must
 * not cost every request an error: the storefront answers no hits and the log says so once.
 */
final class FaqIndexTest extends TestCase
{
    private string $root;
    private MemoryLogger $logger;
    private MemoryCache $cache;

    protected function setUp(): void
    {
        $this->root = sys_get_temp_dir() . '/shopcx-faq-' . bin2hex(random_bytes(4));
        mkdir($this->root . '/var/shopcx', 0777, true);
        $this->logger = new MemoryLogger();
        $this->cache = new MemoryCache(new FixedClock(ConfigTest::MONDAY_14H_AMS));
    }

    protected function tearDown(): void
    {
        array_map('unlink', glob($this->root . '/var/shopcx/*') ?: []);
        rmdir($this->root . '/var/shopcx');
        rmdir($this->root . '/var');
        rmdir($this->root);
    }

    /** One storefront request: a new provider, as each PHP request gets its own. */
    private function visitor(): IndexProvider
    {
        return new IndexProvider(new DirectoryList($this->root), $this->logger, $this->cache, new MemoryFaqStats());
    }

    private function entries(): array
    {
        return [['id' => 'shipping', 'question' => 'Wat kost verzending?', 'answer' => 'Verzending is gratis vanaf 50 euro.']];
    }

    public function testAMissingIndexAnswersNothingBuildsNothingAndLogsOnce(): void
    {
        for ($i = 0; $i < 3; $i++) {
            self::assertNull($this->visitor()->get('nl'));
        }
        self::assertFileDoesNotExist($this->root . '/var/shopcx/faq-nl.idx');
        self::assertCount(1, $this->logger->lines);
        self::assertStringContainsString('faq-nl.idx', $this->logger->lines[0]);
        self::assertStringContainsString('bin/magento shopcx:faq:import', $this->logger->lines[0]);
    }

    public function testABrokenIndexAnswersNothingAndLogsOnce(): void
    {
        file_put_contents($this->root . '/var/shopcx/faq-nl.idx', 'not an index');
        for ($i = 0; $i < 3; $i++) {
            self::assertNull($this->visitor()->get('nl'));   // used to throw IndexException: a 500 for the visitor
        }
        self::assertCount(1, $this->logger->lines);
        self::assertStringStartsWith('error: ', $this->logger->lines[0]);
    }

    public function testTheImportBuildsTheIndexAndTheNextVisitorFindsIt(): void
    {
        self::assertNull($this->visitor()->get('nl'));
        $builder = new IndexBuilder(new DirectoryList($this->root), $this->cache);
        self::assertSame(1, $builder->build('nl', $this->entries()));
        $index = $this->visitor()->get('nl');
        self::assertInstanceOf(Index::class, $index);
        self::assertSame('shipping', (string) $index->search('verzending', 1)->hits[0]->id);
        // Missing again later (deleted by hand): logged again, since the import had cleared the note.
        unlink($this->root . '/var/shopcx/faq-nl.idx');
        self::assertNull($this->visitor()->get('nl'));
        self::assertCount(2, $this->logger->lines);
    }

    public function testTheImportRefusesAnUnknownLanguageAndKeepsTheOldIndex(): void
    {
        $builder = new IndexBuilder(new DirectoryList($this->root), $this->cache);
        $builder->build('nl', $this->entries());
        $before = file_get_contents($this->root . '/var/shopcx/faq-nl.idx');
        try {
            $builder->build('../x', $this->entries());
            self::fail('a language that is not two letters must be refused');
        } catch (\InvalidArgumentException) {
        }
        try {
            $builder->build('nl', [['id' => 'x']]);   // no question: the extension refuses, nothing is written
            self::fail('an entry without a question must be refused');
        } catch (\ValueError|\ShopCx\ConfigException|\TypeError) {
        }
        self::assertSame($before, file_get_contents($this->root . '/var/shopcx/faq-nl.idx'));
    }

    public function testTheImportCommand(): void
    {
        $command = new FaqImport(FaqSynonymsTest::indexer($this->root, $this->cache, new FakeScopeConfig()));
        self::assertSame('shopcx:faq:import', $command->getName());
        $file = $this->root . '/var/shopcx/faq.json';
        file_put_contents($file, json_encode($this->entries()));
        $out = new BufferedOutput();
        self::assertSame(0, $command->run(new ArrayInput(['lang' => 'nl', 'file' => $file]), $out));
        self::assertSame("Indexed 1 FAQ entries for nl.\n", $out->fetch());
        self::assertInstanceOf(Index::class, $this->visitor()->get('nl'));
        file_put_contents($file, '{"id": 1}');
        self::assertSame(1, $command->run(new ArrayInput(['lang' => 'nl', 'file' => $file]), $out));
        self::assertStringContainsString('not a readable JSON list', $out->fetch());
        self::assertSame(1, $command->run(new ArrayInput(['lang' => 'xx-evil', 'file' => $file . '.none']), $out));
    }

    /** No storefront class may build or save an index: only the import command and the builder do. */
    public function testNoStorefrontCodeBuildsAnIndex(): void
    {
        $dir = dirname(__DIR__, 2);
        $found = [];
        foreach (['Controller', 'ViewModel', 'Model/Faq/IndexProvider.php', 'view'] as $part) {
            $files = is_dir("$dir/$part") ? new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator("$dir/$part", \FilesystemIterator::SKIP_DOTS)) : [new \SplFileInfo("$dir/$part")];
            foreach ($files as $f) {
                $code = implode('', array_map(fn($t) => is_array($t) && in_array($t[0], [T_COMMENT, T_DOC_COMMENT], true) ? '' : (is_array($t) ? $t[1] : $t),
                    token_get_all((string) file_get_contents($f->getPathname()))));
                if (preg_match('/Index::build\(|IndexBuilder|FaqImport/', $code)) {
                    $found[] = substr($f->getPathname(), strlen($dir) + 1);
                }
            }
        }
        self::assertSame([], $found);
    }
}
