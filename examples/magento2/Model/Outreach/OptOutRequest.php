<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Outreach;

use ShopCx\CustomerService\Model\Config;
use ShopCx\TokenException;

/** Reads an opt-out token: the address hash and store view it names, or why it cannot be used. */
class OptOutRequest
{
    public const VALID = 'valid';
    public const INVALID = 'invalid';
    public const UNAVAILABLE = 'unavailable';

    public function __construct(private readonly Config $config)
    {
    }

    /** @return array{state: string, hash: string} hash is '' unless state is valid */
    public function read(string $token, int $storeId, int $now): array
    {
        if ($token === '' || strlen($token) > 2048) {
            return ['state' => self::INVALID, 'hash' => ''];
        }
        try {
            $claims = $this->config->tokens($storeId)->verify($token, OptOutLink::PURPOSE, $now);
        } catch (TokenException) {
            return ['state' => self::INVALID, 'hash' => ''];
        } catch (\ValueError) {
            return ['state' => self::UNAVAILABLE, 'hash' => ''];   // no valid token secret configured
        }
        $hash = (string) ($claims['a'] ?? '');
        // A link of another store view (same secret on one website) opts out there, not here.
        if (!preg_match('/^[0-9a-f]{64}$/', $hash) || (int) ($claims['s'] ?? -1) !== $storeId) {
            return ['state' => self::INVALID, 'hash' => ''];
        }
        return ['state' => self::VALID, 'hash' => $hash];
    }
}
