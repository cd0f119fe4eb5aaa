<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\InteractionStoreInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Interaction\Normalizer;

/**
 * controller_action_postdispatch_contact_index_post (Magento_Contact's form, after it ran): the shop's own
 * contact, channel "contact_form", opened now. Its answer and resolution arrive later from the helpdesk
 * (with its own event id). Nothing is recorded while service interactions are off or without a valid e-mail.
 */
class RecordContactForm implements ObserverInterface
{
    public function __construct(
        private readonly InteractionStoreInterface $store,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly ClockInterface $clock
    ) {
    }

    public function execute(Observer $observer)
    {
        $request = $observer->getEvent()->getData('request');
        $storeId = (int) $this->storeManager->getStore()->getId();
        if ($request === null || !$this->config->flag('shopcx/interaction/enabled', $storeId)) {
            return;
        }
        $now = $this->clock->now();
        try {
            $row = Normalizer::row('contact-' . bin2hex(random_bytes(12)), ['email' => \ShopCx\CustomerService\Model\RequestParam::text($request, 'email'),
                'channel' => 'contact_form', 'opened' => $now], $storeId, $now, 'contact_form');
        } catch (\InvalidArgumentException) {
            return;   // Magento_Contact has refused the form itself
        }
        $this->store->record($row);
    }
}
