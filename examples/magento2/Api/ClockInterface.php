<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** The time every ShopCX call is given: one seam so tests (and replays) can fix it. */
interface ClockInterface
{
    public function now(): int;
}
