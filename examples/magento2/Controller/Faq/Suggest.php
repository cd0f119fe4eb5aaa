<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Faq;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * GET shopcx/faq/suggest?q=...: questions that complete what the customer is typing (Index::suggest()),
 * as {"suggestions": ["...", ...]}: plain text, the script sets them as text.
 */
class Suggest implements HttpGetActionInterface
{
    public const LIMIT = 6;

    public function __construct(
        private readonly RequestInterface $request,
        private readonly JsonFactory $jsonFactory,
        private readonly FaqIndexProviderInterface $indexes,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create();
        $prefix = Param::text($this->request, 'q');
        if (strlen($prefix) > Search::MAX_QUERY || !mb_check_encoding($prefix, 'UTF-8')) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'q must be at most 200 bytes of UTF-8']);
        }
        $index = $this->indexes->get($this->config->locale((int) $this->storeManager->getStore()->getId()));
        $suggestions = $index === null || mb_strlen(trim($prefix)) < 2 ? [] : $index->suggest($prefix, self::LIMIT);
        return $result->setData(['suggestions' => $suggestions]);
    }
}
