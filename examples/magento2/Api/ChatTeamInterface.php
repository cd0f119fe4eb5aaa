<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** Who can answer a chat right now (ShopCx\Chat\Rules::evaluate()'s $team): your chat software knows. */
interface ChatTeamInterface
{
    /** @return array agentsOnline, openChats, answerSeconds */
    public function current(int $storeId): array;
}
