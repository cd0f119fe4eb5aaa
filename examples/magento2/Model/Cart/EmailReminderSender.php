<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Cart;

use Magento\Framework\App\Area;
use Magento\Framework\Mail\Template\TransportBuilder;
use ShopCx\CustomerService\Api\CartReminderSenderInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;

/**
 * Sends a cart reminder with the transactional e-mail template chosen in the configuration: the HTML one
 * (shopcx/cart/email_template) or, with *E-mail format* plain text, the text one
 * (shopcx/cart/email_template_text). Magento's transport builder sends one body per message, so the
 * store view chooses the format; both templates get the same variables (ReminderContent) and the
 * opt-out link, and the message the one-click List-Unsubscribe headers.
 */
class EmailReminderSender implements CartReminderSenderInterface
{
    public const FORMAT_HTML = 'html';
    public const FORMAT_TEXT = 'text';

    public function __construct(
        private readonly TransportBuilder $transportBuilder,
        private readonly Config $config,
        private readonly OptOutLink $optOut,
        private readonly ClockInterface $clock,
        private readonly ReminderContent $content
    ) {
    }

    public function send(array $cart, int $step, string $recoveryUrl, int $storeId): void
    {
        $optOutUrl = $this->optOut->url((string) $cart['email'], $storeId, $this->clock->now());
        $template = $this->config->value('shopcx/cart/email_format', $storeId) === self::FORMAT_TEXT
            ? $this->config->value('shopcx/cart/email_template_text', $storeId)
            : $this->config->value('shopcx/cart/email_template', $storeId);
        $vars = ['recovery_url' => $recoveryUrl, 'step' => $step, 'optout_url' => $optOutUrl]
            + $this->content->variables($cart, $storeId);
        $transport = $this->transportBuilder
            ->setTemplateIdentifier($template)
            ->setTemplateOptions(['area' => Area::AREA_FRONTEND, 'store' => $storeId])
            ->setTemplateVars($vars)
            ->setFromByScope('general', $storeId)
            ->addTo((string) $cart['email'])
            ->getTransport();
        $this->optOut->addHeaders($transport, $optOutUrl);
        $transport->sendMessage();
    }
}
