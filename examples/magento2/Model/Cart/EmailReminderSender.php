<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Cart;

use Magento\Framework\App\Area;
use Magento\Framework\Mail\Template\TransportBuilder;
use ShopCx\CustomerService\Api\CartReminderSenderInterface;
use ShopCx\CustomerService\Model\Config;

/** Sends a cart reminder with the transactional e-mail template chosen in the configuration. */
class EmailReminderSender implements CartReminderSenderInterface
{
    public function __construct(
        private readonly TransportBuilder $transportBuilder,
        private readonly Config $config
    ) {
    }

    public function send(array $cart, int $step, string $recoveryUrl, int $storeId): void
    {
        $this->transportBuilder
            ->setTemplateIdentifier($this->config->value('shopcx/cart/email_template', $storeId))
            ->setTemplateOptions(['area' => Area::AREA_FRONTEND, 'store' => $storeId])
            ->setTemplateVars(['recovery_url' => $recoveryUrl, 'step' => $step])
            ->setFromByScope('general', $storeId)
            ->addTo((string) $cart['email'])
            ->getTransport()
            ->sendMessage();
    }
}
