<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\Filesystem\DirectoryList;
use Magento\Framework\Event;
use Magento\Framework\Event\Observer;
use Magento\Framework\Exception\LocalizedException;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Cron\RebuildFaqIndexes as RebuildCron;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Config\Backend\FaqSynonyms;
use ShopCx\CustomerService\Model\Faq\IndexBuilder;
use ShopCx\CustomerService\Model\Faq\Indexer;
use ShopCx\CustomerService\Model\Faq\IndexProvider;
use ShopCx\CustomerService\Model\Faq\Synonyms;
use ShopCx\CustomerService\Observer\RebuildFaqIndexes;

/** Issue 21: synonyms per store view, checked on save, fed to the index build; rebuilt on a change. */
final class FaqSynonymsTest extends TestCase
{
    private string $root;
    private FakeScopeConfig $scope;
    private MemoryCache $cache;

    /** Store views 1 (nl) and 2 (en) unless the scope says otherwise. */
    public static function indexer(string $root, MemoryCache $cache, FakeScopeConfig $scope, ?MemoryLogger $logger = null): Indexer
    {
        $dirs = new DirectoryList($root);
        return new Indexer(new IndexBuilder($dirs, $cache), $dirs, new Config($scope), new FakeStoreManager([1, 2]), $logger ?? new MemoryLogger());
    }

    protected function setUp(): void
    {
        $this->root = sys_get_temp_dir() . '/shopcx-syn-' . bin2hex(random_bytes(4));
        mkdir($this->root . '/var/shopcx', 0777, true);
        $this->scope = (new FakeScopeConfig())->set('general/locale/code', 'nl_NL', 1)->set('general/locale/code', 'en_GB', 2);
        $this->cache = new MemoryCache(new FixedClock(ConfigTest::MONDAY_14H_AMS));
    }

    protected function tearDown(): void
    {
        array_map('unlink', glob($this->root . '/var/shopcx/*') ?: []);
        rmdir($this->root . '/var/shopcx');
        rmdir($this->root . '/var');
        rmdir($this->root);
    }

    private function search(string $lang, string $q): ?string
    {
        $index = (new IndexProvider(new DirectoryList($this->root), new MemoryLogger(), $this->cache, new MemoryFaqStats()))->get($lang);
        $hit = $index?->search($q, 1)->hits[0] ?? null;
        return $hit === null ? null : $hit->id;
    }

    private const NL = [['id' => 'retour', 'question' => 'Hoe kan ik een artikel retourneren?', 'answer' => 'Binnen 30 dagen via het retourportaal.'],
        ['id' => 'jas', 'question' => 'Welke jas past bij mij?', 'answer' => 'Kijk in de maattabel.']];

    public function testTheStarterSynonymsMakeTerugsturenFindRetourneren(): void
    {
        self::assertSame('1', $this->scope->getValue('shopcx/faq/starter_synonyms', 'store', 1), 'on by default (config.xml)');
        self::indexer($this->root, $this->cache, $this->scope)->import('nl', self::NL);
        self::assertSame('retour', $this->search('nl', 'terugsturen'));
        self::assertSame('retour', $this->search('nl', 'retouren'));
        // Without them the word is unknown: the synonyms did it.
        $this->scope->set('shopcx/faq/starter_synonyms', '0', 1);
        self::indexer($this->root, $this->cache, $this->scope)->rebuild('nl');
        self::assertNull($this->search('nl', 'terugsturen'));
    }

    public function testEveryStarterSetBuildsAndHasTheCharterWords(): void
    {
        foreach (['nl' => ['retourneren', 'terugsturen', 'bezorging', 'verzending', 'bezorgd'], 'en' => ['returns', 'delivery', 'shipping'],
            'de' => ['rücksendung', 'zurückschicken', 'retoure', 'lieferung', 'versand'], 'fr' => ['retour', 'renvoyer', 'livraison', 'expédition']] as $lang => $words) {
            $all = array_merge(...Synonyms::STARTER[$lang]);
            foreach ($words as $w) {
                self::assertContains($w, $all, "$lang: $w");
            }
            self::assertSame(Synonyms::STARTER[$lang], Synonyms::parse(Synonyms::format(Synonyms::STARTER[$lang])));
        }
    }

    public function testOwnSynonymsPerStoreViewReachTheIndexOfItsLanguage(): void
    {
        self::indexer($this->root, $this->cache, $this->scope)->import('nl', self::NL);
        self::assertNull($this->search('nl', 'jack'));
        $this->scope->set('shopcx/faq/synonyms', "jas, jack, jasje\n", 1);
        self::indexer($this->root, $this->cache, $this->scope)->rebuild('nl');
        self::assertSame('jas', $this->search('nl', 'jack'));
        // Store view 2 is English: its lines do not reach the Dutch index.
        self::assertNotContains(['jas', 'jack', 'jasje'], self::indexer($this->root, $this->cache, $this->scope)->options('en')['synonyms']);
    }

    /**
     * Seen in Magento 2.4.7-p7: "parcel, box" saved beside the starter "parcel, package" ("You saved the
     * configuration."), then the rebuild failed (synonym "parcel" is in more than one group) and was only
     * logged: no own synonym worked. Groups sharing a word are one group now.
     */
    public function testAnOwnLineSharingAWordWithTheStarterSetOrAnotherLineJoinsThatGroup(): void
    {
        self::assertSame([['parcel', 'package', 'box'], ['a', 'b', 'c', 'd']],
            Synonyms::merge([['parcel', 'package']], [['a', 'b'], ['parcel', 'box'], ['c', 'd'], ['d', 'b']]));
        $logger = new MemoryLogger();
        $indexer = self::indexer($this->root, $this->cache, $this->scope, $logger);
        $indexer->import('nl', self::NL);
        $this->scope->set('shopcx/faq/synonyms', (new FaqSynonyms(['value' => "retour, omruilen
jas, jack
jack, jasje"]))->beforeSave()->getValue(), 1);
        self::assertTrue($indexer->rebuild('nl'), implode("\n", $logger->lines));
        self::assertSame('retour', $this->search('nl', 'omruilen'));
        self::assertSame('retour', $this->search('nl', 'terugsturen'), 'the starter group still works');
        self::assertSame('jas', $this->search('nl', 'jasje'));
        self::assertSame([], $logger->lines);
    }

    /** @dataProvider badLines */
    public function testTheBackendModelRefusesABadLineNamingIt(string $text, string $message): void
    {
        try {
            (new FaqSynonyms(['value' => $text]))->beforeSave();
            self::fail('saved');
        } catch (LocalizedException $e) {
            self::assertSame($message, $e->getMessage());
        }
    }

    public static function badLines(): array
    {
        return [
            'one word' => ["jas, jack\nalleen", 'The FAQ synonyms are not valid: line 2: a group needs 2 to 100 words separated by commas, "alleen" has 1'],
            'two words' => ['send back, return', 'The FAQ synonyms are not valid: line 1: "send back" is more than one word; separate the words with commas'],
            'markup' => ["jas, jack\n\n<script>, x", 'The FAQ synonyms are not valid: line 3: "<script>" is not a word (letters and digits only)'],
        ];
    }

    public function testTheBackendModelNormalizesWhatItSaves(): void
    {
        $value = new FaqSynonyms(['value' => "  Jas ,jack,, JASJE \n\n# comment\nrits, ritssluiting"]);
        self::assertSame("jas, jack, jasje\nrits, ritssluiting", $value->beforeSave()->getValue());
        self::assertSame('', (new FaqSynonyms(['value' => '']))->beforeSave()->getValue());
    }

    public function testSavingTheFaqSettingsRebuildsAndOtherSettingsDoNot(): void
    {
        $indexer = self::indexer($this->root, $this->cache, $this->scope);
        $indexer->import('nl', self::NL);
        $idx = $this->root . '/var/shopcx/faq-nl.idx';
        $inode = fileinode($idx);
        $this->scope->set('shopcx/faq/synonyms', 'jas, jack', 1);
        $observer = new RebuildFaqIndexes(self::indexer($this->root, $this->cache, $this->scope));
        $observer->execute(new Observer(['event' => new Event(['changed_paths' => ['shopcx/stock/low_threshold']])]));
        clearstatcache();
        self::assertSame($inode, fileinode($idx), 'not rebuilt for another setting');
        self::assertNull($this->search('nl', 'jack'));
        $observer->execute(new Observer(['event' => new Event(['changed_paths' => ['shopcx/faq/synonyms']])]));
        clearstatcache();
        // A new file renamed over the old one: the mapped index was not rewritten in place.
        self::assertNotSame($inode, fileinode($idx));
        self::assertSame('jas', $this->search('nl', 'jack'));
    }

    public function testTheCronRebuildsEveryLanguageWithASource(): void
    {
        self::indexer($this->root, $this->cache, $this->scope)->import('nl', self::NL);
        $this->scope->set('shopcx/faq/synonyms', 'jas, jack', 1);   // as bin/magento config:set would, no admin event
        (new RebuildCron(self::indexer($this->root, $this->cache, $this->scope)))->execute();
        self::assertSame('jas', $this->search('nl', 'jack'));
        self::assertFileDoesNotExist($this->root . '/var/shopcx/faq-de.idx');
    }

    public function testABadStoredLineIsLoggedAndTheRestStillCounts(): void
    {
        $this->scope->set('shopcx/faq/synonyms', 'send back, return', 1);
        $logger = new MemoryLogger();
        $indexer = self::indexer($this->root, $this->cache, $this->scope, $logger);
        $indexer->import('nl', self::NL);
        self::assertSame('retour', $this->search('nl', 'terugsturen'), 'the starter set still counts');
        self::assertStringContainsString('the own synonyms of store view 1 are ignored: line 1', $logger->lines[0]);
    }

    public function testTheImportKeepsItsEntriesAsTheSourceAndAFailedBuildKeepsBoth(): void
    {
        $indexer = self::indexer($this->root, $this->cache, $this->scope);
        $indexer->import('nl', self::NL);
        self::assertSame(self::NL, $indexer->entries('nl'));
        $before = file_get_contents($this->root . '/var/shopcx/faq-nl.idx');
        try {
            $indexer->import('nl', [['id' => 'x']]);
            self::fail('an entry without a question must be refused');
        } catch (\ValueError|\ShopCx\ConfigException|\TypeError) {
        }
        self::assertSame(self::NL, $indexer->entries('nl'));
        self::assertSame($before, file_get_contents($this->root . '/var/shopcx/faq-nl.idx'));
        self::assertSame([], glob($this->root . '/var/shopcx/*.tmp'));
    }
}
