<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

interface CartReminderSenderInterface
{
    public function send(array $cart, int $step, string $recoveryUrl, int $storeId): void;
}
