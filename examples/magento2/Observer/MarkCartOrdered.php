<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\ClockInterface;

/** sales_order_place_after: the cart became an order (recovered when a reminder went out before). */
class MarkCartOrdered implements ObserverInterface
{
    public function __construct(
        private readonly CartActivityStoreInterface $store,
        private readonly ClockInterface $clock
    ) {
    }

    public function execute(Observer $observer)
    {
        $order = $observer->getEvent()->getData('order');
        if ($order !== null && $order->getQuoteId()) {
            $this->store->markOrdered((int) $order->getQuoteId(), $this->clock->now());
        }
    }
}
