<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model;

use ShopCx\CustomerService\Api\ChatTeamInterface;

/** Placeholder roster from the configuration; replace it (di.xml preference) with your chat software's live figures. */
class ConfiguredChatTeam implements ChatTeamInterface
{
    public function __construct(private readonly Config $config)
    {
    }

    public function current(int $storeId): array
    {
        return ['agentsOnline' => max(0, $this->config->int('shopcx/chat/agents_online', $storeId)), 'openChats' => 0];
    }
}
