<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Chat;

/**
 * The chat rules' page type (pageType: home, category, product, search, faq, cart, checkout, account,
 * content, other) of a Magento page, from its full action name (the layout handle, e.g. checkout_cart_index).
 */
final class PageType
{
    public const TYPES = ['home', 'category', 'product', 'search', 'faq', 'cart', 'checkout', 'account', 'content', 'other'];

    private const ACTIONS = [
        'cms_index_index' => 'home',
        'catalog_category_view' => 'category',
        'catalog_product_view' => 'product',
        'catalogsearch_result_index' => 'search',
        'catalogsearch_advanced_result' => 'search',
        'shopcx_faq_index' => 'faq',
        'checkout_cart_index' => 'cart',
        'checkout_index_index' => 'checkout',
        'cms_page_view' => 'content',
        'contact_index_index' => 'content',
    ];

    /** Route prefixes of the customer's own pages. */
    private const ACCOUNT = ['customer_', 'sales_order_', 'wishlist_', 'review_customer_', 'newsletter_manage_'];

    public static function fromAction(string $fullActionName): string
    {
        $action = strtolower($fullActionName);
        if (isset(self::ACTIONS[$action])) {
            return self::ACTIONS[$action];
        }
        foreach (self::ACCOUNT as $prefix) {
            if (str_starts_with($action, $prefix)) {
                return 'account';
            }
        }
        return 'other';
    }
}
