<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Chat;

use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\InteractionStoreInterface;
use ShopCx\CustomerService\Api\ShopperContextInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Interaction\Normalizer;

/**
 * POST shopcx/chat/accept (form key, Magento's default check): the visitor accepted a chat invitation
 * Recorded as a service interaction (channel chat, source chat_invitation) for a logged-in
 * customer while service interactions are on; a guest has no address to count it under. {"recorded": bool}.
 */
class Accept implements HttpPostActionInterface
{
    public function __construct(
        private readonly JsonFactory $jsonFactory,
        private readonly ShopperContextInterface $shopper,
        private readonly InteractionStoreInterface $store,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly ClockInterface $clock
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create()->setHeader('Cache-Control', 'no-store, max-age=0', true);
        $storeId = (int) $this->storeManager->getStore()->getId();
        $email = $this->shopper->customerEmail();
        if ($email === null || !$this->config->flag('shopcx/interaction/enabled', $storeId)) {
            return $result->setData(['recorded' => false]);
        }
        $now = $this->clock->now();
        try {
            $row = Normalizer::row('chat-' . bin2hex(random_bytes(12)), ['email' => $email, 'channel' => 'chat', 'opened' => $now,
                'customerId' => $this->shopper->customerId()], $storeId, $now, 'chat_invitation');
        } catch (\InvalidArgumentException) {
            return $result->setData(['recorded' => false]);
        }
        return $result->setData(['recorded' => $this->store->record($row)]);
    }
}
