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
        // Cart 4 was started 100 days ago: before every range the tests use, the default 12 weeks too.
        foreach ([1 => self::NOW - 2 * 86400, 2 => self::NOW - 3 * 86400, 3 => self::NOW - 60, 4 => self::NOW - 100 * 86400] as $id => $at) {
            $carts->upsert(['quote_id' => $id, 'store_id' => 1, 'customer_id' => $id, 'email' => "c$id@shop.test", 'items' => 1,
                'value' => '20', 'currency' => 'EUR', 'status' => 'open', 'consent' => true, 'updated_at' => $at]);
        }
        return new Report(new ReportBuilder(new Config(new FakeScopeConfig()), $this->feedback, $carts,
            new FixedClock(self::NOW), new FakeStoreManager()), new FakeRequest($params), new Svg(new Escaper()), $this->outbox,
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

    public function testDefaultRangeIsTheLastTwelveWeeks(): void
    {
        $vm = $this->viewModel();
        self::assertSame(['2025-10-14', '2026-01-05'], [$vm->range()->from, $vm->range()->to]);   // 84 days up to today
        self::assertNull($vm->rangeError());
        self::assertSame(['from' => '2025-10-14', 'to' => '2026-01-05'], $vm->figures()['range']);
        $xp = self::dom($this->render($vm));
        self::assertSame('2025-10-14', $xp->query('//form[@method="get"]//input[@name="from"]/@value')->item(0)->textContent);
        self::assertSame('2026-01-05', $xp->query('//form[@method="get"]//input[@name="to"]/@value')->item(0)->textContent);
        self::assertSame(0, $xp->query('//div[contains(@class, "message-error")]')->length);
    }

    public function testRangeLimitsSurveyWeeksRatingsAndCarts(): void
    {
        // Mon 22 Dec to Sat 3 Jan (Amsterdam): the CES weeks of 22 and 29 Dec, not 15 Dec; the reviews (week of 29 Dec);
        // the carts started on 2 and 3 Jan, not the one started today.
        $vm = $this->viewModel(['store' => '1', 'from' => '2025-12-22', 'to' => '2026-01-03']);
        self::assertSame([1, 3], array_column($vm->trend('ces'), 'n'));
        self::assertSame([1 => 1, 2 => 0, 3 => 0, 4 => 1, 5 => 2], $vm->ratings());
        self::assertSame([2, 2, 0], array_column($vm->figures()['funnel']['steps'], 'count'));
        // Wednesday to Tuesday: two weeks each have days in the range, so both count.
        self::assertSame([1, 3], array_column($this->viewModel(['store' => '1', 'from' => '2025-12-24', 'to' => '2025-12-30'])->trend('ces'), 'n'));
        // The headline totals stay over all answers.
        self::assertSame(6, $vm->figures()['surveys']['ces']['responses']);

        // One week only, 15-21 Dec: two CES answers, no reviews, no carts.
        $vm = $this->viewModel(['store' => '1', 'from' => '2025-12-15', 'to' => '2025-12-21']);
        self::assertSame([2], array_column($vm->trend('ces'), 'n'));
        self::assertSame([], $vm->trend('nps'));
        self::assertSame([1 => 0, 2 => 0, 3 => 0, 4 => 0, 5 => 0], $vm->ratings());
        self::assertSame(0, $vm->figures()['cart']['carts']);
        $xp = self::dom($this->render($vm));
        self::assertSame(3, $xp->query('//s:svg')->length, 'CES trend, ratings and funnel; NPS has no week in the range');
        self::assertStringContainsString('0 reviews in all', $xp->query("//s:desc[@id='shopcx-ratings-desc']")->item(0)->textContent);
    }

    /** @return array<string, array{array, string}> */
    public static function badRanges(): array
    {
        return [
            'not a date' => [['from' => 'yesterday'], '"yesterday" is not a date; use the form YYYY-MM-DD, e.g. 2026-01-31.'],
            'no such day' => [['from' => '2026-02-30'], '"2026-02-30" is not a date; use the form YYYY-MM-DD, e.g. 2026-01-31.'],
            'day first' => [['to' => '05-01-2026'], '"05-01-2026" is not a date; use the form YYYY-MM-DD, e.g. 2026-01-31.'],
            'markup' => [['to' => '<script>alert(1)</script>'], '"<script>alert(1)</script>" is not a date; use the form YYYY-MM-DD, e.g. 2026-01-31.'],
            'array' => [['from' => ['2026-01-01']], '"array" is not a date; use the form YYYY-MM-DD, e.g. 2026-01-31.'],
            'backwards' => [['from' => '2026-01-05', 'to' => '2025-12-01'], 'The start date 2026-01-05 is after the end date 2025-12-01.'],
            'too long' => [['from' => '2023-01-01', 'to' => '2026-01-05'], 'The date range can be at most 731 days.'],
        ];
    }

    /** @dataProvider badRanges */
    public function testBadDatesGiveAClearMessageAndTheDefaultRange(array $params, string $message): void
    {
        $vm = $this->viewModel(['store' => '1'] + $params);
        self::assertSame($message, $vm->rangeError());
        self::assertSame(['2025-10-14', '2026-01-05'], [$vm->range()->from, $vm->range()->to]);
        $html = $this->render($vm);
        self::assertStringNotContainsString('<script>', $html);
        $alert = trim(preg_replace('/\s+/', ' ', self::dom($html)->query('//div[@role="alert"]')->item(0)->textContent));
        self::assertSame($message . ' Showing 2025-10-14 to 2026-01-05 instead.', $alert);
    }

    /** @dataProvider badRanges */
    public function testJsonEndpointRefusesBadDates(array $params, string $message): void
    {
        $request = new FakeRequest(['store' => '1'] + $params);
        $controller = new \ShopCx\CustomerService\Controller\Adminhtml\Report\Data(
            new Context($request, new FixedAuthorization(['ShopCx_CustomerService::reports'])),
            new \Magento\Framework\Controller\Result\JsonFactory(), new ReportBuilder(new Config(new FakeScopeConfig()),
                $this->feedback, new MemoryCarts(), new FixedClock(self::NOW), new FakeStoreManager()), noServiceKpis());
        $json = $controller->dispatch($request);
        self::assertSame([400, ['error' => $message]], [$json->code(), $json->data()]);
    }

    public function testJsonEndpointAppliesTheRange(): void
    {
        $request = new FakeRequest(['store' => '1', 'from' => '2025-12-15', 'to' => '2025-12-21']);
        $controller = new \ShopCx\CustomerService\Controller\Adminhtml\Report\Data(
            new Context($request, new FixedAuthorization(['ShopCx_CustomerService::reports'])),
            new \Magento\Framework\Controller\Result\JsonFactory(), new ReportBuilder(new Config(new FakeScopeConfig()),
                $this->feedback, new MemoryCarts(), new FixedClock(self::NOW), new FakeStoreManager()), noServiceKpis());
        $data = $controller->dispatch($request)->data();
        self::assertSame(['from' => '2025-12-15', 'to' => '2025-12-21'], $data['range']);
        self::assertSame(['2025-W51'], array_column($data['surveys']['ces']['buckets'], 'bucket'));
    }

    public function testFailedWebhooksHaveRetryAndDeleteFormsForAdminsAllowedToUseThem(): void
    {
        $this->outbox->markFailed('evt-"1"', ['type' => 'review.held', 'store' => 1], 8, 'HTTP 503', self::NOW);
        $xp = self::dom($this->render($this->viewModel(['store' => '1', 'from' => '2025-12-01', 'to' => '2026-01-04'],
            ['ShopCx_CustomerService::reports', 'ShopCx_CustomerService::webhooks'])));
        $forms = $xp->query("//h2[.='Webhook events that failed']/following-sibling::table[1]//form");
        self::assertSame(2, $forms->length);
        foreach ($forms as $i => $form) {
            self::assertSame('post', $form->getAttribute('method'));
            self::assertSame('https://shop.test/shopcx/webhook/' . ['retry', 'delete'][$i], $form->getAttribute('action'));
            $fields = [];
            foreach ($xp->query('input', $form) as $input) {
                $fields[$input->getAttribute('name')] = $input->getAttribute('value');
            }
            self::assertSame(['form_key' => self::FORM_KEY, 'event_id' => 'evt-"1"', 'store' => '1', 'from' => '2025-12-01',
                'to' => '2026-01-04'], $fields);
        }
        // Someone who may only read the report sees no buttons.
        $xp = self::dom($this->render($this->viewModel()));
        self::assertSame(0, $xp->query("//h2[.='Webhook events that failed']/following-sibling::table[1]//form")->length);
        self::assertSame(1, $xp->query("//h2[.='Webhook events that failed']/following-sibling::table[1]/tbody/tr")->length);
    }
}
