<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Review;

use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\View\Result\PageFactory;

/** GET shopcx/review: the page (layout shopcx_review_index.xml). */
class Index implements HttpGetActionInterface
{
    public function __construct(private readonly PageFactory $pageFactory)
    {
    }

    public function execute()
    {
        $page = $this->pageFactory->create();
        $page->getConfig()->getTitle()->set(__('Write a review'));
        return $page;
    }
}
