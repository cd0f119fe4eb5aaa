<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Faq;

/**
 * What the unanswered-search log may keep of a query: lower case, single spaces, at most 100 characters,
 * and no word that could be personal data: a word with a digit (order number, postcode, phone number,
 * IBAN), an @ (e-mail address) or a URL is dropped. What is left may be empty: then nothing is logged.
 */
final class QueryNormalizer
{
    public const MAX_LENGTH = 100;

    public static function query(string $query): ?string
    {
        $words = [];
        foreach (preg_split('/\s+/u', mb_strtolower(trim($query), 'UTF-8'), -1, PREG_SPLIT_NO_EMPTY) ?: [] as $word) {
            if (($w = self::word($word)) !== null) {
                $words[] = $w;
            }
        }
        $out = mb_substr(implode(' ', $words), 0, self::MAX_LENGTH, 'UTF-8');
        return trim($out) === '' ? null : trim($out);
    }

    public static function word(string $word): ?string
    {
        $word = mb_strtolower(trim($word), 'UTF-8');
        if ($word === '' || preg_match('/[\p{N}@]|:\/\/|^www\./u', $word) || !preg_match('/\p{L}/u', $word)) {
            return null;
        }
        $word = trim($word, " \t.,;:!?\"'()[]{}<>");
        return $word === '' ? null : mb_substr($word, 0, 40, 'UTF-8');
    }
}
