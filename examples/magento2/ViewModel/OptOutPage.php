<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\App\RequestInterface;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\OptOutStoreInterface;
use ShopCx\CustomerService\Model\Outreach\OptOutRequest;

/** What optout.phtml shows for the link's token: the button, "done", or why the link cannot be used. */
class OptOutPage implements ArgumentInterface
{
    public const ASK = 'ask';
    public const DONE = 'done';

    private ?array $read = null;

    public function __construct(
        private readonly RequestInterface $request,
        private readonly StoreManagerInterface $storeManager,
        private readonly OptOutRequest $tokens,
        private readonly OptOutStoreInterface $optOuts,
        private readonly ClockInterface $clock
    ) {
    }

    public function token(): string
    {
        return \ShopCx\CustomerService\Model\RequestParam::text($this->request, 't');
    }

    /** ask, done, invalid or unavailable */
    public function state(): string
    {
        $store = (int) $this->storeManager->getStore()->getId();
        $this->read ??= $this->tokens->read($this->token(), $store, $this->clock->now());
        if ($this->read['state'] !== OptOutRequest::VALID) {
            return $this->read['state'];
        }
        return $this->optOuts->isOptedOut($this->read['hash'], $store) ? self::DONE : self::ASK;
    }
}
