<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\Json;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator as FormKeyValidator;
use Psr\Log\LoggerInterface;

/** Shared checks of the review and survey POST endpoints: method, form key, token present. */
abstract class TokenAction
{
    public function __construct(
        protected readonly RequestInterface $request,
        protected readonly JsonFactory $jsonFactory,
        protected readonly FormKeyValidator $formKeyValidator,
        protected readonly LoggerInterface $logger
    ) {
    }

    /** A JSON error response, or null when the request may go on. */
    protected function refuse(): ?Json
    {
        if (!$this->formKeyValidator->validate($this->request)) {
            return $this->jsonFactory->create()->setHttpResponseCode(403)
                ->setData(['error' => (string) __('Invalid form key. Please refresh the page.')]);
        }
        $token = Param::text($this->request, 'token');
        if ($token === '' || strlen($token) > 2048) {
            return $this->invalidLink();
        }
        return null;
    }

    /**
     * The shop has no (valid) token secret: the merchant must fix the configuration, the customer can only
     * wait. The extension's message (which setting, what length) goes to the log, never to the visitor.
     */
    protected function notConfigured(\ValueError $e): Json
    {
        $this->logger->error('ShopCX: the token secret cannot be used: ' . $e->getMessage());
        return $this->jsonFactory->create()->setHttpResponseCode(503)
            ->setData(['error' => (string) __('This form is not available right now.')]);
    }

    protected function invalidLink(): Json
    {
        return $this->jsonFactory->create()->setHttpResponseCode(403)
            ->setData(['error' => (string) __('This link is not valid or has expired.')]);
    }
}
