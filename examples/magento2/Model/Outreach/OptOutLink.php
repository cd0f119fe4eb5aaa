<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Outreach;

use Magento\Framework\Mail\TransportInterface;
use Magento\Framework\UrlInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * The opt-out link of every outreach e-mail: a ShopCx\Token (purpose "optout") naming the address by
 * its hash and the store view, and the RFC 8058 one-click headers that carry the same URL.
 */
class OptOutLink
{
    public const PURPOSE = 'optout';
    /** A year: an old e-mail's link should still work; a leaked one only ever opts that address out. */
    public const TTL = 365 * 86400;

    public function __construct(
        private readonly Config $config,
        private readonly UrlInterface $url
    ) {
    }

    /** Tokens carry ids, not personal data: the address travels as this hash. */
    public static function hash(string $email): string
    {
        return hash('sha256', strtolower(trim($email)));
    }

    public function url(string $email, int $storeId, int $now): string
    {
        $token = $this->config->tokens($storeId)->issue(self::PURPOSE, ['a' => self::hash($email), 's' => $storeId], self::TTL, $now);
        return $this->url->getUrl('shopcx/optout', ['_scope' => $storeId, '_nosid' => true, '_query' => ['t' => $token]]);
    }

    /**
     * Adds List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) to the message, when Magento's mail
     * message exposes its headers: from 2.4.8 EmailMessage::getSymfonyMessage(). Earlier versions
     * give no way to add a header through the transport builder; the link in the body still works.
     *
     * @return bool whether the headers were added
     */
    public function addHeaders(TransportInterface $transport, string $url): bool
    {
        $message = $transport->getMessage();
        if (!method_exists($message, 'getSymfonyMessage')) {
            return false;
        }
        $headers = $message->getSymfonyMessage()->getHeaders();
        $headers->addTextHeader('List-Unsubscribe', '<' . $url . '>');
        $headers->addTextHeader('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click');
        return true;
    }
}
