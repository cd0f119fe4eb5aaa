<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Cron;

use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\OptOutStoreInterface;
use ShopCx\CustomerService\Api\OutreachLogInterface;
use ShopCx\CustomerService\Api\OutreachSenderInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;

/**
 * Every 10 minutes: sends the review invitations and surveys the shipment observer scheduled, after
 * asking ShopCx\Outreach\Policy again (something else may have gone out since, or it is quiet hours):
 * allowed -> sent; "not yet" -> moved to the policy's notBefore; never (opted out) -> cancelled.
 */
class SendScheduledOutreach
{
    public function __construct(
        private readonly Config $config,
        private readonly OutreachLogInterface $log,
        private readonly OutreachSenderInterface $sender,
        private readonly ClockInterface $clock,
        private readonly LoggerInterface $logger,
        private readonly OptOutStoreInterface $optOuts
    ) {
    }

    /** @return int messages sent */
    public function execute(): int
    {
        $now = $this->clock->now();
        $sent = 0;
        foreach ($this->log->due(['review', 'survey'], $now) as $entry) {
            try {
                $decision = $this->config->outreachPolicy($entry['store_id'])
                    ->decide($entry['kind'], $this->log->history($entry['email'], $entry['id']), $now,
                        ['optedOut' => $this->optOuts->isOptedOut(OptOutLink::hash($entry['email']), $entry['store_id'])]);
                if ($decision->allowed) {
                    $this->sender->send($entry);
                    $this->log->markSent($entry['id'], $now);
                    $sent++;
                } elseif ($decision->notBefore !== null && $decision->notBefore > $now) {
                    $this->log->reschedule($entry['id'], $decision->notBefore);
                } else {
                    $this->log->cancel($entry['id']);
                }
            } catch (\ValueError|\ShopCx\ConfigException $e) {
                $this->logger->error(sprintf('ShopCX %s for %s not sent: %s', $entry['kind'], $entry['reference'], $e->getMessage()));
            }
        }
        return $sent;
    }
}
