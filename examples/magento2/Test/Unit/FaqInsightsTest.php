<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Filesystem\DirectoryList;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Api\FaqSearchLogInterface;
use ShopCx\CustomerService\Controller\Adminhtml\Faq\Clear;
use ShopCx\CustomerService\Controller\Adminhtml\Faq\Searches;
use ShopCx\CustomerService\Controller\Adminhtml\Faq\Starter;
use ShopCx\CustomerService\Controller\Faq\Click;
use ShopCx\CustomerService\Controller\Faq\Related;
use ShopCx\CustomerService\Controller\Faq\Search;
use ShopCx\CustomerService\Controller\Faq\Suggest;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Faq\IndexProvider;
use ShopCx\CustomerService\Model\Faq\QueryNormalizer;
use ShopCx\CustomerService\Model\Faq\StarterEntries;
use ShopCx\CustomerService\Model\ReportBuilder;
use ShopCx\CustomerService\ViewModel\FaqSearches;
use ShopCx\Faq\Index;

/** Issue 21: the unanswered-search log, click popularity, autocomplete, related questions and the starter entries. */
final class FaqInsightsTest extends TestCase
{
    private const FORM_KEY = 'fk-faq-0123';
    private const ENTRIES = [
        ['id' => 'returns', 'question' => 'How do I return an item?', 'answer' => 'Use the return label in your parcel within 30 days.'],
        ['id' => 'refund', 'question' => 'When do I get my refund for a return?', 'answer' => 'Within 14 days after we receive the item.'],
        ['id' => 'delivery', 'question' => 'When will my order be delivered?', 'answer' => 'Orders before 17:00 arrive the next working day.'],
        ['id' => 'payment', 'question' => 'How can I pay for my order?', 'answer' => 'By card or bank transfer.'],
    ];

    private FakeScopeConfig $scope;
    private MemoryFaqSearchLog $log;
    private MemoryFaqStats $stats;
    private MemoryCache $cache;
    private RecordingMessages $messages;

    protected function setUp(): void
    {
        $this->scope = (new FakeScopeConfig())->set('general/locale/code', 'en_GB');
        $this->log = new MemoryFaqSearchLog();
        $this->stats = new MemoryFaqStats();
        $this->cache = new MemoryCache(new FixedClock(ConfigTest::MONDAY_14H_AMS));
        $this->messages = new RecordingMessages();
    }

    private function provider(?Index $index = null): FaqIndexProviderInterface
    {
        $index ??= Index::build(self::ENTRIES, ['lang' => 'en']);
        return new class ($index) implements FaqIndexProviderInterface {
            public function __construct(private Index $index)
            {
            }

            public function get(string $lang): ?Index
            {
                return $lang === 'en' ? $this->index : null;
            }
        };
    }

    private function search(string $q, bool $settled = true): array
    {
        return (new Search(new FakeRequest(['q' => $q] + ($settled ? ['log' => '1'] : [])), new JsonFactory(), $this->provider(), new Config($this->scope), new FakeStoreManager(),
            new Escaper(), $this->log, new FixedClock(ConfigTest::MONDAY_14H_AMS)))->execute()->data();
    }

    public function testTheNormalizerKeepsNoPersonalData(): void
    {
        self::assertSame('where is my order', QueryNormalizer::query("  Where IS my\torder 100004567 "));
        self::assertSame('retour van', QueryNormalizer::query('retour van ann@example.com 1234AB +31612345678 https://x.nl/a'));
        self::assertNull(QueryNormalizer::query('ann@example.com 0612345678'));
        self::assertSame(100, mb_strlen((string) QueryNormalizer::query(str_repeat('lange vraag ', 30))));
        self::assertNull(QueryNormalizer::word('NL91ABNA0417164300'));
        self::assertSame('käse', QueryNormalizer::word('Käse!'));
    }

    public function testAnUnansweredSearchIsLoggedNormalizedWithItsUnknownWords(): void
    {
        self::assertFalse($this->search('gift wrap', false)['answered']);
        self::assertSame([], $this->log->rows, 'a search while typing (no log=1) is not logged');
        self::assertFalse($this->search('Gift wrapping, ann@example.com 100004567?')['answered']);
        $this->search('gift   WRAPPING, 100009999?');
        self::assertTrue($this->search('return an item')['answered']);
        $queries = $this->log->top(1, FaqSearchLogInterface::KIND_QUERY);
        self::assertSame([['kind' => 'query', 'term' => 'gift wrapping', 'count' => 2, 'last_seen' => ConfigTest::MONDAY_14H_AMS]], $queries);
        $words = array_column($this->log->top(1, FaqSearchLogInterface::KIND_WORD), 'count', 'term');
        self::assertSame(2, $words['gift']);
        self::assertSame(2, $words['wrapping']);
        self::assertArrayNotHasKey('100004567', $words);
        foreach ($this->log->rows[1] as $row) {
            self::assertDoesNotMatchRegularExpression('/\d/', $row['term'], 'no order numbers');
        }
        self::assertArrayNotHasKey('return', $words, 'an answered search logs nothing');
    }

    public function testTheLogIsCapped(): void
    {
        for ($i = 0; $i < FaqSearchLogInterface::CAP + 5; $i++) {
            $this->log->record(1, 'vraag ' . str_repeat('x', 1 + intdiv($i, 26)) . chr(97 + $i % 26), [], 1);
        }
        self::assertCount(FaqSearchLogInterface::CAP, $this->log->top(1, 'query', 5000));
        $this->log->record(1, 'vraag xa', [], 2);   // known: still counted
        self::assertSame(2, $this->log->top(1, 'query', 1)[0]['count']);
    }

    private function page(array $params = ['store' => '1'], array $allowed = [Searches::ADMIN_RESOURCE]): string
    {
        $viewModel = new FaqSearches($this->log, new ReportBuilder(new Config($this->scope), new MemoryFeedback(), new MemoryCarts(),
            new FixedClock(ConfigTest::MONDAY_14H_AMS), new FakeStoreManager()), new FakeRequest($params), new FixedAuthorization($allowed),
            new \Magento\Framework\Data\Form\FormKey(self::FORM_KEY), new QueryUrl());
        $block = new DataObject(['view_model' => $viewModel]);
        $escaper = new Escaper();
        ob_start();
        try {
            include dirname(__DIR__, 2) . '/view/adminhtml/templates/faq-searches.phtml';
        } finally {
            $html = (string) ob_get_clean();
        }
        return $html;
    }

    public function testTheAdminPageListsCountsEscapedWithClearAndStarterForms(): void
    {
        $this->log->record(1, 'cadeaubon <script>alert(1)</script>', ['cadeaubon'], ConfigTest::MONDAY_14H_AMS);
        $this->log->record(1, 'cadeaubon <script>alert(1)</script>', ['cadeaubon'], ConfigTest::MONDAY_14H_AMS);
        $html = $this->page();
        self::assertStringNotContainsString('<script>', $html);
        $doc = new \DOMDocument();
        self::assertTrue($doc->loadXML($html), 'well-formed');
        $xp = new \DOMXPath($doc);
        self::assertSame('cadeaubon <script>alert(1)</script>', $xp->evaluate('string(//table[1]/tbody/tr[1]/td[1])'));
        self::assertSame('2', $xp->evaluate('string(//table[1]/tbody/tr[1]/td[2])'));
        self::assertSame('cadeaubon', $xp->evaluate('string(//table[2]/tbody/tr[1]/td[1])'));
        self::assertSame(self::FORM_KEY, $xp->evaluate('string(//form[contains(@action, "shopcx/faq/clear")]/input[@name="form_key"]/@value)'));
        self::assertSame(0.0, $xp->evaluate('count(//form[contains(@action, "shopcx/faq/starter")])'), 'no starter button without its resource');
        $xp = new \DOMXPath(tap(new \DOMDocument(), fn($d) => $d->loadXML($this->page(['store' => '1'], [Searches::ADMIN_RESOURCE, Starter::ADMIN_RESOURCE]))));
        self::assertSame(1.0, $xp->evaluate('count(//form[contains(@action, "shopcx/faq/starter")])'));
    }

    private function admin(string $class, array $params, array $allowed, ...$deps): mixed
    {
        $request = new FakeRequest($params);
        $action = new $class(new Context($request, new FixedAuthorization($allowed), $this->messages, new Validator(self::FORM_KEY)), ...$deps);
        return $action->dispatch($request);
    }

    public function testClearNeedsItsAclResourceAndTheFormKey(): void
    {
        $this->log->record(1, 'cadeaubon', [], 1);
        $this->log->record(2, 'geschenkgutschein', [], 1);
        self::assertSame('denied', $this->admin(Clear::class, ['store' => '1', 'form_key' => self::FORM_KEY], ['ShopCx_CustomerService::reports'], $this->log));
        $r = $this->admin(Clear::class, ['store' => '1', 'form_key' => 'stolen'], [Clear::ADMIN_RESOURCE], $this->log);
        self::assertSame(['shopcx/faq/searches', ['store' => 1]], [$r->path, $r->params]);
        self::assertSame(['Invalid form key. Please refresh the page.'], $this->messages->errors);
        self::assertCount(1, $this->log->top(1, 'query'));
        $this->admin(Clear::class, ['store' => '1', 'form_key' => self::FORM_KEY], [Clear::ADMIN_RESOURCE], $this->log);
        self::assertSame([], $this->log->top(1, 'query'));
        self::assertCount(1, $this->log->top(2, 'query'), 'other store views keep theirs');
        self::assertSame(['The log of unanswered searches was cleared (1 entries).'], $this->messages->successes);
        $acl = file_get_contents(dirname(__DIR__, 2) . '/etc/acl.xml');
        foreach ([Searches::ADMIN_RESOURCE, Starter::ADMIN_RESOURCE] as $resource) {
            self::assertStringContainsString('id="' . $resource . '"', $acl);
        }
        self::assertSame(Searches::ADMIN_RESOURCE, Clear::ADMIN_RESOURCE);
    }

    public function testTheStarterButtonAddsTheSixTopicsInTheStoreLanguageOnce(): void
    {
        $root = sys_get_temp_dir() . '/shopcx-starter-' . bin2hex(random_bytes(4));
        mkdir("$root/var/shopcx", 0777, true);
        try {
            $this->scope->set('general/locale/code', 'nl_NL', 1);
            $indexer = FaqSynonymsTest::indexer($root, $this->cache, $this->scope);
            $indexer->import('nl', [['id' => 'eigen', 'question' => 'Verkopen jullie cadeaubonnen?', 'answer' => 'Ja.']]);
            self::assertSame('denied', $this->admin(Starter::class, ['store' => '1', 'form_key' => self::FORM_KEY], [Searches::ADMIN_RESOURCE],
                $indexer, new Config($this->scope)));
            $this->admin(Starter::class, ['store' => '1'], [Starter::ADMIN_RESOURCE], $indexer, new Config($this->scope));
            self::assertCount(1, $indexer->entries('nl'), 'no form key: nothing added');
            $this->admin(Starter::class, ['store' => '1', 'form_key' => self::FORM_KEY], [Starter::ADMIN_RESOURCE], $indexer, new Config($this->scope));
            $ids = array_column($indexer->entries('nl'), 'id');
            self::assertSame(['eigen', 'starter-product', 'starter-order-status', 'starter-payment', 'starter-shipping', 'starter-returns',
                'starter-privacy'], $ids, 'the merchant\'s own entry is kept');
            self::assertStringStartsWith('6 starter FAQ entries were added. Edit them in ' . "$root/var/shopcx/faq-nl.json", $this->messages->successes[0]);
            $this->admin(Starter::class, ['store' => '1', 'form_key' => self::FORM_KEY], [Starter::ADMIN_RESOURCE], $indexer, new Config($this->scope));
            self::assertSame('The starter FAQ entries are already there.', $this->messages->successes[1]);
            self::assertCount(7, $indexer->entries('nl'));
            // Built into the index, in Dutch, found with the starter synonyms.
            $index = (new IndexProvider(new DirectoryList($root), new MemoryLogger(), $this->cache, $this->stats))->get('nl');
            self::assertSame('starter-returns', $index->search('hoe kan ik iets terugsturen', 1)->hits[0]->id);
            self::assertSame('starter-shipping', $index->search('levering', 1)->hits[0]->id);
        } finally {
            array_map('unlink', glob("$root/var/shopcx/*") ?: []);
            rmdir("$root/var/shopcx");
            rmdir("$root/var");
            rmdir($root);
        }
    }

    public function testStarterEntriesExistForEveryLanguageAndTopic(): void
    {
        foreach (['nl', 'en', 'de', 'fr'] as $lang) {
            $entries = StarterEntries::for($lang);
            self::assertSame(StarterEntries::TOPICS, array_column($entries, 'category'));
            Index::build($entries, ['lang' => $lang]);
        }
        self::assertSame('Wo ist meine Bestellung?', StarterEntries::for('de')[1]['question']);
        self::assertSame('Que faites-vous de mes données ?', StarterEntries::for('fr')[5]['question']);
    }

    private function click(array $params): mixed
    {
        return (new Click(new FakeRequest($params), new JsonFactory(), $this->stats, $this->provider(), new Config($this->scope),
            new FakeStoreManager()))->execute();
    }

    public function testAClickCountsForTheEntryAndItsCoViewsOnlyForKnownIds(): void
    {
        self::assertSame(200, $this->click(['id' => 'refund', 'seen' => ['returns', 'nope', '<x>']])->code());
        self::assertSame(['en' => ['refund' => 1]], $this->stats->clicks);
        self::assertSame(['returns' => 1], $this->stats->coViews('en', 'refund'));
        self::assertSame(['refund' => 1], $this->stats->coViews('en', 'returns'));
        self::assertSame(404, $this->click(['id' => 'made-up'])->code());
        self::assertSame(400, $this->click(['id' => '<script>'])->code());
        self::assertSame(['en' => ['refund' => 1]], $this->stats->clicks);
        self::assertSame([\Magento\Framework\App\Action\HttpPostActionInterface::class], array_values(array_filter(class_implements(Click::class),
            fn($i) => str_starts_with($i, 'Magento\\Framework\\App\\Action\\Http'))), 'POST only: Magento checks the form key');
    }

    public function testClicksBecomeThePopularityOfTheLoadedIndex(): void
    {
        $root = sys_get_temp_dir() . '/shopcx-pop-' . bin2hex(random_bytes(4));
        mkdir("$root/var/shopcx", 0777, true);
        try {
            $entries = [['id' => 'a', 'question' => 'How do I track my order?', 'answer' => 'Online.'],
                ['id' => 'b', 'question' => 'How do I cancel my order?', 'answer' => 'In your account.']];
            Index::build($entries, ['lang' => 'en'])->save("$root/var/shopcx/faq-en.idx");
            $provider = fn() => new IndexProvider(new DirectoryList($root), new MemoryLogger(), $this->cache, $this->stats);
            self::assertSame('a', $provider()->get('en')->search('order', 2)->hits[0]->id, 'a tie: the first entry');
            for ($i = 0; $i < 50; $i++) {
                $this->stats->click('en', 'b', []);
            }
            $this->cache->remove(IndexProvider::POPULARITY_PREFIX . 'en');
            self::assertSame('b', $provider()->get('en')->search('order', 2)->hits[0]->id, 'the clicked entry wins the tie');
            $reads = $this->stats->popularityReads;
            $provider()->get('en');
            self::assertSame($reads, $this->stats->popularityReads, 'cached: not read on every request');
        } finally {
            array_map('unlink', glob("$root/var/shopcx/*") ?: []);
            rmdir("$root/var/shopcx");
            rmdir("$root/var");
            rmdir($root);
        }
    }

    public function testSuggestCompletesWhatIsTyped(): void
    {
        $suggest = fn(string $q) => (new Suggest(new FakeRequest(['q' => $q]), new JsonFactory(), $this->provider(), new Config($this->scope),
            new FakeStoreManager()))->execute();
        self::assertContains('How do I return an item?', $suggest('How do I ret')->data()['suggestions']);
        self::assertSame([], $suggest('h')->data()['suggestions'], 'one letter: nothing yet');
        self::assertSame(400, $suggest(str_repeat('x', 201))->code());
    }

    public function testRelatedQuestionsFollowTheCoViews(): void
    {
        $entries = [['id' => 'track', 'question' => 'How do I track my order?', 'answer' => 'Online.'],
            ['id' => 'cancel', 'question' => 'How do I cancel my <b>order</b>?', 'answer' => 'In your account.'],
            ['id' => 'change', 'question' => 'Can I change my order?', 'answer' => 'Within an hour.']];
        $related = fn(string $id) => (new Related(new FakeRequest(['id' => $id]), new JsonFactory(), $this->provider(Index::build($entries, ['lang' => 'en'])),
            $this->stats, new Config($this->scope), new FakeStoreManager(), new Escaper()))->execute()->data()['related'];
        $before = array_column($related('track'), 'id');
        self::assertCount(2, $before);
        $last = $before[1];
        for ($i = 0; $i < 20; $i++) {
            $this->stats->click('en', $last, ['track']);
        }
        self::assertSame($last, $related('track')[0]['id'], 'the entry opened together with it comes first');
        self::assertSame('How do I cancel my &lt;b&gt;order&lt;/b&gt;?', array_column($related('track'), 'question', 'id')['cancel']);
        self::assertSame([], $related('gone'));
    }

    public function testTheSearchBoxIsAnAriaCombobox(): void
    {
        $html = file_get_contents(dirname(__DIR__, 2) . '/view/frontend/templates/faq-search.phtml');
        self::assertStringContainsString('role="combobox"', $html);
        self::assertStringContainsString('aria-controls="shopcx-faq-suggest"', $html);
        self::assertStringContainsString('id="shopcx-faq-suggest" class="shopcx-faq__suggest" role="listbox"', $html);
        $js = file_get_contents(dirname(__DIR__, 2) . '/view/frontend/web/js/faq.js');
        foreach (['aria-activedescendant', 'aria-expanded', 'ArrowDown', 'Escape', 'config.suggestUrl', 'config.clickUrl', 'config.relatedUrl', 'form_key',
            '{q: q, log: 1}'] as $needle) {
            self::assertStringContainsString($needle, $js);
        }
        $di = file_get_contents(dirname(__DIR__, 2) . '/etc/frontend/di.xml');
        foreach (['Click', 'Suggest', 'Related'] as $c) {
            self::assertStringContainsString("Controller\\Faq\\$c\">", $di, "$c is rate-limited");
        }
    }
}

function tap(object $o, callable $f): object
{
    $f($o);
    return $o;
}
