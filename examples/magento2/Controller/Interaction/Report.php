<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Interaction;

use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\App\CsrfAwareActionInterface;
use Magento\Framework\App\Request\Http;
use Magento\Framework\App\Request\InvalidRequestException;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\InteractionStoreInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Interaction\Normalizer;
use ShopCx\Webhook\Client;

/**
 * POST shopcx/interaction/report: a helpdesk or chat tool reports a customer contact, signed as ShopCX
 * webhooks are (X-ShopCx-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">, 5 minutes either
 * side), body {"id": ..., "type": "interaction.contact", "time": ..., "data": {...}} (README, "Service
 * interactions"). The signature replaces the form key. 404 while switched off, 401 unsigned or stale,
 * 400 with the field's name for a bad payload, 200 {"stored": true|false} (false: this id came before).
 */
class Report implements HttpPostActionInterface, CsrfAwareActionInterface
{
    public const MAX_BODY = 65536;

    public function __construct(
        private readonly Http $request,
        private readonly JsonFactory $jsonFactory,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly ClockInterface $clock,
        private readonly InteractionStoreInterface $store,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create()->setHeader('Cache-Control', 'no-store, max-age=0', true);
        $storeId = (int) $this->storeManager->getStore()->getId();
        $secret = $this->config->value('shopcx/interaction/secret', $storeId);
        if (!$this->config->flag('shopcx/interaction/enabled', $storeId) || strlen($secret) < 32) {
            return $result->setHttpResponseCode(404)->setData(['error' => 'not enabled']);
        }
        $body = (string) $this->request->getContent();
        $signature = (string) $this->request->getHeader('X-ShopCx-Signature');
        $now = $this->clock->now();
        if (strlen($body) > self::MAX_BODY || !Client::verify($secret, $body, $signature, $now, 300)) {
            return $result->setHttpResponseCode(401)->setData(['error' => 'bad or stale signature']);
        }
        $event = json_decode($body, true, 8);
        if (!is_array($event) || ($event['type'] ?? null) !== 'interaction.contact' || !is_array($event['data'] ?? null)) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'expected {"id", "type": "interaction.contact", "data": {...}}']);
        }
        try {
            $row = Normalizer::row((string) ($event['id'] ?? ''), $event['data'], $storeId, $now);
        } catch (\InvalidArgumentException $e) {
            $this->logger->info('ShopCX interaction refused: ' . $e->getMessage());
            return $result->setHttpResponseCode(400)->setData(['error' => $e->getMessage()]);
        }
        return $result->setData(['stored' => $this->store->record($row)]);
    }

    public function createCsrfValidationException(RequestInterface $request): ?InvalidRequestException
    {
        return null;
    }

    /** No form key: the HMAC signature is checked in execute(). */
    public function validateForCsrf(RequestInterface $request): ?bool
    {
        return true;
    }
}
