<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Interaction\ServiceKpis;

/** The performance badge on the cart and product pages: two shares and the period they cover, or nothing. */
class ServiceBadge implements ArgumentInterface
{
    public function __construct(
        private readonly ServiceKpis $kpis,
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager
    ) {
    }

    /** @return list<string> the lines to show (empty: show nothing) */
    public function lines(): array
    {
        $storeId = (int) $this->storeManager->getStore()->getId();
        try {
            $badge = $this->kpis->badge($storeId);
        } catch (\ShopCx\ConfigException|\ValueError) {
            return [];
        }
        if ($badge === null) {
            return [];
        }
        $lines = [];
        if ($badge['satisfied'] !== null) {
            $lines[] = (string) __('%1% of customers satisfied with our service', (int) round(100 * $badge['satisfied']));
        }
        if ($badge['timely'] !== null) {
            $lines[] = (string) __('%1% of questions answered on time', (int) round(100 * $badge['timely']));
        }
        if ($lines !== []) {
            $zone = new \DateTimeZone($this->config->timezone($storeId));
            $day = fn(int $t) => (new \DateTimeImmutable('@' . $t))->setTimezone($zone)->format('Y-m-d');
            $lines[] = (string) __('From %1 to %2', $day($badge['windowStart']), $day($badge['windowEnd']));
        }
        return $lines;
    }
}
