<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\Escaper;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\SalableQtyInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\Stock\Status;

/** The "Only 3 left" line on the product page (template shopcx/stock-line.phtml). */
class StockLine implements ArgumentInterface
{
    public function __construct(
        private readonly Config $config,
        private readonly SalableQtyInterface $salableQty,
        private readonly StoreManagerInterface $storeManager,
        private readonly ClockInterface $clock,
        private readonly Escaper $escaper
    ) {
    }

    /** @param array $item extra ShopCx\Stock\Indicator item fields (availableOn, backorders, preorder) */
    public function status(string $sku, array $item = []): Status
    {
        $store = $this->storeManager->getStore();
        $qty = $this->salableQty->get($sku, (int) $store->getWebsiteId());
        return $this->config->stockIndicator((int) $store->getId())->describe($qty, $item, $this->clock->now());
    }

    public function cssClass(Status $status): string
    {
        return match ($status->level) {
            Status::IN_STOCK, Status::NOT_MANAGED => 'in',
            Status::LOW => 'low',
            Status::BACKORDER, Status::PREORDER => 'later',
            default => 'out',
        };
    }

    public function html(string $sku, array $item = []): string
    {
        $status = $this->status($sku, $item);
        return sprintf('<p class="shopcx-stock shopcx-stock--%s">%s</p>',
            $this->cssClass($status), $this->escaper->escapeHtml($status->label));
    }
}
