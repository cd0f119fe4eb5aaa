<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Optout;

use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\App\CsrfAwareActionInterface;
use Magento\Framework\App\Request\Http as HttpRequest;
use Magento\Framework\App\Request\InvalidRequestException;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Controller\Result\RedirectFactory;
use Magento\Framework\Data\Form\FormKey\Validator as FormKeyValidator;
use Magento\Framework\Message\ManagerInterface;
use Magento\Framework\View\Result\PageFactory;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\OptOutStoreInterface;
use ShopCx\CustomerService\Model\Outreach\OptOutRequest;

/**
 * shopcx/optout?t=...: the opt-out link of the outreach e-mails and their List-Unsubscribe header.
 *
 * GET only shows a page with a button (mail security scanners fetch every link in a message; a GET
 * that opted out would unsubscribe people who never clicked). POST records the opt-out:
 * - from that page's form: with the form key, then back to the page, which now says it is done;
 * - RFC 8058 one-click from the mail client: body "List-Unsubscribe=One-Click", no form key, JSON answer.
 */
class Index implements HttpGetActionInterface, HttpPostActionInterface, CsrfAwareActionInterface
{
    public const ONE_CLICK_FIELD = 'List-Unsubscribe';
    public const ONE_CLICK_VALUE = 'One-Click';

    public function __construct(
        private readonly HttpRequest $request,
        private readonly PageFactory $pageFactory,
        private readonly JsonFactory $jsonFactory,
        private readonly RedirectFactory $redirectFactory,
        private readonly ManagerInterface $messages,
        private readonly FormKeyValidator $formKeyValidator,
        private readonly StoreManagerInterface $storeManager,
        private readonly OptOutRequest $tokens,
        private readonly OptOutStoreInterface $optOuts,
        private readonly ClockInterface $clock
    ) {
    }

    public function execute()
    {
        if (!$this->request->isPost()) {
            return $this->pageFactory->create();
        }
        $oneClick = $this->isOneClick($this->request);
        if (!$oneClick && !$this->formKeyValidator->validate($this->request)) {
            $this->messages->addErrorMessage((string) __('Invalid form key. Please refresh the page.'));
            return $this->backToPage();
        }
        $store = (int) $this->storeManager->getStore()->getId();
        $now = $this->clock->now();
        $read = $this->tokens->read(\ShopCx\CustomerService\Model\RequestParam::text($this->request, 't'), $store, $now);
        if ($read['state'] === OptOutRequest::VALID) {
            $this->optOuts->optOut($read['hash'], $store, $now);
        }
        if (!$oneClick) {
            // The page shows the outcome (done, or why the link cannot be used) from the token and the table.
            return $this->backToPage();
        }
        return match ($read['state']) {
            OptOutRequest::VALID => $this->jsonFactory->create()
                ->setData(['message' => (string) __('You will get no more of these e-mails from this shop.')]),
            OptOutRequest::UNAVAILABLE => $this->jsonFactory->create()->setHttpResponseCode(503)
                ->setData(['error' => (string) __('This form is not available right now.')]),
            default => $this->jsonFactory->create()->setHttpResponseCode(403)
                ->setData(['error' => (string) __('This link is not valid or has expired.')]),
        };
    }

    /** Also asked by Plugin\Controller\RateLimit, which lets these through. */
    public function isOneClick(RequestInterface $request): bool
    {
        return $request->getParam(self::ONE_CLICK_FIELD) === self::ONE_CLICK_VALUE;
    }

    private function backToPage(): \Magento\Framework\Controller\Result\Redirect
    {
        return $this->redirectFactory->create()->setPath('shopcx/optout', ['_query' => ['t' => \ShopCx\CustomerService\Model\RequestParam::text($this->request, 't')]]);
    }

    /**
     * The one-click POST comes from the mail client (RFC 8058), which has no session and so no form
     * key. The signed token in the URL does the form key's job for this one action: it can only be
     * made with the shop's secret, names one address and store, and all it can do is opt that address
     * out, which is what whoever holds the e-mail may do anyway. Every other POST keeps Magento's
     * form-key check (null = the default validation).
     */
    public function validateForCsrf(RequestInterface $request): ?bool
    {
        return $this->isOneClick($request) ? true : null;
    }

    public function createCsrfValidationException(RequestInterface $request): ?InvalidRequestException
    {
        return null;
    }
}
