<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model;

use ShopCx\CustomerService\Api\ClockInterface;

class SystemClock implements ClockInterface
{
    public function now(): int
    {
        return time();
    }
}
