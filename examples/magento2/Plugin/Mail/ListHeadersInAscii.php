<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Plugin\Mail;

use Laminas\Mail\Message;
use Laminas\Mail\Transport\TransportInterface;

/**
 * Magento 2.4.4 to 2.4.7 send mail with laminas-mail: Magento\Email\Model\Transport::sendMessage()
 * parses the message again and sets UTF-8 on every header, and laminas then writes any header it
 * has no class for as an RFC 2047 encoded word: "List-Unsubscribe: =?UTF-8?Q?<https...>?=", which
 * mail clients do not read as a link. This decorator of the laminas transport (Sendmail or Smtp)
 * puts the one-click headers back in ASCII right before they are written. From 2.4.8 Magento
 * sends with Symfony Mailer and this is never used.
 */
final class ListHeadersInAscii implements TransportInterface
{
    public const HEADERS = ['List-Unsubscribe', 'List-Unsubscribe-Post'];

    public function __construct(private readonly TransportInterface $inner)
    {
    }

    /** The decorated transport; never a decorator of a decorator. */
    public static function wrap(TransportInterface $transport): TransportInterface
    {
        return $transport instanceof self ? $transport : new self($transport);
    }

    public function send(Message $message)
    {
        $headers = $message->getHeaders();
        foreach (self::HEADERS as $name) {
            $found = $headers->get($name);
            foreach ($found instanceof \ArrayIterator ? $found : ($found ? [$found] : []) as $header) {
                // Keeps UTF-8 (so an encoded word) where the value is not printable ASCII.
                $header->setEncoding('ASCII');
            }
        }
        $this->inner->send($message);
    }
}
