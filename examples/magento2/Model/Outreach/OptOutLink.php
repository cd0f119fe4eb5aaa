<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Outreach;

use Laminas\Mail\Header\GenericHeader;
use Magento\Framework\Mail\Message;
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
     * Adds List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) to the message. Magento's
     * transport builder takes no extra headers, so they go on the message it built:
     * - 2.4.8 and later (Symfony Mailer): EmailMessage::getSymfonyMessage(), whose headers the
     *   transport sends as they are;
     * - 2.4.4 to 2.4.7 (laminas-mail): Mail\Message keeps its Laminas\Mail\Message in the protected
     *   $zendMessage and has no header setter, so the header lines are added to that message; the
     *   transport sends Laminas\Mail\Message::fromString(getRawMessage()), which keeps them.
     *
     * @return bool whether the headers were added (false: a message of neither kind; the link in
     *              the body still works)
     */
    public function addHeaders(TransportInterface $transport, string $url): bool
    {
        $lines = ['List-Unsubscribe' => '<' . $url . '>', 'List-Unsubscribe-Post' => 'List-Unsubscribe=One-Click'];
        $message = $transport->getMessage();
        if (method_exists($message, 'getSymfonyMessage')) {
            $headers = $message->getSymfonyMessage()->getHeaders();
            foreach ($lines as $name => $value) {
                $headers->addTextHeader($name, $value);
            }
            return true;
        }
        $laminas = $message instanceof Message ? self::laminasMessage($message) : null;
        if ($laminas === null) {
            return false;
        }
        $headers = $laminas->getHeaders();
        foreach ($lines as $name => $value) {
            $header = new GenericHeader($name, $value);
            $headers->addHeader($header);
            // addHeader() gives the header the message's encoding (Magento's is UTF-8), and laminas
            // then writes the URL as an RFC 2047 encoded word, which no mail client reads in
            // List-Unsubscribe. The value is ASCII (setEncoding() keeps UTF-8 for anything else).
            $header->setEncoding('ASCII');
        }
        return true;
    }

    /** The Laminas\Mail\Message inside a 2.4.4 to 2.4.7 Mail\Message, or null where there is none. */
    private static function laminasMessage(Message $message): ?\Laminas\Mail\Message
    {
        $inner = (fn () => $this->zendMessage ?? null)->call($message);
        return $inner instanceof \Laminas\Mail\Message ? $inner : null;
    }
}
