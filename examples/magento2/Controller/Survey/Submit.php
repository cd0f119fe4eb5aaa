<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Survey;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator as FormKeyValidator;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\FeedbackClaimInterface;
use ShopCx\CustomerService\Api\FeedbackStoreInterface;
use ShopCx\CustomerService\Controller\TokenAction;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Webhook\Publisher;
use ShopCx\TokenException;

/** POST shopcx/survey/submit: answers from a survey link (ShopCx\Token purpose "survey", claim order). */
class Submit extends TokenAction implements HttpPostActionInterface
{
    public function __construct(
        RequestInterface $request,
        JsonFactory $jsonFactory,
        FormKeyValidator $formKeyValidator,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly FeedbackStoreInterface $feedback,
        private readonly ClockInterface $clock,
        private readonly Publisher $webhooks,
        private readonly FeedbackClaimInterface $claims,
        LoggerInterface $logger
    ) {
        parent::__construct($request, $jsonFactory, $formKeyValidator, $logger);
    }

    public function execute()
    {
        if ($refused = $this->refuse()) {
            return $refused;
        }
        $store = (int) $this->storeManager->getStore()->getId();
        $now = $this->clock->now();
        try {
            $claims = $this->config->tokens($store)->verify(Param::text($this->request, 'token'), 'survey', $now);
        } catch (TokenException) {
            return $this->invalidLink();
        } catch (\ValueError $e) {
            return $this->notConfigured($e);
        }
        $survey = $this->config->survey($store);
        $answers = $this->request->getParam('answers', []);
        try {
            $normalized = $survey->validate(is_array($answers) ? $answers : []);
        } catch (\ValueError|\TypeError $e) {
            // The form cannot send this; what the extension says names its internals: for the log only.
            $this->logger->info('ShopCX survey answer refused: ' . $e->getMessage());
            return $this->jsonFactory->create()->setHttpResponseCode(400)
                ->setData(['error' => (string) __('Please answer the questions on the form and send it again.')]);
        }
        // One answer per survey link (its order; a link without an order by the token itself).
        $key = isset($claims['order']) && (string) $claims['order'] !== ''
            ? 'order:' . $claims['order'] : 'token:' . hash('sha256', Param::text($this->request, 'token'));
        if (!$this->claims->claim('survey', $key, $now)) {
            return $this->jsonFactory->create()->setHttpResponseCode(409)
                ->setData(['error' => (string) __('You have already answered this survey. Thank you!')]);
        }
        try {
            $this->feedback->addSurveyResponse($survey->id(), $store, $normalized, $now);
        } catch (\Throwable $e) {
            $this->claims->release('survey', $key);
            throw $e;
        }
        $low = $this->lowScores($survey->questions('en'), $normalized);
        if ($low !== [] && $this->config->flag('shopcx/webhook/enabled', $store)) {
            // The helpdesk follows up on an unhappy answer while the order is fresh.
            $this->webhooks->publish('effort.low_score', ['survey' => $survey->id(), 'order' => (string) ($claims['order'] ?? ''),
                'scores' => $low, 'comment' => $normalized['comment'] ?? null], $store, $now);
        }
        return $this->jsonFactory->create()->setData(['message' => (string) __('Thank you for your answers.'),
            'order' => (string) ($claims['order'] ?? '')]);
    }

    /** Scale answers in the lowest third of their scale (CES 1-2, NPS 0-3, CSAT 1-2), by question id. */
    private function lowScores(array $questions, array $answers): array
    {
        $low = [];
        foreach ($questions as $q) {
            $v = $answers[$q['id']] ?? null;
            if (is_int($v) && $q['min'] !== null && $v - $q['min'] < ($q['max'] - $q['min']) / 3) {
                $low[$q['id']] = $v;
            }
        }
        return $low;
    }
}
