<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Backend\App\Action\Context;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Adminhtml\Report\Data;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ReportBuilder;
use ShopCx\CustomerService\ViewModel\Chart\Svg;
use ShopCx\CustomerService\ViewModel\Report;

/**
 * Seen on Magento 2.4.7-p7: Reports > ShopCX customer service, opened from the menu (no ?store=),
 * showed CES 0, no reviews and 0 carts while the shop's only store view (id 1) had answers, reviews
 * and four carts: the report read store 0, the admin scope, where nothing is ever recorded.
 * The report tests always passed store=1, so none saw it.
 */
final class ReportStoreTest extends TestCase
{
    private MemoryFeedback $feedback;
    private MemoryCarts $carts;

    protected function setUp(): void
    {
        $this->feedback = new MemoryFeedback();
        $this->feedback->addSurveyResponse('ces', 1, ['ces' => 6, 'comment' => null], ConfigTest::MONDAY_14H_AMS - 86400);
        $this->carts = new MemoryCarts();
        $this->carts->upsert(['quote_id' => 1, 'store_id' => 1, 'customer_id' => null, 'email' => 'gina@shop.test', 'items' => 1,
            'value' => '49', 'currency' => 'EUR', 'status' => 'open', 'consent' => true, 'updated_at' => ConfigTest::MONDAY_14H_AMS - 86400]);
    }

    private function builder(array $stores = [1]): ReportBuilder
    {
        return new ReportBuilder(new Config(new FakeScopeConfig()), $this->feedback, $this->carts,
            new FixedClock(ConfigTest::MONDAY_14H_AMS), new FakeStoreManager($stores));
    }

    private function viewModel(array $params): Report
    {
        return new Report($this->builder(), new FakeRequest($params), new Svg(new Escaper()), new MemoryOutbox(),
            new FixedAuthorization(['ShopCx_CustomerService::reports']), new \Magento\Framework\Data\Form\FormKey(), new QueryUrl());
    }

    public function testTheReportFromTheMenuShowsTheStoreView(): void
    {
        $vm = $this->viewModel([]);
        self::assertSame(1, $vm->store());
        self::assertSame(1, $vm->figures()['surveys']['ces']['responses']);
        self::assertSame(1, $vm->figures()['cart']['carts']);
        // An explicit store view is kept, 0 included.
        self::assertNull($this->viewModel(['store' => '0'])->figures()['surveys']['ces']);
        self::assertSame(3, $this->builder([3, 1])->store(null));
    }

    public function testTheJsonEndpointWithoutAStoreAlike(): void
    {
        $request = new FakeRequest([]);
        $controller = new Data(new Context($request, new FixedAuthorization(['ShopCx_CustomerService::reports'])),
            new JsonFactory(), $this->builder(), noServiceKpis());
        self::assertSame(1, $controller->dispatch($request)->data()['surveys']['ces']['responses']);
    }
}
