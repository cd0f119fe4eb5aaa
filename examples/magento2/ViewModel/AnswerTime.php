<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * "We answer e-mails within 24 hours." / "Chat is open until 17:00." on the contact and FAQ pages, from the
 * chat hours, the delivery calendar's holidays and the e-mail promise (Rules::answerTime()), in the store
 * view's language. The chat line only while chat invitations are on.
 */
class AnswerTime implements ArgumentInterface
{
    public function __construct(
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly ClockInterface $clock,
        private readonly LoggerInterface $logger
    ) {
    }

    /** @return list<string> */
    public function lines(): array
    {
        $storeId = (int) $this->storeManager->getStore()->getId();
        try {
            $hours = $this->config->serviceHours($storeId);
            $now = $this->clock->now();
            $locale = $this->config->locale($storeId);
            $lines = [];
            if ($this->config->flag('shopcx/chat/enabled', $storeId)) {
                $lines[] = $hours->answerTime('chat', $now, $locale)['text'];
            }
            $lines[] = $hours->answerTime('email', $now, $locale)['text'];
            return $lines;
        } catch (\ShopCx\ConfigException|\ValueError $e) {
            $this->logger->error('ShopCX: the service hours cannot be used: ' . $e->getMessage());
            return [];
        }
    }
}
