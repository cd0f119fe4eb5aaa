<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Report;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\View\Result\PageFactory;

/** Reports > ShopCX customer service (layout shopcx_report_index.xml). */
class Index extends Action implements HttpGetActionInterface
{
    public const ADMIN_RESOURCE = 'ShopCx_CustomerService::reports';

    public function __construct(Context $context, private readonly PageFactory $pageFactory)
    {
        parent::__construct($context);
    }

    public function execute()
    {
        /** @var \Magento\Backend\Model\View\Result\Page $page the admin area's page factory makes backend pages */
        $page = $this->pageFactory->create();
        $page->setActiveMenu('ShopCx_CustomerService::reports');
        $page->getConfig()->getTitle()->prepend(__('ShopCX customer service'));
        return $page;
    }
}
