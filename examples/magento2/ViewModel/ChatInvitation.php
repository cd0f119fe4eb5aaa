<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Model\Config;

/** Evaluates the chat rules for a visit (called from the chat script's AJAX poll). */
class ChatInvitation implements ArgumentInterface
{
    public function __construct(
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly ClockInterface $clock
    ) {
    }

    /** @return array|null the invitation as data, or null (no rules, closed, no rule matches) */
    public function evaluate(array $visit, array $team): ?array
    {
        $rules = $this->config->chatRules((int) $this->storeManager->getStore()->getId());
        return $rules?->evaluate($visit, $this->clock->now(), $team)?->toArray();
    }
}
