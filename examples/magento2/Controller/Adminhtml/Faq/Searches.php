<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Faq;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\View\Result\PageFactory;

/** Reports > ShopCX FAQ searches (layout shopcx_faq_searches.xml): unanswered searches and unknown words. */
class Searches extends Action implements HttpGetActionInterface
{
    public const ADMIN_RESOURCE = 'ShopCx_CustomerService::faq_searches';

    public function __construct(Context $context, private readonly PageFactory $pageFactory)
    {
        parent::__construct($context);
    }

    public function execute()
    {
        /** @var \Magento\Backend\Model\View\Result\Page $page */
        $page = $this->pageFactory->create();
        $page->setActiveMenu('ShopCx_CustomerService::faq_searches');
        $page->getConfig()->getTitle()->prepend(__('ShopCX FAQ searches'));
        return $page;
    }
}
