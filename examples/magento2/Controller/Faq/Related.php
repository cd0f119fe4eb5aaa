<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Faq;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Escaper;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Api\FaqStatsInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * GET shopcx/faq/related?id=...: "Related questions" for an entry (Index::related(), boosted by the
 * co-views Controller\Faq\Click recorded), as {"related": [{"id", "question"}]}; the question is escaped.
 */
class Related implements HttpGetActionInterface
{
    public const LIMIT = 4;

    public function __construct(
        private readonly RequestInterface $request,
        private readonly JsonFactory $jsonFactory,
        private readonly FaqIndexProviderInterface $indexes,
        private readonly FaqStatsInterface $stats,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly Escaper $escaper
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create();
        $id = Param::text($this->request, 'id');
        if (!Click::validId($id)) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'id must be 1-64 characters']);
        }
        $lang = $this->config->locale((int) $this->storeManager->getStore()->getId());
        $index = $this->indexes->get($lang);
        $out = [];
        if ($index !== null) {
            try {
                foreach ($index->related($id, self::LIMIT, $this->stats->coViews($lang, $id)) as $hit) {
                    $out[] = ['id' => $hit->id, 'question' => $this->escaper->escapeHtml($hit->question)];
                }
            } catch (\ValueError) {
                // An id the index does not have (an old link, a changed FAQ): no related questions.
            }
        }
        return $result->setData(['related' => $out]);
    }
}
