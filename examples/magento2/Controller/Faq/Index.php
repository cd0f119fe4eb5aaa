<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Faq;

use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\View\Result\PageFactory;

/** GET shopcx/faq: the page (layout shopcx_faq_index.xml). */
class Index implements HttpGetActionInterface
{
    public function __construct(private readonly PageFactory $pageFactory)
    {
    }

    public function execute()
    {
        $page = $this->pageFactory->create();
        $page->getConfig()->getTitle()->set(__('Frequently asked questions'));
        return $page;
    }
}
