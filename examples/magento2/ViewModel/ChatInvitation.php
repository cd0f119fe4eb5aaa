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

    /** Whether there are rules to ask (chat invitations on, a preset ticked or expert rules). @throws \ShopCx\ConfigException */
    public function active(): bool
    {
        return $this->config->chatRules((int) $this->storeManager->getStore()->getId()) !== null;
    }

    /** @return array|null the invitation as data, or null (no rules, closed, no rule matches) */
    public function evaluate(array $visit, array $team): ?array
    {
        return $this->decide($visit, $team)['invitation'];
    }

    /**
     * The invitation, and when the page should ask again (Rules::askAgainIn(): seconds, 0 = now, null = only
     * when something else changes: the cart, the page, the team). No rules: neither.
     *
     * @return array{invitation: ?array, askAgainIn: ?int}
     */
    public function decide(array $visit, array $team): array
    {
        $rules = $this->config->chatRules((int) $this->storeManager->getStore()->getId());
        if ($rules === null) {
            return ['invitation' => null, 'askAgainIn' => null];
        }
        $now = $this->clock->now();
        $invitation = $rules->evaluate($visit, $now, $team)?->toArray();
        return ['invitation' => $invitation, 'askAgainIn' => $invitation === null ? $rules->askAgainIn($visit, $now, $team) : null];
    }
}
