<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Faq;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpPostActionInterface;
use ShopCx\CustomerService\Api\FaqSearchLogInterface;

/** POST shopcx/faq/clear (form key, ACL faq_searches): empties one store view's log of unanswered searches. */
class Clear extends Action implements HttpPostActionInterface
{
    public const ADMIN_RESOURCE = 'ShopCx_CustomerService::faq_searches';

    public function __construct(Context $context, private readonly FaqSearchLogInterface $log)
    {
        parent::__construct($context);
    }

    public function execute()
    {
        $store = max(0, (int) $this->getRequest()->getParam('store', 0));
        if (!$this->_formKeyValidator->validate($this->getRequest())) {
            $this->messageManager->addErrorMessage((string) __('Invalid form key. Please refresh the page.'));
        } else {
            $this->messageManager->addSuccessMessage((string) __('The log of unanswered searches was cleared (%1 entries).',
                $this->log->clear($store)));
        }
        return $this->resultRedirectFactory->create()->setPath('shopcx/faq/searches', ['store' => $store]);
    }
}
