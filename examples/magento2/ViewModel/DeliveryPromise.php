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

/**
 * "Order within 2 h 14 min, delivered tomorrow". Full-page cache would freeze the countdown, so
 * the template renders only a placeholder plus config(); the browser asks the uncached
 * shopcx/promise endpoint (Controller\Promise\Index, same data()) and counts down locally.
 */
class DeliveryPromise implements ArgumentInterface
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

    /**
     * The promise for one SKU as plain data: what the endpoint returns and the countdown reads. Out of stock,
     * it is dated from the restock date (no cut-off: none moves that date) or, for backorders, the backorder
     * time; an item that can be neither ordered nor restocked gets no promise ("label" empty, "orderable" false).
     */
    public function data(string $sku, int $backorderDays = 10): array
    {
        $store = $this->storeManager->getStore();
        $website = (int) $store->getWebsiteId();
        $qty = $this->salableQty->get($sku, $website);
        $now = $this->clock->now();
        $facts = ($qty === null || $qty > 0) ? [] : $this->facts->item($sku, $website);
        $restock = isset($facts['availableOn']) && $facts['availableOn'] > $this->today((int) $store->getId(), $now) ? $facts['availableOn'] : null;
        if ($qty !== null && $qty <= 0 && $restock === null && empty($facts['backorders'])) {
            return ['label' => '', 'carrier' => '', 'orderable' => false, 'now' => $now, 'deadline' => null];
        }
        $item = match (true) {
            $qty === null || $qty > 0 => ['inStock' => true],
            $restock !== null => ['inStock' => false, 'restockDate' => $restock],
            default => ['inStock' => false, 'backorderDays' => $backorderDays],
        };
        $promise = $this->config->estimator((int) $store->getId())->estimate($now, $item);
        return $promise->toArray() + [
            'orderable' => true,
            'now' => $now,
            // Absolute deadline: the countdown stays right however late the page is looked at.
            'deadline' => $promise->orderWithinSeconds > 0 ? $now + $promise->orderWithinSeconds : null,
        ];
    }

    private function today(int $storeId, int $now): string
    {
        return (new \DateTimeImmutable('@' . $now))->setTimezone(new \DateTimeZone($this->config->timezone($storeId)))->format('Y-m-d');
    }

    public function html(string $sku): string
    {
        $d = $this->data($sku);
        return sprintf('<p class="shopcx-promise" data-deadline="%s"><span class="shopcx-promise__label">%s</span> '
            . '<span class="shopcx-promise__carrier">%s</span></p>',
            $this->escaper->escapeHtmlAttr((string) ($d['deadline'] ?? '')),
            $this->escaper->escapeHtml($d['label']), $this->escaper->escapeHtml($d['carrier']));
    }

    /** JSON for <script type="text/x-magento-init">: tags and quotes hex-escaped so no value can end the script. */
    public function config(string $sku, string $endpoint): string
    {
        return json_encode(['[data-shopcx-promise]' => ['ShopCx_CustomerService/js/promise' => ['sku' => $sku, 'url' => $endpoint]]],
            JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_THROW_ON_ERROR);
    }
}
