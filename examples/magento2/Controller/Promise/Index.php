<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Promise;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Exception\NoSuchEntityException;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\ViewModel\DeliveryPromise;

/** GET shopcx/promise?sku=...: the delivery promise, never cached (Varnish or the browser); 404 for an unknown SKU. */
class Index implements HttpGetActionInterface
{
    public function __construct(
        private readonly RequestInterface $request,
        private readonly JsonFactory $jsonFactory,
        private readonly DeliveryPromise $promise,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create();
        $result->setHeader('Cache-Control', 'no-store, max-age=0', true);
        $sku = Param::text($this->request, 'sku');
        if ($sku === '' || strlen($sku) > 64 || !mb_check_encoding($sku, 'UTF-8')) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'sku must be 1-64 bytes of UTF-8']);
        }
        try {
            return $result->setData($this->promise->data($sku));
        } catch (NoSuchEntityException $e) {
            // No product with this SKU (stock registry or MSI): the request is wrong, the shop is fine.
            return $result->setHttpResponseCode(404)->setData(['error' => 'no product with this sku']);
        } catch (\Throwable $e) {
            // A broken delivery setting must not take the product page down: no promise rather than a wrong one.
            // What failed (the extension's message) is for the merchant's log.
            $this->logger->error('ShopCX delivery promise failed: ' . $e->getMessage());
            return $result->setHttpResponseCode(503)->setData(['error' => 'no delivery promise available']);
        }
    }
}
