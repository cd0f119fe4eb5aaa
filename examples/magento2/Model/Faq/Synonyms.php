<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Faq;

use ShopCx\ConfigException;
use ShopCx\Faq\Index;

/**
 * FAQ synonyms as the admin enters them: one group per line, words separated by commas
 * ("retour, retourneren, terugsturen"). A group makes a search for any of its words find the others.
 * The starter sets cover the words Dutch, English, German and French shoppers use for returns and delivery.
 */
final class Synonyms
{
    public const MAX_GROUPS = 500;

    /** @var array<string, list<list<string>>> */
    public const STARTER = [
        'nl' => [
            ['retour', 'retourneren', 'terugsturen', 'retouren', 'terugzenden'],
            ['bezorging', 'levering', 'verzending', 'bezorgd', 'bezorgen', 'leveren', 'verzenden'],
            ['pakket', 'pakje', 'zending'],
            ['terugbetaling', 'terugstorting', 'restitutie'],
            ['annuleren', 'afbestellen', 'annulering'],
        ],
        'en' => [
            ['return', 'returns', 'refund'],
            ['delivery', 'shipping', 'deliver', 'ship', 'shipment'],
            ['parcel', 'package'],
            ['cancel', 'cancellation'],
        ],
        'de' => [
            ['rücksendung', 'zurückschicken', 'retoure', 'zurücksenden', 'rückgabe'],
            ['lieferung', 'versand', 'zustellung', 'liefern', 'versenden'],
            ['paket', 'päckchen', 'sendung'],
            ['stornieren', 'stornierung', 'storno'],
        ],
        'fr' => [
            ['retour', 'renvoyer', 'retourner', 'retours'],
            ['remboursement', 'rembourser', 'remboursé'],
            ['livraison', 'expédition', 'envoi', 'livrer', 'expédier'],
            ['colis', 'paquet'],
            ['annuler', 'annulation'],
        ],
    ];

    /**
     * Parses and checks the text: each non-empty line must be 2 to 100 single words (the extension's
     * own rules, so what is saved is what the index build accepts).
     *
     * @return list<list<string>>
     * @throws \InvalidArgumentException naming the line at fault
     */
    public static function parse(string $text): array
    {
        $groups = [];
        foreach (preg_split('/\R/u', $text) ?: [] as $n => $line) {
            $line = trim($line);
            if ($line === '' || str_starts_with($line, '#')) {
                continue;
            }
            if (!mb_check_encoding($line, 'UTF-8')) {
                throw new \InvalidArgumentException(sprintf('line %d is not UTF-8 text', $n + 1));
            }
            $words = array_values(array_unique(array_filter(array_map(
                static fn(string $w) => mb_strtolower(trim($w), 'UTF-8'), explode(',', $line)), static fn(string $w) => $w !== '')));
            foreach ($words as $w) {
                if (preg_match('/\s/u', $w)) {
                    throw new \InvalidArgumentException(sprintf('line %d: "%s" is more than one word; separate the words with commas', $n + 1, $w));
                }
                if (!preg_match('/^[\p{L}\p{N}]+$/u', $w)) {
                    throw new \InvalidArgumentException(sprintf('line %d: "%s" is not a word (letters and digits only)', $n + 1, mb_substr($w, 0, 40)));
                }
            }
            if (count($words) < 2 || count($words) > 100) {
                throw new \InvalidArgumentException(sprintf('line %d: a group needs 2 to 100 words separated by commas, "%s" has %d',
                    $n + 1, mb_substr($line, 0, 80), count($words)));
            }
            try {
                Index::build([['id' => 'check', 'question' => 'check', 'answer' => 'check']], ['lang' => 'en', 'synonyms' => [$words]]);
            } catch (ConfigException $e) {
                throw new \InvalidArgumentException(sprintf('line %d ("%s"): %s', $n + 1, mb_substr($line, 0, 80),
                    preg_replace('/^option "synonyms" group 0 /', '', $e->getMessage())));
            }
            $groups[] = $words;
        }
        if (count($groups) > self::MAX_GROUPS) {
            throw new \InvalidArgumentException(sprintf('at most %d groups, not %d', self::MAX_GROUPS, count($groups)));
        }
        return $groups;
    }

    /** @param list<list<string>> $groups */
    public static function format(array $groups): string
    {
        return implode("\n", array_map(static fn(array $g) => implode(', ', $g), $groups));
    }

    /**
     * Groups merged for one index (the starter set with the own lines, and the store views of one language):
     * groups that share a word become one group, the first group's words first. The extension refuses a word
     * in two groups ('synonym "parcel" is in more than one group'), and "parcel, box" beside the starter
     * "parcel, package" means parcel, package and box alike. A merged group over 100 words is cut there.
     *
     * @param list<list<string>> ...$sets
     * @return list<list<string>>
     */
    public static function merge(array ...$sets): array
    {
        $out = [];     // group number => list of words
        $owner = [];   // word => group number
        foreach ($sets as $set) {
            foreach ($set as $group) {
                $into = null;
                foreach ($group as $word) {
                    if (!isset($owner[$word])) {
                        continue;
                    }
                    $other = $owner[$word];
                    if ($into === null) {
                        $into = $other;
                    } elseif ($other !== $into) {
                        // This group joins two earlier ones: the later one goes into the earlier one.
                        [$keep, $drop] = $other < $into ? [$other, $into] : [$into, $other];
                        foreach ($out[$drop] as $w) {
                            $out[$keep][] = $w;
                            $owner[$w] = $keep;
                        }
                        unset($out[$drop]);
                        $into = $keep;
                    }
                }
                if ($into === null) {
                    $into = count($out) === 0 ? 0 : max(array_keys($out)) + 1;
                    $out[$into] = [];
                }
                foreach ($group as $word) {
                    if (!isset($owner[$word])) {
                        $out[$into][] = $word;
                        $owner[$word] = $into;
                    }
                }
            }
        }
        ksort($out);
        return array_values(array_map(static fn(array $g) => array_slice($g, 0, 100), $out));
    }
}
