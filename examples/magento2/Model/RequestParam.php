<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model;

use Magento\Framework\App\RequestInterface;

/**
 * A request parameter as text. `?q[]=x` makes getParam() return an array, and `(string)` of an array is a
 * warning that Magento turns into a 500 with an error report (seen in the live attack pass, issue 24):
 * a parameter that is not text counts as missing, $default, and the caller refuses it like any bad value.
 */
final class RequestParam
{
    public static function text(RequestInterface $request, string $key, string $default = ''): string
    {
        $value = $request->getParam($key, $default);
        return is_string($value) || is_int($value) || is_float($value) ? (string) $value : $default;
    }

    /** True when the parameter is sent but is not text (an array): the route answers 400. */
    public static function notText(RequestInterface $request, string $key): bool
    {
        $value = $request->getParam($key);
        return $value !== null && !is_string($value) && !is_int($value) && !is_float($value);
    }
}
