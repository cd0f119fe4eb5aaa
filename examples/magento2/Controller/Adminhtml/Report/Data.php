<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Report;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use ShopCx\CustomerService\Model\Interaction\ServiceKpis;
use ShopCx\CustomerService\Model\ReportBuilder;

/**
 * GET shopcx/report/data?store=N&from=YYYY-MM-DD&to=YYYY-MM-DD: the report figures as JSON (for charts or exports),
 * with the service contacts' KPIs per week and channel under "service".
 */
class Data extends Action implements HttpGetActionInterface
{
    public const ADMIN_RESOURCE = 'ShopCx_CustomerService::reports';

    public function __construct(
        Context $context,
        private readonly JsonFactory $jsonFactory,
        private readonly ReportBuilder $reports,
        private readonly ServiceKpis $serviceKpis
    ) {
        parent::__construct($context);
    }

    public function execute()
    {
        $request = $this->getRequest();
        $store = $this->reports->store($request->getParam('store'));
        try {
            $range = $this->reports->range($store, $request->getParam('from'), $request->getParam('to'));
        } catch (\InvalidArgumentException $e) {
            return $this->jsonFactory->create()->setHttpResponseCode(400)->setData(['error' => $e->getMessage()]);
        }
        return $this->jsonFactory->create()->setData($this->reports->build($store, $range)
            + ['service' => $this->serviceKpis->weekly($store, $range->start, $range->end)]);
    }
}
