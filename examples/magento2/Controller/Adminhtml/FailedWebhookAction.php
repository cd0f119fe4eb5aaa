<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Adminhtml;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\Controller\Result\Redirect;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\WebhookOutboxInterface;

/**
 * Base of POST shopcx/webhook/{retry,delete} (kept outside Webhook/ so no URL routes to this abstract class) from the report page: form key, a separate ACL resource (seeing the
 * report is not the same as changing the outbox), a known failed event id; back to the report with a message.
 */
abstract class FailedWebhookAction extends Action implements HttpPostActionInterface
{
    public const ADMIN_RESOURCE = 'ShopCx_CustomerService::webhooks';

    public function __construct(
        Context $context,
        protected readonly WebhookOutboxInterface $outbox,
        protected readonly ClockInterface $clock
    ) {
        parent::__construct($context);
    }

    /** Does the action; false when no failed event has this id. */
    abstract protected function apply(string $eventId): bool;

    abstract protected function doneMessage(string $eventId): string;

    public function execute()
    {
        $request = $this->getRequest();
        if (!$this->_formKeyValidator->validate($request)) {
            $this->messageManager->addErrorMessage((string) __('Invalid form key. Please refresh the page.'));
            return $this->backToReport();
        }
        $eventId = \ShopCx\CustomerService\Model\RequestParam::text($request, 'event_id');
        if ($eventId === '' || strlen($eventId) > 64 || !$this->apply($eventId)) {
            $this->messageManager->addErrorMessage((string) __('There is no failed webhook event "%1".', mb_substr($eventId, 0, 64)));
            return $this->backToReport();
        }
        $this->messageManager->addSuccessMessage($this->doneMessage($eventId));
        return $this->backToReport();
    }

    /** Back to the report with the store view and dates the admin was looking at (the page validates them again). */
    private function backToReport(): Redirect
    {
        $params = [];
        foreach (['store', 'from', 'to'] as $key) {
            $value = $this->getRequest()->getParam($key);
            if (is_string($value) && $value !== '' && preg_match('/^[0-9-]{1,10}$/', $value)) {
                $params[$key] = $value;
            }
        }
        return $this->resultRedirectFactory->create()->setPath('shopcx/report/index', $params);
    }
}
