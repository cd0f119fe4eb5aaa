<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\Escaper;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\SalableQtyInterface;
use ShopCx\CustomerService\Api\StockFactsInterface;
use ShopCx\CustomerService\Model\Config;
use ShopCx\Stock\Status;

/**
 * The "Only 3 left" line on the product page (template shopcx/stock-line.phtml), with the item's facts:
 * backorders and the restock date ("Back in stock from Tuesday 15 December"). A configurable product
 * shows its own line and carries one per simple product; js/stock-line.js shows the chosen one's.
 */
class StockLine implements ArgumentInterface
{
    public function __construct(
        private readonly Config $config,
        private readonly SalableQtyInterface $salableQty,
        private readonly StoreManagerInterface $storeManager,
        private readonly ClockInterface $clock,
        private readonly Escaper $escaper,
        private readonly StockFactsInterface $facts
    ) {
    }

    /** @param array $item Indicator item fields that override the product's facts (availableOn, backorders, preorder) */
    public function status(string $sku, array $item = []): Status
    {
        $store = $this->storeManager->getStore();
        $website = (int) $store->getWebsiteId();
        $qty = $this->salableQty->get($sku, $website);
        return $this->config->stockIndicator((int) $store->getId())
            ->describe($qty, $item + $this->facts->item($sku, $website), $this->clock->now());
    }

    /** @return array<int, array{label:string, css:string}> child product id => its line */
    public function variants(string $sku): array
    {
        $out = [];
        foreach ($this->facts->variants($sku) as $id => $childSku) {
            $status = $this->status($childSku);
            $out[$id] = ['label' => $status->label, 'css' => $this->cssClass($status), 'sku' => $childSku];
        }
        return $out;
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
        $variants = $item === [] ? $this->variants($sku) : [];
        if ($variants === []) {
            return sprintf('<p class="shopcx-stock shopcx-stock--%s">%s</p>',
                $this->cssClass($status), $this->escaper->escapeHtml($status->label));
        }
        // The chosen simple product's line replaces the parent's (labels set as text by the script).
        $init = json_encode(['*' => ['ShopCx_CustomerService/js/stock-line' => ['variants' => $variants]]],
            JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_THROW_ON_ERROR);
        return sprintf('<p class="shopcx-stock shopcx-stock--%s" data-shopcx-stock aria-live="polite">%s</p>'
            . '<script type="text/x-magento-init">%s</script>',
            $this->cssClass($status), $this->escaper->escapeHtml($status->label), $init);
    }
}
