<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\MarketingConsentInterface;

/** sales_quote_save_after: the quote's state as a ShopCx\Cart\Detector row. */
class RecordCartActivity implements ObserverInterface
{
    public function __construct(
        private readonly CartActivityStoreInterface $store,
        private readonly ClockInterface $clock,
        private readonly MarketingConsentInterface $consent
    ) {
    }

    public function execute(Observer $observer)
    {
        $quote = $observer->getEvent()->getData('quote');
        if ($quote === null || !$quote->getId()) {
            return;
        }
        // A logged-in customer's quote has the address; a guest's gets it only when the order is placed:
        // until then Luma's checkout keeps the address typed in the shipping step on the quote addresses.
        $email = trim((string) $quote->getCustomerEmail());
        if ($email === '') {
            $email = $this->addressEmail($quote);
        }
        $customerId = $quote->getCustomerId() ? (int) $quote->getCustomerId() : null;
        $storeId = (int) $quote->getStoreId();
        $this->store->upsert([
            'quote_id' => (int) $quote->getId(),
            'store_id' => $storeId,
            'customer_id' => $customerId,
            'email' => $email === '' ? null : $email,
            'items' => (int) $quote->getItemsQty(),
            'value' => (string) $quote->getGrandTotal(),
            'currency' => $quote->getQuoteCurrencyCode(),
            'status' => $this->status($quote),
            // Marketing consent: a flag the shop sets on the quote (shopcx_consent), else the newsletter
            // subscription of the customer or address (Api\MarketingConsentInterface).
            'consent' => (bool) $quote->getData('shopcx_consent')
                || (($customerId !== null || $email !== '') && $this->consent->given($customerId, $email, $storeId)),
            'updated_at' => $this->clock->now(),
        ]);
    }

    /**
     * open, ordered or closed. Magento saves the quote inactive right after sales_order_place_after
     * (QuoteManagement::submitQuote(): place(), setIsActive(false), save), so this save comes after
     * MarkCartOrdered and must not turn the order back into "closed": an inactive quote with a reserved
     * order id was converted. Other inactive quotes were merged or given up.
     */
    private function status(object $quote): string
    {
        if ($quote->getIsActive()) {
            return 'open';
        }
        return (string) $quote->getReservedOrderId() !== '' ? 'ordered' : 'closed';
    }

    /** The billing address's e-mail, else any other address's (existing addresses only: none is created). */
    private function addressEmail(object $quote): string
    {
        $found = '';
        foreach ((array) $quote->getAllAddresses() as $address) {
            $email = trim((string) $address->getEmail());
            if ($email !== '' && ($found === '' || $address->getAddressType() === 'billing')) {
                $found = $email;
            }
        }
        return $found;
    }
}
