<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Cart;

use Magento\Checkout\Model\Session as CheckoutSession;
use Magento\Customer\Model\Session as CustomerSession;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\RedirectFactory;
use Magento\Framework\Message\ManagerInterface;
use Magento\Framework\UrlInterface;
use Magento\Quote\Api\CartRepositoryInterface;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\TokenException;

/** GET shopcx/cart/recover?t=...: the link in a cart reminder restores the quote and remembers which step won it back. */
class Recover implements HttpGetActionInterface
{
    public function __construct(
        private readonly RequestInterface $request,
        private readonly RedirectFactory $redirectFactory,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly CartRepositoryInterface $quotes,
        private readonly CheckoutSession $checkoutSession,
        private readonly CartActivityStoreInterface $carts,
        private readonly ManagerInterface $messages,
        private readonly ClockInterface $clock,
        private readonly LoggerInterface $logger,
        private readonly CustomerSession $customerSession,
        private readonly UrlInterface $url
    ) {
    }

    public function execute()
    {
        $store = (int) $this->storeManager->getStore()->getId();
        try {
            $tokens = $this->config->tokens($store);
        } catch (\ValueError $e) {
            return $this->unavailable('ShopCX: the token secret cannot be used: ' . $e->getMessage());
        }
        try {
            $token = \ShopCx\CustomerService\Model\RequestParam::text($this->request, 't');
            $recovery = $this->config->cartDetector($store)->recover($tokens, $token, $this->clock->now());
            $quote = $this->quotes->get((int) $recovery->cartId);
            // What Checkout\Model\Session::getQuote() compares: the quote's customer_id (the repository gives Quote models).
            $owner = $quote instanceof \Magento\Quote\Model\Quote ? (int) $quote->getData('customer_id') : 0;
            $visitor = $this->customerSession->isLoggedIn() ? (int) $this->customerSession->getCustomerId() : 0;
            if ($owner !== 0 && $owner !== $visitor && (int) $quote->getStoreId() === $store && $quote->getIsActive()) {
                // Checkout\Model\Session drops a customer's quote from any other session on the next page: the
                // customer would see an empty cart and the reminder would count as a recovery.
                return $this->ownerMustLogIn($visitor !== 0, $token);
            }
            if ((int) $quote->getStoreId() === $store && $quote->getIsActive()) {
                $this->checkoutSession->replaceQuote($quote);
                $this->carts->markRecovered((int) $recovery->cartId, $recovery->step);
            }
        } catch (TokenException) {
            $this->messages->addErrorMessage((string) __('This link is not valid or has expired.'));
        } catch (\Magento\Framework\Exception\NoSuchEntityException) {
            // The quote is gone (converted or purged): an empty cart page says enough.
        } catch (\ValueError|\ShopCx\ConfigException $e) {
            return $this->unavailable('ShopCX cart reminder settings cannot be used: ' . $e->getMessage());
        }
        return $this->redirectFactory->create()->setPath('checkout/cart');
    }

    /**
     * The cart belongs to a customer account this session is not logged in to. Logged out: the login page,
     * and Magento's login sends the customer back to this link (before_auth_url), which then restores the cart.
     * Logged in as someone else: say so; the other account's cart stays as it is.
     */
    private function ownerMustLogIn(bool $otherAccount, string $token)
    {
        if ($otherAccount) {
            $this->messages->addErrorMessage((string) __('This cart was saved in another account. Log out and open the link again to see it.'));
            return $this->redirectFactory->create()->setPath('checkout/cart');
        }
        $this->messages->addNoticeMessage((string) __('Log in to see the cart you saved.'));
        // The redirect's URL is made first: after a getUrl() of this route Magento's shared URL builder added
        // the current query to the next URL it made (seen in 2.4.7-p7: customer/account/login/?t=...).
        $login = $this->redirectFactory->create()->setPath('customer/account/login');
        $this->customerSession->setBeforeAuthUrl($this->url->getUrl('shopcx/cart/recover', ['_nosid' => true, '_query' => ['t' => $token]]));
        return $login;
    }

    /** A setting of the shop is broken: the detail is for the merchant's log, the customer still gets the cart page. */
    private function unavailable(string $detail)
    {
        $this->logger->error($detail);
        $this->messages->addErrorMessage((string) __('This link cannot be used right now. Your cart is still here.'));
        return $this->redirectFactory->create()->setPath('checkout/cart');
    }
}
