<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Cron;

use Magento\Framework\Exception\MailException;
use Magento\Framework\UrlInterface;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\CartActivityStoreInterface;
use ShopCx\CustomerService\Api\CartReminderSenderInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\OptOutStoreInterface;
use ShopCx\CustomerService\Api\OutreachLogInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;

/**
 * Every 10 minutes: Detector::scan() over each store's open carts; each due reminder also has to
 * pass the outreach policy (cool-down across kinds, quiet hours) before it is mailed and recorded.
 * The mail (Model\Cart\EmailReminderSender) gets the row's quote id and currency for its item list.
 */
class SendCartReminders
{
    public function __construct(
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly CartActivityStoreInterface $carts,
        private readonly OutreachLogInterface $log,
        private readonly CartReminderSenderInterface $sender,
        private readonly UrlInterface $url,
        private readonly ClockInterface $clock,
        private readonly LoggerInterface $logger,
        private readonly OptOutStoreInterface $optOuts
    ) {
    }

    /** @return int reminders sent */
    public function execute(): int
    {
        $sent = 0;
        $now = $this->clock->now();
        foreach ($this->storeManager->getStores() as $store) {
            $storeId = (int) $store->getId();
            if (!$this->config->flag('shopcx/cart/enabled', $storeId)) {
                continue;
            }
            try {
                $detector = $this->config->cartDetector($storeId);
                $policy = $this->config->outreachPolicy($storeId);
                $tokens = $this->config->tokens($storeId);
                // A corrupt row is logged and passed over instead of holding back the store's other reminders.
                $scan = $detector->scan($this->carts->openCarts($storeId), $now)->skipInvalid();
                foreach ($scan as $row => $decision) {
                    if ($decision->state !== 'due') {
                        continue;
                    }
                    $email = (string) $row['email'];
                    $allowed = $policy->decide('cart', $this->log->history($email), $now,
                        ['consent' => (bool) ($row['consent'] ?? false),
                            'optedOut' => $this->optOuts->isOptedOut(OptOutLink::hash($email), $storeId)]);
                    if (!$allowed->allowed) {
                        continue;
                    }
                    $token = $detector->recoveryToken($tokens, $decision->cartId, (int) $decision->step, $now);
                    $link = $this->url->getUrl('shopcx/cart/recover', ['_scope' => $storeId, '_query' => ['t' => $token]]);
                    try {
                        $this->sender->send($row, (int) $decision->step, $link, $storeId);
                    } catch (MailException $e) {
                        // One address the mail server refuses must not hold back the carts after it; this
                        // one is not recorded, so it is tried again on the next run (until the cart expires).
                        $this->logger->warning(sprintf('ShopCX cart reminder for cart %d (store %d) not sent: %s',
                            (int) $decision->cartId, $storeId, $e->getMessage()));
                        continue;
                    }
                    $this->carts->recordReminder((int) $decision->cartId, $now);
                    $this->log->logSent($email, 'cart', (string) $decision->cartId, $now, $storeId);
                    $sent++;
                }
                foreach ($scan->invalidRows() as $bad) {
                    $this->logger->warning(sprintf('ShopCX cart reminders for store %d: cart row %d skipped: %s',
                        $storeId, $bad['row'], $bad['error']));
                }
            } catch (\ValueError|\TypeError|\ShopCx\ConfigException $e) {
                // One store's bad settings or a bad row must not stop the other stores.
                $this->logger->error('ShopCX cart reminders for store ' . $storeId . ': ' . $e->getMessage());
            }
        }
        return $sent;
    }
}
