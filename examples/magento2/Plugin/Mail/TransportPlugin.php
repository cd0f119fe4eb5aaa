<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Plugin\Mail;

use Magento\Email\Model\Transport;

/** After-plugin on Magento\Email\Model\Transport::getTransport(), which sendMessage() calls. */
class TransportPlugin
{
    /**
     * @param mixed $result the laminas transport on 2.4.4 to 2.4.7; anything else is returned as is
     * @return mixed
     */
    public function afterGetTransport(Transport $subject, $result)
    {
        return $result instanceof \Laminas\Mail\Transport\TransportInterface ? ListHeadersInAscii::wrap($result) : $result;
    }
}
