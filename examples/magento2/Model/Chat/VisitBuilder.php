<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Chat;

use ShopCx\CustomerService\Api\CustomerOrderHistoryInterface;
use ShopCx\CustomerService\Api\ShopperContextInterface;

/**
 * The visit ShopCx\Chat\Rules::evaluate() gets: what the page may report about itself (its type, how long
 * the visitor has been on it, FAQ results, pages seen and invitations shown this visit), and what only the
 * server knows, from the sessions and the shop's own orders: cart value and items, whether the product on
 * the page is in the cart, and the customer segment (returning, order count, lifetime value). A page that
 * claims a cart, a segment or a lifetime value has those fields dropped.
 */
class VisitBuilder
{
    /** Fields the page reports; productId is the product on a product page (looked up in the cart, not passed on). */
    public const FROM_PAGE = ['pageType', 'secondsOnPage', 'searchResults', 'pagesViewed', 'invitationsThisVisit',
        'invitationsToday', 'lastDismissedAt', 'chatOpen', 'device', 'productId'];

    public function __construct(
        private readonly ShopperContextInterface $shopper,
        private readonly CustomerOrderHistoryInterface $orders
    ) {
    }

    public function build(array $claimed): array
    {
        $visit = array_intersect_key($claimed, array_flip(self::FROM_PAGE));
        $productId = $visit['productId'] ?? null;
        unset($visit['productId']);
        $cart = $this->shopper->cart();
        $visit['cartValue'] = round($cart['value'], 2);
        $visit['cartItems'] = $cart['items'];
        if (($visit['pageType'] ?? null) === 'product' && is_int($productId)) {
            $visit['addedToCart'] = in_array($productId, $cart['productIds'], true);
        }
        $customer = $this->shopper->customerId();
        if ($customer === null) {
            $visit['segment'] = 'guest';
            return $visit;
        }
        $history = $this->orders->summary($customer);
        $visit['segment'] = $history['orders'] > 0 ? 'returning' : 'new';
        $visit['lifetimeValue'] = round($history['lifetimeValue'], 2);
        // Each earlier order was at least one earlier visit.
        $visit['visitCount'] = $history['orders'] + 1;
        return $visit;
    }
}
