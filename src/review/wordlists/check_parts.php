<?php
/**
 * Curation check for the compound (prefix, suffix, part) entries of the shipped lists: runs every
 * word of Debian's spelling word lists through the built Moderator and prints the words it flags,
 * with the list terms that matched, so a maintainer can see which innocent words still need an
 * allow entry (or which part is too broad to ship). Needs the extension and the word lists:
 *   apt-get install wdutch wngerman wbritish wfrench
 *   php -d extension=modules/shopcx.so src/review/wordlists/check_parts.php [nl|de|en|fr ...] > flagged.txt
 * Prints "<dictionary>\t<word>\t<decision>\t<terms>" a line, then a count per dictionary on stderr.
 * Many flagged words are rightly flagged (the dictionaries hold the abusive compounds too).
 */
declare(strict_types=1);

$dictionaries = [
    'nl' => '/usr/share/dict/dutch', 'de' => '/usr/share/dict/ngerman',
    'en' => '/usr/share/dict/british-english', 'fr' => '/usr/share/dict/french',
];
$only = array_slice($argv, 1);
$moderator = new ShopCx\Review\Moderator(['minLength' => 0, 'shouting' => false]);
foreach ($dictionaries as $lang => $path) {
    if (($only && !in_array($lang, $only, true)) || !is_readable($path)) {
        continue;
    }
    $flagged = $words = 0;
    foreach (file($path, FILE_IGNORE_NEW_LINES) as $word) {
        if ($word === '' || preg_match('//u', $word) !== 1) {
            continue;
        }
        $words++;
        $verdict = $moderator->check($word);
        if ($verdict->terms) {
            $flagged++;
            echo $lang, "\t", $word, "\t", $verdict->decision, "\t", implode(',', $verdict->terms), "\n";
        }
    }
    fwrite(STDERR, "$lang: $flagged of $words words flagged\n");
}
