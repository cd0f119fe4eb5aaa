<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Interaction\ServiceKpis;
use ShopCx\CustomerService\ViewModel\ServiceBadge;

/** The KPIs of the stored interactions per channel and week, and the storefront badge (off by default, cached). */
final class ServiceKpisTest extends TestCase
{
    private const NOW = ConfigTest::MONDAY_14H_AMS;

    private FakeScopeConfig $scope;
    private MemoryInteractions $store;
    private FixedClock $clock;
    private MemoryCache $cache;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->store = new MemoryInteractions();
        $this->clock = new FixedClock(self::NOW);
        $this->cache = new MemoryCache($this->clock);
    }

    private function kpis(): ServiceKpis
    {
        return new ServiceKpis($this->store, new Config($this->scope), $this->clock, $this->cache);
    }

    /** $n chats rated $csat, answered in $seconds, $daysAgo days ago. */
    private function chats(int $n, int $csat, int $seconds, int $daysAgo, string $channel = 'chat'): void
    {
        for ($i = 0; $i < $n; $i++) {
            $id = 'e' . count($this->store->rows);
            $this->store->record(['event_id' => $id, 'store_id' => 1, 'source' => 'helpdesk', 'email' => "c$i@example.com", 'customer_id' => null,
                'channel' => $channel, 'case_ref' => null, 'opened_at' => self::NOW - $daysAgo * 86400 - $i, 'first_response' => $seconds,
                'resolved_at' => self::NOW - $daysAgo * 86400, 'contacts' => 1, 'csat' => $csat, 'friendly' => 5, 'created_at' => self::NOW]);
        }
    }

    private function render(): string
    {
        $block = new DataObject(['view_model' => new ServiceBadge($this->kpis(), new Config($this->scope), new FakeStoreManager())]);
        $escaper = new Escaper();
        ob_start();
        try {
            include dirname(__DIR__, 2) . '/view/frontend/templates/service-badge.phtml';
        } finally {
            $html = (string) ob_get_clean();
        }
        return trim($html);
    }

    public function testTheBadgeIsOffByDefaultAndNeedsTheMinimumSample(): void
    {
        $this->chats(40, 5, 10, 3);
        self::assertSame('', $this->render(), 'off by default');
        $this->scope->set('shopcx/badge/enabled', '1');
        $this->cache->clean();
        self::assertStringContainsString('100% of customers satisfied with our service', $this->render());
        self::assertStringContainsString('100% of questions answered on time', $this->render());
        self::assertStringContainsString('From 2025-12-06 to 2026-01-05', $this->render(), 'the period is stated');
        // 29 contacts: under the default minimum of 30, nothing.
        $this->store->rows = [];
        $this->cache->clean();
        $this->chats(29, 5, 10, 3);
        self::assertSame('', $this->render());
        $this->scope->set('shopcx/badge/min_sample', '20');
        $this->cache->clean();
        self::assertNotSame('', $this->render());
    }

    public function testTheBadgeIsCachedForAnHour(): void
    {
        $this->scope->set('shopcx/badge/enabled', '1');
        $this->chats(30, 5, 10, 1);
        self::assertSame(1.0, $this->kpis()->badge(1)['satisfied']);
        $this->chats(30, 1, 10, 1);
        self::assertSame(1.0, $this->kpis()->badge(1)['satisfied'], 'from the cache');
        $this->clock->now += ServiceKpis::BADGE_CACHE_SECONDS;
        self::assertSame(0.5, $this->kpis()->badge(1)['satisfied']);
        // Slow answers (a chat over 20 s) are not timely; contacts older than the window do not count.
        $this->store->rows = [];
        $this->cache->clean();
        $this->chats(30, 4, 25, 1);
        $this->chats(30, 1, 5, 40);
        $badge = $this->kpis()->badge(1);
        self::assertSame([1.0, 0.0], [$badge['satisfied'], $badge['timely']]);
    }

    public function testWeeklyFiguresPerChannel(): void
    {
        $this->chats(3, 5, 12, 0);                 // Monday 5 January 2026: ISO week 2
        $this->chats(2, 4, 3600, 7, 'email');      // week 1
        $this->chats(1, 3, 30, 8);                 // Sunday 28 December 2025: ISO week 52 of 2025
        $f = $this->kpis()->weekly(1, self::NOW - 30 * 86400, self::NOW + 86400);
        self::assertSame(['2025-W52', '2026-W01', '2026-W02'], array_column($f['weeks'], 'week'));
        self::assertSame(['chat' => ['volume' => 3, 'velocity' => 12.0, 'firstContactResolution' => 1.0]], $f['weeks'][2]['channels']);
        self::assertSame(3600.0, $f['weeks'][1]['channels']['email']['velocity']);
        self::assertSame((new \DateTimeImmutable('2026-01-05', new \DateTimeZone('Europe/Amsterdam')))->getTimestamp(), $f['weeks'][2]['start']);
        self::assertSame(6, $f['total']['interactions']);
        self::assertSame(3, array_sum($f['shoppers']), 'each customer is relational or transactional');
    }

    /**
     * Seen on 2.4.7-p7: 35 cases posted to shopcx/interaction/report, 17 with data.contacts 2, and the report
     * said "First-contact resolution 100 %": the stored contacts never reached Kpi::fromInteractions().
     */
    public function testACaseThatTookTwoContactsIsNotResolvedAtTheFirst(): void
    {
        $this->chats(3, 5, 12, 0);
        $this->store->rows['e1']['contacts'] = 2;           // one report: resolved, it took two contacts
        // Reported once per contact: two rows of case T-9 and contacts 2 on the last, nothing to add.
        foreach ([1 => null, 2 => self::NOW - 60] as $n => $resolved) {
            $this->store->record(['event_id' => "t9-$n", 'store_id' => 1, 'source' => 'helpdesk', 'email' => 'd@example.com',
                'customer_id' => null, 'channel' => 'chat', 'case_ref' => 'T-9', 'opened_at' => self::NOW - 3600 + $n,
                'first_response' => 10, 'resolved_at' => $resolved, 'contacts' => $n, 'csat' => null, 'friendly' => null,
                'created_at' => self::NOW]);
        }
        $f = $this->kpis()->weekly(1, self::NOW - 30 * 86400, self::NOW + 86400);
        self::assertSame(6, $f['total']['interactions'], '3 + 1 added + 2');
        self::assertEqualsWithDelta(2 / 4, $f['total']['firstContactResolution'], 1e-9, 'of 4 cases, 2 took one contact');
        self::assertSame(6, $f['weeks'][0]['channels']['chat']['volume']);
        self::assertCount(6, ServiceKpis::records($this->store->rows));
    }

    public function testTheAdminReportDrawsContactsPerChannelAndWeek(): void
    {
        $this->chats(3, 5, 12, 0);
        $this->chats(2, 4, 3600, 7, 'email');
        $reports = new \ShopCx\CustomerService\Model\ReportBuilder(new Config($this->scope), new MemoryFeedback(), new MemoryCarts(),
            $this->clock, new FakeStoreManager());
        $vm = new \ShopCx\CustomerService\ViewModel\ServiceReport($reports, new FakeRequest(['store' => '1']), $this->kpis(),
            new \ShopCx\CustomerService\ViewModel\Chart\Svg(new Escaper()));
        $block = new DataObject(['view_model' => $vm]);
        $escaper = new Escaper();
        ob_start();
        try {
            include dirname(__DIR__, 2) . '/view/adminhtml/templates/service-kpis.phtml';
        } finally {
            $html = (string) ob_get_clean();
        }
        $doc = new \DOMDocument();
        self::assertTrue($doc->loadXML($html), 'well-formed');
        $xp = new \DOMXPath($doc);
        $titles = array_map(fn($n) => $n->textContent, iterator_to_array($xp->query('//*[local-name()="svg"]/*[local-name()="title"]')));
        self::assertSame(['Contacts per week: chat', 'Contacts per week: email'], $titles);
        self::assertSame(5, (int) $xp->query('//table[1]//tr[1]/td')->item(0)->textContent, 'contacts in the range');
        // One row per week and channel: week 1 e-mail, week 2 chat.
        $rows = $xp->query('//table[2]/tbody/tr');
        self::assertSame(2, $rows->length);
        self::assertSame(['2026-W01', 'email', '2', '3600 s'], array_slice(array_map('trim', array_map(fn($n) => $n->textContent,
            iterator_to_array($rows->item(0)->getElementsByTagName('td')))), 0, 4));
    }

    public function testTheJsonEndpointCarriesTheServiceFigures(): void
    {
        $this->chats(3, 5, 12, 0);
        $request = new FakeRequest(['store' => '1', 'from' => '2026-01-01', 'to' => '2026-01-05']);
        $controller = new \ShopCx\CustomerService\Controller\Adminhtml\Report\Data(
            new \Magento\Backend\App\Action\Context($request, new FixedAuthorization(['ShopCx_CustomerService::reports'])),
            new \Magento\Framework\Controller\Result\JsonFactory(), new \ShopCx\CustomerService\Model\ReportBuilder(new Config($this->scope),
                new MemoryFeedback(), new MemoryCarts(), $this->clock, new FakeStoreManager()), $this->kpis());
        $data = $controller->dispatch($request)->data();
        self::assertSame(['2026-W02'], array_column($data['service']['weeks'], 'week'));
        self::assertSame(3, $data['service']['total']['interactions']);
    }
}
