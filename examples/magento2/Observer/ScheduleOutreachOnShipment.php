<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\OptOutStoreInterface;
use ShopCx\CustomerService\Api\OutreachLogInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;
use ShopCx\Review\Invitation;

/**
 * sales_order_shipment_save_after: schedules the review invitation (N business days after the
 * expected delivery) and the survey, each only when ShopCx\Outreach\Policy allows it; a cool-down
 * moves it to the policy's notBefore, an opt-out drops it.
 */
class ScheduleOutreachOnShipment implements ObserverInterface
{
    public function __construct(
        private readonly Config $config,
        private readonly OutreachLogInterface $log,
        private readonly ClockInterface $clock,
        private readonly LoggerInterface $logger,
        private readonly OptOutStoreInterface $optOuts
    ) {
    }

    public function execute(Observer $observer)
    {
        $shipment = $observer->getEvent()->getData('shipment');
        $order = $shipment?->getOrder();
        $email = (string) $order?->getCustomerEmail();
        if ($order === null || $email === '') {
            return;
        }
        $store = (int) $order->getStoreId();
        $now = $this->clock->now();
        $reference = (string) $order->getIncrementId();
        // Each kind on its own: a bad review setting must not also drop the survey, nor fail the shipment
        // save; it is logged for the merchant.
        try {
            $policy = $this->config->outreachPolicy($store);
            // Shipped today, delivered (by the shop's promise) on the next carrier day: the invitation
            // counts its business days from then. Invitation::dueAt() takes 1 to 60 business days; the
            // admin field lets a merchant type 0 ("as soon as possible"), which is the first business day.
            $days = min(60, max(1, $this->config->int('shopcx/review/delay_days', $store)));
            $due = Invitation::dueAt(['status' => 'complete', 'deliveredAt' => $now + 86400],
                $this->config->calendar($store), $days, ['timezone' => $this->config->timezone($store)]);
            if ($due !== null) {
                $this->plan($policy, $email, 'review', $reference, $due, $store);
            }
        } catch (\ValueError|\ShopCx\ConfigException $e) {
            $this->logger->error('ShopCX review invitation not scheduled for order ' . $reference . ': ' . $e->getMessage());
        }
        try {
            if ($this->config->flag('shopcx/survey/enabled', $store)) {
                $this->plan($this->config->outreachPolicy($store), $email, 'survey', $reference,
                    $now + 86400 * max(0, $this->config->int('shopcx/survey/delay_days', $store)), $store);
            }
        } catch (\ValueError|\ShopCx\ConfigException $e) {
            $this->logger->error('ShopCX survey not scheduled for order ' . $reference . ': ' . $e->getMessage());
        }
    }

    private function plan(\ShopCx\Outreach\Policy $policy, string $email, string $kind, string $reference, int $at, int $store): void
    {
        // The event fires on every shipment save (partial shipments, tracking numbers): once per order.
        if ($this->log->has($email, $kind, $reference)) {
            return;
        }
        $decision = $policy->decide($kind, $this->log->history($email), $at,
            ['optedOut' => $this->optOuts->isOptedOut(OptOutLink::hash($email), $store)]);
        if ($decision->allowed) {
            $this->log->schedule($email, $kind, $reference, $at, $store);
        } elseif ($decision->notBefore !== null) {
            $this->log->schedule($email, $kind, $reference, $decision->notBefore, $store);
        }
    }
}
