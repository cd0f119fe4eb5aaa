<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use Magento\Framework\View\Result\PageFactory;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Adminhtml\Report\Index as ReportPage;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ReportBuilder;
use ShopCx\CustomerService\ViewModel\Chart\Svg;
use ShopCx\CustomerService\ViewModel\Report;

/** The admin report page: inline SVG charts with title/desc, tables with the same numbers, escaped. */
final class ReportChartsTest extends TestCase
{
    private const NOW = ConfigTest::MONDAY_14H_AMS;
    private const WEEK = 7 * 86400;
    public const FORM_KEY = 'fk-admin-123';

    private MemoryFeedback $feedback;
    private MemoryOutbox $outbox;

    protected function setUp(): void
    {
        $this->feedback = new MemoryFeedback();
        $this->outbox = new MemoryOutbox();
        // Three weeks of CES: two answers, one answer, three answers.
        foreach ([[3, [6, 4]], [2, [7]], [1, [5, 6, 7]]] as [$weeksAgo, $scores]) {
            foreach ($scores as $score) {
                $this->feedback->addSurveyResponse('ces', 1, ['ces' => $score, 'comment' => null], self::NOW - $weeksAgo * self::WEEK);
            }
        }
        foreach ([10, 9, 3] as $score) {
            $this->feedback->addSurveyResponse('nps', 1, ['nps' => $score, 'comment' => null], self::NOW - self::WEEK);
        }
        foreach ([5, 5, 4, 1] as $stars) {
            $this->feedback->addSurveyResponse('review', 1, ['rating' => $stars], self::NOW - self::WEEK);
        }
    }

    private function viewModel(array $params = ['store' => '1'], array $allowed = ['ShopCx_CustomerService::reports']): Report
    {
        $carts = new MemoryCarts();
        foreach ([1 => self::NOW - 2 * 86400, 2 => self::NOW - 3 * 86400, 3 => self::NOW - 60] as $id => $at) {
            $carts->upsert(['quote_id' => $id, 'store_id' => 1, 'customer_id' => $id, 'email' => "c$id@shop.test", 'items' => 1,
                'value' => '20', 'currency' => 'EUR', 'status' => 'open', 'consent' => true, 'updated_at' => $at]);
        }
        return new Report(new ReportBuilder(new Config(new FakeScopeConfig(), new PlainEncryptor()), $this->feedback, $carts,
            new FixedClock(self::NOW)), new FakeRequest($params), new Svg(new Escaper()), $this->outbox,
            new FixedAuthorization($allowed), new \Magento\Framework\Data\Form\FormKey(self::FORM_KEY), new QueryUrl());
    }

    private function render(Report $viewModel): string
    {
        $block = new DataObject(['view_model' => $viewModel]);
        $escaper = new Escaper();
        ob_start();
        try {
            include dirname(__DIR__, 2) . '/view/adminhtml/templates/report.phtml';
        } finally {
            $html = (string) ob_get_clean();
        }
        return $html;
    }

    private static function dom(string $html): \DOMXPath
    {
        $doc = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $ok = $doc->loadXML($html);
        $errors = array_map(fn($e) => trim($e->message), libxml_get_errors());
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        self::assertTrue($ok, 'the page is well-formed: ' . implode('; ', $errors));
        $xp = new \DOMXPath($doc);
        $xp->registerNamespace('s', 'http://www.w3.org/2000/svg');
        return $xp;
    }

    public function testEveryChartIsAnAccessibleImageWithTitleAndDescription(): void
    {
        $xp = self::dom($this->render($this->viewModel()));
        $charts = $xp->query('//s:svg');
        // CES and NPS trends (CSAT has no answers), ratings, funnel.
        self::assertSame(4, $charts->length);
        foreach ($charts as $svg) {
            self::assertSame('img', $svg->getAttribute('role'));
            [$titleId, $descId] = explode(' ', $svg->getAttribute('aria-labelledby'));
            self::assertNotSame('', trim($xp->query("s:title[@id='$titleId']", $svg)->item(0)?->textContent ?? ''));
            self::assertNotSame('', trim($xp->query("s:desc[@id='$descId']", $svg)->item(0)?->textContent ?? ''));
        }
        self::assertSame(0, $xp->query('//script')->length);
        self::assertStringContainsString('No weekly figures yet.', $xp->query('//h3[contains(., "CSAT")]/following-sibling::p[1]')->item(0)->textContent);
    }

    public function testCesTrendShowsEachWeekWithItsIntervalAndTheTableHasTheSameNumbers(): void
    {
        $vm = $this->viewModel();
        $points = $vm->trend('ces');
        self::assertSame([2, 1, 3], array_column($points, 'n'));
        self::assertSame([5.0, 7.0, 6.0], array_column($points, 'value'));
        self::assertNull($points[1]['low'], 'no interval from one answer');
        // The interval is the report's own (ShopCx\Effort\Report, 95% t-interval).
        $bucket = $this->feedback->report('ces', 1)->result()->buckets[2]['questions']['ces'];
        self::assertSame([$bucket['ci']['low'], $bucket['ci']['high']], [$points[2]['low'], $points[2]['high']]);

        $xp = self::dom($this->render($vm));
        $svg = $xp->query("//s:svg[@aria-labelledby='shopcx-trend-ces-title shopcx-trend-ces-desc']")->item(0);
        self::assertNotNull($svg);
        self::assertSame(3, $xp->query('.//s:circle', $svg)->length);
        self::assertSame(2, $xp->query(".//s:line[@class='ci']", $svg)->length, 'a whisker for each week with an interval');
        $dots = array_map(fn($n) => $n->textContent, iterator_to_array($xp->query('.//s:circle/s:title', $svg)));
        $rows = $xp->query('following-sibling::table[1]/tbody/tr', $svg);
        self::assertSame(3, $rows->length);
        foreach ($rows as $i => $row) {
            $cells = array_map(fn($c) => trim($c->textContent), iterator_to_array($xp->query('td', $row)));
            self::assertSame($points[$i]['label'], $cells[0]);
            self::assertSame(sprintf('%s: %s (n = %s)', $cells[0], $cells[2], $cells[1]), $dots[$i]);
        }
        $svgNumbers = new Svg(new Escaper());
        self::assertSame($svgNumbers->number($points[2]['low']) . ' – ' . $svgNumbers->number($points[2]['high']),
            trim($xp->query('td[4]', $rows->item(2))->item(0)->textContent));
    }

    public function testRatingDistributionAndFunnelMatchTheirTables(): void
    {
        $vm = $this->viewModel();
        self::assertSame([1 => 1, 2 => 0, 3 => 0, 4 => 1, 5 => 2], $vm->ratings());
        $xp = self::dom($this->render($vm));
        $bars = array_map(fn($n) => $n->textContent, iterator_to_array($xp->query("//s:svg[@aria-labelledby='shopcx-ratings-title shopcx-ratings-desc']/s:rect/s:title")));
        self::assertSame(['1 ★: 1', '2 ★: 0', '3 ★: 0', '4 ★: 1', '5 ★: 2'], $bars);
        self::assertStringContainsString('4 reviews in all', $xp->query("//s:desc[@id='shopcx-ratings-desc']")->item(0)->textContent);

        $funnel = array_map(fn($n) => $n->textContent, iterator_to_array($xp->query("//s:svg[@aria-labelledby='shopcx-funnel-title shopcx-funnel-desc']/s:rect/s:title")));
        $steps = $vm->figures()['funnel']['steps'];
        self::assertSame([3, 2, 0], array_column($steps, 'count'));
        self::assertSame(['Carts: 3 (100 %)', 'Abandoned: 2 (66.7 %)', 'Recovered: 0 (0 %)'], $funnel);
        $rows = array_map(fn($r) => trim(preg_replace('/\s+/', ' ', $r->textContent)),
            iterator_to_array($xp->query("//figure[@class='shopcx-funnel']/table/tbody/tr")));
        self::assertSame(['Abandoned 2 66.7 %', 'Carts 3 100.0 %', 'Recovered 0 0.0 %'], (function ($r) { sort($r); return $r; })($rows));
    }

    public function testFailedWebhooksAreListedAndEscaped(): void
    {
        $this->outbox->markFailed('evt-<b>1</b>', ['type' => 'review.held"><script>alert(1)</script>', 'store' => 1], 8,
            'HTTP 503 <img src=x onerror=alert(1)>', self::NOW);
        $html = $this->render($this->viewModel());
        self::assertStringNotContainsString('<script>', $html);
        self::assertStringNotContainsString('<img', $html);
        self::assertStringNotContainsString('<b>1</b>', $html);
        $xp = self::dom($html);
        $cells = array_map(fn($c) => $c->textContent, iterator_to_array($xp->query("//h2[.='Webhook events that failed']/following-sibling::table[1]/tbody/tr/td")));
        self::assertSame(['evt-<b>1</b>', 'review.held"><script>alert(1)</script>', '1', '8', 'HTTP 503 <img src=x onerror=alert(1)>',
            gmdate('Y-m-d H:i', self::NOW)], $cells);
    }

    public function testChartTextIsEscaped(): void
    {
        $svg = new Svg(new Escaper());
        $out = $svg->funnel('f"><script>x</script>', 'T <script>', 'D & <b>', [['step' => '<i>s</i>', 'count' => 2, 'overall' => 1.0]])
            . $svg->trend('t', '<t>', '<d>', [['label' => '"><svg onload=alert(1)>', 'value' => 1.0, 'low' => null, 'high' => null, 'n' => 1]], 0, 2)
            . $svg->bars('b', '<t>', '<d>', ['<u>' => 3]);
        foreach (['<script', '<i>', '<b>', '<svg onload', '<u>', '<t>', '<d>'] as $raw) {
            self::assertStringNotContainsString($raw, $out);
        }
        self::dom('<div>' . $out . '</div>');
    }

    public function testReportPageIsBehindTheReportsAclResource(): void
    {
        $auth = new FixedAuthorization(['Magento_Backend::admin', 'ShopCx_CustomerService::config']);
        $page = new ReportPage(new Context(new FakeRequest(), $auth), new PageFactory());
        self::assertSame('denied', $page->dispatch(new FakeRequest()));
        self::assertSame(['ShopCx_CustomerService::reports'], $auth->asked);
    }
}
