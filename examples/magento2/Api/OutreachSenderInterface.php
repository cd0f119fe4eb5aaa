<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

interface OutreachSenderInterface
{
    /**
     * Mails one scheduled review invitation or survey (builds its signed links).
     *
     * @param array $entry id, email, kind ("review" or "survey"), reference (order increment id), store_id, due_at
     */
    public function send(array $entry): void;
}
