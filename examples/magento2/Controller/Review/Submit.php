<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Review;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator as FormKeyValidator;
use Magento\Framework\Escaper;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\FeedbackClaimInterface;
use ShopCx\CustomerService\Api\FeedbackStoreInterface;
use ShopCx\CustomerService\Controller\TokenAction;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Feedback\Surveys;
use ShopCx\CustomerService\Model\Webhook\Publisher;
use ShopCx\TokenException;

/** POST shopcx/review/submit: a review from an invitation link (token + form key), moderated by ShopCX. */
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
        private readonly Escaper $escaper,
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
            $verified = $this->config->reviewInvitation($store)->verify(Param::text($this->request, 'token'), $now);
        } catch (TokenException) {
            return $this->invalidLink();
        } catch (\ValueError $e) {
            return $this->notConfigured($e);
        }
        // The form's radio value, exactly: (int) would read "5' OR '1'='1" as 5 and "4.9" as 4.
        $ratingText = Param::text($this->request, 'rating');
        $rating = preg_match('/^[1-5]\z/', $ratingText) ? (int) $ratingText : 0;
        $text = Param::text($this->request, 'text');
        $title = Param::text($this->request, 'title');
        if (Param::notText($this->request, 'rating') || Param::notText($this->request, 'text') || Param::notText($this->request, 'title') || $rating === 0 || !mb_check_encoding($text . $title, 'UTF-8') || strlen($text) > 65536 || strlen($title) > 1024) {
            return $this->jsonFactory->create()->setHttpResponseCode(400)->setData(['error' => 'rating must be 1-5; text and title valid UTF-8']);
        }
        $verdict = $this->config->moderator($store)->check($text, $title === '' ? null : $title);
        // One review per order item: the link stays valid for weeks, so what it was used for is stored.
        // A rejected review is not saved and uses nothing up: the customer may write it again.
        if ($verdict->decision !== 'reject' && !$this->claims->claim('review', $verified->key, $now)) {
            return $this->jsonFactory->create()->setHttpResponseCode(409)
                ->setData(['error' => (string) __('You have already reviewed this product. Thank you!')]);
        }
        try {
            $this->feedback->saveReview(['key' => $verified->key, 'order' => $verified->orderId, 'sku' => $verified->itemId,
                'rating' => $rating, 'title' => $title, 'text' => $text, 'decision' => $verdict->decision,
                'reasons' => $verdict->reasons, 'verified' => $verified->method, 'store' => $store, 'at' => $now]);
        } catch (\Throwable $e) {
            if ($verdict->decision !== 'reject') {
                $this->claims->release('review', $verified->key);
            }
            throw $e;
        }
        if ($verdict->decision !== 'reject') {
            // The admin report's rating distribution counts the reviews that were saved.
            $this->feedback->addSurveyResponse(Surveys::REVIEW_RATINGS, $store, ['rating' => $rating], $now);
        }
        if ($verdict->decision === 'hold' && $this->config->flag('shopcx/webhook/enabled', $store)) {
            // A moderator has to look at it: tell the helpdesk, with the reasons but not the text.
            $this->webhooks->publish('review.held', ['order' => $verified->orderId, 'sku' => $verified->itemId,
                'rating' => $rating, 'reasons' => $verdict->reasons], $store, $now);
        }
        return $this->jsonFactory->create()->setData([
            'decision' => $verdict->decision,
            'message' => (string) __('Thank you for your review.'),
            // What we will show publicly, escaped: the customer's own text must never run as markup.
            'preview' => $this->escaper->escapeHtml($verdict->redacted),
        ]);
    }
}
