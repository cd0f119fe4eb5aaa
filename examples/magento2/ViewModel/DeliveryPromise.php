<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\Escaper;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\SalableQtyInterface;
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
        private readonly Escaper $escaper
    ) {
    }

    /** The promise for one SKU as plain data: what the endpoint returns and the countdown reads. */
    public function data(string $sku, int $backorderDays = 10): array
    {
        $store = $this->storeManager->getStore();
        $qty = $this->salableQty->get($sku, (int) $store->getWebsiteId());
        $item = ($qty === null || $qty > 0) ? ['inStock' => true] : ['inStock' => false, 'backorderDays' => $backorderDays];
        $now = $this->clock->now();
        $promise = $this->config->estimator((int) $store->getId())->estimate($now, $item);
        return $promise->toArray() + [
            'now' => $now,
            // Absolute deadline: the countdown stays right however late the page is looked at.
            'deadline' => $promise->orderWithinSeconds > 0 ? $now + $promise->orderWithinSeconds : null,
        ];
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
