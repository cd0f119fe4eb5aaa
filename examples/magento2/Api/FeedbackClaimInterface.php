<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

/**
 * One answer per link: a review per order item (ShopCx\Review\Proof::$key) and a survey per order.
 * The tokens are stateless and stay valid until they expire, so the shop has to remember what was used.
 */
interface FeedbackClaimInterface
{
    /**
     * Records the claim; false when it was made before (nothing changes then). A claim holds in every
     * store view: the token secret is a website or default setting, so one link verifies in all of them.
     */
    public function claim(string $kind, string $key, int $at): bool;

    /** Undoes a claim whose answer could not be saved, so the customer can try again. */
    public function release(string $kind, string $key): void;
}
