<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model;

use Magento\Newsletter\Model\SubscriberFactory;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\MarketingConsentInterface;

/**
 * Marketing consent is the newsletter subscription (Magento_Newsletter, per website): a customer's own
 * subscription when they are logged in, else the subscription of the cart's e-mail address (a guest
 * who subscribed in the footer or at checkout). Unconfirmed, unsubscribed or no subscription: no consent.
 */
class NewsletterConsent implements MarketingConsentInterface
{
    public function __construct(
        private readonly SubscriberFactory $subscribers,
        private readonly StoreManagerInterface $storeManager
    ) {
    }

    public function given(?int $customerId, string $email, int $storeId): bool
    {
        $websiteId = (int) $this->storeManager->getStore($storeId)->getWebsiteId();
        if ($customerId !== null && $customerId > 0) {
            $subscriber = $this->subscribers->create()->loadByCustomer($customerId, $websiteId);
            if ($subscriber->getId()) {
                return (bool) $subscriber->isSubscribed();
            }
        }
        if ($email === '') {
            return false;
        }
        return (bool) $this->subscribers->create()->loadBySubscriberEmail($email, $websiteId)->isSubscribed();
    }
}
