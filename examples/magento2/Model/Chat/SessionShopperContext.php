<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Chat;

use Magento\Checkout\Model\Session as CheckoutSession;
use Magento\Customer\Model\Session as CustomerSession;
use ShopCx\CustomerService\Api\ShopperContextInterface;

/** The cart and customer of the visitor's sessions. A visitor without a quote has an empty cart (none is created). */
class SessionShopperContext implements ShopperContextInterface
{
    public function __construct(private readonly CheckoutSession $checkoutSession, private readonly CustomerSession $customerSession)
    {
    }

    public function cart(): array
    {
        if (!$this->checkoutSession->getQuoteId()) {
            return ['value' => 0.0, 'items' => 0, 'productIds' => []];
        }
        $quote = $this->checkoutSession->getQuote();
        $ids = [];
        foreach ($quote->getAllVisibleItems() as $item) {
            $ids[] = (int) $item->getProductId();
        }
        return ['value' => max(0.0, (float) $quote->getBaseSubtotal()), 'items' => max(0, (int) $quote->getItemsQty()),
            'productIds' => array_values(array_unique($ids))];
    }

    public function customerId(): ?int
    {
        return $this->customerSession->isLoggedIn() ? (int) $this->customerSession->getCustomerId() : null;
    }

    public function customerEmail(): ?string
    {
        return $this->customerSession->isLoggedIn() ? (string) $this->customerSession->getCustomerData()->getEmail() : null;
    }
}
