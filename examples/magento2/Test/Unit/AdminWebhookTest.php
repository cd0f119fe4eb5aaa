<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Framework\Controller\Result\JsonFactory;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Adminhtml\Report\Data as ReportController;
use ShopCx\CustomerService\Controller\Adminhtml\Report\Index as ReportPage;
use ShopCx\CustomerService\Model\ReportBuilder;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Webhook\Publisher;

final class AdminWebhookTest extends TestCase
{
    private function report(FixedAuthorization $auth, MemoryFeedback $feedback, MemoryCarts $carts): mixed
    {
        $request = new FakeRequest(['store' => '1']);
        $controller = new ReportController(new Context($request, $auth), new JsonFactory(), new ReportBuilder(
            new Config(new FakeScopeConfig()), $feedback, $carts, new FixedClock(ConfigTest::MONDAY_14H_AMS), new FakeStoreManager()), noServiceKpis());
        return $controller->dispatch($request);
    }

    public function testReportIsBehindItsAclResource(): void
    {
        $auth = new FixedAuthorization(['Magento_Backend::admin']);
        self::assertSame('denied', $this->report($auth, new MemoryFeedback(), new MemoryCarts()));
        self::assertSame(['ShopCx_CustomerService::reports'], $auth->asked);
        $acl = file_get_contents(dirname(__DIR__, 2) . '/etc/acl.xml');
        self::assertStringContainsString('id="' . ReportController::ADMIN_RESOURCE . '"', $acl);
        self::assertSame(ReportController::ADMIN_RESOURCE, ReportPage::ADMIN_RESOURCE);
    }

    public function testReportFigures(): void
    {
        $feedback = new MemoryFeedback();
        foreach ([7, 6, 2] as $score) {
            $feedback->addSurveyResponse('ces', 1, ['ces' => $score, 'comment' => null], ConfigTest::MONDAY_14H_AMS - 3600);
        }
        $carts = new MemoryCarts();
        $carts->upsert(['quote_id' => 1, 'store_id' => 1, 'customer_id' => 7, 'email' => 'a@b.nl', 'items' => 1, 'value' => '20',
            'currency' => 'EUR', 'status' => 'open', 'consent' => true, 'updated_at' => ConfigTest::MONDAY_14H_AMS - 86400 * 2]);
        $carts->upsert(['quote_id' => 2, 'store_id' => 1, 'customer_id' => 8, 'email' => 'c@d.nl', 'items' => 1, 'value' => '20',
            'currency' => 'EUR', 'status' => 'open', 'consent' => true, 'updated_at' => ConfigTest::MONDAY_14H_AMS - 60]);
        $json = $this->report(new FixedAuthorization(['ShopCx_CustomerService::reports']), $feedback, $carts);
        $data = $json->data();
        self::assertSame(3, $data['surveys']['ces']['responses']);
        self::assertNull($data['surveys']['nps']);
        self::assertSame(2, $data['cart']['carts']);
        self::assertSame(1, $data['cart']['abandoned']);
        self::assertSame(['carts', 'abandoned', 'recovered'], array_column($data['funnel']['steps'], 'step'));
    }

    public function testReportHeadlines(): void
    {
        $feedback = new MemoryFeedback();
        foreach ([7, 6, 2] as $score) {
            $feedback->addSurveyResponse('ces', 1, ['ces' => $score, 'comment' => null], 1767618000);
        }
        foreach ([10, 9, 3] as $score) {
            $feedback->addSurveyResponse('nps', 1, ['nps' => $score, 'comment' => null], 1767618000);
        }
        $vm = new \ShopCx\CustomerService\ViewModel\Report(new ReportBuilder(new Config(new FakeScopeConfig()),
            $feedback, new MemoryCarts(), new FixedClock(ConfigTest::MONDAY_14H_AMS), new FakeStoreManager()), new FakeRequest(['store' => '1']),
            new \ShopCx\CustomerService\ViewModel\Chart\Svg(new \Magento\Framework\Escaper()), new MemoryOutbox(),
            new FixedAuthorization([]), new \Magento\Framework\Data\Form\FormKey(), new QueryUrl());
        $f = $vm->figures();
        self::assertSame('CES: mean 5 · low effort 67 %', 'CES: ' . $vm->headline($f['surveys']['ces']));
        self::assertSame('NPS 33 · mean 7.3', $vm->headline($f['surveys']['nps']));
        self::assertSame('–', $vm->headline($f['surveys']['csat']));
    }

    public function testPublisherPutsTheEventOnTheQueueTopic(): void
    {
        $queue = new RecordingPublisher();
        (new Publisher($queue))->publish('effort.low_score', ['order' => '42', 'note' => 'é'], 1, 1767618000);
        self::assertSame([['shopcx.webhook', '{"type":"effort.low_score","payload":{"order":"42","note":"é"},"store":1,"at":1767618000,"attempt":1}']],
            $queue->messages);
        $xml = file_get_contents(dirname(__DIR__, 2) . '/etc/communication.xml');
        self::assertStringContainsString('topic name="' . Publisher::TOPIC . '"', $xml);
    }
}
