<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/**
 * Whether the shop may send marketing e-mail (cart reminders) to a customer or address in a store view.
 * The default (Model\NewsletterConsent) reads Magento's newsletter subscription; replace it with a
 * di.xml preference when your shop collects consent elsewhere.
 */
interface MarketingConsentInterface
{
    /** @param int|null $customerId null for a guest */
    public function given(?int $customerId, string $email, int $storeId): bool;
}
