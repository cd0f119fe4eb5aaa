<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Plugin\Controller;

use Magento\Framework\App\ActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Controller\Optout\Index as OptOut;
use ShopCx\CustomerService\Model\RateLimit\Limiter;

/**
 * Around every public ShopCX controller (etc/frontend/di.xml): over the limit the action does not run
 * and the client gets 429 with Retry-After. The group is the controller's folder (Faq, Promise, Chat,
 * Optout, Review, Survey, Cart), so FAQ searches do not use up the promise's allowance.
 */
class RateLimit
{
    private const PREFIX = 'ShopCx\\CustomerService\\Controller\\';

    public function __construct(
        private readonly Limiter $limiter,
        private readonly JsonFactory $jsonFactory,
        private readonly StoreManagerInterface $storeManager,
        private readonly RequestInterface $request
    ) {
    }

    public function aroundExecute(ActionInterface $subject, callable $proceed)
    {
        if ($subject instanceof OptOut && $subject->isOneClick($this->request)) {
            // RFC 8058 one-click opt-outs come from the mail provider's servers, many customers behind few
            // addresses; a refused one would be an unsubscribe lost. Each costs one signature check.
            return $proceed();
        }
        $store = $this->storeManager->getStore();
        $retryAfter = $this->limiter->hit(self::group($subject), (int) $store->getId(), (int) $store->getWebsiteId());
        if ($retryAfter === null) {
            return $proceed();
        }
        return $this->jsonFactory->create()->setHttpResponseCode(429)
            ->setHeader('Retry-After', (string) $retryAfter, true)
            ->setHeader('Cache-Control', 'no-store, max-age=0', true)
            ->setData(['error' => (string) __('Too many requests. Please try again in a minute.')]);
    }

    /** "faq" for ShopCx\CustomerService\Controller\Faq\Search (and its generated Interceptor). */
    public static function group(object $controller): string
    {
        $class = get_class($controller);
        $rest = str_starts_with($class, self::PREFIX) ? substr($class, strlen(self::PREFIX)) : $class;
        return strtolower(preg_replace('/[^A-Za-z0-9]/', '', strstr($rest, '\\', true) ?: $rest));
    }
}
