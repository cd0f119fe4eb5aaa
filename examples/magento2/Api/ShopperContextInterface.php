<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/** What the server knows about the visitor of this request (sessions), never what the page claims. */
interface ShopperContextInterface
{
    /** @return array{value: float, items: int, productIds: list<int>} the cart: base subtotal, quantity, products in it */
    public function cart(): array;

    /** The logged-in customer's id, null for a guest. */
    public function customerId(): ?int;

    /** The logged-in customer's e-mail address, null for a guest. */
    public function customerEmail(): ?string;
}
