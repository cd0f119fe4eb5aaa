<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Faq;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Api\FaqStatsInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * POST shopcx/faq/click (form key: Magento's CSRF check for POSTs; rate-limited, group faq) with id=
 * and seen[]= (entries opened before in this visit, kept by the page in sessionStorage): one click for
 * the entry's popularity and a co-view with each of the others. Only entry ids are stored.
 */
class Click implements HttpPostActionInterface
{
    public function __construct(
        private readonly RequestInterface $request,
        private readonly JsonFactory $jsonFactory,
        private readonly FaqStatsInterface $stats,
        private readonly FaqIndexProviderInterface $indexes,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager
    ) {
    }

    public static function validId(string $id): bool
    {
        return $id !== '' && strlen($id) <= 64 && preg_match('/^[A-Za-z0-9._:-]+$/', $id) === 1;
    }

    private static function inIndex(\ShopCx\Faq\Index $index, string $id): bool
    {
        try {
            $index->related($id, 1);
            return true;
        } catch (\ValueError) {
            return false;
        }
    }

    public function execute()
    {
        $result = $this->jsonFactory->create()->setHeader('Cache-Control', 'no-store, max-age=0', true);
        $id = Param::text($this->request, 'id');
        if (!self::validId($id)) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'id must be 1-64 letters, digits or . _ : -']);
        }
        $lang = $this->config->locale((int) $this->storeManager->getStore()->getId());
        $index = $this->indexes->get($lang);
        // Only entries of the index are counted: made-up ids would fill the tables.
        if ($index === null || !self::inIndex($index, $id)) {
            return $result->setHttpResponseCode(404)->setData(['error' => 'no FAQ entry with this id']);
        }
        $seen = $this->request->getParam('seen', []);
        $seen = array_values(array_filter(array_map('strval', array_filter(array_slice(is_array($seen) ? $seen : [], 0, 5), 'is_string')),
            static fn(string $s) => self::validId($s) && $s !== $id && self::inIndex($index, $s)));
        $this->stats->click($lang, $id, $seen);
        return $result->setData(['recorded' => true]);
    }
}
