<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\ClockInterface;

/** sales_quote_save_after: the quote's state as a ShopCx\Cart\Detector row. */
class RecordCartActivity implements ObserverInterface
{
    public function __construct(
        private readonly CartActivityStoreInterface $store,
        private readonly ClockInterface $clock
    ) {
    }

    public function execute(Observer $observer)
    {
        $quote = $observer->getEvent()->getData('quote');
        if ($quote === null || !$quote->getId()) {
            return;
        }
        $email = trim((string) $quote->getCustomerEmail());
        $this->store->upsert([
            'quote_id' => (int) $quote->getId(),
            'store_id' => (int) $quote->getStoreId(),
            'customer_id' => $quote->getCustomerId() ? (int) $quote->getCustomerId() : null,
            'email' => $email === '' ? null : $email,
            'items' => (int) $quote->getItemsQty(),
            'value' => (string) $quote->getGrandTotal(),
            'currency' => $quote->getQuoteCurrencyCode(),
            // An inactive quote was converted or merged; the order observer marks real orders.
            'status' => $quote->getIsActive() ? 'open' : 'closed',
            // Newsletter consent is the shop's marketing consent (guests: none unless the shop collects it).
            'consent' => (bool) $quote->getData('shopcx_consent'),
            'updated_at' => $this->clock->now(),
        ]);
    }
}
