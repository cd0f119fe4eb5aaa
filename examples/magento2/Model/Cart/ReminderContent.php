<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Cart;

use Magento\Catalog\Helper\Image as ImageHelper;
use Magento\Framework\App\Area;
use Magento\Framework\Escaper;
use Magento\Framework\Exception\NoSuchEntityException;
use Magento\Framework\Pricing\PriceCurrencyInterface;
use Magento\Quote\Api\CartRepositoryInterface;
use Magento\Quote\Model\Quote;
use Magento\Store\Model\App\Emulation;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Model\Config;

/**
 * What a cart reminder shows besides its links: the quote's items (picture, name, quantity, price in the
 * quote's currency) and the shop's help offers from Stores > Configuration > ShopCX > Cart reminders.
 *
 * The items are read in the store view's frontend environment (Magento's App\Emulation), so the image
 * helper finds the store's theme (its view.xml sizes) and prices and phrases follow its locale. The
 * emulation is stopped again before the mail is built: Magento's e-mail template starts its own, and
 * nested emulation is refused.
 *
 * Magento's {{for}} directive writes what it loops over as it is (no escaping, no {{trans}} inside), so
 * every field of `items` is HTML already: escaped here with Magento's Escaper. The plain-text mail uses
 * `items_text` instead. Offers are raw values; the templates pass them through {{trans ... x=$offer_...}},
 * which escapes.
 */
class ReminderContent
{
    /** Items shown in a mail; the rest are "and 12 more items". */
    public const MAX_ITEMS = 5;
    /** The cart page's thumbnail of Magento's blank and Luma themes (etc/view.xml). */
    public const IMAGE_ID = 'cart_page_product_thumbnail';

    public function __construct(
        private readonly CartRepositoryInterface $quotes,
        private readonly ImageHelper $images,
        private readonly PriceCurrencyInterface $prices,
        private readonly Emulation $emulation,
        private readonly Escaper $escaper,
        private readonly Config $config,
        private readonly LoggerInterface $logger
    ) {
    }

    /**
     * @param array $cart a Detector row of shopcx_cart_activity: id (the quote id), currency, ...
     * @return array<string, mixed> template variables (see view/frontend/email/cart_reminder.html)
     */
    public function variables(array $cart, int $storeId): array
    {
        $this->emulation->startEnvironmentEmulation($storeId, Area::AREA_FRONTEND, true);
        try {
            return $this->items((int) $cart['id'], $storeId, (string) ($cart['currency'] ?? ''))
                + $this->offers($storeId, (string) ($cart['currency'] ?? ''));
        } finally {
            $this->emulation->stopEnvironmentEmulation();
        }
    }

    private function items(int $quoteId, int $storeId, string $currency): array
    {
        $rows = [];
        foreach ($this->visibleItems($quoteId) as $item) {
            $product = $this->product($item);
            if ($product === null) {
                // Deleted since the quote was saved: Magento drops the item when the cart is opened.
                continue;
            }
            $rows[] = [$item, $product];
        }
        $inclTax = $this->config->value('tax/cart_display/price', $storeId) !== '1';
        $html = [];
        $text = [];
        foreach (array_slice($rows, 0, self::MAX_ITEMS) as [$item, $product]) {
            $name = trim((string) ($item->getName() ?: $product->getName()));
            $qty = $this->quantity($item->getQty());
            $price = $this->price($item, $inclTax, $storeId, $currency);
            $image = $this->imageUrl($product);
            $html[] = [
                'name' => $this->escaper->escapeHtml($name),
                'qty' => $this->escaper->escapeHtml($qty),
                'price' => $this->escaper->escapeHtml($price),
                'image' => $image === '' ? '' : sprintf('<img src="%s" alt="%s" width="80" style="display:block;max-width:80px;height:auto;border:0"/>',
                    $this->escaper->escapeUrl($image), $this->escaper->escapeHtmlAttr($name)),
            ];
            $text[] = sprintf('%s × %s, %s', $qty, $name, $price);
        }
        $more = count($rows) - count($html);
        $moreText = match (true) {
            $more <= 0 => '',
            $more === 1 => (string) __('and 1 more item'),
            default => (string) __('and %1 more items', $more),
        };
        if ($moreText !== '') {
            $text[] = $moreText;
        }
        return [
            'items' => $html,
            'has_items' => $html === [] ? '' : '1',
            'items_text' => implode("\n", $text),
            'more_items' => $moreText,
        ];
    }

    /** @return iterable<object> Magento\Quote\Model\Quote\Item: name, qty, price, price_incl_tax, getProduct() */
    private function visibleItems(int $quoteId): iterable
    {
        try {
            $quote = $this->quotes->get($quoteId);
        } catch (NoSuchEntityException) {
            $this->logger->info(sprintf('ShopCX cart reminder for quote %d: the quote is gone, sent without items', $quoteId));
            return [];
        }
        return $quote instanceof Quote ? $quote->getAllVisibleItems() : [];
    }

    private function product(object $item): ?object
    {
        try {
            $product = $item->getProduct();
        } catch (NoSuchEntityException) {
            return null;
        }
        return is_object($product) && $product->getId() ? $product : null;
    }

    private function quantity(mixed $qty): string
    {
        $qty = (float) $qty;
        return $qty === floor($qty) ? (string) (int) $qty : rtrim(rtrim(sprintf('%.4F', $qty), '0'), '.');
    }

    /**
     * The unit price as the cart shows it (Sales > Tax > Shopping Cart Display Settings), in the quote's
     * currency: price_incl_tax, or getCalculationPrice() (custom price, else the price converted from the
     * base currency; the item's `price` is in the base currency) as Magento's cart item renderer reads them.
     */
    private function price(object $item, bool $inclTax, int $storeId, string $currency): string
    {
        $amount = $inclTax && $item->getPriceInclTax() !== null ? (float) $item->getPriceInclTax() : (float) $item->getCalculationPrice();
        if ($amount <= 0.0) {
            return (string) __('Free');
        }
        return (string) $this->prices->format($amount, false, PriceCurrencyInterface::DEFAULT_PRECISION, $storeId, $currency ?: null);
    }

    /** The theme's cart thumbnail, or '' when the product has no picture (no placeholder in a mail). */
    private function imageUrl(object $product): string
    {
        foreach (['small_image', 'thumbnail'] as $attribute) {
            $file = (string) $product->getData($attribute);
            if ($file !== '' && $file !== 'no_selection') {
                try {
                    return (string) $this->images->init($product, self::IMAGE_ID)->getUrl();
                } catch (\Exception $e) {
                    $this->logger->warning('ShopCX cart reminder: no image for product ' . $product->getId() . ': ' . $e->getMessage());
                    return '';
                }
            }
        }
        return '';
    }

    /** The help offers of the store view; an empty or unusable setting is left out of the mail. */
    private function offers(int $storeId, string $currency): array
    {
        $days = $this->config->value('shopcx/cart/offer_free_returns_days', $storeId);
        $days = ctype_digit($days) && (int) $days > 0 ? (string) (int) $days : '';
        $from = str_replace(',', '.', $this->config->value('shopcx/cart/offer_free_shipping_from', $storeId));
        $always = is_numeric($from) && (float) $from === 0.0 ? '1' : '';
        $from = is_numeric($from) && (float) $from > 0
            ? (string) $this->prices->format((float) $from, false, PriceCurrencyInterface::DEFAULT_PRECISION, $storeId, $currency ?: null)
            : '';
        $hours = (string) preg_replace('/\s+/u', ' ', $this->config->value('shopcx/cart/offer_chat_hours', $storeId));
        $phone = (string) preg_replace('/\s+/u', ' ', $this->config->value('shopcx/cart/offer_phone', $storeId));
        $offers = [
            'offer_free_returns_days' => $days,
            'offer_free_shipping_from' => $from,
            'offer_free_shipping_always' => $always,
            'offer_chat_hours' => $hours,
            'offer_phone' => $phone,
        ];
        $offers['has_offers'] = implode('', $offers) === '' ? '' : '1';
        return $offers;
    }
}
