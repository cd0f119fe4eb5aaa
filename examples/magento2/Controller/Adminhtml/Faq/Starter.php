<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml\Faq;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpPostActionInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Faq\Indexer;
use ShopCx\CustomerService\Model\Faq\StarterEntries;

/**
 * POST shopcx/faq/starter (form key, ACL faq_starter): adds the six charter topics' starter entries in the
 * store view's language to that language's FAQ (only those not there yet) and rebuilds its index.
 */
class Starter extends Action implements HttpPostActionInterface
{
    public const ADMIN_RESOURCE = 'ShopCx_CustomerService::faq_starter';

    public function __construct(Context $context, private readonly Indexer $indexer, private readonly Config $config)
    {
        parent::__construct($context);
    }

    public function execute()
    {
        $store = max(0, (int) $this->getRequest()->getParam('store', 0));
        $back = $this->resultRedirectFactory->create()->setPath('shopcx/faq/searches', ['store' => $store]);
        if (!$this->_formKeyValidator->validate($this->getRequest())) {
            $this->messageManager->addErrorMessage((string) __('Invalid form key. Please refresh the page.'));
            return $back;
        }
        $lang = $this->config->locale($store);
        try {
            $added = $this->indexer->add($lang, StarterEntries::for($lang));
        } catch (\InvalidArgumentException|\ValueError|\ShopCx\IndexException $e) {
            $this->messageManager->addErrorMessage((string) __('The starter FAQ entries could not be added: %1', $e->getMessage()));
            return $back;
        }
        $this->messageManager->addSuccessMessage($added === 0
            ? (string) __('The starter FAQ entries are already there.')
            : (string) __('%1 starter FAQ entries were added. Edit them in %2 and import that file again.', $added, $this->indexer->sourcePath($lang)));
        return $back;
    }
}
