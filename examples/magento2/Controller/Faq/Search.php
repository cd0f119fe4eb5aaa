<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Faq;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Escaper;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Api\FaqSearchLogInterface;
use ShopCx\CustomerService\Model\Faq\QueryNormalizer;
use ShopCx\CustomerService\Model\Config;

/**
 * GET shopcx/faq/search?q=...: FAQ hits as JSON. Highlights come from ShopCX with the text already
 * HTML-escaped and only <mark> added; the echoed query is escaped here. A search without a good answer is
 * logged (normalized query and unknown words only, Api\FaqSearchLogInterface).
 */
class Search implements HttpGetActionInterface
{
    public const MAX_QUERY = 200;
    public const MIN_SCORE = 0.30;

    public function __construct(
        private readonly RequestInterface $request,
        private readonly JsonFactory $jsonFactory,
        private readonly FaqIndexProviderInterface $indexes,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly Escaper $escaper,
        private readonly FaqSearchLogInterface $log,
        private readonly ClockInterface $clock
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create();
        $query = Param::text($this->request, 'q');
        if (Param::notText($this->request, 'q') || strlen($query) > self::MAX_QUERY || !mb_check_encoding($query, 'UTF-8')) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'q must be at most 200 bytes of UTF-8']);
        }
        $storeId = (int) $this->storeManager->getStore()->getId();
        $lang = $this->config->locale($storeId);
        $index = $this->indexes->get($lang);
        $out = ['query' => $this->escaper->escapeHtml($query), 'hits' => [], 'answered' => false];
        if ($index === null || trim($query) === '') {
            return $result->setData($out);
        }
        $found = $index->search($query, 5);
        foreach ($found->hits as $hit) {
            $out['hits'][] = ['id' => $hit->id, 'score' => round($hit->score, 3), 'question' => $hit->questionHighlight,
                'snippet' => $hit->highlight, 'category' => $this->escaper->escapeHtml($hit->category)];
        }
        // Below the threshold the page offers a chat instead of a weak answer.
        $out['answered'] = ($found->hits[0]->score ?? 0.0) >= self::MIN_SCORE;
        if (!$out['answered'] && $this->request->getParam('log') === '1') {
            // What customers ask and the FAQ cannot answer, for the merchant (Reports > ShopCX FAQ searches).
            // Only a settled search (log=1: the page sends it once typing has paused), not every keystroke's prefix.
            $words = array_values(array_filter(array_map([QueryNormalizer::class, 'word'], $found->unknownWords)));
            $this->log->record($storeId, QueryNormalizer::query($query), $words, $this->clock->now());
        }
        return $result->setData($out);
    }
}
