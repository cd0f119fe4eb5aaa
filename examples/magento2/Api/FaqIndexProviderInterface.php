<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Api;

use ShopCx\Faq\Index;

interface FaqIndexProviderInterface
{
    /** The FAQ index of a language, or null when none was built. */
    public function get(string $lang): ?Index;
}
