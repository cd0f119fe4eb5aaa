<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Model\Config;

/** The configured survey's questions in the store view's language, for survey-form.phtml. */
class SurveyForm implements ArgumentInterface
{
    public function __construct(
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager
    ) {
    }

    public function questions(): array
    {
        $store = (int) $this->storeManager->getStore()->getId();
        return $this->config->survey($store)->questions($this->config->locale($store));
    }
}
