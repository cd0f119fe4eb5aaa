<?php

/**
 * ShopCX stock indicators: honest stock lines per item and per variant.
 *
 * @generate-class-entries
 */

namespace ShopCx\Stock {

/**
 * Turns a stock quantity into a level and a label ("Nog maar 2 over!") in nl, en, de or fr.
 *
 * @strict-properties
 * @not-serializable
 */
final class Indicator
{
    /**
     * @param array $options
     *   - "lowThreshold": quantities from 1 up to this are "low" and urgent (0-100000, default 5; 0 = never low)
     *   - "showQuantityBelow": the exact quantity is shown (label and Status::$quantity) only when it is
     *     below this (0-100000, default lowThreshold + 1; 0 = never)
     *   - "locale": nl, en, de, fr (default shopcx.default_locale)
     *   - "timezone": zone whose calendar date "today" is when $now is given (default "UTC")
     *   - "labels": templates by key: in_stock, in_stock_qty, low, low_no_qty, out_of_stock,
     *     out_of_stock_date, backorder, backorder_date, preorder, preorder_date, not_managed;
     *     placeholders {qty}, {date} ("dinsdag 24 december"), {weekday} ("dinsdag"); at most 500 bytes each
     */
    public function __construct(array $options = []) {}

    /**
     * @param int|null $qty stock on hand; null = stock not managed
     * @param array $item per-item facts and overrides:
     *   - "managed" (bool, default: $qty !== null), "inStock" (bool, for unmanaged stock)
     *   - "backorders" (bool): out of stock but orderable
     *   - "availableOn" ("YYYY-MM-DD"): expected back in stock (out of stock / backorder)
     *   - "releaseDate" ("YYYY-MM-DD"): pre-order until this date (always, when $now is null)
     *   - "preorder" (bool): pre-order without a known release date
     *   - "lowThreshold", "showQuantityBelow": override the options for this item
     * @param int|\DateTimeInterface|null $now makes past dates stale (dropped) and reached release dates end the pre-order
     */
    public function describe(?int $qty, array $item = [], int|\DateTimeInterface|null $now = null): Status {}

    /**
     * One Status per variant, keys kept. A value is a quantity (int|null), an array with "qty" plus
     * item overrides, or (one level deep) an array of those: ["red" => ["S" => 3, "M" => 0]].
     * At most 1000 variants.
     *
     * @return array<string|int, Status|array<string|int, Status>>
     */
    public function describeVariants(array $variants, array $item = [], int|\DateTimeInterface|null $now = null): array {}
}

/**
 * @strict-properties
 */
final class Status
{
    /** @var string */
    public const IN_STOCK = "in_stock";
    /** @var string */
    public const LOW = "low";
    /** @var string */
    public const OUT_OF_STOCK = "out_of_stock";
    /** @var string */
    public const BACKORDER = "backorder";
    /** @var string */
    public const PREORDER = "preorder";
    /** @var string */
    public const NOT_MANAGED = "not_managed";

    /** One of the level constants. */
    public readonly string $level;
    /** The exact quantity when it may be shown (below showQuantityBelow), else null. */
    public readonly ?int $quantity;
    public readonly string $label;
    /** "YYYY-MM-DD": back in stock (out of stock, backorder) or release date (pre-order). */
    public readonly ?string $availableOn;
    /** True for low stock: show it with emphasis. */
    public readonly bool $urgent;

    private function __construct() {}

    /** @return array{level:string, quantity:?int, label:string, availableOn:?string, urgent:bool} */
    public function toArray(): array {}
}

}
