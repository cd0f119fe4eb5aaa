<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use ShopCx\CustomerService\Api\InteractionStoreInterface;

/** customer_delete_after: the customer's service interactions go with the account (by e-mail and by id). */
class EraseCustomerInteractions implements ObserverInterface
{
    public function __construct(private readonly InteractionStoreInterface $store)
    {
    }

    public function execute(Observer $observer)
    {
        $customer = $observer->getEvent()->getData('customer');
        if ($customer === null || (string) $customer->getData('email') === '') {
            return;
        }
        $id = (int) $customer->getId();
        $this->store->erase((string) $customer->getData('email'), $id > 0 ? $id : null);
    }
}
