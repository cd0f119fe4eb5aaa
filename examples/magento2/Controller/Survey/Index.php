<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Survey;

use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\View\Result\PageFactory;

/** GET shopcx/survey: the page (layout shopcx_survey_index.xml). */
class Index implements HttpGetActionInterface
{
    public function __construct(private readonly PageFactory $pageFactory)
    {
    }

    public function execute()
    {
        $page = $this->pageFactory->create();
        $page->getConfig()->getTitle()->set(__('Customer survey'));
        return $page;
    }
}
