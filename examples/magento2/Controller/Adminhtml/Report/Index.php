<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Report;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use ShopCx\Cart\Funnel;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\FeedbackStoreInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * Reports > ShopCX customer service: CES/NPS/CSAT results and cart figures for a store view, as
 * JSON for the report page's charts. Guarded by ACL resource ShopCx_CustomerService::reports.
 */
class Index extends Action implements HttpGetActionInterface
{
    public const ADMIN_RESOURCE = 'ShopCx_CustomerService::reports';

    public function __construct(
        Context $context,
        private readonly JsonFactory $jsonFactory,
        private readonly Config $config,
        private readonly FeedbackStoreInterface $feedback,
        private readonly CartActivityStoreInterface $carts,
        private readonly ClockInterface $clock
    ) {
        parent::__construct($context);
    }

    public function execute()
    {
        $store = max(0, (int) $this->getRequest()->getParam('store', 0));
        $surveys = [];
        foreach (['ces', 'nps', 'csat'] as $id) {
            $surveys[$id] = $this->feedback->report($id, $store)?->result()->toArray();
        }
        $metrics = $this->config->cartDetector($store)->metrics($this->carts->allCarts($store), $this->clock->now());
        $funnel = Funnel::fromCounts(['carts' => $metrics->carts, 'abandoned' => $metrics->abandoned,
            'recovered' => $metrics->recovered]);
        return $this->jsonFactory->create()->setData(['surveys' => $surveys, 'cart' => $metrics->toArray(),
            'funnel' => $funnel->toArray()]);
    }
}
