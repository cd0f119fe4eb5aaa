<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Cart;

use Magento\Framework\App\Area;
use Magento\Framework\Mail\Template\TransportBuilder;
use ShopCx\CustomerService\Api\CartReminderSenderInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;

/** Sends a cart reminder with the transactional e-mail template chosen in the configuration, with its opt-out link. */
class EmailReminderSender implements CartReminderSenderInterface
{
    public function __construct(
        private readonly TransportBuilder $transportBuilder,
        private readonly Config $config,
        private readonly OptOutLink $optOut,
        private readonly ClockInterface $clock
    ) {
    }

    public function send(array $cart, int $step, string $recoveryUrl, int $storeId): void
    {
        $optOutUrl = $this->optOut->url((string) $cart['email'], $storeId, $this->clock->now());
        $transport = $this->transportBuilder
            ->setTemplateIdentifier($this->config->value('shopcx/cart/email_template', $storeId))
            ->setTemplateOptions(['area' => Area::AREA_FRONTEND, 'store' => $storeId])
            ->setTemplateVars(['recovery_url' => $recoveryUrl, 'step' => $step, 'optout_url' => $optOutUrl])
            ->setFromByScope('general', $storeId)
            ->addTo((string) $cart['email'])
            ->getTransport();
        $this->optOut->addHeaders($transport, $optOutUrl);
        $transport->sendMessage();
    }
}
